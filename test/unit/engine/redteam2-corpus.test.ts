import { corpusFloorsSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM2_CORPUS } from './fixtures/redteam2-corpus.js';

/**
 * Second, independent red-team round (issues 13, 14): recall per entity family and look-alikes
 * kept, on records built from public test material (fixtures/redteam2-corpus.ts cites each source).
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence). The floors are what holds now; raise them, never lower them.
 */

/** Raw copies are searched in the JSON output too, so a value is also looked for JSON-escaped. */
function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, second round (issues 13, 14)',
  'red-team corpus 2',
  REDTEAM2_CORPUS,
  {
    family: { api_keys: 1, passwords: 1, contact: 1, payment: 1, national_ids: 1, names: 1, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);
