import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM25_CORPUS } from './fixtures/redteam25-corpus.js';

/**
 * Twenty-fifth red-team round: the records mobile apps and devices produce (crash and error
 * reports, analytics and attribution rows and postbacks, push payloads and deep links, in-app chat,
 * MDM inventory and profiles, wearables and trip logs, app-store reviews). Each case cites its
 * public source in fixtures/redteam25-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.937 (142 planted),
 * adversarial 0.687 (99); look-alikes kept 0.963 (109) / 0.977 (44). Per family (recall / kept):
 * device 0.738 / 0.946, contact 0.860 / 0.972, people 0.932 / 1.000, location 0.857 / 0.955,
 * credentials 0.818 / 0.966. (The corpus plants 241 values, more than the brief's 200; it was not
 * cut.) The idempotence suite failed before any fix too: a postcode after a masked street in chat
 * prose (`<ADDRESS:…> London SW7 2EF`) is found only on the second pass.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-fifth round',
  'red-team corpus 25',
  REDTEAM25_CORPUS,
  {
    family: { device: 0.738, contact: 0.86, people: 0.931, credentials: 0.818, location: 0.857 },
    slice: { realistic: { recall: 0.936, kept: 0.963 }, adversarial: { recall: 0.686, kept: 0.977 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-fifth round', REDTEAM25_CORPUS);
