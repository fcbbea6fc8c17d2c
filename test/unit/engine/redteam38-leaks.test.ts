import { describe, expect, it } from 'vitest';
import { auUsiValid, gbUlnValid, gbUpnValid } from '../../../src/engine/detect/values/student-numbers.js';
import { testEngine } from '../../helpers/engine.js';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks the thirty-eighth red-team round found (fixtures/redteam38-corpus.ts: education and
 * nonprofit records), each closed where it happens, with the look-alike beside it that must stay.
 * The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('national learner numbers: England UPN, UK ULN, Australia USI', () => {
  it('check rules: DfE UPN letter (weights 2..13 mod 23), LRS ULN (weights 10..2 mod 11), USI Luhn mod 32', () => {
    expect(gbUpnValid('L201601218045')).toBe(true);
    expect(gbUpnValid('L201601218046')).toBe(false);
    // A local-authority number below 201 is no LA's.
    expect(gbUpnValid('A000000000000')).toBe(false);
    expect(gbUlnValid('3109274654')).toBe(true);
    expect(gbUlnValid('3109274655')).toBe(false);
    expect(auUsiValid('3MPWTK8RD9')).toBe(true);
    expect(auUsiValid('3mpwtk8rd9')).toBe(true);
    expect(auUsiValid('3MPWTK8RD8')).toBe(false);
    // The USI alphabet has no 0, 1, I or O; a value of letters only is a word.
    expect(auUsiValid('3MPWTK8RO9')).toBe(false);
  });

  it('masks a UPN alone (census rows, transfer files), a ULN and a USI after their word', () => {
    expect(text('pupil L873400519226 moved to year 8')).not.toContain('L873400519226');
    expect(text('<UPN>L201601218045</UPN>')).not.toContain('L201601218045');
    expect(text('learner record ULN: 5820461931 matched')).not.toContain('5820461931');
    expect(text('Unique Student Identifier H7XQ2LZ9C2 verified')).not.toContain('H7XQ2LZ9C2');
  });

  it('keeps look-alikes: a wrong UPN letter, 13-digit timestamps, 10 digits without the ULN word, a USI-shaped word', () => {
    const out = text('ref L201601218046 ts 1733460000123 order 3109274654 sku T202411301234 code USI3MPWTK8RD9X');
    for (const kept of ['L201601218046', '1733460000123', '3109274654', 'T202411301234']) expect(out).toContain(kept);
    expect(text('USI status: PROCESSED2 for batch 22')).toContain('PROCESSED2');
  });
});

describe('student numbers after their word, France INE', () => {
  it('masks ids after student id / number, Banner ID, UCAS Personal ID, SAT registration number, INE', () => {
    const out = text(
      'ticket: Student ID: T-2026-00871 locked; banner_id B00912345 reset; UCAS personal ID 9876543210 linked; SAT registration number 6120394487; INE 1209384756Z',
    );
    for (const raw of ['T-2026-00871', 'B00912345', '9876543210', '6120394487', '1209384756Z']) expect(out).not.toContain(raw);
  });

  it('keeps what follows the words but is no id: counts, words, course codes', () => {
    const out = text('student id field is required; student number 12 of 30; banner id missing for MATH-221; SAT registration opens 2025');
    for (const kept of ['required', '12 of 30', 'MATH-221', '2025']) expect(out).toContain(kept);
  });
});

describe('learner ids under the names rostering and SIS records give them', () => {
  it('masks Ed-Fi studentUniqueId, D2L OrgDefinedId, PeopleSoft EMPLID, LTI lis_person_sourcedid, ULN, APAAR, USI, INE', () => {
    const out = value({
      studentUniqueId: '771203',
      OrgDefinedId: '410022981',
      EMPLID: '0058812',
      lis_person_sourcedid: 'univ.example:u:55102',
      state_province_id: '2203948811',
      uln: '3109274654',
      apaar_id: '611209384752',
      usi: 'H7XQ2LZ9C2',
      ine: '1209384756Z',
      common_app_id: '41120933',
    });
    for (const raw of [
      '771203',
      '410022981',
      '0058812',
      'univ.example:u:55102',
      '2203948811',
      '3109274654',
      '611209384752',
      'H7XQ2LZ9C2',
      '1209384756Z',
      '41120933',
    ])
      expect(out).not.toContain(raw);
  });

  it('keeps longer names where usi / ine are a word of something else, and section / term ids', () => {
    const out = value({ usi_version: '2.1', ine_count: 4, course_section_sourcedid: 'univ.example:SEC-101', term_id: '2025SP' });
    for (const kept of ['2.1', '"ine_count":4', 'univ.example:SEC-101', '2025SP']) expect(out).toContain(kept);
  });

  it('masks API gateway subscription keys and a Kindful `postal`, keeps a postal rate', () => {
    const out = value({ 'Ocp-Apim-Subscription-Key': '0b9e7f31c2d44a8e9f6a1c3d5e7f9a2b', postal: 'LS6 3HN', postal_rate: '0.85' });
    expect(out).not.toContain('0b9e7f31c2d44a8e9f6a1c3d5e7f9a2b');
    expect(out).not.toContain('LS6 3HN');
    expect(out).toContain('0.85');
  });
});

