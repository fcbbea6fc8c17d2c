import { describe, expect, it } from 'vitest';
import { isSystemAccount } from '../../../../src/engine/detect/values/login-names.js';
import { detectorCases, engine, firedOn } from './support.js';

/**
 * The record shapes of HR case management, workplace investigations and whistleblowing hotlines
 * (red-team round 74 and its leftovers, stop 42): lower-case parties after their labels and roles
 * in the languages of EU hotlines, wrapped names, report keys and access keys, a party's private
 * number after `privat` / `home`, and what stays (role mailboxes, routing and integration
 * accounts). Names, keys and numbers are made up or public examples (libphonenumber's AT and CH
 * mobiles) and differ from the corpora's; the negatives are the look-alikes analysts need.
 */
describe('person_name_unlisted_lower: case parties after their labels, titles and roles', () => {
  detectorCases(
    'person_name_unlisted_lower',
    [
      ['zeuge: leberecht quandt-mühlhaus, schicht b', 'leberecht quandt-mühlhaus'],
      ['getuige: mevrouw ilse-marie van den akker, afdeling inkoop', 'ilse-marie van den akker'],
      ['plaignante : mme aurore kerdraon, service paie', 'aurore kerdraon'],
      ['testigo: sra. itziar goikoetxea, turno de noche', 'itziar goikoetxea'],
      ['varsler: torgrim haugsnes-vik, avd. 4', 'torgrim haugsnes-vik'],
      ['oznamovatel: pan vratislav kubíček, linka 2', 'vratislav kubíček'],
      ['segnalata: sig.ra ortensia valdambrini, reparto 3', 'ortensia valdambrini'],
      ['shop steward fenwick ollerenshaw-dane and the chair', 'fenwick ollerenshaw-dane'],
      ['works council member wiebrand oberdorf\nnext hearing tbc', 'wiebrand oberdorf'],
    ],
    [
      'witness: none available; manager notified',
      'zeugin: anonym',
      'getuige: onbekend',
      'accused: unknown at intake',
      'witness: cctv footage reviewed by security',
      'complainant: night shift, line 3',
      'respondent: store manager, depot 4',
      'melder wil teruggebeld worden: morgen',
      'union rep meeting moved to friday',
      'testigo: no presentado, se cita de nuevo',
    ],
  );

  it('reads a surname on the next line after a labelled given name, and keeps the line break', () => {
    const out = engine.maskText('casemanager: femke\nzwanenburg-hoek; bedrijfsarts: drs. joost\nbreukelaar, tel volgt');
    expect(out.value).not.toContain('femke');
    expect(out.value).not.toContain('zwanenburg-hoek');
    expect(out.value).not.toContain('breukelaar');
    expect(out.value.split('\n')).toHaveLength(3);
  });

  it('reads the name after a title, not the title, after a role (`denunciante: doña …`)', () => {
    const out = engine.maskText('denunciante: doña begoña urkijo-zabala, dni aportado');
    expect(out.value).toContain('doña ');
    expect(out.value).not.toContain('urkijo-zabala');
  });
});

describe('person_name: a wrapped surname before `;` or a full stop after an investigation role', () => {
  it.each([
    ['testigo: Aitziber\nLarrañaga; se cita el lunes', 'Larrañaga'],
    ['witness Eulalie\nFaircloth-Moss. Next step: outcome letter', 'Faircloth-Moss'],
  ])('masks %j', (text, surname) => {
    expect(engine.maskText(text).value).not.toContain(surname);
  });
});

describe('hotline_report_key: report keys and access codes read out in call notes', () => {
  detectorCases(
    'hotline_report_key',
    [
      ['operátor: volající sdělil klíč oznámení 7305528190, heslo sdělí později', '7305528190'],
      ['Der Meldungsschlüssel ist 66120934 (bitte notieren)', '66120934'],
      ["votre code d'accès : 5XQ2-8KTR-19 pour suivre le signalement", '5XQ2-8KTR-19'],
      ['caller read out report key: 2291837465 and asked for an update', '2291837465'],
      ['melder gaf toegangscode 9QW7R4T2 door', '9QW7R4T2'],
      ['ha comunicato il codice di accesso 48Z1-77QK', '48Z1-77QK'],
    ],
    [
      'access code expired, ask the reporter for a new one',
      'report key sent by mail on 2024-05-01',
      'Zugangscode 2024 geändert',
      'access code 404 returned by the portal',
      'report key ABCDEFGH rejected',
    ],
  );
});

describe('hotline_key_path_segment: access keys in a hotline portal link', () => {
  detectorCases(
    'hotline_key_path_segment',
    [
      ['GET /case/WB-7781/key/T4KX-92MZ-QR7L HTTP/1.1', 'T4KX-92MZ-QR7L'],
      ['https://portal.example/followup/access-key/7HDW-M2QP-4XNB-K9PL', '7HDW-M2QP-4XNB-K9PL'],
      ['POST /inbox/code/M3VQ-8TZR-2WYC/reply', 'M3VQ-8TZR-2WYC'],
    ],
    [
      'GET /api/v2/key/3f2b8c1e-9d4a-4b7e-8c2f-1a2b3c4d5e6f HTTP/1.1',
      'GET /access/logs/2024-05-01 HTTP/1.1',
      'GET /code/v1.2.3/readme.md',
      'GET /key/ABCD-EFGH-IJKL',
      'GET /r/WB-7781/status HTTP/1.1',
    ],
  );
});

