import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT57_CORPUS } from './fixtures/left57-corpus.js';

/**
 * Leftovers of red-team round 57 from other sources (stop 38): people's logins under other EDR /
 * SIEM user fields, Windows event XML, home folders under neutral names, `Name (login)` prose, users
 * and passwords in admin command lines, auditd arguments as JSON members. Each case cites its public
 * source in fixtures/left57-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output, JSON-escaped or not. The floors are what holds now; raise them,
 * never lower them.
 * Before any fix: realistic recall 0.405 (42 planted), adversarial 0.318 (22); look-alikes kept
 * 1.000 (65) / 1.000 (31); per family in the fixture's header.
 * After stop 38's fixes (see redteam57-corpus.test.ts for the rules): realistic 0.976, adversarial
 * 0.909; kept 1.000 / 1.000 (recall: login_fields 0.923, windows_xml 1.000, home_folders 1.000,
 * prose_logins 0.909, command_users 1.000, auditd_args 0.875). Left: ECS `user.target.name` written
 * nested (`user: {target: {name}}`: the parent `target` says nothing), a login after a bare `user`
 * in prose (`user bnakashima was travelling`: the word starts too many phrases), go-audit's
 * `uid_map` (a login under a numeric uid).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 57, other sources',
  'left57 corpus',
  LEFT57_CORPUS,
  {
    family: { login_fields: 0.923, windows_xml: 1, home_folders: 1, prose_logins: 0.909, command_users: 1, auditd_args: 0.875 },
    slice: { realistic: { recall: 0.976, kept: 1 }, adversarial: { recall: 0.909, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 57, other sources', LEFT57_CORPUS);
