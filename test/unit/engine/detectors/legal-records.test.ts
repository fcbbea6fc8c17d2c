import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Red-team round 77 (legal practice management, courts and e-filing): the rules its leaks asked
// for, with values other than the corpus's (names and streets made up; libphonenumber's US example
// range) and the look-alikes each rule must keep.

const engine = testEngine();

function text(s: string): string {
  return engine.maskText(s).value;
}

function value(v: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(v)).value);
}

describe('newline-delimited JSON in text', () => {
  it('masks every line, though the lines share their paths (a finding repeated adds to the count)', () => {
    const lines = [
      '{"type":"TimeEntry","quantity":1.0,"note":"Call with client Dorothy Pennington re lease"}',
      '{"type":"TimeEntry","quantity":2.0,"note":"Call with client Harold Finnegan re lease"}',
      '{"type":"TimeEntry","quantity":3.0,"note":"Call with client Beatrice Hollings re lease"}',
    ].join('\n');
    const out = text(lines);
    for (const name of ['Dorothy Pennington', 'Harold Finnegan', 'Beatrice Hollings']) expect(out).not.toContain(name);
    expect(text(out)).toBe(out);
  });

  it('leaves lines without a finding as written', () => {
    const lines = '{"id":7,"rate":425.0,"matter":"2025-0099"}\n{"id":8,"rate":425.0,"matter":"2025-0100"}';
    expect(text(lines)).toBe(lines);
  });
});

describe('case_caption_party: a party named by surname alone in a caption', () => {
  it('masks a lone surname in a document or matter name', () => {
    expect(text('Motion in limine - Whitfield v. Greyhound Outfitters')).not.toContain('Whitfield');
    expect(text('Deposition summary - Abernathy-Cole v Riverside Storage - v2')).not.toContain('Abernathy-Cole');
    expect(value({ matter_name: 'Jones v. Crestline Outfitters' })).not.toContain('Jones');
  });

  it('keeps reported case law, prose citations, company captions and pseudonyms', () => {
    for (const kept of [
      'Marbury v. Madison, 5 U.S. 137 (1803)',
      'Carlill v Carbolic Smoke Ball Co [1892] EWCA Civ 1',
      'as the court held in Miranda v. Arizona the warnings',
      'Contoso v. Fabrikam Freight',
      'Doe v. Fairview School District',
      'node -v Main',
    ]) {
      expect(text(kept)).toBe(kept);
    }
  });
});

describe('law firms’ leads to a name', () => {
  it('reads a name after opposing counsel, an affidavit of service and Dutch `de heer`', () => {
    expect(text('Email to opposing counsel Radomir Quillfeather re discovery')).not.toContain('Radomir Quillfeather');
    expect(text('served the Summons upon Wenceslas Harrowgate by personal delivery')).not.toContain('Wenceslas Harrowgate');
    expect(text('Personally served Torvald Engstrand at the front door')).not.toContain('Torvald Engstrand');
    expect(text('De dagvaarding is betekend aan de heer Maarten van Leeuwarden te Utrecht')).not.toContain('Maarten van Leeuwarden');
    expect(text('Oproeping van mevrouw Femke Dijkhuizen als getuige')).not.toContain('Femke Dijkhuizen');
  });

  it('keeps roles and documents after the same words', () => {
    for (const kept of [
      'Email to opposing counsel re Discovery Plan',
      'payable upon Final Approval',
      'served the Complaint',
      'Citation served Travis County Sheriff on 4/2',
      'upon Jefferson Parish court order',
    ]) {
      expect(text(kept)).toBe(kept);
    }
  });

  it('reads lower-case names after a conflict request’s parties', () => {
    expect(text('conflicts for adverse party walter jennings and his employer')).not.toContain('walter jennings');
    expect(text('prior counsel was margaret hughes at another firm')).not.toContain('margaret hughes');
    expect(text('the deponent is patricia coleman')).not.toContain('patricia coleman');
    expect(text('counsel for the defendant filed late')).toBe('counsel for the defendant filed late');
  });

  it('reads a name in a document name after `Statement of`, and a lower-case recipient after `to:`', () => {
    expect(text('GET /dms/Statement%20of%20Evangeline%20Marchetti%20re%20incident.pdf 200')).not.toContain('Evangeline%20Marchetti');
    expect(text('notice mailed to: harold jennings by e-mail')).not.toContain('harold jennings');
    for (const kept of ['Statement of Work for Contoso', 'Statement of Financial Position', 'valid from: 2025 to: 2026']) {
      expect(text(kept)).toBe(kept);
    }
  });

  it('reads a surname-first pair after a party label', () => {
    expect(text('Sending Parties: Thornbury, Margaret\nServed Parties: Acme Corp')).not.toContain('Thornbury, Margaret');
  });

  it('reads a mailbox display name opening a quoted value', () => {
    const out = text('filed to="Ambrosine Kettleworth <a.kettleworth@example.com>" matter=10045.0012');
    expect(out).not.toContain('Ambrosine Kettleworth');
    expect(out).toContain('matter=10045.0012');
  });

  it('keeps a firm’s trade as a company, not a person', () => {
    expect(text('slipped in the lobby of Marlowe Logistics warehouse')).toContain('Marlowe Logistics');
    expect(text('Haverford Hospitality group booking')).toContain('Haverford Hospitality');
  });
});

