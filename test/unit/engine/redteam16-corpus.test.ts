import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM16_CORPUS } from './fixtures/redteam16-corpus.js';

/**
 * Sixteenth red-team round: records of people platforms (ATS webhooks, background checks,
 * education, trust & safety and moderation, gaming support, identity exports, CRM exports, donor
 * records, tenant screening). Each case cites its public source in fixtures/redteam16-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.929 (141 planted),
 * adversarial 0.870 (69); look-alikes kept 0.943 (106) / 1.000 (42). Per family (recall / kept):
 * ids 0.900 / 1.000, contact 0.904 / 0.931, people 0.912 / 0.973, accounts 0.933 / 0.970.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixteenth round',
  'red-team corpus 16',
  REDTEAM16_CORPUS,
  {
    family: { ids: 0.9, contact: 0.9, people: 0.91, accounts: 0.93 },
    slice: { realistic: { recall: 0.92, kept: 0.94 }, adversarial: { recall: 0.86, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixteenth round', REDTEAM16_CORPUS);
