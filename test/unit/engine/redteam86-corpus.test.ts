import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM86_CORPUS } from './fixtures/redteam86-corpus.js';

/**
 * Eighty-sixth red-team round: security analysts' case work (Splunk ES notables and
 * incident-review comments, Microsoft Sentinel incident comments and entities, TheHive cases,
 * observables and task logs, ServiceNow SIR and Jira security tickets; report-phish submissions,
 * Defender for Office submissions, Proofpoint TRAP / TAP, Cofense Triage reports, sandbox and
 * urlscan verdicts; plaso timelines, KAPE / EvtxECmd and Velociraptor results, browser autofill and
 * saved logins, shell history, memory strings, IR reports' timelines; Purview, Netskope, Zscaler
 * DLP incidents, Code42 Incydr file events, investigators' notes and HR referrals; hunting
 * notebook outputs, credential-leak hits, combo lists, stealer logs, dark-web alerts and MISP
 * events). Each case cites its public source in fixtures/redteam86-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.838 (124 planted),
 * adversarial 0.804 (97); look-alikes kept 0.983 (119) / 1.000 (71). Per family (recall / kept):
 * soc_cases 0.789 / 1.000, phishing_triage 0.937 / 0.971, dfir_timelines 0.833 / 0.975,
 * insider_dlp 0.850 / 1.000, threat_intel_hunts 0.750 / 1.000. (The corpus plants 221 values and
 * 190 look-alikes in 70 cases.) The idempotence suite passed before any fix. The two look-alikes
 * masked before any fix: a Proofpoint TRAP e-mail's `subject` (and its `body` and delivery time)
 * read as an e-mail address beside `sender.email` / `recipient.email`, and a memory offset
 * (`0x7ffd3a2c1180`) before `Authorization: Bearer` read as a credential.
 * After this round's fixes (a login alone on a `Username:` / `UserName:` / `Логин:` line and a
 * password after `Пароль:` (stealer-log blocks), a login after `Benutzername lautet` / `(identifiant
 * …)` and other languages' labels, and after a user's SID in plaso's `Strings: [...]`
 * (detect/values/login-names.ts, secrets.ts); `email;password` ending its line (credential-pair.ts);
 * a bare `Bearer` ending its line is no scheme (secrets.ts); `pass` before a chosen password
 * (structure/config-text.ts); beside rules: a Splunk ES `owner` / `user` beside `urgency` /
 * `rule_id` / `rule_name`, a MISP `value` by its `type` (`target-user`, display names), Sentinel's
 * and Graph's `accountName` beside `upnSuffix` / `aadUserId` / `userPrincipalName`, a kit's `p`
 * beside `u` (structure/bare-name-columns.ts); the key `username_value` (Chrome `Login Data`); an
 * event table's `user` / `account` column beside a time and a host column (CSV and printed tables);
 * home folders after plaso's `TSK:` / `OS:` path-spec prefixes (structure/file-names.ts); a URL
 * fragment that is an e-mail in base64 (structure/url.ts); lower-case names after `spoke to user`
 * and `mgr`; kept: a TRAP message's `subject` and delivery time under `emails[]` (engine.ts), the
 * memory offset under a `grep -i bearer` line): realistic 0.959, adversarial 0.917; kept 1.000 /
 * 1.000 (recall: soc_cases 0.912, phishing_triage 1.000, dfir_timelines 0.958, insider_dlp 0.875,
 * threat_intel_hunts 0.977).
 * After the leftover pass of stop 43 (left86 corpus): realistic 1.000, adversarial 1.000; kept
 * 1.000 / 1.000 (recall 1.000 in every family), by these rules: a URL user-info's login before a
 * vendor token's password, masked as a USERNAME beside the token (engine.ts selectSpans; the token
 * users `x-access-token`, `oauth2`, `gitlab-ci-token`, `__token__` stay and are no e-mail after
 * `://`: pii.ts URL_TOKEN_USERS); an article before a role word at a run's start (`Die
 * Mitarbeiterin …`), role words of European SOCs' notes (`Kollegin`, `salarié`, `L'utilisatrice`,
 * `usuario`, `dipendente`) and a lower-case `cardholder` as weak leads, capitalised particles
 * inside a run (`Le Goasduff`, not after a place's head), `Memory` a word-like given name
 * (person-names.ts); a name in brackets after a role's or a party's word (`mgr (…)`, `hrbp (…)`,
 * `witness (…)`), `subj` / `poi` before a name, `subject` / `victim` / `supervisor` as roles
 * (unlisted-names.ts); ServiceNow encoded queries: a condition's value ends at `^`, the user
 * table's `name` is a person's (structure/encoded-query.ts, kv.ts); OData / SCIM / Okta filter
 * expressions in URLs (structure/filter-expressions.ts); the login cell of header-less SIEM alert,
 * TLN and l2tcsv rows (structure/alert-rows.ts); DLP findings' values written as an SSN, SSA's
 * samples too (`Detections[].Value`, Cloud DLP `quote` beside `infoType`: bare-name-columns.ts);
 * e-mails cut by a notebook's, a terminal's or Format-Table's wrap (structure/wrapped-emails.ts).
 * Known leaks left: none in this corpus; of its shapes elsewhere (left86 corpus), a party's word
 * without its colon before a name with no mark (`complainant lysander quartermaine wants`), and
 * SSA's sample SSN quoted in an analyst's free text.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-sixth round',
  'red-team corpus 86',
  REDTEAM86_CORPUS,
  {
    family: {
      soc_cases: 1,
      phishing_triage: 1,
      dfir_timelines: 1,
      insider_dlp: 1,
      threat_intel_hunts: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-sixth round', REDTEAM86_CORPUS);
