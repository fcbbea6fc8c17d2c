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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'wrap corpus (stop 38)',
  'wrap corpus 38',
  WRAP38_CORPUS,
  {
    family: { phones: 0.421, names: 0.235, tokens: 0.555, financial: 0.812, ids: 0.285 },
    slice: { realistic: { recall: 0.458, kept: 1 }, adversarial: { recall: 0.472, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('wrap corpus (stop 38)', WRAP38_CORPUS);
