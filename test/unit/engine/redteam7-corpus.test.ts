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
 * Known leaks left: `.pgpass` lines (host:port:db:user:password, no name in the text), a password
 * that appears twice (Terraform state `random_password.result`, `echo KEY > config/master.key`), a
 * bare 64-hex wallet key under `deployer_key`, base64 of a whole INI file, an IMSI under
 * `Subscription-Id-Data(IMSI)=`, Ofcom drama-range mobiles outside a phone field (not valid to
 * libphonenumber), the ADP CSV's `tax id (ssn)` / `dd account` / `gross pay` columns, EMV TLV as one
 * hex string (PAN, hex-encoded name), `5F20` cardholder names and a DE52 PIN block in jPOS XML.
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
      db_config: 0.57,
      app_config: 0.91,
      private_keys: 1,
      crypto_wallets: 0.83,
      api_keys: 1,
      telecom: 0.93,
      travel: 0.94,
      hr_payroll: 0.81,
      card_payment: 0.81,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.93, kept: 0.94 }, adversarial: { recall: 0.79, kept: 0.96 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventh round', REDTEAM7_CORPUS);
