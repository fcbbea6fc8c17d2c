import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT70_CORPUS } from './fixtures/left70-corpus.js';

/**
 * Leftovers of red-team round 70 (stop 39): the record shapes round 70 still leaked or over-masked
 * (OpenTelemetry telemetry as instrumentation writes it), written again from other sources
 * (fixtures/left70-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (49 cases; CI=true npx vitest run --project unit test/unit/engine/left70-corpus.test.ts):
 * realistic recall 0.857 (28 planted), adversarial 0.500 (24); look-alikes kept 0.873 (55) / 0.930
 * (43). Per family (recall / kept): db_bindings 0.938 / 0.962, free_text_names 0.583 / 1.000,
 * flag_contexts 0.600 / 0.933, places_phones 0.667 / 1.000, forms_errors 0.500 / 1.000, lookalikes
 * - / 0.680 (25). The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 70',
  'left70 corpus',
  LEFT70_CORPUS,
  {
    family: {
      db_bindings: 0.937,
      free_text_names: 0.583,
      flag_contexts: 0.6,
      places_phones: 0.666,
      forms_errors: 0.5,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.857, kept: 0.872 }, adversarial: { recall: 0.5, kept: 0.93 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 70', LEFT70_CORPUS);
