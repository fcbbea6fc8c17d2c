import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM60_CORPUS } from './fixtures/redteam60-corpus.js';

/**
 * Sixtieth red-team round: whole audit and activity logs written in another language (German,
 * French, Spanish / Portuguese, Italian / Dutch / Polish / Nordic, Japanese): local field names,
 * prose and value formats. Each case cites its public source in fixtures/redteam60-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.968 (160 planted),
 * adversarial 0.819 (105); look-alikes kept 0.898 (89) / 0.952 (21). Per family (recall / kept):
 * german_dach 0.875 / 0.971, french_belgian 0.918 / 0.950, iberian_latam 0.919 / 0.783,
 * italian_dutch_polish_nordic 0.911 / 0.947, japanese 0.933 / 0.857. (The corpus plants 265
 * values, more than the brief's 200; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixtieth round',
  'red-team corpus 60',
  REDTEAM60_CORPUS,
  {
    family: {
      german_dach: 0.875,
      french_belgian: 0.918,
      iberian_latam: 0.919,
      italian_dutch_polish_nordic: 0.911,
      japanese: 0.933,
    },
    slice: { realistic: { recall: 0.968, kept: 0.898 }, adversarial: { recall: 0.819, kept: 0.952 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixtieth round', REDTEAM60_CORPUS);
