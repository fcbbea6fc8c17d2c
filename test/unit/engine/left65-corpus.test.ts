import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT65_CORPUS } from './fixtures/left65-corpus.js';

/**
 * Leftovers of red-team round 65 (stop 38): the record shapes round 65 still leaked or over-masked,
 * written again from other sources (fixtures/left65-corpus.ts cites each case's), so a fix is
 * measured on records it was not written for. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix (33 cases; CI=true npx vitest run --project unit test/unit/engine/left65-corpus.test.ts):
 * realistic recall 0.500 (14 planted), adversarial 0.533 (30); look-alikes kept 0.929 (42) / 0.944
 * (36). Per family (recall / kept): account_names 0.500 / 1.000, escaped_twice 0.583 / 1.000,
 * ldap_records 0.400 / 1.000, otp_seeds 0.000 / 1.000, lookalikes 1.000 / 0.722. The look-alikes
 * masked before any fix: a short hex `session=` id, service users in connection URIs (`myDBReader`,
 * `repl_user`), head-office work addresses in SCIM users (`One Microsoft Way`, `1600 Amphitheatre
 * Parkway`).
 * After the fixes of stop 38 (bare-name-columns.ts ACCOUNT_LOGIN_BESIDE, kv.ts / person-parent.ts
 * escaped members read with their parent and full-name logins, login-names.ts directory_user_uid,
 * ldif.ts / engine.ts base64 LDIF values scanned decoded, otp-seeds.ts otp_seed_groups, engine.ts
 * SECRET_CHECKSUM_MEMBERS): realistic 1.000, adversarial 0.833; kept 0.929 / 0.944 (recall:
 * account_names 1.000, escaped_twice 0.750, ldap_records 0.800, otp_seeds 1.000, lookalikes
 * 1.000). Left: a bare `user` beside `actor` and a capitalised `User` in JSON escaped twice (the
 * record walk reads the first by a member gate the text walk lacks; the second it leaves too), the
 * IAM ARN's copy of a login without a dot (`user/ebrandvold`: IAM user names are as often roles');
 * an LDIF record's own `dn: uid=…` (round 9 keeps it). Look-alikes still masked: a short hex
 * `session=` id (SESSION_COOKIE), a service user inside connection-URI credentials (masked with the
 * password as DB_CREDENTIALS), head-office work addresses in SCIM users (the address detector
 * cannot tell a head office from a home without a list of them).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 65',
  'left65 corpus',
  LEFT65_CORPUS,
  {
    family: {
      account_names: 1,
      escaped_twice: 0.833,
      ldap_records: 0.8,
      otp_seeds: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.928 }, adversarial: { recall: 0.866, kept: 0.944 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 65', LEFT65_CORPUS);
