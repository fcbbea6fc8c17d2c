import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Red-team round 80 (learning platforms, round three): SCORM run-time traces, Student Finance
// customer reference numbers, lower-case names before a date of birth or after a pupil's family
// word, and call-back words of tutor chats. Names, logins and reference numbers made up;
// phones are libphonenumber example numbers.

describe('scorm_learner_id / scorm_learner_name: the learner in a SCORM run-time trace', () => {
  detectorCases(
    'scorm_learner_id',
    [
      ["LMSGetValue('cmi.core.student_id') returned 'kgallardo7'", 'kgallardo7'],
      ['GetValue(cmi.learner_id) returned "S00418822"', 'S00418822'],
      ['SetValue("cmi.learner_id", "mrowe.huxley") returned true', 'mrowe.huxley'],
      ['[scorm] GetValue(cmi.learner_id) -> 20419915', '20419915'],
    ],
    [
      "LMSGetValue('cmi.core.student_id') returned ''",
      "LMSGetValue('cmi.core.lesson_status') returned 'incomplete'",
      'GetValue(cmi.learner_id) returned "undefined"',
      'SetValue(cmi.interactions.0.id, "Q1_fire_exit") returned true',
    ],
  );
  detectorCases(
    'scorm_learner_name',
    [
      ["LMSGetValue('cmi.core.student_name') returned 'Quenby, Horatia'", 'Quenby, Horatia'],
      ['GetValue(cmi.learner_name) returned "Ilse Vandekerckhove"', 'Vandekerckhove'],
      ["LMSGetValue('cmi.core.student_name') returned 'Pennyfeather,\n Jocasta'", 'Jocasta'],
    ],
    ["LMSGetValue('cmi.core.student_name') returned ''", 'GetValue(cmi.learner_name) returned "null"'],
  );
});

describe('gb_slc_crn: Student Finance customer reference numbers after their word', () => {
  detectorCases(
    'gb_slc_crn',
    [
      ['hi, my crn is 20583146097 and my payment has not arrived', '20583146097'],
      ['Customer Reference Number: 11908253647', '11908253647'],
    ],
    ['CRN 00445790 (Companies House)', 'UMID CRN 0028-1234567-9', 'crn 11111111111', 'order 20583146097 shipped'],
  );
});

describe('person_name_lower_before_dob: a lower-case name right before its date of birth', () => {
  detectorCases(
    'person_name_lower_before_dob',
    [
      ['per the referral, harriet pennycuick (dob 4/11/2012) needs a reader', 'harriet pennycuick'],
      ['note - lionel abernethy-shaw, dob 1989-03-02, wants idr', 'lionel abernethy-shaw'],
      ['pupil maria elena quintanilla dob: 02/05/2013 absent', 'maria elena quintanilla'],
    ],
    [
      'fields required (dob 4/11/2012) before submit',
      'the form asks for dob and address',
      'please confirm dob',
      'missing data (dob) on the record',
      'updated records dob 2012-04-11',
    ],
  );
});

describe("person_name_lower_role: a pupil's family and a borrower", () => {
  detectorCases(
    'person_name_lower_role',
    [
      ['rang mum (priscilla oyelowo-hart) on 0121 234 5678 about the trip', 'priscilla oyelowo-hart'],
      ['dad gareth pryce-jones collected him at 13:10', 'gareth pryce-jones'],
      ['brwr rosalind kettering cb re forbearance 12/2025', 'rosalind kettering'],
    ],
    ['mum said it was fine, back on 12/10', 'dad (see note 4) will call 2pm', 'borrower defense claim 2214 filed'],
  );
});

describe('call-back words of tutor chats', () => {
  it('masks the number after them', () => {
    for (const [text, phone] of [
      ['please ring my house 0121 234 5678 after school', '0121 234 5678'],
      ['oi professora, meu zap é (21) 99876-5432', '99876-5432'],
      ['chama no zap (11) 96123-4567 por favor', '96123-4567'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(phone);
  });
  it('keeps counts and years', () => {
    for (const text of ['ring my bell 3 times', 'zap the cache at 2025 boot'] as const) expect(engine.maskText(text).value).toBe(text);
  });
});

describe('a person named by role in a key=value line (structure/claim-party-names.ts)', () => {
  it('masks a name under student / guardian / borrower', () => {
    for (const [text, name] of [
      ['INFO lunch acct=600912 student="Wilfred Amankwah" balance=-$3.20', 'Wilfred Amankwah'],
      ['notify guardian="Marta Szczepańska" channel=sms', 'Szczepańska'],
      ["servicer sync borrower='Percival Oduya' status=REPAYMENT", 'Percival Oduya'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(name);
  });
  it('keeps what is no name', () => {
    for (const text of ['export student="all" format=csv', 'filter borrower="Pending Review" n=14', 'parent="Shared Drive" id=44']) {
      expect(engine.maskText(text).value).toBe(text);
    }
  });
});

describe('person_name: a roster line, surname first, then a dash and a student number', () => {
  detectorCases(
    'person_name',
    [
      ['Group these for Period 5:\nKettleby, Colm – 5521907\nTrask, Ines – 5521930', 'Kettleby, Colm'],
      ['Pennock, Ruairi - S5521944', 'Pennock, Ruairi'],
    ],
    ['Seattle, Washington - 98101', 'Release, Notes - 2025', 'see Kettleby, Colm – 5521907 above'],
  );
});

describe('person_name_lower_role: greetings and introductions in lower case', () => {
  detectorCases(
    'person_name_lower_role',
    [
      ['hi winifred kasprzak, your book is 3 days overdue', 'winifred kasprzak'],
      ['im rowan achebe and my class is 8C', 'rowan achebe'],
      ['hiya beatrix quenby, your locker code changed on 3/10', 'beatrix quenby'],
    ],
    [
      'hi team, build 4471 failed on main',
      'hey there, 2 issues left in the sprint',
      'im going to miss the 3pm lesson',
      'i am sure the 4 items shipped',
      'hi all, the lab closes at 5',
    ],
  );
});
