import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/engine/index.js';
import { customFieldBirthDate, customFieldIdKind } from '../../../../src/engine/structure/form-answer-ids.js';

/**
 * The leftovers of red-team round 98 (churches, associations, membership organisations): birth
 * dates and names under custom fields that only an id names. Names, dates and ids are made up and
 * differ from the corpora's; the negatives are the look-alikes analysts need.
 */
const engine = createEngine({ key: Buffer.alloc(32, 98), keyId: 'k-test' });
const maskValue = (value: unknown) => JSON.stringify(engine.maskValue(structuredClone(value)).value);
const maskJsonText = (value: unknown) => engine.maskJsonText(JSON.stringify(value))!.render('{}');

describe('custom fields named by an id (leftovers of red-team round 98)', () => {
  it('reads the kinds of opaque custom-field ids', () => {
    expect(customFieldIdKind('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678')).toBe(2);
    expect(customFieldIdKind('customfield_10234')).toBe(2);
    expect(customFieldIdKind('Field_4__c')).toBe(2);
    expect(customFieldIdKind('30551208')).toBe(1);
    // Member names that say what they hold, short numbers, versions.
    for (const k of ['birthdate', 'custom_field', '12345', 'customfield_1', 'Field__c', 'Region__c', '0012345678'])
      expect(customFieldIdKind(k)).toBe(0);
  });

  it('reads a birth date only when it is at least 14 years old', () => {
    for (const v of ['1977-02-14', '4/3/1961', '21.09.1985', '1958-12-01T00:00:00', '1958-12-01T00:00:00Z'])
      expect(customFieldBirthDate(v)).toBe(true);
    for (const v of ['2025-06-30', '08/24/2019', '1958-12-01T14:22:10Z', '1958', 'Second Service', '1977-02-31'])
      expect(customFieldBirthDate(v)).toBe(false);
  });

  it('masks a birth date and a name under opaque ids in both walks, and keeps recent dates and choices', () => {
    const person = {
      id: 2207,
      name: 'Ottoline Braithwaite',
      add_time: '2024-02-11 09:12:40',
      c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7: '1969-08-15',
      '9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3': 'Tuesday Bible Study',
    };
    const issue = {
      fields: {
        customfield_10220: 'Ignatius Wolverton',
        customfield_10221: '12/30/1952',
        customfield_10222: 'Hospital',
        duedate: '2025-01-20',
      },
    };
    const breeze = {
      id: '30551208',
      first_name: 'Cosima',
      details: { '3305512081': '05/09/1988', '3305512082': '09/01/2020', '3305512083': 'North Campus' },
    };
    for (const rec of [person, issue, breeze]) {
      for (const out of [maskValue(rec), maskJsonText(rec)]) {
        for (const v of ['1969-08-15', 'Ignatius Wolverton', '12/30/1952', '05/09/1988']) expect(out).not.toContain(v);
        for (const v of ['2024-02-11 09:12:40', 'Tuesday Bible Study', 'Hospital', '2025-01-20', '09/01/2020', 'North Campus'])
          if (JSON.stringify(rec).includes(v)) expect(out).toContain(v);
      }
    }
  });

  it("masks a birth date under a custom field's bare value beside the field's id, and a date answer of a form", () => {
    const rock = [{ AttributeId: 512, EntityId: 9021, Value: '2/28/1975', ValueAsDateTime: '1975-02-28T00:00:00', Id: 30112 }];
    const pco = { data: { type: 'FieldDatum', attributes: { value: '1983-10-07', file: { url: null }, file_name: null } } };
    const zendesk = {
      ticket: {
        custom_fields: [
          { id: 360011, value: '1962-04-18' },
          { id: 360012, value: '2025-09-02' },
        ],
      },
    };
    const typeform = { form_response: { answers: [{ type: 'date', date: '2008-03-03', field: { id: 'aB3dE', type: 'date' } }] } };
    for (const rec of [rock, pco, zendesk, typeform]) {
      for (const out of [maskValue(rec), maskJsonText(rec)]) {
        for (const v of ['2/28/1975', '1975-02-28T00:00:00', '1983-10-07', '1962-04-18', '2008-03-03']) expect(out).not.toContain(v);
        if (rec === zendesk) expect(out).toContain('2025-09-02');
      }
    }
    // Elsewhere a bare value or date keeps its date: a setting, a chart point, an event.
    for (const rec of [
      { setting: { key: 'founded', value: '1964-05-01' } },
      { points: [{ date: '1998-01-01', value: 3 }] },
      { answers: [{ type: 'text', date: '1990-01-01' }] },
    ])
      for (const out of [maskValue(rec), maskJsonText(rec)]) expect(out).toMatch(/1964-05-01|1998-01-01|1990-01-01/);
  });
});
