import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM65_CORPUS } from './fixtures/redteam65-corpus.js';

/**
 * Sixty-fifth red-team round: the records of identity governance, privileged access and secrets
 * managers (SailPoint ISC / IdentityIQ events and certification decisions, Saviynt / Omada / One
 * Identity requests, HR-driven joiner / mover / leaver events; CyberArk Vault and PTA, BeyondTrust,
 * Delinea Secret Server audit records, privileged-session command and keystroke logs, break-glass
 * checkouts; HashiCorp Vault audit-device entries, AWS Secrets Manager / KMS / SSM CloudTrail
 * events, Azure Key Vault and GCP Secret Manager audit logs, 1Password / Bitwarden events; SCIM 2.0
 * requests, LDIF change records and LDAP / AD connector logs, Entra provisioning logs, Okta push
 * errors; MFA enrolment and recovery: phone factors, otpauth URIs and TOTP seeds, recovery codes,
 * WebAuthn registrations, security answers, help-desk verification notes). Each case cites its
 * public source in fixtures/redteam65-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.903 (135 planted),
 * adversarial 0.739 (123); look-alikes kept 0.932 (134) / 0.928 (84). Per family (recall / kept):
 * iga 0.789 / 1.000, pam 0.727 / 0.878, secrets_managers 0.920 / 0.854, provisioning 0.872 /
 * 0.972, mfa_recovery 0.807 / 0.970. (The corpus plants 258 values and 218 look-alikes, more than
 * the brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix. The misses
 * before any fix: people's logins under IGA / PAM names (`actor.name`, `accountName`, `requestor`,
 * `CentralAccount`, `RequestorUserName` `CORP\login`, `By User:` in a Secret Server message, a
 * Vault `auth/userpass/login/<login>` path, an IAM / STS ARN's user or session name, `-Identity`,
 * `uid=` in a DN, logins as header-less CSV / pipe cells); lower-case names in free text and in a
 * DN's `cn=`; passwords in commands and prose (`mysql -p…`, `echo … | sudo -S`, `password
 * retrieved was …`, `mot de passe … est …`, an odd `pw_bg` label); security answers (Okta
 * `profile.answer`, `a1` / `a2`); Dutch `06 12345678` mobiles, a Swedish `070-…` after `Nytt
 * nummer`, a phone split by a line break; a lower-case spaced TOTP seed, a 25-character recovery
 * code, HOTP backup codes; a base64 LDIF `description::`; a birth date in a pipe row; a surname
 * after a line break. Look-alikes masked: Vault `hmac-sha256:` digests and policy names under
 * `auth`, session ids (`session=`, `session_id`, `session_key`), Okta's factor type
 * `token:software:totp`, a Secrets Manager `VersionId` in pasted JSON, a GCP `dataCrc32c`, a
 * service account `sysops`, a database user in a connection URI, a studio's work address in a
 * SCIM user.
 * After this round's fixes (key rules: `requestor` / `requester`, an audit event's `actor.name`,
 * `CentralAccount`, `RequestorUserName` and kin name a login, and an object under a login's name
 * is read by its members; a Vault auth object's policies, token type, metadata and entity id are
 * read by their own names, and `hmac-sha256:<64 hex>` stays as a placeholder does; logins in a
 * Vault `auth/<mount>/login|users/<login>` path, at the end of an IAM user / STS assumed-role ARN
 * (`given.family`), after `-Identity` of the AD user cmdlets and after Secret Server's `By User:`;
 * a person's cn in a DN's users container; a security question (Okta's `disliked_food`, `¿Nombre
 * de su primera mascota?`, `q1` / `a1` pairs) labels its answer as a secret; a command field
 * (`cmd="mysql -pX …"`) and a keystroke log's `[hh:mm:ss] $` prompt read as command lines;
 * password sentences with a participle or a French account clause; a `pw` name; Microsoft's
 * 25-character recovery code and 6–10 digit backup codes after their name; Dutch `06 12345678`
 * and Swedish `070-123 45 67` mobiles; `token:software:totp` and a numbered session id
 * `PRA-2024-000981` stay; `ops`, `sysops`, `devops` are team accounts): realistic 0.985,
 * adversarial 0.837; kept 0.985 / 0.952 (recall: iga
 * 0.842, pam 0.909, secrets_managers 1.000, provisioning 0.890, mfa_recovery 0.942).
 * After the leftover pass of stop 38 (left65-corpus.test.ts: an `accountName` beside an
 * account's domain, SID, UPN, application, native identity or source is a login, on the object
 * and the JSON-text walks alike (bare-name-columns.ts ACCOUNT_LOGIN_BESIDE; a storage account
 * stays); members of JSON escaped twice read with their parent (`actor.name`) and full names
 * written as logins (kv.ts, person-parent.ts); a login as the `uid=` of a DN in a people / users
 * container outside an LDIF `dn:` line (directory_user_uid); LDIF base64 values scanned decoded
 * (engine.ts #withLdifBase64); a TOTP seed in groups of four after a key word (otp_seed_groups);
 * a secret's checksum (`dataCrc32c`) stays): realistic 0.993, adversarial 0.870; kept 0.985 /
 * 0.964 (recall: iga 0.895, pam 0.909, secrets_managers 0.980 (the Vault `auth.metadata.username`
 * leak the lead fixes on main), provisioning 0.927, mfa_recovery 0.962).
 * After stop 38's joined line breaks (structure/wrapped-lines.ts): adversarial 0.846, mfa_recovery
 * 0.962 (the phone split by a line break is masked).
 * Known leaks left, by record shape: logins as header-less CSV / pipe cells (`dfairbrook`,
 * `mallard`, `pdewit`); an LDIF record's own `dn: uid=…` line (round 9 keeps it as the entry's
 * name); lower-case names and streets in reviewer notes, PTA
 * comments, break-glass notes and help-desk notes whose surnames the name lists lack (`hannah
 * okafor`, `ingrid solberg`, `pieter de wit`, `88 brookfield road`); a surname after a line
 * break; a birth date in a header-less pipe row; a phone number split by a line break; a Dutch mobile as a CSV
 * cell beside other cells. Look-alikes still masked: a `session=` id of 8 hex digits and a
 * BeyondTrust `session_key` (a support session's key is a code), a Secrets Manager `VersionId` in
 * pasted JSON after a masked `SecretString` (generic_secret takes the rest of the JSON), a database user inside a connection URI's credentials, a
 * studio's work address in a SCIM user.
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.878 → 0.935 (iga 0.895 → 0.947, pam 0.909 → 0.955, provisioning 0.927 → 0.964).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-fifth round',
  'red-team corpus 65',
  REDTEAM65_CORPUS,
  {
    family: {
      iga: 0.982,
      pam: 0.977,
      secrets_managers: 1,
      provisioning: 0.981,
      mfa_recovery: 0.98,
    },
    slice: { realistic: { recall: 1, kept: 0.985 }, adversarial: { recall: 0.967, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-fifth round', REDTEAM65_CORPUS);
