import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/engine/index.js';
import { isCompanyName } from '../../../../src/engine/structure/company-name.js';

/**
 * Church management, giving and association records (red-team round 98): MemberClicks' piped
 * attribute names, the login under `updated_by` / `caseworker`, a check-in label's pick-up code
 * under `security_code` and a card's last four digits under their own name, a child check-in
 * label's name fields in ZPL, congregations' names under a person's field and the words of
 * churches, retreats and memberships that are no names. Names, streets and numbers are made up
 * and differ from the corpus's; the negatives are the look-alikes analysts need.
 */
const engine = createEngine({ key: Buffer.alloc(32, 98), keyId: 'k-test' });
const maskValue = (value: unknown) => JSON.stringify(engine.maskValue(structuredClone(value)).value);
const maskJsonText = (value: unknown) => engine.maskJsonText(JSON.stringify(value))!.render('{}');
const maskText = (text: string) => engine.maskText(text).value;

describe('church, giving and association records (red-team round 98)', () => {
  it('reads a piped attribute name by its part and its group, in both walks', () => {
    const rec = {
      '[Profile ID]': '2008813374',
      '[Member Type]': 'Student Member',
      '[Name | First]': 'Wenonah',
      '[Name | Last]': 'Quillbrook',
      '[Address | Primary | Line 1]': '4471 Sorrel Bluff Rd',
      '[Address | Primary | Zip]': '23219',
      '[Date Joined]': '03/02/2019',
    };
    for (const out of [maskValue(rec), maskJsonText(rec)]) {
      for (const v of ['Wenonah', 'Quillbrook', '4471 Sorrel Bluff Rd']) expect(out).not.toContain(v);
      for (const v of ['2008813374', 'Student Member', '03/02/2019']) expect(out).toContain(v);
    }
    // An item selector with blanks is still read as a blank (`phoneNumbers[type eq "work"]`).
    const scim = maskValue({ 'phoneNumbers[type eq "work"].value': '+1 804 555 0139', '[Status | Code]': 'A-17' });
    expect(scim).not.toContain('804 555 0139');
    expect(scim).toContain('A-17');
  });

  it("masks a Gravity Forms entry's name inputs in both walks, and keeps an address field's city and other inputs", () => {
    const entry = {
      id: '20417',
      form_id: '3',
      '1.3': 'Theodora',
      '1.6': 'Vandermolen-Achebe',
      '2': 'td.va@example.org',
      '4.1': '88 Foxglove Way',
      '4.3': 'Lawrence',
      '4.5': '66044',
      '4.6': 'United States',
      '5.3': 'Blue',
      '5.6': 'Large',
      '5.1': 'Shirt',
    };
    for (const out of [maskValue(entry), maskJsonText(entry)]) {
      for (const v of ['Theodora', 'Vandermolen-Achebe']) expect(out).not.toContain(v);
      for (const v of ['Lawrence', 'United States', 'Blue', 'Large', '20417']) expect(out).toContain(v);
    }
    // Without a form_id the ids say nothing: a version map stays.
    const versions = maskValue({ '1.3': 'Hawthorne', '1.6': 'Juniper' });
    expect(versions).toContain('Hawthorne');
  });

  it('masks the login under updated_by and caseworker, and keeps a system account there', () => {
    const line = maskText('2025-11-04T08:12:00Z AUDIT pledge.updated id=pl_2231 updated_by=mquintanilla amount=300.00');
    expect(line).not.toContain('mquintanilla');
    expect(line).toContain('pl_2231');
    const out = maskValue({
      request: 'BEN-2024-0077',
      caseworker: 'dokafor',
      updatedBy: 'svc-giving-sync',
      lastUpdatedBy: 'SYSTEM',
      batch: { updated_by: 'SYSUSER' },
    });
    expect(out).not.toContain('dokafor');
    for (const v of ['BEN-2024-0077', 'svc-giving-sync', 'SYSTEM', 'SYSUSER']) expect(out).toContain(v);
  });

  it("keeps a check-in pick-up code under security_code and a card's last four digits, and masks a card's CVC", () => {
    const out = maskValue({
      check_in: { security_code: 'HB9Q', number: 77 },
      card: { securityCode: '4417', cvc: '902' },
      creditCardOnline: { lastFourDigits: '1117', last4: '0005' },
    });
    for (const v of ['HB9Q', '1117', '0005']) expect(out).toContain(v);
    for (const v of ['4417', '902']) expect(out).not.toContain(v);
    // A full card number under a last-digits name is still a card's.
    expect(maskValue({ lastFourDigits: '4000056655665556' })).not.toContain('4000056655665556');
  });

  it("keeps an invoice's zero-padded DocumentNumber and masks an identity document's number", () => {
    const out = maskValue({
      invoice: { DocumentNumber: '0007731', OrderType: 'EventRegistration', Value: 40 },
      id: { documentNumber: 'X4471820' },
    });
    expect(out).toContain('0007731');
    expect(out).not.toContain('X4471820');
  });

  it("masks a child check-in label's name fields in ZPL, and keeps the code, the room and other labels' fields", () => {
    const label = maskText(
      'job 9921 printer=KidsSouth: ^XA^FO40,30^A0N,60,60^FDMarisabel^FS^FO40,100^FDThistlewood-Amoah^FS^FO40,160^FDAllergies: latex^FS^FO40,200^FDGuardian: Obinna Thistlewood-Amoah^FS^FO480,30^FDQ7LM^FS^XZ',
    );
    for (const v of ['Marisabel', 'Thistlewood-Amoah']) expect(label).not.toContain(v);
    for (const v of ['Q7LM', 'Allergies: latex', 'KidsSouth']) expect(label).toContain(v);
    // A shipping or a product label without a check-in field keeps its single-word fields.
    const product = maskText('^XA^FO20,20^FDWidget^FS^FO20,60^FDBlue^FS^FO20,100^FDSKU 44812^FS^XZ');
    for (const v of ['Widget', 'Blue', 'SKU 44812']) expect(product).toContain(v);
    // A name field after the first two is no child's name: a room stays.
    const room = maskText('^XA^FD4471^FS^FDRoom 3^FS^FDNursery^FS^FDAllergy: none^FS^XZ');
    expect(room).toContain('Nursery');
  });

  it("masks a double-barrelled surname under a query string's `last` beside a person's parameter", () => {
    const out = maskText(
      'GET https://screen.example.org/v1/orders?pkg=VOL-STD&first=Ottoline&last=Brandvold-Nakamura&dob=1979-06-02&ref=V-2024-118',
    );
    for (const v of ['Ottoline', 'Brandvold-Nakamura']) expect(out).not.toContain(v);
    for (const v of ['VOL-STD', 'V-2024-118']) expect(out).toContain(v);
    // Relay's pagination and a colour pair without a person's parameter stay.
    for (const v of ['GET /graphql?first=25&after=Y3Vyc29y', 'GET /swatch?last=Blue-Green&size=2']) expect(maskText(v)).toBe(v);
  });

  it('masks a double-barrelled surname with an everyday part in a header-less row, and keeps a brand', () => {
    const row = maskText('M-2004417|Okafor-Bell|Ignatius|ignatius.ob@example.com|CE-2024-031|1.0|2024-08-19');
    for (const v of ['Okafor-Bell', 'Ignatius']) expect(row).not.toContain(v);
    for (const v of ['M-2004417', 'CE-2024-031']) expect(row).toContain(v);
    const brand = 'P-1182|Coca-Cola|Zero|330ml|2.50|sales@example.com';
    expect(maskText(brand)).toContain('Coca-Cola|Zero');
  });

  it("keeps a congregation's name under a person's field, and a person whose surname is Church", () => {
    for (const v of [
      'First Baptist Church of Tulsa',
      'Grace Chapel',
      'Trinity Church Downtown',
      'Harvest Ministries',
      'Temple Sinai Synagogue',
    ])
      expect(isCompanyName(v), v).toBe(true);
    for (const v of ['Charlotte Church', 'Ada Chapman', 'Ministry of Magic Staff']) expect(isCompanyName(v), v).toBe(false);
    const out = maskValue({ recipient: { name: 'Calvary Church Eastside', role: 'merchant' }, payer: { name: 'Ingrid Church' } });
    expect(out).toContain('Calvary Church Eastside');
    expect(out).not.toContain('Ingrid Church');
  });

  it('keeps the words of chapels, retreats and memberships that are no names', () => {
    for (const v of ['Newsletter: This Week at Faith Chapel', 'ORG:Lake Nokomis Covenant Church', 'Status: Grace Period ends 12/31'])
      expect(maskText(v)).toBe(v);
  });
});
