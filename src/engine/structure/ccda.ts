import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * HL7 CDA / C-CDA documents (HL7 v3 XML) logged as text by interface engines (Mirth, Rhapsody)
 * and HIE gateways. Their identity sits in elements and attributes with plain names, read here by
 * the HL7 v3 datatypes that give them meaning:
 * - anywhere: the name parts of a PN (`<given>`, `<family>`) as PERSON, `<birthTime value>` as
 *   DATE_OF_BIRTH, and an `<id>` whose root is the SSN OID 2.16.840.1.113883.4.1 as US_SSN;
 * - inside a person's role (`<patientRole>`, `<guardian>`, `<associatedEntity>`,
 *   `<relatedEntity>`, `<relatedSubject>`): every `<id extension>` (MEDICAL_RECORD_NUMBER), the
 *   street, city and postal code of an `<addr>` (state and country stay), and `<telecom value>`
 *   (PHONE, or EMAIL for `mailto:`; the URL scheme stays).
 * Organisations' ids and addresses (a provider's NPI, a custodian's address), codes, templateIds
 * and narrative markup stay; narrative text is left to the value detectors.
 */

/** True when `text` looks like HL7 v3 XML: its namespace or an OID under HL7's root. */
export function mayHoldCda(text: string): boolean {
  return text.indexOf('2.16.840.1.113883') >= 0 || text.indexOf('urn:hl7-org:v3') >= 0;
}

const SSN_OID = '2.16.840.1.113883.4.1';
const ROLES = /<(patientRole|guardian|associatedEntity|relatedEntity|relatedSubject)[\s>]/g;
const NAME_PART = /<(given|family)(?:\s[^<>]*)?>([^<]+)<\/\1>/g;
const ADDRESS_PART = /<(streetAddressLine|city|postalCode)(?:\s[^<>]*)?>([^<]+)<\/\1>/g;
const EMPTY_ELEMENT = /<(id|telecom|birthTime)\s([^<>]*)>/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

export function ccdaSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const roles = roleRanges(text);
  const inRole = (i: number) => roles.some(([a, b]) => i >= a && i < b);
  NAME_PART.lastIndex = 0;
  for (let m = NAME_PART.exec(text); m !== null; m = NAME_PART.exec(text)) push(ctx, text, m, 2, 'PERSON');
  ADDRESS_PART.lastIndex = 0;
  for (let m = ADDRESS_PART.exec(text); m !== null; m = ADDRESS_PART.exec(text)) {
    if (inRole(m.index)) push(ctx, text, m, 2, m[1] === 'postalCode' ? 'POSTCODE' : 'ADDRESS');
  }
  EMPTY_ELEMENT.lastIndex = 0;
  for (let m = EMPTY_ELEMENT.exec(text); m !== null; m = EMPTY_ELEMENT.exec(text)) {
    const attrs = attributes(m[2]!, m.index + m[0].length - m[2]!.length - 1);
    const element = m[1]!;
    if (element === 'birthTime') pushAttr(ctx, text, attrs.get('value'), 'DATE_OF_BIRTH');
    else if (element === 'id') {
      const ssn = attrs.get('root')?.[0] === SSN_OID;
      if (ssn || inRole(m.index)) pushAttr(ctx, text, attrs.get('extension'), ssn ? 'US_SSN' : 'MEDICAL_RECORD_NUMBER');
    } else if (inRole(m.index)) {
      const value = attrs.get('value');
      if (value === undefined) continue;
      const scheme = /^(?:tel|fax|mailto|sms):/i.exec(value[0]);
      const entity = scheme?.[0].toLowerCase() === 'mailto:' ? 'EMAIL' : 'PHONE';
      const skip = scheme?.[0].length ?? 0;
      pushAttr(ctx, text, [value[0].slice(skip), value[1] + skip], entity);
    }
  }
}

/** The ranges of the person roles' elements (to their end tag, or to the end of the text). */
function roleRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  ROLES.lastIndex = 0;
  for (let m = ROLES.exec(text); m !== null; m = ROLES.exec(text)) {
    const end = text.indexOf(`</${m[1]}>`, m.index);
    ranges.push([m.index, end < 0 ? text.length : end]);
  }
  return ranges;
}

/** Attribute name → [value, offset of the value in the text]. */
function attributes(source: string, offset: number): Map<string, [string, number]> {
  const out = new Map<string, [string, number]>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m !== null; m = ATTRIBUTE.exec(source)) {
    out.set(m[1]!, [m[2]!, offset + m.index + m[1]!.length + 2]);
  }
  return out;
}

function push(ctx: SpanContext, text: string, m: RegExpExecArray, group: number, entity: string): void {
  const value = m[group]!;
  const start = m.index + m[0].indexOf('>') + 1;
  if (value.trim().length === 0) return;
  pushSpan(ctx, text, start, start + value.length, entity, 'structure:cda');
}

function pushAttr(ctx: SpanContext, text: string, attr: [string, number] | undefined, entity: string): void {
  if (attr === undefined || attr[0].length === 0) return;
  pushSpan(ctx, text, attr[1], attr[1] + attr[0].length, entity, 'structure:cda');
}
