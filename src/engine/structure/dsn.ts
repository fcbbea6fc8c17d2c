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

const RUBRIQUE = /S21\.G00\.(3[01]\.\d{3}),'([^'\r\n]+)'/g;

export function dsnSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  RUBRIQUE.lastIndex = 0;
  for (let m = RUBRIQUE.exec(text); m !== null; m = RUBRIQUE.exec(text)) {
    const entity = RUBRIQUES.get(m[1]!);
    if (entity === undefined) continue;
    const start = m.index + m[0].length - 1 - m[2]!.length;
    pushSpan(ctx, text, start, start + m[2]!.length, entity, 'structure:dsn');
  }
}
