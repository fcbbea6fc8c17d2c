import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: ISO/IEC 7813 track layouts as the jPOS ISO 8583 log and EMV Book 3 (tag 57, Track 2
// Equivalent Data) print them; Visa / Mastercard test cards as Stripe and Adyen publish them.
describe('card_track_data', () => {
  detectorCases(
    'card_track_data',
    [
      ['<field id="35" value="4761739001010010=28122011143804400000"/>', '28122011143804400000'],
      ['DE035=[5555555555554444D30122010000000000]', 'D30122010000000000'],
      ['  57  13  4761739001010010D28122011143804400000F', 'D28122011143804400000F'],
      ['DE045=[B5555555555554444^MUSTERMANN/ERIKA^3012201000000000000]', 'MUSTERMANN/ERIKA'],
      ['swipe %B4111111111111111^DOE/JOHN^2812101000000000000000?', 'DOE/JOHN'],
      [';4111111111111111=28121011234567890?', '1011234567890'],
    ],
    [
      // Luhn-invalid "PAN"; a bare card number (the card detector's); an expression with `=`.
      'order 4111111111111112=20241231000 id',
      'ref 4111111111111111 total=12',
      'sum 1234567890123=1234567',
    ],
  );
});
