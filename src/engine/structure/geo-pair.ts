import { latLongValid } from '../detect/validators-ids.js';

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
