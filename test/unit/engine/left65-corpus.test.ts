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
      account_names: 0.5,
      escaped_twice: 0.583,
      ldap_records: 0.4,
      otp_seeds: 0,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.5, kept: 0.928 }, adversarial: { recall: 0.533, kept: 0.944 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 65', LEFT65_CORPUS);