describe('streets and citations', () => {
  it('reads USPS subdivision suffixes with a locality after them', () => {
    expect(text('served at 1187 Cedar Hollow, Spring, TX 77379')).not.toContain('1187 Cedar Hollow');
    expect(text('lives at 902 Foxfire Glen, Plano TX')).not.toContain('902 Foxfire Glen');
    expect(text('the 3 Amigos Glen')).toBe('the 3 Amigos Glen');
  });

  it('reads a street opening a header-less CSV cell after a letter, not after an amount', () => {
    expect(text('Apolline Durand,27 rue des Lilas 75011 Paris')).not.toContain('27 rue des Lilas');
    expect(text('total 1,250 Main Street shares')).toContain('250 Main Street');
  });

  it('keeps rules of procedure and evidence (`R.` is no rua after an abbreviation)', () => {
    for (const kept of ['Fed. R. Civ. P. 12(b)(6)', 'Fed. R. Evid. 702', 'Tex. R. Civ. P. 91a']) expect(text(kept)).toBe(kept);
    expect(text('mora na R. Augusta 274, São Paulo')).not.toContain('R. Augusta 274');
  });
});

describe('key rules of legal records', () => {
  it('masks LEDES XML 2.0 timekeepers and a list of lawyers by name', () => {
    const out = text(
      '<tksum><tk_id>TK204</tk_id><tk_lname>Featherstonehaugh</tk_lname><tk_fname>Clementine</tk_fname><tk_level>PARTNER</tk_level></tksum>',
    );
    expect(out).not.toContain('Featherstonehaugh');
    expect(out).not.toContain('Clementine');
    expect(out).toContain('TK204');
    expect(out).toContain('PARTNER');
    const parties = value({
      docket_number: '1:25-cv-00777',
      attorneys: [{ name: 'Octavian Blackmoor-Lye', contact_raw: 'PRO SE' }],
      parties: [{ name: 'Westbrook Mutual Insurance Company' }],
    });
    expect(parties).not.toContain('Octavian Blackmoor-Lye');
    expect(parties).toContain('Westbrook Mutual Insurance Company');
    expect(parties).toContain('1:25-cv-00777');
  });

  it('masks the login of a document management audit event (`user` beside `operation` or `action`)', () => {
    const out = value({ operation: 'DOCUMENT_EXPORT', user: 'mbrightlingsea', document: { id: 'ACTIVE!77123456.3' } });
    expect(out).not.toContain('mbrightlingsea');
    expect(out).toContain('ACTIVE!77123456.3');
    expect(value({ action: 'DOCUMENT_VIEW', user: 'svc-dms-indexer' })).toContain('svc-dms-indexer');
    expect(value({ user: 'mbrightlingsea', role: 'reader' })).toContain('mbrightlingsea');
  });

  it('masks a lawyer’s name under a member named by the role, not a firm or a flag', () => {
    const out = value({
      booking_id: 'DEP-2026-00912',
      defending_attorney: 'Ignatius Oyelaran-Marsh',
      opposingCounsel: 'Perpetua Vanstone',
      lead_attorney: 'Clearwater Legal LLP',
      power_of_attorney: 'on file',
      counsel: 'N/A',
    });
    expect(out).not.toContain('Ignatius Oyelaran-Marsh');
    expect(out).not.toContain('Perpetua Vanstone');
    for (const kept of ['DEP-2026-00912', 'Clearwater Legal LLP', 'on file', 'N/A']) expect(out).toContain(kept);
  });

  it('keeps the other members of a lawyer’s object and a company under a lawyer’s name', () => {
    const out = value({ responsible_attorney: { id: 9921, name: 'Clearwater Legal LLP' }, practice_area: { name: 'Litigation' } });
    expect(out).toContain('9921');
    expect(out).toContain('Clearwater Legal LLP');
    expect(out).toContain('Litigation');
  });
});
