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
 * After this stop's fixes (a credential cut at a wrap column or by a CRI partial line read joined,
 * structure/wrapped-tokens.ts; a name-like word ending a line of prose read with the next line's
 * run, and lower-case names across one break; no CSV header from a line ending in `-`; a card of
 * unspaced halves, an IBAN broken inside a group): realistic 0.923, adversarial 0.773; kept 1.000 /
 * 1.000 (recall: names 0.919, addresses 0.857, tokens 0.952, financial 0.900, ids 0.667).
 * Known leaks left: a message cut at 16 KiB into two Docker json-file records (two JSON documents);
 * a display name folded after its given name in a header (`Cordelia\r\n Blackthorne <…>`: the
 * given name starts the string); lower-case names and streets the one-line detectors miss too
 * (`employee: gudrun hallvardsen requested`, `reported by …`, `ship to 88 wrenfield close`); ids
 * whose digits a break parts (`163061\n5123457`, `368052\n80109`: a digit-digit break reads as a
 * blank) or that a break cuts before a control letter (`X-2482300\nW`); an unspaced IBAN cut at a
 * digit-digit break.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'wrap corpus (stop 41)',
  'wrap corpus 41',
  WRAP41_CORPUS,
  {
    family: { names: 0.918, addresses: 1, tokens: 0.952, financial: 0.9, ids: 0.666 },
    slice: { realistic: { recall: 0.938, kept: 1 }, adversarial: { recall: 0.772, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('wrap corpus (stop 41)', WRAP41_CORPUS);
