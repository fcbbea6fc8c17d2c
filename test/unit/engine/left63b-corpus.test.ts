import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT63B_CORPUS } from './fixtures/left63b-corpus.js';

/**
 * Second leftover pass of red-team round 63 (stop 41): the HR / payroll record shapes round 63
 * still leaked after stop 38, written again from other sources (fixtures/left63b-corpus.ts cites
 * each case's), so a fix is measured on records it was not written for. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (58 cases, 70 planted values and 90 look-alikes; CI=true npx vitest run --project
 * unit test/unit/engine/left63b-corpus.test.ts): realistic recall 0.667 (12 planted), adversarial
 * 0.448 (58); look-alikes kept 0.759 (29) / 0.984 (61). Per family (recall / kept): label_names
 * 0.583 / 1.000, mail_signatures 0.200 / 0.917, headerless_rows 0.313 / 1.000, sibling_ids 0.500 /
 * 1.000, contact_phones 0.714 / 1.000, lookalikes - / 0.794. The look-alikes masked before any fix:
 * four vendors' head-office addresses (their ZIP codes, and two street lines), five mail
 * Message-IDs read as e-mails. The idempotence suite passes.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'second leftovers of red-team round 63',
  'left63b corpus',
  LEFT63B_CORPUS,
  {
    family: {
      label_names: 0.583,
      mail_signatures: 0.2,
      headerless_rows: 0.312,
      sibling_ids: 0.5,
      contact_phones: 0.714,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.666, kept: 0.758 }, adversarial: { recall: 0.448, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('second leftovers of red-team round 63', LEFT63B_CORPUS);
