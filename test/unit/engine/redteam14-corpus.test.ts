import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM14_CORPUS } from './fixtures/redteam14-corpus.js';

/**
 * Fourteenth red-team round: business SaaS audit logs, data-integration envelopes and
 * commerce / logistics. Each case cites its public source in fixtures/redteam14-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.896 (164 planted),
 * adversarial 0.851 (87); look-alikes kept 0.959 (97) / 0.938 (48). Per family (recall / kept):
 * collaboration 0.823 / 0.933, it_hr 0.964 / 1.000, integration 0.865 / 1.000, text_formats
 * 0.795 / 1.000, commerce 0.969 / 0.871. (Five look-alikes first written were dropped before
 * this measurement as mislabelled: four postal codes and a street of private ship-to addresses.)
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fourteenth round',
  'red-team corpus 14',
  REDTEAM14_CORPUS,
  {
    family: { collaboration: 0.82, it_hr: 0.96, integration: 0.86, text_formats: 0.79, commerce: 0.96 },
    slice: { realistic: { recall: 0.89, kept: 0.95 }, adversarial: { recall: 0.85, kept: 0.93 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fourteenth round', REDTEAM14_CORPUS);
