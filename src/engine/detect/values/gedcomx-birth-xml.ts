/**
 * A birth fact's date in GEDCOM X XML (FamilySearch's XML serialisation of persons and record
 * personas: `<fact type="http://gedcomx.org/Birth"><date><original>12 August 1991</original>
 * <formal>+1991-08-12</formal></date>`; leftovers of red-team round 89): the fact's type stands
 * in its start tag, the date in the elements below it, too far for a date's context words. Only
 * the `original` and `formal` elements of the date right after a Birth fact's start tag (before
 * its `</fact>`); a Death or a Marriage fact's date stays. The JSON serialisation is read by the
 * record walk (structure/genealogy-members.ts).
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

const ID = 'gedcomx_birth_date';
const KEYWORD = 'gedcomx.org/birth';
/** How far after the type the date's elements may stand. */
const WINDOW = 240;
/** `<original>…</original>` or `<formal>…</formal>` (a namespace prefix allowed). */
const DATE_ELEMENT = /<(?:\w{1,10}:)?(original|formal)>([^<]{4,40})<\/(?:\w{1,10}:)?\1>/g;

export const gedcomxBirthDate: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'DATE_OF_BIRTH',
    description: 'A birth fact\'s date in GEDCOM X XML (`<fact type="http://gedcomx.org/Birth"><date><original>…`)',
    validation:
      'the text of `original` and `formal` elements (4–40 characters with a digit) within 240 characters after `gedcomx.org/Birth"` and before `</fact>`',
    context: false,
    example: '<fact type="http://gedcomx.org/Birth"><date><original>12 August 1991</original></date></fact>',
    keywords: [KEYWORD],
    prefilter: (s) => s.text.indexOf('<', 1) !== -1,
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    const lower = scan.lower();
    for (let at = lower.indexOf(KEYWORD); at !== -1; at = lower.indexOf(KEYWORD, at + KEYWORD.length)) {
      const from = at + KEYWORD.length;
      if (text.charCodeAt(from) !== 34 && text.charCodeAt(from) !== 39) continue;
      let to = Math.min(text.length, from + WINDOW);
      const close = lower.indexOf('</', from);
      const factEnd = lower.indexOf('fact>', from);
      if (factEnd !== -1 && factEnd < to) to = factEnd;
      if (close === -1 || close >= to) continue;
      const window = text.slice(from, to);
      DATE_ELEMENT.lastIndex = 0;
      for (let m = DATE_ELEMENT.exec(window); m !== null; m = DATE_ELEMENT.exec(window)) {
        const value = m[2]!.trim();
        if (!/\d/.test(value)) continue;
        const start = from + m.index + m[0].indexOf('>') + 1 + (m[2]!.length - m[2]!.trimStart().length);
        out.push({ start, end: start + value.length, entity: 'DATE_OF_BIRTH', detector: ID, normalized: value, priority });
      }
    }
  },
};
