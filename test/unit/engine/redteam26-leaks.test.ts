import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the twenty-sixth red-team round found (fixtures/redteam26-corpus.ts: audit trails of
 * changes to records), each closed where it happens, with the look-alike beside it that must
 * stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('YAML block sequences under a sensitive key (paper_trail / audited YAML)', () => {
  it('masks every item of a list under a sensitive key, quoted or not, also with escaped newlines', () => {
    const out = value({
      audited_changes: '---\nsurname:\n- Oyelaran\n- \'Lindqvist\'\nsocial_security_number:\n- "536-22-8145"\n- 078-05-1121\n',
    });
    for (const raw of ['Oyelaran', 'Lindqvist', '536-22-8145', '078-05-1121']) expect(out).not.toContain(raw);
    const line = text('INSERT … [["object_changes", "---\\nmobile:\\n- 07911 123456\\n- 07700 900456\\n"], ["id", 9]]');
    for (const raw of ['07911 123456', '07700 900456']) expect(line).not.toContain(raw);
    const crlf = value({ y: '---\r\nlast_name:\r\n- Halvorsen\r\n' });
    expect(crlf).not.toContain('Halvorsen');
  });

  it('keeps lists under neutral keys and stops at the next key', () => {
    const out = value({
      object_changes:
        '---\nprice_cents:\n- 1500\n- 1750\nlast_name:\n- Okafor\nsku:\n- ABC-0042-GRN\n- ABC-0042-BLK\nstatus:\n- draft\n- live\n',
    });
    for (const kept of ['1500', '1750', 'ABC-0042-GRN', 'ABC-0042-BLK', 'draft', 'live']) expect(out).toContain(kept);
    expect(out).not.toContain('Okafor');
  });
});

describe('change records that name the field in a sibling member', () => {
  it('reads column / col / prop as the name and was / now / left / right as the values', () => {
    const out = value({
      rows: [
        { table_name: 'staff', column_name: 'first_name', old_value: 'Ingrid', new_value: 'Ingeborg' },
        { col: 'date_of_birth', before: '03/09/1972', after: '03/19/1972' },
        { prop: 'homePhone', was: '+49 30 901820', now: '+49 30 901821' },
        { prop: 'passport_number', was: 'X4521987', now: 'X4521988' },
        { property: 'mobilePhone', left: '+33 1 09 75 83 51', right: '+33 1 09 75 83 52' },
      ],
    });
    for (const raw of ['Ingrid', 'Ingeborg', '03/09/1972', '03/19/1972', '901820', '901821', 'X4521987', 'X4521988', '09 75 83 51']) {
      expect(out).not.toContain(raw);
    }
  });

  it('keeps values whose sibling names a non-personal field, and left / right / now elsewhere', () => {
    const out = value({
      rows: [
        { column_name: 'status', old_value: 'pending', new_value: 'approved' },
        { prop: 'plan', was: 'starter', now: 'growth' },
        { layout: { left: 'sidebar', right: 'content' }, now: '2024-05-01T10:00:00Z' },
      ],
    });
    for (const kept of ['pending', 'approved', 'starter', 'growth', 'sidebar', 'content', '2024-05-01T10:00:00Z'])
      expect(out).toContain(kept);
  });

  it('keeps the date of a change beside a plain field name (BambooHR-style rows); Typeform answers still masked', () => {
    const out = value({ date: '2023-11-20', field: 'social_security_number', oldValue: '', newValue: '536-22-8146' });
    expect(out).toContain('2023-11-20');
    expect(out).not.toContain('536-22-8146');
    const typeform = value({ type: 'date', date: '1968-02-29', field: { id: 'k1', type: 'date', ref: 'date_of_birth' } });
    expect(typeform).not.toContain('1968-02-29');
  });

  it('reads a SCIM filter path by its attribute (phoneNumbers[type eq "home"].value)', () => {
    const out = value({
      Operations: [
        { op: 'replace', path: 'phoneNumbers[type eq "home"].value', value: '555-555-7788' },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'r.okafor@example.net' },
        { op: 'replace', path: 'roles[type eq "primary"].value', value: 'auditor' },
      ],
    });
    for (const raw of ['555-555-7788', 'r.okafor@example.net']) expect(out).not.toContain(raw);
    expect(out).toContain('auditor');
  });

  it('reads national_insurance as a UK NINO field', () => {
    const out = value({ national_insurance: 'AB 12 34 56 D', insurance_plan: 'gold' });
    expect(out).not.toContain('AB 12 34 56 D');
    expect(out).toContain('gold');
  });
});

describe('value-history entries under a sensitive key (HubSpot propertiesWithHistory)', () => {
  it('masks the value and keeps when and from where it was set', () => {
    const record = {
      propertiesWithHistory: {
        mobilephone: [{ value: '+61 491 570 156', timestamp: '2023-08-14T07:30:00.000Z', sourceType: 'API', sourceId: 'userId:98765' }],
      },
    };
    for (const out of [value(record), value({ wrapped: JSON.stringify(record) })]) {
      expect(out).not.toContain('491 570 156');
      for (const kept of ['2023-08-14T07:30:00.000Z', 'userId:98765']) expect(out).toContain(kept);
    }
  });

  it('still masks every member of an object under a sensitive key that is no history entry', () => {
    const out = value({ address: { street: '18 Rue de Rivoli', timestamp: 'Rue de Rivoli 18' } });
    expect(out).not.toContain('Rue de Rivoli');
  });
});

describe('phone numbers right after a colon', () => {
  it('masks a ( or + number glued to a colon (Oracle SQL_BINDS, Mobile:+44 …)', () => {
    const out = text(' #1(5):alpha #2(14):(415) 555-0199 #3(4):7781 Mobile:+44 7700 900461');
    for (const raw of ['555-0199', '7700 900461']) expect(out).not.toContain(raw);
    expect(out).toContain('#3(4):7781');
  });

  it('keeps a time or a ratio before a bracketed number', () => {
    for (const s of ['at 10:(12) 345 done', 'ratio 3:(1234567) x']) expect(text(s)).toBe(s);
  });
});

describe('published sample SSNs with the SSN name nearby', () => {
  it('masks a sample after an SSN name within the context window (a change table cell, a change sentence)', () => {
    const table = text('| Field | Old | New |\n| SSN | 219-09-9999 | 536-22-8147 |');
    expect(table).not.toContain('219-09-9999');
    const prose = text('admin changed the SSN on file from 078-05-1120 today');
    expect(prose).not.toContain('078-05-1120');
  });

  it('keeps a sample with no SSN name near it, and one in prose about it', () => {
    expect(text('the Woolworth wallet sample 078-05-1120 was printed in 1938')).toContain('078-05-1120');
    expect(text('SSN misuse: see 219-09-9999 in the SSA history')).toContain('219-09-9999');
  });
});
