import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

// Sources: EMV Book 3 Annex A (5A Application PAN, 57 Track 2 Equivalent Data, 5F20 Cardholder
// Name, 5F24 expiry, 9F26 Application Cryptogram, 9F36 ATC, 9F27 CID) and Annex B (BER-TLV
// coding: multi-byte tags, 81 / 82 lengths, constructed templates 70 / 77); jPOS's ISO 8583 XML
// log (<isomsg><field id="52" value="…" type="binary"/>); Visa / Mastercard test cards as Stripe
// and Adyen publish them (4761739001010010, 5555555555554444).
const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex').toUpperCase();
const NAME = hex('CARDHOLDER/VISA');

describe('emv_card_data', () => {
  detectorCases(
    'emv_card_data',
    [
      [`5A084761739001010010 5F200F${NAME}`.replace(' ', ''), '4761739001010010'],
      [`tlv=5A0847617390010100105F200F${NAME}9F36020042`, NAME],
      // A record template (70) with a two-byte length around the PAN and the track 2 equivalent.
      ['DE55=70811D5A08555555555555444457115555555555554444D30122010000000000', '5555555555554444'],
      // A PAN of 15 digits padded with F (5A 08 …F).
      ['ICC 5A08378282246310005F', '378282246310005'],
      ['  5F20 0F  CARDHOLDER/VISA', 'CARDHOLDER/VISA'],
      ['5F20: 08 DOE/JOHN', 'DOE/JOHN'],
    ],
    [
      // A digest and a cryptogram list: no PAN or name tag, or not one TLV list to its end.
      'sha256 2ba2b4d5a4a1e5b3a1f1f0d1c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f801234',
      '9F26081F2A3B4C5D6E7F809F360200429F270180',
      // 5A 08 with a Luhn-invalid PAN; a name tag whose value is cut short (not one TLV list).
      '5A0847617390010100115F24032812319F360200',
      'emv 5F200F43415244484F4C4445',
      // A 5F20 line whose length does not match the text after it (a note, not the tag's value).
      '5F20 0F  see below',
    ],
  );

  it('masks the PAN inside a hex TLV with the token the same card gets in clear; tags and other values stay', () => {
    const engine = testEngine();
    const tlv = `5A0847617390010100105F200F${NAME}9F26081F2A3B4C5D6E7F80`;
    const out = engine.maskValue({ tlv, note: 'card 4761739001010010' }).value as { tlv: string; note: string };
    const token = out.note.slice('card '.length);
    expect(token).toMatch(/^<CREDIT_CARD:/);
    expect(out.tlv.startsWith(`5A08${token}5F200F<PERSON:`)).toBe(true);
    expect(out.tlv.endsWith('9F26081F2A3B4C5D6E7F80')).toBe(true);
  });
});

describe('iso8583_pin_block', () => {
  detectorCases(
    'iso8583_pin_block',
    [
      ['<field id="52" value="9A3F1C7B2E5D4A60" type="binary"/>', '9A3F1C7B2E5D4A60'],
      ['MTI=0200 DE052=[0412AC89ABCDEF67] DE049=[978]', '0412AC89ABCDEF67'],
      ['DE52: 9a3f1c7b2e5d4a60', '9a3f1c7b2e5d4a60'],
    ],
    [
      // Other fields (STAN, amount, terminal id), a PIN block of one repeated digit (a filler), and 52 inside another id.
      '<field id="11" value="004211"/><field id="4" value="000000012500"/>',
      '<field id="52" value="FFFFFFFFFFFFFFFF" type="binary"/>',
      '<field id="152" value="9A3F1C7B2E5D4A60"/>',
    ],
  );
});
