import { cardIssuer, luhnValid } from '../validators.js';
import { regexDetector } from './helpers.js';

/**
 * Magnetic-stripe track data, whole: ISO/IEC 7813 track 1 (`%B<PAN>^<NAME>^<YYMM><service
 * code><discretionary data>?`) and track 2 (`;<PAN>=<YYMM><service code><discretionary data>?`),
 * as card-terminal and switch logs print them (ISO 8583 DE35 / DE45, EMV tag 57 "Track 2
 * Equivalent Data" with `D` for `=` and an `F` pad). The discretionary data holds the card
 * verification value and the PIN verification value, and track 1 the cardholder's name: the
 * card-number detector alone would leave them. Listed before it so the whole track wins.
 */
export const cardTrackData = regexDetector({
  id: 'card_track_data',
  entity: 'CARD_TRACK_DATA',
  description: 'Payment card magnetic-stripe track 1 / track 2 data (ISO 8583 DE35 / DE45, EMV tag 57)',
  validation:
    'a PAN of 12–19 digits with a known issuer prefix and Luhn checksum, then `^NAME^` (track 1) or `=` / `D` (track 2), a YYMM expiry and a 3-digit service code',
  context: false,
  example: ';4111111111111111=28121011234567890?',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 12 && (s.text.indexOf('=') >= 0 || s.text.indexOf('^') >= 0 || s.text.indexOf('D') >= 0),
  pattern:
    /(?<![\dA-Za-z])(?:%?B\d{12,19}\^[A-Za-z0-9 /.'-]{2,26}\^\d{7}[0-9 ]{0,60}\??|;?\d{12,19}[=D]\d{7}[0-9]{0,24}F?\??)(?![\dA-Za-z])/g,
  validate: (v) => {
    const pan = /\d{12,19}/.exec(v)?.[0];
    return pan !== undefined && cardIssuer(pan) !== undefined && luhnValid(pan) ? v : undefined;
  },
});
