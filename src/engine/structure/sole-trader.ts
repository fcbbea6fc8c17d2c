import { ARRAY, type JsonTree, OBJECT, STRING, STRING_ESCAPED } from '../json-text/scan.js';

/**
 * A sole trader's VAT id. A company's VAT id proven by its prefix and check is kept under a tax
 * name (red-team round 36: the firm's public registration); a sole trader's is his own, and the
 * value does not tell the two apart. The record does: a legal form or business type saying
 * individual or sole trader (Stripe Connect `business_type: individual`, Adyen `type:
 * soleProprietorship`, Amazon `legal_form: sole_trader`, a W-9's `individual_sole_proprietor`) on
 * the VAT id's object or an object above it (red-team round 47). Read only when a VAT id is about
 * to be kept (engine.ts #whole), never per member.
 */

/**
 * A member naming the legal form (`legal_form`, `businessType`, `entity_type`, `company_type`,
 * `legal_entity_type`, `tax_classification`, a W-9's `line_3_classification`): read folded to
 * lower-case letters.
 */
const LEGAL_FORM_NAME =
  /(?:legal|business|entity|company|organi[sz]ation|tax|federal)(?:entity)?(?:form|type|structure|classification)$|^lineclassification$/;

/** A legal form that is a person trading in his own name (English, German, French, Italian, Spanish, Dutch). */
const SOLE_TRADER =
  /^(?:individual|person|natural[_ -]?person|sole[_ -]?(?:trader|prop|proprietor|proprietorship|owner|ownership)|soleproprietorship|soletrader|individual[_ -]sole[_ -]?proprietor(?:ship)?|einzelunternehme[nr]|einzelkaufmann|auto[_ -]?entrepreneur|micro[_ -]?entrepreneur|entreprise[_ -]individuelle|ditta[_ -]individuale|aut[oó]nomo|eenmanszaak)$/i;

/** A member holding a VAT id (`vat`, `vat_number`, `vatId`, `VATIN`), as lower-case letters only. */
const VAT_MEMBER = /^(?:vat|vatnumber|vatid|vatno|vatnr|vatin|vatregistrationnumber)$/;

/**
 * Whether member `k` holds a VAT id by its name (member-gate.ts SOLE_TRADER_VAT): read as a
 * person's id only beside a sole trader's legal form; anywhere else the value detectors read it.
 */
export function isVatMember(k: string): boolean {
  return k.length <= 24 && (k.charCodeAt(0) | 0x20) === 0x76 && VAT_MEMBER.test(k.toLowerCase().replace(/[^a-z]/g, ''));
}

/** A VAT id's shape: an optional country prefix, then 7 to 14 digits and letters (blanks, dots, dashes between). */
const VAT_ID_SHAPE = /^(?:[A-Za-z]{2,3}[ .-]?)?\d[\dA-Za-z .-]{5,16}[\dA-Za-z]$/;

/** Whether a value under a VAT member is shaped as a VAT id (`20%`, `exempt`, `0.2` are not). */
export function vatIdShaped(value: string): boolean {
  return value.length <= 24 && VAT_ID_SHAPE.test(value) && value.replace(/\D/g, '').length >= 7;
}

/** Whether member `name` names a legal form. */
export function isLegalFormName(name: string): boolean {
  if (name.length > 40) return false;
  return LEGAL_FORM_NAME.test(name.toLowerCase().replace(/[^a-z]/g, ''));
}

/** Whether a legal form's value says a person trading in his own name. */
export function saysSoleTrader(value: string): boolean {
  return value.length <= 48 && SOLE_TRADER.test(value.trim());
}

/** Whether decoded object `obj` declares a sole trader (a legal-form member saying so). */
export function declaresSoleTrader(obj: Record<string, unknown>): boolean {
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string' && isLegalFormName(k) && saysSoleTrader(v)) return true;
  }
  return false;
}

/** declaresSoleTrader on a span tree: the object at token `t`. */
export function declaresSoleTraderText(tree: JsonTree, t: number): boolean {
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] !== STRING && tree.kind[v] !== STRING_ESCAPED) continue;
    if (isLegalFormName(tree.string(name)) && saysSoleTrader(tree.string(v))) return true;
  }
  return false;
}

/** The token of member `step` (object) or element `step` (array) of the value at token `t`, or -1. */
export function childToken(tree: JsonTree, t: number, step: string | number): number {
  const end = tree.next[t]!;
  if (tree.kind[t] === OBJECT && typeof step === 'string') {
    for (let name = t + 1; name < end; name = tree.next[name + 1]!) if (tree.is(name, step)) return name + 1;
  } else if (tree.kind[t] === ARRAY && typeof step === 'number') {
    let i = 0;
    for (let e = t + 1; e < end; e = tree.next[e]!, i++) if (i === step) return e;
  }
  return -1;
}
