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
 * After this round's fixes (Windows password hashes after /ntlm:, /rc4:, -hashes and in pwdump
 * lines; FTP / POP3 PASS after USER; account-link tokens in reset / activate / invite paths; CEF
 * custom fields read under their label; a --flag=value inside a URL parameter; an AWS key id with
 * its secret glued after it; cmd /c and 7-Zip -p command lines; EXECVE records whose password is
 * its own quoted argument; a one-time code after `verification code is`; kept: IDS rule messages
 * under `signature`, short session numbers, Tetragon's exec_id, Nessus plugin names, directory
 * attribute labels): realistic 0.986, adversarial 0.875; then the password of an `email |
 * password` pair: adversarial 0.893; and automated senders' mailboxes kept (`no-reply@`):
 * kept 0.984 / 1.000 (recall / kept: endpoint 0.884 / 1.000, identity_pam 1.000 / 0.974,
 * dlp_email 0.955 / 1.000, network 0.941 / 1.000, scanners_intel 1.000 / 0.964).
 * Then `net  user u PASS` with a run of blanks, and PowerShell here-string passwords
 * (`$np = @'…'@` passed to ConvertTo-SecureString -AsPlainText): realistic 1.000, adversarial
 * 0.911; kept unchanged (recall: endpoint 0.930).
 * Then input typed after a password prompt in one array of chunks (a sudo I/O `ttyin` chunk after
 * a `password for` chunk, key:prompted_input): adversarial 0.929; kept unchanged (recall:
 * endpoint 0.953).
 * Then the text-level leftovers (text-leftovers.test.ts: 4625 TargetUserName when SubStatus is
 * 0xC0000064, no such user; a word after psql's `-W`, and a CSV row's quoted cell read as a
 * command line; a card number broken over two lines after a card word; Boundary credential
 * library ids kept under a secret name): adversarial 0.982; kept 0.992 / 1.000 (recall / kept:
 * endpoint 1.000 / 1.000, identity_pam 1.000 / 1.000, dlp_email 1.000 / 1.000).
 * Known leaks left: GraphQL variables under one-letter names (`"p"`).
 * Look-alikes still masked: a STIX indicator's RFC 5737 address (198.51.100.1): documentation
 * addresses stay masked in text, as the red-team rounds (4, 5, 6, 9) and real records use them
 * for real clients' addresses (keeping them failed four rounds' floors).
 * Stop 37 (logins and account SIDs are personal data, masked): the Windows user SIDs (`…-1013`, `…-1107`) moved from look-alikes to
 * planted values.
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
      endpoint: 1,
      identity_pam: 1,
      dlp_email: 1,
      network: 1,
      scanners_intel: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.992 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirteenth round', REDTEAM13_CORPUS);
