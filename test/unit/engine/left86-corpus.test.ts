import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT86_CORPUS } from './fixtures/left86-corpus.js';

/**
 * Leftovers of red-team round 86 (stop 43): the record shapes of security analysts' case work that
 * round 86 still leaked, written again from other sources (fixtures/left86-corpus.ts cites each
 * case's), so a fix is measured on records it was not written for. A planted value counts as found
 * only if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or
 * not. The floors are what holds now; raise them, never lower them.
 * Before any fix (30 cases; CI=true npx vitest run --project unit test/unit/engine/left86-corpus.test.ts):
 * realistic recall 0.684 (19 planted), adversarial 0.389 (36); look-alikes kept 0.964 (28) / 0.959
 * (49). Per family (recall / kept): role_names 0.471 / 1.000, url_logins 0.417 / 0.933, flat_rows
 * 0.400 / 0.933, dlp_values 0.625 / 1.000, wrapped_values 0.571 / 1.000, lookalikes 1.000 / 0.929
 * (14). The look-alikes masked before any fix: `^active=true` after a name in a ServiceNow encoded
 * query (`caller_id.name=…^active=true`), `Memory Dump` of an Elastic rule name (`… via LSASS Memory
 * Dump`) read as a person, and PyPI's `__token__` user in an upload URL's userinfo. The idempotence
 * suite passed before any fix.
 * After the fixes of stop 43 (the rules listed in redteam86-corpus.test.ts): realistic 1.000,
 * adversarial 0.944; kept 1.000 / 1.000 (recall: role_names 0.941, url_logins 1.000, flat_rows
 * 1.000, dlp_values 0.875, wrapped_values 1.000; lookalikes kept 1.000).
 * Left: `complainant lysander quartermaine wants …` (a party's word without its colon, before a name
 * with no mark and no list's word: read as a name, `complainant` would take any two words after
 * it); SSA's sample 078-05-1120 quoted in an analyst's free-text note of a Netskope alert (the
 * note itself says no SSN; the sibling `dlp_rule` does).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 86',
  'left86 corpus',
  LEFT86_CORPUS,
  {
    family: {
      role_names: 0.941,
      url_logins: 1,
      flat_rows: 1,
      dlp_values: 0.875,
      wrapped_values: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.944, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 86', LEFT86_CORPUS);
