import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// A company's registered office in KYB and Travel Rule records (left73): Companies House
// `registered_office_address`, a `registeredAddress`, an IVMS101 legal person's address; a sole
// trader's registered address stays masked. Head offices as published (Rolls-Royce Holdings plc,
// Kings Place; Deutsche Börse AG, Mergenthalerallee 61); the sole trader and her street made up.

const mask = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe("a company's office address", () => {
  it('keeps a registered office and a legal person address, masks a natural person address beside them', () => {
    const out = mask({
      company: {
        company_name: 'ROLLS-ROYCE HOLDINGS PLC',
        registered_office_address: { address_line_1: 'Kings Place, 90 York Way', postal_code: 'N1 9FX' },
      },
      originator: {
        legalPerson: { geographicAddress: [{ streetName: 'Mergenthalerallee', buildingNumber: '61', townName: 'Eschborn' }] },
      },
      beneficiary: { naturalPerson: { geographicAddress: [{ streetName: 'Wiesenweg', buildingNumber: '12' }] } },
      counterparty: { registeredAddress: 'Mergenthalerallee 61, 65760 Eschborn' },
    });
    for (const v of ['Kings Place, 90 York Way', 'N1 9FX', 'Mergenthalerallee 61, 65760 Eschborn', '"Mergenthalerallee"'])
      expect(out).toContain(v);
    expect(out).not.toContain('Wiesenweg');
  });
  it("masks a sole trader's registered address", () => {
    const out = mask({ legal_form: 'sole_trader', legal_name: 'Ilse Brandhorst', registered_address: 'Wiesenweg 12, 34117 Kassel' });
    expect(out).not.toContain('Wiesenweg 12');
  });
});
