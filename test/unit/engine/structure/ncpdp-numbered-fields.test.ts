import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// NCPDP Telecommunication D.0 fields printed with their full field ids (302-C2 cardholder id,
// 310-CA / 311-CB patient names, 304-C4 birth date, 322-CM street, 325-CP ZIP), and the E1
// eligibility response's AM29 (patient) and AM25 (insurance) segments (red-team round 92).
// Values made up for these tests; NPI 1638294755 built with the Luhn rule over 80840.
const engine = testEngine();

describe('NCPDP fields by their full field ids', () => {
  it('masks the identity fields of a switch log that prints `id=value` pairs', () => {
    const line =
      'claim txn=B1 101-A1=610591 104-A4=ADV 201-B1=1638294755 | 302-C2=TKV30918842 303-C3=02 | 310-CA=HYACINTH 311-CB=DUNMORE-ABARA 304-C4=19820914 322-CM=88 LANTERN HILL WAY 325-CP=97205 | 402-D2=5120448 407-D7=00378395077';
    const out = engine.maskText(line);
    for (const secret of ['TKV30918842', 'HYACINTH', 'DUNMORE-ABARA', '19820914', '88 LANTERN HILL WAY', '97205']) {
      expect(out.value).not.toContain(secret);
    }
    // The BIN, PCN, pharmacy NPI, person code, Rx number and NDC stay.
    for (const kept of ['101-A1=610591', '104-A4=ADV', '201-B1=1638294755', '303-C3=02', '402-D2=5120448', '407-D7=00378395077']) {
      expect(out.value).toContain(kept);
    }
  });

  it('reads lower-case ids and `:` pairs, and JSON members named by the field ids', () => {
    const out = engine.maskText('rej 75: 310-ca: ottilie 311-cb: brannagh, 304-c4: 19770302').value;
    expect(out).not.toMatch(/ottilie|brannagh|19770302/);
    const json = engine.maskValue({ '302-C2': 'PLM55012984', '310-CA': 'WENDELIN', '201-B1': '1638294755', '407-D7': '00093517410' });
    expect(JSON.stringify(json.value)).not.toMatch(/PLM55012984|WENDELIN/);
    expect(json.value).toMatchObject({ '201-B1': '1638294755', '407-D7': '00093517410' });
  });

  it('masks the E1 response patient (AM29) and insurance (AM25) segments', () => {
    const out = engine.maskText(
      'E1 RESP STATUS=A | AM29 CA=BARTHOLOMEW CB=QUENNELL C4=19590611 | AM25 C1=RXGRP441 C2=WNB66130275 | MSG=ACTIVE',
    ).value;
    expect(out).not.toMatch(/BARTHOLOMEW|QUENNELL|19590611|WNB66130275/);
    expect(out).toContain('C1=RXGRP441');
  });

  it('leaves other numbered ids, reject codes and ids without an identity field', () => {
    for (const kept of ['511-FB=75 reject 569-J8=A4', 'ticket 302-C2 closed', 'version 310-CA2', 'part 304-C45 in stock']) {
      expect(engine.maskText(kept).value).toBe(kept);
    }
  });
});