describe('phone: a private number after `privat` / `home` / `zuhause`', () => {
  it.each([
    ['zeuge: Ansgar Pölzl, privat 0664 123456, bitte abends', '0664 123456'],
    ['respondent home 078 123 45 67; hearing moved', '078 123 45 67'],
    ['erreichbar zuhause 0664 123456', '0664 123456'],
  ])('masks %j', (text, number) => {
    expect(engine.maskText(text).value).not.toContain(number);
  });
  it.each(['works from home 3 days a week', 'home 2024-12-03 14:00', 'privat 12 Tage Urlaub', 'home 4h/day phased return'])(
    'leaves %j',
    (text) => {
      expect(firedOn(text)).not.toContain('phone');
    },
  );
});

describe('what stays: role mailboxes and HR routing accounts', () => {
  it.each([
    'actor=employee.relations@fabrikam.example',
    'cc=compliance.intake@contoso.example',
    'notify=people.ops@fabrikam.example',
    'From: ethics.hotline@contoso.example',
  ])('keeps the role mailbox in %j', (text) => {
    expect(firedOn(text)).not.toContain('email');
  });
  it.each(['owner=ravindra.okafor@contoso.example', 'to hr.jdoe@contoso.example', 'ethics.mbeki@fabrikam.example'])(
    "masks a person's address in %j",
    (text) => {
      expect(firedOn(text)).toContain('email');
    },
  );
  it("keeps routing and integration accounts, not people's logins", () => {
    for (const login of ['hr.case.router', 'er.assignment.engine', 'benefits.integration', 'svc.payroll.sync', 'ats.sync'])
      expect(isSystemAccount(login)).toBe(true);
    for (const login of ['ravindra.okafor', 'engel.maria', 'ingrid.sync2x']) expect(isSystemAccount(login)).toBe(false);
  });
});

describe('a Qualtrics text entry answer that is only a name (QID…_TEXT)', () => {
  it('masks the name and keeps the reasons and choices', () => {
    const out = engine.maskValue({
      responseId: 'R_1a2B3c4D5e6F7g8',
      values: { QID3_TEXT: 'Wilhelmina Achterkamp-Oyelowo', QID4_TEXT: 'Better hours elsewhere', QID5: '2', QID12_1_TEXT: 'Night shift' },
    });
    const json = JSON.stringify(out.value);
    expect(json).not.toContain('Achterkamp-Oyelowo');
    expect(json).toContain('Better hours elsewhere');
    expect(json).toContain('Night shift');
  });
});

describe('a bare name="…" in a key=value line about one person', () => {
  it.each([
    ['hris.update employee=E55102 name="Ottilie Brandvold" field=bank_account', 'Ottilie Brandvold'],
    ['msg="party added" case=ER-2025-0042 role=witness name="Casimir Oyelaran" source=hotline', 'Casimir Oyelaran'],
  ])('masks %j', (text, name) => {
    expect(engine.maskText(text).value).not.toContain(name);
  });
  it.each([
    'svc=absence event=policy.loaded name="Parental Leave" version=3',
    'employee=E55102 name="Annual Review" status=done',
    'msg="category created" name="Conduct - Retaliation" created_by=caseiq-admin',
    'employee=E55102 name="Northwind Logistics Ltd" type=employer',
  ])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('structure:key_value');
  });
});

describe("postcode: a company's office after its name and legal form", () => {
  it.each([
    ['Yours sincerely,\nPeople Team, Fabrikam Ltd, 20 Cabot Square, London E14 4QW', 'E14 4QW'],
    ['cc: Beispiel SE, Hauptstraße 5, 10115 Berlin', '10115 Berlin'],
    ['employer: Tailspin Toys Inc., 1 Infinite Loop, Cupertino, CA 95014', 'CA 95014'],
  ])('keeps the office postcode in %j', (text, postcode) => {
    expect(engine.maskText(text).value).toContain(postcode);
  });
  it.each([
    ['Acme Ltd, Jane Doe, 12 Larch Street, Leeds LS6 2QT', 'LS6 2QT'],
    ['Ms Imogen Aske\n14 Hollybank Gardens\nLeeds LS6 2QT', 'LS6 2QT'],
  ])("masks a person's postcode in %j", (text, postcode) => {
    expect(engine.maskText(text).value).not.toContain(postcode);
  });
});

describe('street_address: a UK close named `Rise`', () => {
  it('masks the street and its postcode in a letter address block', () => {
    const out = engine.maskText('Mr Anselm Quarrie\n7 Foxglove Rise\nExeter EX4 6PX');
    expect(out.value).not.toContain('Foxglove Rise');
    expect(out.value).not.toContain('EX4 6PX');
  });
  it.each(['prices saw a 12 percent rise in Q3', 'a rise of 12 points after release 4.2'])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('street_address');
  });
});
