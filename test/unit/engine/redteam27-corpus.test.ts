import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM27_CORPUS } from './fixtures/redteam27-corpus.js';

/**
 * Twenty-seventh red-team round: telecom, travel and mobility records. Each case cites its public
 * source in fixtures/redteam27-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.789 (161 planted),
 * adversarial 0.635 (126); look-alikes kept 0.973 (113) / 0.939 (49). Per family (recall / kept):
 * telecom 0.623 / 0.921, sip_sms 0.735 / 0.966, travel 0.759 / 1.000, mobility 0.773 / 0.935,
 * ev_charging 0.688 / 1.000. (The corpus plants 287 values and 162 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-seventh round',
  'red-team corpus 27',
  REDTEAM27_CORPUS,
  {
    family: { telecom: 0.622, sip_sms: 0.734, travel: 0.759, mobility: 0.772, ev_charging: 0.687 },
    slice: { realistic: { recall: 0.788, kept: 0.973 }, adversarial: { recall: 0.634, kept: 0.938 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-seventh round', REDTEAM27_CORPUS);
