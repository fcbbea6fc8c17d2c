import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM23_CORPUS } from './fixtures/redteam23-corpus.js';

/**
 * Twenty-third red-team round: the largest non-Latin markets again (Japanese, simplified Chinese,
 * Korean, Gulf and Egyptian Arabic, Russian, Ukrainian, Hindi, Hebrew, Thai, Greek) in shapes
 * rounds 10 and 17 did not use: application and server logs in those languages, audit trails of
 * local SaaS and clouds, healthcare and insurance, payroll and tax forms, AI-assistant
 * conversations and postal addresses. Each case cites its public source in
 * fixtures/redteam23-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.692 (120 planted),
 * adversarial 0.539 (102); look-alikes kept 0.946 (111) / 1.000 (24). Per family (recall /
 * kept): ids 0.676 / 0.900, contact 0.617 / 0.951, people 0.500 / 1.000, health 0.605 / 1.000,
 * payments 0.721 / 0.933. (The corpus as first written planted 293 values and 173 look-alikes;
 * it was cut towards the brief's 200 / 100 by a mechanical rule before any fix — a value
 * planted twice counts once, then at most the first two values and the first two look-alikes
 * of each case; on all of them the same engine scored 0.764 realistic / 0.550 adversarial,
 * kept 0.951 / 1.000.)
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-third round',
  'red-team corpus 23',
  REDTEAM23_CORPUS,
  {
    family: { ids: 0.676, contact: 0.616, people: 0.5, payments: 0.72, health: 0.604 },
    slice: { realistic: { recall: 0.691, kept: 0.945 }, adversarial: { recall: 0.539, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-third round', REDTEAM23_CORPUS);
