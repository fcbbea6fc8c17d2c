import { isCompanyName, isFacilityName } from './company-name.js';
import { ARRAY, type JsonTree, NUMBER, OBJECT, STRING, STRING_ESCAPED } from '../json-text/scan.js';

/**
 * A shipment's sending party when it is a company: its street lines and postcode are a business
 * address printed on every label (FedEx `requestedShipment.shipper`, UPS `Shipment.Shipper`, DHL
 * `shipperDetails`, USPS `fromAddress`, Shippo `address_from`, a BOL `shipFrom`, a returns
 * centre's `return_to`, a `warehouse`), not a person's home. Only the sending side: a recipient,
 * a consignee, a `shipTo` or a `return_from` is a person as often as not, even at a company's
 * address (`ShipTo: {CompanyName, AttentionName}` may be a home office), so those keep masking.
 *
 * The party counts as a company only when it, or an object directly inside it (`contact`,
 * `contactInformation`), names one: a `company` / `companyName` / `firm` / `organization` member
 * with a value that is not the contact's own name (DHL puts the person's name under `companyName`
 * when a person ships), or a `name` / `name1` / `fullName` / `contactName` ending in a company's
 * legal form (isCompanyName: `Contoso Fulfilment Ltd`, `Parcel Hub GmbH`). A sole trader's
 * `shipper: {name: 'Jane Doe'}` names none and stays masked. Only the address members are let
 * through (the engine's #senderParty): the contact's name, phone and e-mail are a person's still.
 */
export const SENDER_PARTY_KEYS: ReadonlySet<string> = new Set([
  'shipper',
  'Shipper',
  'shipperDetails',
  'ShipperDetails',
  'shipFrom',
  'ShipFrom',
  'ship_from',
  'fromAddress',
  'from_address',
  'address_from',
  'origin',
  'return_to',
  'returnTo',
  'warehouse',
  'Warehouse',
  // DPD / GLS / PostNL shipment `sender` blocks; chat and mail senders seldom name a legal form.
  'sender',
  'Sender',
]);

/** Member names (lower case, no `_` / `-`) whose value is a company's name whatever it reads. */
const COMPANY_MEMBERS: ReadonlySet<string> = new Set([
  'company',
  'companyname',
  'firm',
  'firmname',
  'organization',
  'organisation',
  'organizationname',
  'businessname',
]);

/** Member names (folded) that hold a party's or contact's name: a company only by its legal form. */
const NAME_MEMBERS: ReadonlySet<string> = new Set(['name', 'name1', 'fullname', 'contactname', 'personname', 'attentionname']);

export function isSenderPartyKey(k: string): boolean {
  return SENDER_PARTY_KEYS.has(k);
}

function fold(k: string): string {
  return k.toLowerCase().replace(/[_-]/g, '');
}

/** Whether one object's own string members name a company. */
function objectNamesCompany(members: Iterable<[string, unknown]>): boolean {
  let company: string | null = null;
  const names: string[] = [];
  for (const [k, v] of members) {
    if (typeof v !== 'string' || k.length > 20) continue;
    const f = fold(k);
    if (COMPANY_MEMBERS.has(f)) {
      const c = v.trim();
      if (c.length >= 2 && c.indexOf('@') < 0) company = c;
    } else if (NAME_MEMBERS.has(f)) {
      if (isCompanyName(v.trim()) || isFacilityName(v.trim())) return true;
      names.push(v.trim());
    }
  }
  return company !== null && !names.includes(company);
}

/** Whether a decoded sending party (`shipper: {…}`) names a company (see above). */
export function isCompanyParty(party: Record<string, unknown>): boolean {
  if (objectNamesCompany(Object.entries(party))) return true;
  for (const k in party) {
    const v = party[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && objectNamesCompany(Object.entries(v))) return true;
  }
  return false;
}

function* membersText(tree: JsonTree, t: number): Generator<[string, unknown]> {
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] === STRING || tree.kind[v] === STRING_ESCAPED) yield [tree.string(name), tree.string(v)];
  }
}

/** isCompanyParty on a span tree: the object at token `t`. */
export function isCompanyPartyText(tree: JsonTree, t: number): boolean {
  if (objectNamesCompany(membersText(tree, t))) return true;
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] === OBJECT && objectNamesCompany(membersText(tree, v))) return true;
  }
  return false;
}

/** The entities a company sender's members keep: its street lines and postcode. */
export function isSenderAddressEntity(entity: string | null): boolean {
  return entity === 'ADDRESS' || entity === 'POSTCODE';
}

/**
 * Whether a value under a company sender's address member is let through whole: a street line, a
 * postcode (string or number) or a list of street lines; never one holding an `@` (an e-mail under
 * a mail `sender.address`).
 */
export function isSenderAddressValue(v: unknown): boolean {
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return isAddressOnly(v);
  if (!Array.isArray(v) || v.length === 0 || v.length > 4) return false;
  for (const line of v) if (typeof line !== 'string' || !isAddressOnly(line)) return false;
  return true;
}

/** A phone (`+65 …`, `775-555-0118`, `tel`), an e-mail or an `attn` / `c/o` person beside the address. */
const NOT_ADDRESS_ONLY = /[@+]|\d{3,}[ .-]\d{3,}|\d{7}|\b(?:tel|phone|fax|attn|c\/o)\b/i;

function isAddressOnly(line: string): boolean {
  return line.length <= 200 && !NOT_ADDRESS_ONLY.test(line);
}

/** A bare `address` / `addr` member: no field name reads its value, the street detectors do. */
export function isBareAddressMember(k: string): boolean {
  return k === 'address' || k === 'Address' || k === 'addr';
}

/**
 * A sending party given as one line, its company's name first (an ocean bill of lading's
 * `shipper: "Crown Relocations Pte Ltd, 10 Changi South Street 2, Singapore 486596"`), and nothing
 * but an address after it.
 */
export function isCompanyAddressLine(v: string): boolean {
  const comma = v.indexOf(',');
  return comma > 0 && v.length <= 200 && isCompanyName(v.slice(0, comma).trim()) && isAddressOnly(v.slice(comma + 1));
}

/** isSenderAddressValue on a span tree: the value at token `v`. */
export function isSenderAddressValueText(tree: JsonTree, v: number): boolean {
  const kind = tree.kind[v];
  if (kind === NUMBER) return true;
  if (kind === STRING || kind === STRING_ESCAPED) return isSenderAddressValue(tree.string(v));
  if (kind !== ARRAY) return false;
  const end = tree.next[v]!;
  if (end === v + 1 || end - v > 5) return false;
  for (let i = v + 1; i < end; i++) {
    if ((tree.kind[i] !== STRING && tree.kind[i] !== STRING_ESCAPED) || !isSenderAddressValue(tree.string(i))) return false;
  }
  return true;
}
