import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM7_CORPUS } from './fixtures/redteam7-corpus.js';

/**
 * Seventh red-team round: recall per family and look-alikes kept for (a) the credential and
 * config files AI agents and CI jobs read or print (~/.aws, Docker, npm, PyPI, pip, netrc,
 * git-credentials, pgpass, my.cnf, kubeconfig, gcloud, Azure, Terraform, Ansible, Rails /
 * Django / Laravel / WordPress / Spring / Maven / Gradle / Cargo / gh settings, SSH / PGP / PuTTY
 * keys, keystore passwords, WireGuard / OpenVPN, BIP-39 phrases and wallet keys, Jupyter
 * outputs) and (b) PII in telecom (SIP, CDRs, SMPP, IMSI / IMEI), travel (BCBP, APIS, NDC, hotel
 * PMS), HR / payroll (Workday, BambooHR, ADP) and card-payment logs (ISO 8583, EMV TLV, 3DS,
 * gateway debug). Each case cites its public source in fixtures/redteam7-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.724 (116 planted),
 * adversarial 0.718 (39); look-alikes kept 0.929 / 0.968. After this round's fixes: 0.940 / 0.795.
 * After the follow-up (leaks8: .pgpass, EMV TLV hex and 5F20 lines, DE52, Subscription-Id-Data(IMSI),
 * payroll CSV headers, deployer keys, base64 config files, in-string copies; SIP Call-ID, Diameter
 * Session-Id, cell ids, truncated PANs, ISO 8583 rrn, type labels, private CIDR routes,
 * credential_process): realistic 0.991 / kept 1.000, adversarial 1.000 / 1.000. After leaks10 (the
 * record-wide copies pass: a password printed in two JSON members of one record, Terraform state
 * `random_password.result` beside the `password` it feeds): realistic 1.000 / kept 1.000,
 * adversarial 1.000 / 1.000. Known leaks left: none in this corpus.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventh round',
  'red-team corpus 7',
  REDTEAM7_CORPUS,
  {
    family: {
      cloud_credentials: 1,
      package_registry: 1,
      db_config: 1,
      app_config: 1,
      private_keys: 1,
      crypto_wallets: 1,
      api_keys: 1,
      telecom: 1,
      travel: 1,
      hr_payroll: 1,
      card_payment: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventh round', REDTEAM7_CORPUS);
