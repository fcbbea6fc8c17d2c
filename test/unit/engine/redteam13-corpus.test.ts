import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM13_CORPUS } from './fixtures/redteam13-corpus.js';

/**
 * Thirteenth red-team round: recall per family and look-alikes kept for security telemetry and
 * the normalised schemas it is stored in (OCSF, Chronicle UDM, Sentinel ASIM, Defender XDR
 * advanced hunting, EDR event streams, Windows Security XML / JSON, osquery, Falco / Tetragon,
 * auditd, sudo, Teleport, PAM, password managers, Boundary, Okta, DLP incidents, e-mail security,
 * WAF / ModSecurity / IDS, secret scanners' reports, STIX, SOAR runs, incident tickets). Each case
 * cites its public source in fixtures/redteam13-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.892 (74 planted),
 * adversarial 0.804 (56); look-alikes kept 0.946 (129) / 1.000 (50). Per family (recall / kept):
 * endpoint 0.791 / 0.986, identity_pam 0.870 / 0.949, dlp_email 0.909 / 0.957, network 0.882 /
 * 0.941, scanners_intel 0.880 / 0.929.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirteenth round',
  'red-team corpus 13',
  REDTEAM13_CORPUS,
  {
    family: {
      endpoint: 0.88,
      identity_pam: 1,
      dlp_email: 0.95,
      network: 0.94,
      scanners_intel: 0.96,
    },
    slice: { realistic: { recall: 0.98, kept: 0.97 }, adversarial: { recall: 0.87, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirteenth round', REDTEAM13_CORPUS);
