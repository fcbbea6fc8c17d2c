import { corpusFloorsSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM_CORPUS } from './fixtures/redteam-corpus.js';

/**
 * Issues 13 and 14: recall per entity family and look-alikes kept, on realistic records and on an
 * adversarial slice built from public material (fixtures/redteam-corpus.ts names every source).
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence). The floors are what holds now; raise them, never lower them.
 */
corpusFloorsSuite('red-team corpus (issues 13, 14)', 'red-team corpus', REDTEAM_CORPUS, {
  family: { api_keys: 1, passwords: 1, contact: 1, payment: 1, national_ids: 0.908, lookalikes: 1 },
  slice: { realistic: { recall: 0.978, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
});
