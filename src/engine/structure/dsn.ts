import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The French Déclaration Sociale Nominative (DSN, cahier technique net-entreprises) in text: one
 * rubrique a line, `S21.G00.30.001,'value'` (block, rubrique number, the value in single
 * quotes). Blocks 30 (Individu) and 31 (Changements individu) hold the employee's identity, masked
 * by rubrique whatever the value looks like (detector `structure:dsn`): NIR and the numéro
 * technique temporaire, family, usage and first names, date of birth (DDMMYYYY), place of birth,
 * street, postcode and e-mail. Company blocks (SIREN, SIRET, NIC, the organismes' IBAN) and the
 * contract blocks' codes stay with the value detectors.
 */

/** Words of the keyword pass that gate dsnSpans: the block prefixes of the individual. */
export const DSN_KEYWORDS: readonly string[] = ['s21.g00.30.', 's21.g00.31.'];

/** `30.001` → entity: the rubriques of blocks 30 and 31 that identify a person. */
const RUBRIQUES = new Map([
  ['30.001', 'FR_NIR'],
  ['30.002', 'PERSON'],
  ['30.003', 'PERSON'],
  ['30.004', 'PERSON'],
  ['30.006', 'DATE_OF_BIRTH'],
  ['30.007', 'ADDRESS'],
  ['30.008', 'ADDRESS'],
  ['30.009', 'POSTCODE'],
  ['30.018', 'EMAIL'],
  ['30.020', 'NATIONAL_ID'],
  ['31.008', 'FR_NIR'],
  ['31.009', 'PERSON'],
  ['31.010', 'PERSON'],
  ['31.011', 'DATE_OF_BIRTH'],
]);

/**
 * A rubrique as the file writes it (`,'value'`), or as people quote it in an e-mail or a ticket
 * (red-team round 67): `S21.G00.30.002 = Lefebvre` or `S21.G00.30.006: 14/10/1995`, the value
 * unquoted to the end of the line (a real or an escaped `\n`).
 */
const RUBRIQUE =
  /S21\.G00\.(3[01]\.\d{3})(?:,'([^'\r\n]+)'|[ \t]{0,4}[=:][ \t]{0,4}([^\s'\\][^\r\n\\]{0,127}?)[ \t]*(?=$|\r?\n|\\n|[,;] ))/dgm;

export function dsnSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  RUBRIQUE.lastIndex = 0;
  for (let m = RUBRIQUE.exec(text); m !== null; m = RUBRIQUE.exec(text)) {
    const entity = RUBRIQUES.get(m[1]!);
    const range = m.indices?.[m[2] !== undefined ? 2 : 3];
    if (entity === undefined || range === undefined) continue;
    pushSpan(ctx, text, range[0], range[1], entity, 'structure:dsn');
  }
}
