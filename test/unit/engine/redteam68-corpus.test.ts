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
 * After the leftover pass of stop 39 (left68-corpus.test.ts: reviewer-note and privilege-log
 * phrase leads in person-names.ts PHRASE_LEADS, names in capitals after a caption lead in a long
 * run, lower-case names after onboarding and hold role words with double-barrelled or unknown
 * surnames and a name the text's own e-mail spells in lower-case-names.ts, residence-street.ts
 * street_line_lower, lower-case names in personal file names and glued custodian folders in
 * file-names.ts, RFC 2047 encoded-words and base64 JSON envelopes read decoded in mail-body.ts /
 * engine.ts, device-owner-names.ts device_host_owner_name, mailbox.ts concordance_reversed_name,
 * shorter Gmail Message-IDs in pii.ts): realistic 0.993, adversarial 0.977; kept 0.976 / 0.979
 * (recall: chat_platforms 0.981, m365_unified_audit 0.980, google_workspace 1.000,
 * ediscovery_legal 1.000, meetings_files 0.972).
 * Known leaks left, by record shape: a bank account after a bare `account` word in a ticket
 * attachment and a CSV cell (`account 000123456789`: twelve digits are an AWS account id as
 * often); an Egnyte header-less row's login `mcardenas` and its surname-first folder with no `_` /
 * `-` in the row (header-less rows: rows39's).
 * Look-alikes still masked: role mailboxes (`payroll@`, `it-admin@`, `legal-ops@`, `talent@`: the
 * policy masks every address but system ones), a Message-ID with a plain local part in a
 * header-less pipe row (`<aBc123@mail.example.com>`: only its column says it is no address), a
 * Webex meeting number `2634 891 0021` read as a phone in its report CSV (whose `Attendee Email`
 * header cell is also read as a name).
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
      chat_platforms: 0.981,
      m365_unified_audit: 0.98,
      google_workspace: 1,
      ediscovery_legal: 1,
      meetings_files: 0.971,
    },
    slice: { realistic: { recall: 0.992, kept: 0.981 }, adversarial: { recall: 0.977, kept: 0.978 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-eighth round', REDTEAM68_CORPUS);
