import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM17_CORPUS } from './fixtures/redteam17-corpus.js';

/**
 * Seventeenth red-team round: records written in non-Latin scripts, round two (e-commerce and
 * delivery orders, bank and wallet notifications, government and identity portals, messaging
 * exports, HR / clinic / school records; Bengali, Tamil, Telugu, Marathi, Urdu, Persian, Kazakh,
 * Serbian Cyrillic, Bulgarian, Georgian, Armenian, Amharic, Burmese, Khmer, Sinhala, Mongolian,
 * Nepali, traditional Chinese, plus new record shapes in Japanese, Chinese, Korean, Russian,
 * Arabic and Thai). Each case cites its public source in fixtures/redteam17-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.450 (151 planted),
 * adversarial 0.286 (49); look-alikes kept 1.000 (92) / 1.000 (7). Per family (recall / kept):
 * ids 0.396 / 1.000 (91), contact 0.480 / 1.000 (50), people 0.324 / 1.000 (37), accounts
 * 0.455 / 1.000 (22).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventeenth round',
  'red-team corpus 17',
  REDTEAM17_CORPUS,
  {
    family: { ids: 0.39, contact: 0.48, people: 0.32, accounts: 0.45 },
    slice: { realistic: { recall: 0.45, kept: 1 }, adversarial: { recall: 0.28, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventeenth round', REDTEAM17_CORPUS);
