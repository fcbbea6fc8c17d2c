import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { WRAP38_CORPUS } from './fixtures/wrap38-corpus.js';

/**
 * Wrap corpus (stop 38): values split by a line break or a wrap (`\n`, `\r\n`, an escaped `\\n`
 * inside JSON text, a runner's / terminal's line wrap, a CRI partial line, a quoted-printable soft
 * break `=\n`), with look-alikes that must stay apart (two numbers on two lines, list items, table
 * rows). Each case cites its public source in fixtures/wrap38-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output, JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix (the held-out estimate): realistic recall 0.458 (48 planted), adversarial 0.472
 * (36); look-alikes kept 1.000 (57) / 1.000 (33). Per family (recall): phones 0.421, names 0.235,
 * tokens 0.556, financial 0.813, ids 0.286 (all kept 1.000). (The corpus plants 84 values and 90
 * look-alikes in 67 cases.) The idempotence suite passed before any fix.
 * After this stop's fix (a number cut by a line break is read joined, structure/wrapped-lines.ts):
 * realistic 0.688, adversarial 0.611; kept 1.000 / 1.000 (recall: phones 0.895, names 0.235,
 * tokens 0.556, financial 0.875, ids 0.714).
 * Known leaks left, by record shape: a name whose surname starts the next line (a join of every
 * letter-letter break would read most multi-line text twice and bind headings to the next line); a
 * token cut by a runner's or a terminal's wrap, a CRI / Docker partial line, a quoted-printable soft
 * break outside a mail body, a base64 value at 76 columns (a second half has no name before it);
 * a card of two 8-digit halves, an SSN `07805\n1120`, a personnummer broken before its dash, an IBAN
 * broken inside a group by an escaped `\n`, a codice fiscale broken between letters and digits (a
 * digit-digit break reads as a blank: joining it to nothing would glue an id to a count).
 * After stop 41 (wrap41: wrapped tokens, names ending a line of prose, cards of unspaced halves,
 * IBANs broken inside a group): realistic 0.917, adversarial 0.861 (recall: phones 0.895, names
 * 0.882, tokens 0.944, financial 1.000, ids 0.714); kept 1.000 / 1.000.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'wrap corpus (stop 38)',
  'wrap corpus 38',
  WRAP38_CORPUS,
  {
    family: { phones: 0.894, names: 0.882, tokens: 0.944, financial: 1, ids: 0.714 },
    slice: { realistic: { recall: 0.916, kept: 1 }, adversarial: { recall: 0.861, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('wrap corpus (stop 38)', WRAP38_CORPUS);
