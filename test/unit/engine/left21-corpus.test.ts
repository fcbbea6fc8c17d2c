import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT21_CORPUS } from './fixtures/left21-corpus.js';

/**
 * Leftovers of red-team round 21 (stop 45): the record shapes of tabular data printed into logs
 * that round 21 still leaked, written again from other sources (fixtures/left21-corpus.ts cites
 * each case's), so a fix is measured on records it was not written for. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (30 cases; CI=true npx vitest run --project unit test/unit/engine/left21-corpus.test.ts):
 * realistic recall 0.481 (27 planted), adversarial 0.513 (39); look-alikes kept 1.000 (28) / 1.000
 * (24). Per family (recall / kept): unnamed_columns 0.535 / 1.000 (43 planted), html_entities
 * 0.000 / 1.000, encoded_rows 0.333 / 1.000, nested_cells 0.800 / 1.000, lookalikes kept 1.000
 * (27). The idempotence suite passed before any fix.
 * After the fixes of stop 45 (the rules listed in redteam21-corpus.test.ts: unnamed columns read by
 * what their cells prove in rows of people, ClickHouse `meta`, entity_joined_iban, encoded rows):
 * realistic 0.926, adversarial 0.949; kept 1.000 / 1.000 (recall: unnamed_columns 0.953,
 * html_entities 1.000, encoded_rows 1.000, nested_cells 0.800; lookalikes kept 1.000).
 * Left: a pandas frame read with `header=None` printed after an Airflow log prefix (its header line
 * opens with the prefix, not the index's blanks, so text-tables.ts does not read it: the bare
 * 10-digit numbers stay; its names are the value detectors'); names written surname first in a
 * JSON cell with one-letter keys (`Kovács Eszter`, `Park Jiwoo`: no rule reads surname-first pairs,
 * see round 21's header).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 21',
  'left21 corpus',
  LEFT21_CORPUS,
  {
    family: {
      unnamed_columns: 0.953,
      html_entities: 1,
      encoded_rows: 1,
      nested_cells: 0.8,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.925, kept: 1 }, adversarial: { recall: 0.948, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 21', LEFT21_CORPUS);
