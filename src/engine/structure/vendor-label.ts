import { keywordRegex } from '../detect/context.js';
import { CONTEXT_FORMATS } from '../detect/values/secret-formats.js';
import { type JsonTree, STRING, STRING_ESCAPED } from '../json-text/scan.js';

/**
 * A credential whose vendor is named only by a sibling member: `{"label": "Twilio (prod)",
 * "value": "<32 hex>"}`, `{"provider": "Mailgun", "key": "…"}`, an AWS tag `{"Key": "ngrok",
 * "Value": "…"}`. The vendor catalog's context rows (secret-formats.ts) accept a value after the
 * vendor word in text; the record walk reads the value member as if the label stood before it
 * (`Twilio (prod): <value>`), so the same rows decide, and nothing else: a label that names no
 * vendor of those rows leaves the value to the ordinary reading.
 */

/** Members that hold the value of a labelled setting. */
export const VALUE_MEMBERS: ReadonlySet<string> = new Set(['value', 'Value', 'key', 'Key', 'val', 'data', 'content', 'setting']);
/** Members that say what the value is for. */
const LABEL_MEMBERS: ReadonlySet<string> = new Set([
  'label',
  'Label',
  'name',
  'Name',
  'title',
  'service',
  'provider',
  'vendor',
  'integration',
  'platform',
  'app',
  'application',
  'connector',
  'system',
  'description',
  'display_name',
  'displayName',
  'key',
  'Key',
]);
/** Fewest characters of a value read so: every context row's token is longer. */
export const MIN_VENDOR_VALUE = 16;
/** Most characters of a label read as one. */
const MAX_LABEL = 60;

let vendorWords: RegExp | undefined;
/** The vendor words of the catalog's context rows, built on first use. */
function vendorWordRe(): RegExp {
  if (vendorWords === undefined) {
    const words = new Set<string>();
    for (const f of CONTEXT_FORMATS) for (const c of f.context ?? []) words.add(c);
    vendorWords = keywordRegex([...words]);
  }
  return vendorWords;
}

/** Whether member `k` is named as a labelled credential's value (`value`, `key`…), by name alone. */
export function isVendorValueMember(k: string): boolean {
  return VALUE_MEMBERS.has(k);
}

/** Whether member `k` holding string `v` may be a labelled credential's value. */
export function isVendorValueCandidate(k: string, v: string): boolean {
  return v.length >= MIN_VENDOR_VALUE && isVendorValueMember(k) && v.indexOf(' ') < 0;
}

/** The text read before the value: the label and `: `, or null when the label names no vendor. */
function leadOf(label: string): string | null {
  if (label.length < 3 || label.length > MAX_LABEL) return null;
  return vendorWordRe().test(label.toLowerCase()) ? `${label}: ` : null;
}

/** The lead of `obj`'s value member `valueMember`: its first vendor-naming label member, or null. */
export function vendorLeadOf(obj: Record<string, unknown>, valueMember: string): string | null {
  for (const k in obj) {
    if (k === valueMember || !LABEL_MEMBERS.has(k)) continue;
    const v = obj[k];
    if (typeof v !== 'string') continue;
    const lead = leadOf(v);
    if (lead !== null) return lead;
  }
  return null;
}

/** vendorLeadOf on a span tree: the object at token `t`, its value member named `valueMember`. */
export function vendorLeadOfText(tree: JsonTree, t: number, valueMember: string): string | null {
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.kind[v] !== STRING && tree.kind[v] !== STRING_ESCAPED) continue;
    if (tree.end[v]! - tree.start[v]! > MAX_LABEL * 6 + 2) continue;
    const k = tree.string(name);
    if (k === valueMember || !LABEL_MEMBERS.has(k)) continue;
    const lead = leadOf(tree.string(v));
    if (lead !== null) return lead;
  }
  return null;
}
