import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { WRAP41_CORPUS } from './fixtures/wrap41-corpus.js';

/**
 * Wrap corpus (stop 41): values split by a line break or a wrap in the documented formats that
 * wrap (OCR / PDF-to-text lines, RFC 5322 folding, RFC 2045 quoted-printable and 76-column base64,
 * PEM, CRI partial lines, Docker 16 KiB splits, CI runner and terminal wraps, SMS concatenation,
 * chat messages in two events), with look-alikes that must stay apart. Each case cites its public
 * source in fixtures/wrap41-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output, JSON-escaped or not. The floors are what holds now; raise them,
 * never lower them.
 * Before any fix (the held-out estimate): realistic recall 0.631 (65 planted), adversarial 0.455
 * (22); look-alikes kept 0.989 (88) / 1.000 (30). Per family (recall): names 0.595, addresses
 * 0.857, tokens 0.429, financial 0.600, ids 0.667 (kept: ids 0.929, a date after a SIN wrapped
 * after its dash masked with it; the others 1.000). (The corpus plants 87 values and 118
 * look-alikes in 76 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'wrap corpus (stop 41)',
  'wrap corpus 41',
  WRAP41_CORPUS,
  {
    family: { names: 0.594, addresses: 0.857, tokens: 0.428, financial: 0.6, ids: 0.666 },
    slice: { realistic: { recall: 0.63, kept: 0.988 }, adversarial: { recall: 0.454, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('wrap corpus (stop 41)', WRAP41_CORPUS);
