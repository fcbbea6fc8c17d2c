import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Rules written for red-team round 74 (HR case management, workplace investigations and
// whistleblowing hotlines), with values other than the corpus's: made-up names, logins, passwords
// and file names; ServiceNow `sys_created_by` and NAVEX EthicsPoint `Report Key` as documented.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('ServiceNow sys_created_by / sys_updated_by and an EthicsPoint report key (detect/keys.ts)', () => {
  it('masks a person login and keeps system accounts, sys_ids and case numbers', () => {
    const out = masked({
      sys_id: '46d44a5fdb1310106f4f1f8aa4961930',
      number: 'HRC0099120',
      sys_created_by: 'hollis.featherstone',
      sys_updated_by: 'system',
      sys_updated_on: '2025-01-08 10:11:12',
    });
    expect(out).not.toContain('hollis.featherstone');
    for (const v of ['46d44a5fdb1310106f4f1f8aa4961930', 'HRC0099120', '"system"', '2025-01-08 10:11:12']) expect(out).toContain(v);
  });
  it('masks a report key and keeps the report number and its issue type', () => {
    const out = masked({ reportNumber: '2025-EP-01207', reportKey: '9031775826', issueType: 'Theft' });
    expect(out).not.toContain('9031775826');
    for (const v of ['2025-EP-01207', 'Theft']) expect(out).toContain(v);
  });
  it('reads report key only as the whole name', () => {
    const out = masked({ report_key_id: 'weekly-headcount', reportKeyVersion: '3' });
    expect(out).toContain('weekly-headcount');
  });
});

describe('passwords in hotline call notes in other languages (structure/config-text.ts)', () => {
  it('masks a chosen password after the Polish, Swedish, Danish and Czech nouns', () => {
    for (const [text, secret] of [
      ['zgłaszający podał hasło Jesien!2031x i prosi o kontakt', 'Jesien!2031x'],
      ['anmälaren angav lösenord Hosten#77ab vid samtalet', 'Hosten#77ab'],
      ['adgangskode er Efterar_2029 ifølge noten', 'Efterar_2029'],
      ['heslo je Podzim-4410 podle volajiciho', 'Podzim-4410'],
    ] as const) {
      expect(masked(text), text).not.toContain(secret);
    }
  });
  it('keeps sentences about a password without one', () => {
    for (const text of ['hasło zostało zmienione przez użytkownika', 'lösenord krävs för inloggning', 'heslo je nutné změnit']) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('names after the roles of investigations and EU hotlines (person-names.ts, lower-case-names.ts)', () => {
  it('masks capitalised names after note-taker, shift lead, naam and Mitarbeiter', () => {
    for (const [text, name] of [
      ['minutes by note-taker Adaeze Nwachukwu-Ford', 'Adaeze Nwachukwu-Ford'],
      ['escalated by shift lead Zoltan Bereczki', 'Zoltan Bereczki'],
      ['melding: naam Sietske Hoekstra-Vos, telefoon volgt', 'Sietske Hoekstra-Vos'],
      ['Gespräch mit Mitarbeiterin Roswitha Klingbeil am Montag', 'Roswitha Klingbeil'],
    ] as const) {
      expect(masked(text), text).not.toContain(name);
    }
  });
  it('masks lower-case names after the parties of a case and lower-case French titles', () => {
    for (const [text, name] of [
      ['el jefe carlos mendoza la cambió de turno', 'carlos mendoza'],
      ['companion: union rep michael thompson attended', 'michael thompson'],
      ['la empleada ana maría gómez rodríguez (exp. 4411) pidió cita', 'gómez rodríguez'],
      ['rappel: monsieur thomas bernard, 14h', 'thomas bernard'],
    ] as const) {
      expect(masked(text), text).not.toContain(name);
    }
  });
  it('keeps the services and case kinds of HR case management and role words in prose', () => {
    for (const text of [
      'Employee Relations Inquiry',
      'Employee Grievance',
      'Employee Accommodation Request',
      'the respondent denied the allegation',
      'witness statement received 2025-02-03',
      'team lead Product Design',
      'Mitarbeiter Service Center',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('names in investigation and occupational-health file names (structure/file-names.ts)', () => {
  it('masks the person of an interview record, a chat export and a referral', () => {
    for (const [text, name] of [
      ['interview_cornelius_abernathy_2025-03-02.docx', 'abernathy'],
      ['uploaded whatsapp_export_gwendolyn_harrow.txt', 'harrow'],
      ['Arbeitsmedizin_Zuweisung_Obermayer_Katharina.pdf', 'Obermayer'],
    ] as const) {
      expect(masked(text), text).not.toContain(name);
    }
  });
  it('keeps templates, guides and dated exports', () => {
    for (const text of [
      'interview_guide_template_v2.docx',
      'whatsapp_export_2025-03-01.zip',
      'statement_of_work_2025.pdf',
      'complaint_form_blank.pdf',
      'investigation_report_Q3.pdf',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});
