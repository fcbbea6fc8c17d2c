// Leftovers of red-team round 68 (stop 39): people, streets, devices and encoded headers in
// collaboration content and its audit, read by general rules. Values here differ from both corpora
// (redteam68, left68); each rule has look-alikes that must stay.
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

const engine = testEngine();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function masked(text: string): string {
  return engine.maskText(text).value;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('names after a reviewer-note or privilege-log phrase (person_name weak leads)', () => {
  it.each([
    ['Letter from Anselm Vrijburg to opposing counsel', 'Anselm Vrijburg'],
    ['Memo re: termination of Cordelia Ashworth-Pym', 'Cordelia Ashworth-Pym'],
    ['Analysis of claims by Isaura Montalbán', 'Isaura Montalbán'],
    ['Grievance filed by Theodric Amankwah, 2019', 'Theodric Amankwah'],
    ['Request for leave of absence for Rasmus Oddvarsson', 'Rasmus Oddvarsson'],
  ])('%s', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });
  it.each([
    'Memo from Legal to Compliance re: termination of Contract 4471',
    'Email from Outside Counsel regarding claims by Plaintiffs',
    'Letter from Acme Holdings Ltd re: termination of the Lease',
  ])('keeps %s', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a name in capitals after a caption lead in a longer run (person_name)', () => {
  it('reads the name after DEPOSITION OF / DECLARATION OF', () => {
    expect(masked('VIDEOTAPED DEPOSITION OF MARGARET OSTERHAUS, VOLUME II')).not.toContain('OSTERHAUS');
    expect(masked('DECLARATION OF GUSTAVO ILLANES IN OPPOSITION TO MOTION')).not.toContain('ILLANES');
  });
  it('keeps a role or an organisation after the lead', () => {
    const text = 'DEPOSITION OF PERSON MOST KNOWLEDGEABLE; DECLARATION OF RECORDS CUSTODIAN';
    expect(masked(text)).toBe(text);
  });
});

describe('lower-case names after a role lead (person_name_lower_role)', () => {
  it('reads a double-barrelled surname and one no list knows where the phrase ends', () => {
    expect(masked('new hire is gabriela moncada-frey, desk 4b')).not.toContain('gabriela moncada-frey');
    expect(masked('custodian: marcus ouedraogo.')).not.toContain('ouedraogo');
  });
  it('keeps words that go on after the given name', () => {
    for (const text of ['spoke to jordan regarding the build', 'new hire onboarding checklist', 'per user per month']) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('a name the same text spells as an e-mail (person_name_email_spelled)', () => {
  it('masks the name in any case', () => {
    const out = masked('locked out: renata.szabo@example.org; called renata szabo back on the desk line');
    expect(out).not.toContain('renata szabo');
  });
  it('keeps words that a role mailbox spells', () => {
    const out = masked('sent to help.desk@example.org, the help desk replied');
    expect(out).toContain('the help desk replied');
  });
});

describe('lower-case street lines without a lead (street_line_lower)', () => {
  it.each(['courier lost it near 412 cobblestone ave', 'fw: deposit for 9 kestrel mews', 'mail goes to 77 old mill rd, apt 2'])(
    '%s',
    (text) => {
      expect(masked(text)).toMatch(/<ADDRESS:/);
    },
  );
  it.each(['build 412 passed on staging', 'the 2 doors close at 6', 'see 3 new dr appointments', 'rack 9 row c is full'])(
    'keeps %s',
    (text) => {
      expect(masked(text)).toBe(text);
    },
  );
});

describe('file names and load-file folders (structure/file-names.ts)', () => {
  it('reads a lower-case name in a personal document and a glued custodian folder', () => {
    expect(masked('uploaded dismissal_letter_rosamund_achterhof.pdf')).not.toContain('rosamund_achterhof');
    expect(masked('\\\\nas02\\review\\VOL003\\Vasquez_Ximena\\DOC0000451.tif')).not.toContain('Vasquez_Ximena');
    expect(masked('/exports/m-77/custodians/Halloran_Siobhan/inbox/000031.eml')).not.toContain('Halloran_Siobhan');
  });
  it('keeps templates and project folders', () => {
    for (const text of [
      'offer_letter_template_v2.docx',
      '\\\\nas02\\review\\Project_Phoenix\\DOC0000452.tif',
      '/share/Custodian_List/index.csv',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('encoded mail headers and base64 JSON envelopes', () => {
  it('reads an RFC 2047 encoded-word and keeps one that holds nothing personal', () => {
    const from = b64('Ingeborg Lindahl <ingeborg.lindahl@example.net>');
    const subject = b64('Quarterly numbers');
    const out = maskedValue({ From: `=?UTF-8?B?${from}?=`, Subject: `=?UTF-8?B?${subject}?=` });
    expect(out).not.toContain(from);
    expect(out).toContain(subject);
  });
  it('reads a base64 JSON payload as a record and keeps a heartbeat', () => {
    const data = b64(JSON.stringify({ path: '/HR/Disciplinary - Benedikt Rauscher.docx' }));
    const heartbeat = b64(JSON.stringify({ event: 'heartbeat', seq: 7, zone: 'us-central1-a' }));
    const out = maskedValue({ message: { data, heartbeat } });
    expect(out).not.toContain(data);
    expect(out).toContain(heartbeat);
  });
});

describe('device owners in host names (device_host_owner_name)', () => {
  it('masks the owner', () => {
    expect(maskedValue({ hostname: 'Leopoldinas-MacBook-Air' })).not.toContain('Leopoldinas');
    expect(maskedValue({ deviceName: 'MARGARET-LAPTOP' })).not.toContain('MARGARET');
  });
  it('keeps fleet names', () => {
    for (const name of ['FINANCE-LAPTOP', 'Admins-MacBook-Pro', 'LOANER-PC', 'DESKTOP-Q8R2M1T']) {
      expect(maskedValue({ deviceName: name })).toContain(name);
    }
  });
});

describe('surname-first Concordance DAT cells (concordance_reversed_name)', () => {
  it('masks the cell and keeps others', () => {
    const out = masked('þDOC-0091þ\u0014þOkwuosa, Chidinmaþ\u0014þMemo, Draftþ');
    expect(out).not.toContain('Okwuosa, Chidinma');
    expect(out).toContain('Memo, Draft');
  });
});

describe('Gmail Message-IDs with a short id-left before `=` (email)', () => {
  it('keeps the Message-ID and masks an address', () => {
    const out = masked('Message-ID: <CAGk2=Zq7@mail.gmail.com> From: ottilie.brandt@example.com');
    expect(out).toContain('<CAGk2=Zq7@mail.gmail.com>');
    expect(out).not.toContain('ottilie.brandt@example.com');
  });
});
