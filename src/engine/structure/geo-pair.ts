import { latLongValid } from '../detect/validators-ids.js';
import { ARRAY, type JsonTree, NUMBER } from '../json-text/scan.js';

/**
 * A key=value pair whose whole value is a latitude,longitude pair: dispatch and trip logs write
 * pickup and drop-off points under short names (`pu=52.520008,13.404954 do=52.4862,13.4241`,
 * `dest=…`, `ll=…`) that no geo word precedes, so the lat_long detector (which wants `lat`,
 * `location`, `gps`… nearby) does not read them. The value alone decides: two decimals of 4 to
 * 12 places joined by a comma, in range, not both below 1 in magnitude (a pair of ratios or
 * weights, `0.2500,0.7500`).
 */
const PAIR = /^(-?\d{1,2}\.\d{4,12}),(-?\d{1,3}\.\d{4,12})$/;

/** Whether `value` (a key=value pair's whole bare value) is a latitude,longitude pair. */
export function isCoordinatePair(value: string): boolean {
  if (value.length < 13 || value.length > 30) return false;
  const m = PAIR.exec(value);
  if (m === null || !latLongValid(m[1]!, m[2]!)) return false;
  return Math.abs(Number(m[1])) >= 1 || Math.abs(Number(m[2])) >= 1;
}

/**
 * Where the latitude,longitude pair that starts at `start` of `text` ends, when the latitude runs
 * to the comma at `comma` and the longitude follows it up to a bare value's end; -1 otherwise.
 */
export function coordinatePairEnd(text: string, start: number, comma: number): number {
  let end = comma + 1;
  while (end < text.length && end - comma <= 17) {
    const c = text.charCodeAt(end);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 45)) break;
    end++;
  }
  const next = text.charCodeAt(end);
  // The longitude ends the value: a blank, a quote, a separator or the end of the text.
  if (end < text.length && next > 32 && next !== 34 && next !== 39 && next !== 38 && next !== 59) return -1;
  return isCoordinatePair(text.slice(start, end)) ? end : -1;
}

/**
 * A list of latitude / longitude points as nested number arrays (`p: [[41.89021, -87.62794],
 * [41.90112, -87.63155]]`: a telematics trip's points under a short name, red-team round 37): two
 * to 10,000 items, each an array of exactly two numbers that read as a latitude and a longitude
 * (4 to 12 decimals, in range, not both below 1 in magnitude). GeoJSON's `[lng, lat]` order is
 * under its own name (`coordinates`) already.
 */
const MAX_POINTS = 10_000;
const DECIMAL = /^-?\d{1,3}\.\d{4,12}$/;

function isLatLongNumbers(lat: string, lng: string): boolean {
  if (!DECIMAL.test(lat) || !DECIMAL.test(lng) || !latLongValid(lat, lng)) return false;
  return Math.abs(Number(lat)) >= 1 || Math.abs(Number(lng)) >= 1;
}

export function isCoordinatePairList(v: readonly unknown[]): boolean {
  if (v.length < 2 || v.length > MAX_POINTS) return false;
  for (const item of v) {
    if (!Array.isArray(item) || item.length !== 2) return false;
    const [a, b] = item;
    if (typeof a !== 'number' || typeof b !== 'number' || !isLatLongNumbers(String(a), String(b))) return false;
  }
  return true;
}

/** isCoordinatePairList on a span tree: the array at token `t` (number texts as written). */
export function isCoordinatePairListText(tree: JsonTree, t: number): boolean {
  const end = tree.next[t]!;
  let items = 0;
  for (let item = t + 1; item < end; item = tree.next[item]!) {
    if (tree.kind[item] !== ARRAY || ++items > MAX_POINTS) return false;
    const a = item + 1;
    const b = a + 1;
    if (tree.next[item] !== b + 1 || tree.kind[a] !== NUMBER || tree.kind[b] !== NUMBER) return false;
    if (!isLatLongNumbers(tree.text.slice(tree.start[a]!, tree.end[a]!), tree.text.slice(tree.start[b]!, tree.end[b]!))) return false;
  }
  return items >= 2;
}
