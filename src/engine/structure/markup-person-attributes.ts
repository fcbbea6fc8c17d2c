import { isBareName, isPersonBesides, type PersonSibling, personSiblingOf } from './bare-name-columns.js';

/**
 * Person attributes of one markup element in text (`key="value"` pairs read by kv.ts). UIDAI's
 * Aadhaar e-KYC response writes the resident as `<Poi name="…" dob="…" gender="…" phone="…"/>`
 * and the care-of line as `<Poa co="S/O: …" house="…" …/>`. Alone, a `name` attribute names a
 * file, a host or a product; beside an attribute of the same element that the key rules call a
 * person's field (a birth date), a person-held id or a phone (structure/bare-name-columns.ts
 * isPersonBesides weighs which), it is the person's name. A value written as an Indian relation
 * line (`S/O`, `D/O`, `W/O`: son, daughter, wife of) names a person under any attribute.
 */

/** `S/O: Name`, `D/O Name`, `W/O. Name`: a relation line (any case), then a letter. */
const RELATION_LINE = /^[SDWsdw]\/[Oo](?:[:.]\s*|\s+)\p{L}/u;
/** An attribute of an element: its name and where its quoted value starts. */
const ATTRIBUTE = /([A-Za-z_][\w.-]{0,40})=(["'])([^"'<>]*)\2/g;
/** How far the element's `<` and `>` may be from the value. */
const ELEMENT_REACH = 1024;

/**
 * Whether the quoted value text[start, end) of attribute `key` (which starts at `keyAt`) is a
 * person's name by the rules above; `classifyKey` is the key rules.
 */
export function isPersonAttribute(
  text: string,
  keyAt: number,
  key: string,
  start: number,
  end: number,
  classifyKey: (name: string) => string | null,
): boolean {
  const c = text.charCodeAt(start);
  if ((c === 83 || c === 68 || c === 87 || c === 115 || c === 100 || c === 119) && text.charCodeAt(start + 1) === 47) {
    return RELATION_LINE.test(text.slice(start, Math.min(end, start + 8)));
  }
  if (!isBareName(key)) return false;
  const open = text.lastIndexOf('<', keyAt);
  if (open < 0 || keyAt - open > ELEMENT_REACH || text.lastIndexOf('>', keyAt) > open) return false;
  let close = text.indexOf('>', end);
  if (close < 0 || close - end > ELEMENT_REACH) return false;
  if (text.charCodeAt(close - 1) === 47) close--;
  let best: PersonSibling = 0;
  ATTRIBUTE.lastIndex = 0;
  const element = text.slice(open, close);
  for (let m = ATTRIBUTE.exec(element); m !== null && best < 3; m = ATTRIBUTE.exec(element)) {
    if (m[3]!.length === 0 || isBareName(m[1]!)) continue;
    const says = personSiblingOf(classifyKey(m[1]!));
    if (says > best) best = says;
  }
  const tag = /^<([\w:.-]*)/.exec(element)?.[1] ?? '';
  return best !== 0 && isPersonBesides(best, best === 3 ? '' : text.slice(start, end), tag);
}