describe("an organisation's EIN named by its role", () => {
  it('keeps org_ein, sponsor_ein, recipient_ein, charity_ein (public registrations)', () => {
    const out = value({ org_ein: '23-7145091', sponsor_ein: '31-1640316', recipient_ein: '13-1788491', charity_ein: '94-1196203' });
    for (const kept of ['23-7145091', '31-1640316', '13-1788491', '94-1196203']) expect(out).toContain(kept);
  });

  it('still masks ein, employer_ein and a payee EIN', () => {
    const out = value({ ein: '46-2218330', employer_ein: '82-1039475', payee_ein: '27-4410982' });
    for (const raw of ['46-2218330', '82-1039475', '27-4410982']) expect(out).not.toContain(raw);
  });
});

describe('title, given name and surname in the cells of a row without header', () => {
  it('masks both names after a title cell (Gift Aid schedule, donor list), with any separator and quoting', () => {
    const out = text('upload row 3: Mrs,Bronwen,Pritchard,Hafod,LL57 2EW,,,01/02/24,15.00');
    expect(out).not.toContain('Bronwen');
    expect(out).not.toContain('Pritchard');
    expect(out).toContain(',Hafod,');
    const quoted = text('"Dr";"Anselm";"Okafor";"12";"SW9 8BJ"');
    expect(quoted).not.toContain('Anselm');
    expect(text('Mr\tDesmond\tHalloran\t44')).not.toContain('Halloran');
  });

  it('keeps cells after a title that are no names, and titles in prose', () => {
    for (const kept of ['Dr,Settings,Enabled,true', 'Mr,Test,User,1', 'Dr,Pepper,Cola,2', 'Ms,Excel,Export,xlsx'])
      expect(text(kept)).toBe(kept);
  });
});

describe('leftovers, stop 37', () => {
  const { masks, keeps } = leakCases(engine);

  // A state's student id under `stateId` / `state_id` (Clever, ClassLink metadata).
  masks(
    'a state student id under stateId / state_id',
    { metadata: { 'classlink.stateId': 'TX-40918273' }, student: { state_id: '8820471936' } },
    ['TX-40918273', '8820471936'],
  );
  keeps('a workflow state under stateId, a short state code', { stateId: '10001', state_id: 'approved', wf: { stateId: 'NY' } }, [
    '10001',
    'approved',
    '"NY"',
  ]);

  // A person's own identifier under `personalId` (UCAS prints it 3-3-4).
  masks('a personal id of digits', { personalId: '987-654-3210', personal_id: '4408123377' }, ['987-654-3210', '4408123377']);
  keeps('a personal id that is a record key or a UUID', { personalId: 'P-1042', personal_id: '5c1b7e0a-2f4d-4e8b-9a61-3d2f0c7b8e11' }, [
    'P-1042',
    '5c1b7e0a-2f4d-4e8b-9a61-3d2f0c7b8e11',
  ]);

  // A Chinese mobile under pinyin field names.
  masks('a phone under dianhua / shouji', { jiazhang_dianhua: '13698765432', shouji: '15011223344' }, ['13698765432', '15011223344']);

  // A GoCardless link to a bank account object is its id; a number under the name stays masked.
  keeps('a GoCardless bank account id under links', { links: { customer_bank_account: 'BA0002QX7M', creditor_bank_account: 'BA456' } }, [
    'BA0002QX7M',
    'BA456',
  ]);
  masks('a bank account number under customer_bank_account', { customer_bank_account: '31926819' }, ['31926819']);

  // A learner or a child named after `student` / `son` / `daughter` in notes and tickets.
  masks(
    'a name after student, pupil, son, daughter',
    'Ticket 8812: student Tobias Okonjo cannot open the portal; daughter Ines (age 9) joins in May',
    ['Tobias Okonjo', 'Ines'],
  );
  keeps(
    'student, pupil and son before words that are no names',
    'student Loan Services called; pupil Premium funding; student Affairs office; son of a gun',
    ['student Loan Services', 'pupil Premium funding', 'student Affairs office'],
  );

  // A chosen password right after `password`, with no verb.
  masks('a password after its noun, no verb', 'chat: my login is dkhan and password Falcon#77river, please reset', ['Falcon#77river']);
  keeps(
    'words and plain codes after password',
    'password Reset2FA flow; password policy Min8-Chars; password https://Example.org/Reset1 sent',
    ['Reset2FA', 'Min8-Chars', 'https://Example.org/Reset1'],
  );

  // A ULN right after a valid UPN, without either word (ULN 9123456786 and 1000000002: LRS check).
  masks('a ULN after a UPN and one separator', 'MIS export: B801200005001 , 9123456786 ok; X330204519118|5550123400', [
    '9123456786',
    '5550123400',
  ]);
  keeps('10 digits after no UPN, or failing the ULN check', 'order 4412 / 9123456786; B801200005001 / 9123456787', [
    '4412 / 9123456786',
    '9123456787',
  ]);

  // A codice fiscale in lower case beside the ISEE means test (code built by the published check rule).
  masks('a lower-case codice fiscale after ISEE', 'ISEE 2024 allegato per rssmra85t10a562s', ['rssmra85t10a562s']);
  keeps('a look-alike with a wrong check letter after ISEE', 'isee: rssmra85t10a562x', ['rssmra85t10a562x']);
});
