import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM68_CORPUS } from './fixtures/redteam68-corpus.js';

/**
 * Sixty-eighth red-team round: collaboration content and its audit (Slack audit logs, exports and
 * DLP alerts, Teams Graph messages and Purview DLP; Microsoft 365 unified audit records and
 * eDiscovery exports; Google Workspace Reports API activities, Vault exports and Gmail log search;
 * Relativity / Everlaw / Logikcull audit and coding, legal holds, privilege logs, DAT / OPT load
 * files, deposition indexes; Zoom / Webex / Meet participant reports, Box / Dropbox / Egnyte events,
 * DocuSign / Adobe Sign envelope events). Each case cites its public source in
 * fixtures/redteam68-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.908 (142 planted),
 * adversarial 0.809 (131); look-alikes kept 0.969 (166) / 0.968 (94). Per family (recall / kept):
 * chat_platforms 0.867 / 1.000, m365_unified_audit 0.862 / 1.000, google_workspace 0.933 / 0.918,
 * ediscovery_legal 0.811 / 0.979, meetings_files 0.845 / 0.947. (The corpus plants 273 values and
 * 260 look-alikes in 85 cases, more than the brief's 200 / 100; it was not cut.) The idempotence
 * suite passed before any fix.
 * After this round's fixes (the mailbox display name in an Exchange Online ObjectId path; a
 * display name after a Concordance DAT delimiter `þ` / DC4 / `¶` or `;` / `|`; Box
 * `accessible_by`, Adobe Sign `memberInfos[]`, `collaborator`, `invitee`, `custodian` as person
 * parents, a service account's login proving no person; a whole name in one header-less cell that
 * the row's e-mail spells, and the login spelled from it; HR and legal document words in file
 * names (`Severance - …`, `Disciplinary - …`, `I-9.pdf`) and the person's folder above such a
 * document; litigation leads `Deposition of`, `Witness:`, `Custodian:`): realistic 0.971,
 * adversarial 0.870; kept 0.969 / 0.978 (recall: chat_platforms 0.943, m365_unified_audit 0.941,
 * google_workspace 0.933, ediscovery_legal 0.849, meetings_files 0.943).
 * Known leaks left, by record shape: a bank account after a bare `account` word in a ticket
 * attachment and a CSV cell (`account 000123456789`: twelve digits are an AWS account id as often);
 * a device name `WILHELMINA-LAPTOP` in DeviceProperties; free-text names no list knows in a
 * Relativity reviewer note (`Email from Lysander Quaye to …`, `termination of Mirela Dragomir`)
 * and a privilege-log description (`claims by Wendeline Oakes`); lower-case names and streets in
 * chat and notes (`bastian oyelaran-koch`, `58 tamarack ct`, `14 harrowgate mews`, `311 larchmont
 * ave`, `valentin chiriac`, `delphine arceneaux`); a phone split by a line break; an upper-case
 * `DEPOSITION OF ROLAND OYEBANJI`; a surname-first DAT cell `Adeyinka, Oluwafemi` of unknown
 * names; custodian folders glued with `_` in load-file paths (`Thackeray_Imogen`,
 * `Custodian_…` before a `.tif` of no personal kind) and a lower-case `offer_letter_<name>.pdf`;
 * base64 (an RFC 2047 encoded-word holding a whole From header, base64 JSON in a SIEM field); an
 * Egnyte header-less row's login `mcardenas` and its surname-first folder with no `_` / `-` in
 * the row.
 * Look-alikes still masked: role mailboxes (`payroll@`, `it-admin@`, `legal-ops@`, `talent@`: the
 * policy masks every address but system ones), a Message-ID with `=` in its local part (its tail
 * read as an address) and one in a header-less pipe row, a Webex meeting number `2634 891 0021`
 * read as a phone in its report CSV (whose `Attendee Email` header cell is also read as a name).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-eighth round',
  'red-team corpus 68',
  REDTEAM68_CORPUS,
  {
    family: {
      chat_platforms: 0.943,
      m365_unified_audit: 0.941,
      google_workspace: 0.933,
      ediscovery_legal: 0.849,
      meetings_files: 0.943,
    },
    slice: { realistic: { recall: 0.971, kept: 0.969 }, adversarial: { recall: 0.87, kept: 0.978 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-eighth round', REDTEAM68_CORPUS);
