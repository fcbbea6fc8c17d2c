/**
 * Which JSON number tokens the walk must read at all when no field rule marks them: integers of
 * NUMERIC_SCAN_FLOOR and more are scanned as text (card numbers stored as JSON numbers), every
 * other number is copied as written without a look.
 */

/** Integers at least this large are scanned as text. */
export const NUMERIC_SCAN_FLOOR = 1e11;
/** A plain JSON integer with at least this many digits is at least NUMERIC_SCAN_FLOOR. */
export const NUMERIC_SCAN_DIGITS = 12;

/**
 * False only when the number token text[start, end) is certainly below NUMERIC_SCAN_FLOOR in
 * magnitude, read without a slice: shorter than NUMERIC_SCAN_DIGITS characters and without an
 * exponent. Without an exponent the integer part has fewer digits than the token has characters,
 * so |n| < 10^11 (test/unit/engine/number-floor.test.ts checks the equivalence with
 * `Number(token)` over generated tokens). True means "slice it and decide" (the caller does).
 */
export function mayReachScanFloor(text: string, start: number, end: number): boolean {
  if (end - start >= NUMERIC_SCAN_DIGITS) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) return true;
  }
  return false;
}
