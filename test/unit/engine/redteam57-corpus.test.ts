import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM57_CORPUS } from './fixtures/redteam57-corpus.js';

/**
 * Fifty-seventh red-team round: the alerts security tools produce (EDR / XDR detections, SIEM
 * events and notables, Windows Security and Sysmon events, Linux auditd / sshd / sudo lines,
 * e-mail security, identity-threat and DLP alerts). Each case cites its public source in
 * fixtures/redteam57-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.661 (118 planted),
 * adversarial 0.655 (93); look-alikes kept 0.967 (122) / 0.966 (59). Per family (recall / kept):
 * edr_detections 0.591 / 0.980, siem_events 0.687 / 0.974, windows_sysmon 0.393 / 1.000,
 * linux_audit 0.500 / 1.000, email_identity_dlp 0.898 / 0.909. (The corpus plants 211 values and
 * 181 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed.
 * Of the 72 values that leaked before any fix, 63 were logins (`msiciliani`, `GradyA`, `kwilson`,
 * `CONTOSO\pgupta`, home folders) and Windows account SIDs (`S-1-5-21-…-1107`): the engine keeps
 * login names and account ids by design (README: "Login names stay by default"); they stay planted
 * here because the brief counts them and a held-out set may too.
 * After this round's fixes (the script of `sh -c "…"` and the command of `cmd /c "…"` read as
 * command lines; PuTTY `plink` / `pscp` / `psftp -pw`; auditd: a hex argument that is a whole
 * command read on its own, USER_CMD `cmd=` hex; a full name written as a login — `given.family`,
 * both in the name lists — as a short whole value, after a user / account label, or as a home
 * folder `C:\Users\…\` / `/home/…/` (detectors login_name_value, login_name_after_label,
 * structure:file_name); a URL in a pipe-delimited line ends at the next `|field=`; Amazon SES
 * Message-IDs are no e-mail): realistic 0.728, adversarial 0.698; kept 0.975 / 0.983 (recall:
 * edr_detections 0.673, siem_events 0.729, windows_sysmon 0.515, linux_audit 0.590,
 * email_identity_dlp 0.898). Without the logins and SIDs the engine keeps by design, 4 of the
 * remaining 60 leaks are left.
 * Leftovers fixed (stop 37: the owners decided that a person's login is personal data): a login
 * under a user-account field (`TargetUserName`, `SubjectUserName`, `SamAccountName`, `UserName`,
 * `user.name`, `login`, `usrName`, `suser` / `duser`, `srcuser` / `dstuser`; keys.ts,
 * entity USERNAME; `DOMAIN\` stays; a display name is a PERSON, an e-mail or an id is read as text)
 * and after a login label in text (`Account Name:`, `acct=`, `logname=`, ausearch `AUID="…"`, sshd
 * `Accepted password for …`, PAM `session opened for user …`, sudo `name : TTY=`; detector
 * login_after_label); a Windows user SID with a RID of 1000 or more (windows_account_sid,
 * ACCOUNT_ID); system, service, machine, role and bot accounts stay (login-names.ts
 * isSystemAccount, one stop-list); an agent's dotted version under `agentVersion` /
 * `sensorVersion` is no IPv4 address. `helpdesk.op1` (a numbered operator's account, one person's)
 * moved from look-alikes to planted values. After: realistic 0.847, adversarial 0.798; kept
 * 0.984 / 0.983 (recall: edr_detections 0.796, siem_events 0.833, windows_sysmon 0.735,
 * linux_audit 0.727, email_identity_dlp 0.932).
 * After the leftover pass of stop 38 (measured also on a corpus of the same shapes from other
 * sources, left57-corpus.test.ts: realistic 0.405 → 0.976, adversarial 0.318 → 0.909): a home
 * folder named for a person's login (`/home/…/`, `/Users/…/`, `C:\Users\…\`, `\\srv\home$\…`,
 * sudo `PWD=`, auditd `cwd=`; structure:home_folder, shared / template / CI / agent homes stay);
 * `DOMAIN\login` anywhere (domain_login: Sysmon `User`, Sentinel `Account`, `/user:` and `/u` of
 * cmdkey / schtasks / runas, prose); Windows event XML `<Data Name="…">` read by its name (and
 * `Name="User"`); a login beside the name it is made from (`Pradeep Gupta (pgupta)`,
 * login_beside_name); a full name written as a login after `Account ` / `user `; a masked login (5+
 * characters, no everyday word) followed to its copies in the string and the record (not inside a
 * host, file, URL or ARN name); UDM `user.userid`, `processUser`, `process_username`, `effective
 * username`, `auid`, `InitiatingProcessAccountName`, Auditbeat `summary.actor.primary` as login
 * fields; `curl -u` / `smbclient -U` users; an auditd argument in hex as a member of its own (and
 * go-audit `argc=… a0=…` lines); a user SID glued to a task name by `-`: realistic 0.966,
 * adversarial 0.926; kept 0.984 / 0.983 (recall: edr_detections 0.918, siem_events 0.938,
 * windows_sysmon 0.941, linux_audit 1.000, email_identity_dlp 0.966).
 * Known leaks left, by record shape: a bare `AccountName` / `accountName` (Defender, Sentinel
 * entities: Azure's storage accounts share the name; telling them apart needs the siblings
 * `AccountDomain` / `AccountSid` / `upnSuffix`, read the same on both walks); logins under
 * `operator` and GitHub's `actor` in an escaped `_raw` (both names hold other things: query
 * operators, actor objects); a login in a header-less CSV row, in a bare `<Data>` list without
 * names and in a W3C `cs-username` column (no cell says it is a user); the built-in
 * Administrator's SID (`…-500`: RIDs below 1000 stay by the rule); a `net use` whose password is
 * quoted inside escaped JSON after a prose prefix; the SSA's published 078-05-1120 in a DLP
 * snippet (kept on purpose outside a few shapes); an e-mail as base64url in a query parameter.
 * Look-alikes still masked: role and attacker mailboxes (`soc.analyst@`, `svc-okta-sync@`,
 * `billing@evil.zz`), which are e-mail addresses and arguably right to mask.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-seventh round',
  'red-team corpus 57',
  REDTEAM57_CORPUS,
  {
    family: { edr_detections: 0.938, siem_events: 0.978, windows_sysmon: 0.941, linux_audit: 1, email_identity_dlp: 0.966 },
    // adversarial kept: 57 of 58 (0.9828) is the same one look-alike masked as 58 of 59 (0.9831)
    // before `helpdesk.op1` moved to the planted values (stop 37).
    slice: { realistic: { recall: 0.983, kept: 0.983 }, adversarial: { recall: 0.957, kept: 0.982 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-seventh round', REDTEAM57_CORPUS);
