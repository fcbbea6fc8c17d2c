import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Rules written for red-team round 96 (e-discovery and litigation support), with values other than
// the corpus's: made-up names, logins and addresses, NANP fiction numbers, other control numbers.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

/** The record masked by the JSON-text walk (Kafka, files, the CLI). */
function maskedText(input: unknown): string {
  return engine.maskJsonText(JSON.stringify(input))!.render('{}');
}

describe('names in lower case in e-discovery notes (person_name_lower_legal)', () => {
  it('masks a custodian, a reviewer, a manager, an assistant, an officer, a titled name and a query sender', () => {
    for (const [text, value] of [
      ['left vm for custodian wilhelmina van der berghe at 555-0142', 'wilhelmina van der berghe'],
      ['collected phone of custodian t. oduya-brannigan today', 't. oduya-brannigan'],
      ['batch 7 reviewed by lorenzo pemberton-kaye on 12/01/2025', 'lorenzo pemberton-kaye'],
      ['escalated; her manager is harriet lindqvist, ext 4471', 'harriet lindqvist'],
      ['the ceo (cornelius abernathy-vance) forwarded it', 'cornelius abernathy-vance'],
      ['his assistant rosalind fairweather-obi has the files', 'rosalind fairweather-obi'],
      ['reminder bounced for mrs. ottilie brackenridge-hale', 'ottilie brackenridge-hale'],
      ['query (from:"percival okonjo-hart" AND pricing)', 'percival okonjo-hart'],
    ] as const) {
      expect(masked(text), text).not.toContain(value);
    }
  });
  it('keeps the words of ordinary e-discovery notes after the same leads', () => {
    const text =
      'custodian data volume 41 GB; custodian interviews completed; assistant general counsel approved; cfo signed off; reviewed by model v2; coded by tar engine; from:2023-01-01 custodian list attached';
    expect(masked(text)).toBe(text);
  });
});

describe('display names before an XML-escaped angle address (mailbox_display_name_escaped)', () => {
  it('masks the name and the address of an EDRM XML #From / #To tag', () => {
    const text = '<Tag TagName="#To" TagDataType="Text" TagValue="Gideon Achterberg-Mills &lt;gam@example.org&gt;"/>';
    const out = masked(text);
    for (const v of ['Gideon Achterberg-Mills', 'gam@example.org']) expect(out).not.toContain(v);
    expect(out).toContain('TagName="#To"');
  });
  it('keeps escaped markup without an address', () => {
    const text = '<Tag TagName="#Subject" TagValue="Q4 Forecast &lt;draft&gt;"/>';
    expect(masked(text)).toBe(text);
  });
});

describe('a markup value attribute named by its element (structure/markup-value-pairs.ts)', () => {
  it('reads TagValue under TagName and value under key / name', () => {
    const edrm =
      '<Document DocID="CTRL-0007711"><Tags><Tag TagName="Custodian" TagDataType="Text" TagValue="Brightwater, Odalys"/></Tags></Document>';
    expect(masked(edrm)).not.toContain('Brightwater, Odalys');
    expect(masked(edrm)).toContain('CTRL-0007711');
    const config = '<appSettings><add key="SmtpPassword" value="Wint3r!Harbour"/><add key="Environment" value="staging"/></appSettings>';
    const out = masked(config);
    expect(out).not.toContain('Wint3r!Harbour');
    expect(out).toContain('value="staging"');
  });
  it('keeps values whose named field says nothing', () => {
    const text = '<Tag TagName="#Subject" TagDataType="Text" TagValue="Board minutes"/><property name="timeout" value="30"/>';
    expect(masked(text)).toBe(text);
  });
});

describe('custodians under their names (detect/keys.ts, structure/types.ts isAssigneeField / isAssigneeName)', () => {
  it('masks a custodians list, a name written surname first, in both walks', () => {
    const rec = {
      matter: 'M-2026-0114',
      custodians: ['Leocadia Fenwick-Oyelowo', 'Barnabas Quillfeather'],
      custodian: 'Achterhof, Isolde',
    };
    for (const out of [masked(rec), maskedText(rec)]) {
      for (const v of ['Leocadia Fenwick-Oyelowo', 'Barnabas Quillfeather', 'Achterhof, Isolde']) expect(out).not.toContain(v);
      expect(out).toContain('M-2026-0114');
    }
  });
  it('keeps the ids, counts, teams and companies of a custodians list, in both walks', () => {
    const rec = {
      custodians: [{ id: 'CUST-00417', name: 'Leocadia Fenwick-Oyelowo', dept: 'Treasury', status: 'active' }],
      custodian: 'Records Team',
      vendor: { custodian: 'Iron Mountain, Inc' },
      custodianCount: 14,
    };
    for (const out of [masked(rec), maskedText(rec)]) {
      expect(out).not.toContain('Leocadia Fenwick-Oyelowo');
      for (const v of ['CUST-00417', 'Treasury', 'active', 'Records Team', 'Iron Mountain, Inc']) expect(out).toContain(v);
    }
  });
});

describe('a custodian object title written with a comma (structure/types.ts isAssigneeName)', () => {
  it('keeps a title and a unit and masks the name, in both walks', () => {
    const rec = { custodian: { name: 'Octavia Lindqvist-Barros', title: 'Director, Procurement', department: 'Procurement' } };
    for (const out of [masked(rec), maskedText(rec)]) {
      expect(out).not.toContain('Octavia Lindqvist-Barros');
      expect(out).toContain('Director, Procurement');
    }
  });
});

describe('review-platform logins (detect/keys.ts, structure/types.ts, structure/dated-login-cells.ts)', () => {
  it('masks redactedBy / codedBy and an initial-and-surname login under reviewer, in both walks', () => {
    const rec = { redactedBy: 'mquintanilla', codedBy: 'tokafor-lindgren', reviewer: 'gbrathwaite-osei' };
    for (const out of [masked(rec), maskedText(rec)]) {
      for (const v of ['mquintanilla', 'tokafor-lindgren', 'gbrathwaite-osei']) expect(out).not.toContain(v);
    }
    expect(masked('2025-12-02T10:14:55Z cal.rank batch=9 reviewer=gbrathwaite-osei docs=500')).not.toContain('gbrathwaite-osei');
  });
  it('keeps team and service accounts under reviewer and codedBy', () => {
    const rec = { reviewer: 'kyc-ops-de', codedBy: 'svc-relativity', reviewer2: 'tar-engine' };
    expect(masked(rec)).toBe(JSON.stringify(rec));
    expect(masked('reviewer=qc-team-emea status=done')).toBe('reviewer=qc-team-emea status=done');
  });
  it('masks the user column right after the date of a bare pipe row and keeps other cells', () => {
    for (const [text, value, kept] of [
      ['CTRL0044120|2025-12-02T08:14:09Z|lmarchetti-ibe|Responsive|Not Privileged', 'lmarchetti-ibe', 'CTRL0044120|2025-12-02T08:14:09Z|'],
      ['2025-12-03|dkowalczyk|M-2026-0114|2.1|First-level review', 'dkowalczyk', '|M-2026-0114|2.1|First-level review'],
    ] as const) {
      const out = masked(text);
      expect(out, text).not.toContain(value);
      expect(out).toContain(kept);
    }
    for (const text of ['2025-12-03|success|M-2026-0114|1.0|ok', '2025-12-03|default-queue|x|y', '2025-12-03|jenkins|build|green']) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('privilege-log names with a note in the cell (person-names.ts reversedPairSetting)', () => {
  it('masks `Surname, Given (Esq.)` in a CSV cell and a padded pipe cell', () => {
    const csv = 'Priv ID,Author,Recipients\nPRIV-0107,"Blackwood-Ameyaw, Theodora (Esq.)",File';
    expect(masked(csv)).not.toContain('Blackwood-Ameyaw, Theodora');
    const pipe = 'PRIV-0108 | CTRL0031207 | Memo | Haverkamp, Ottilie (in-house) | File | WP';
    expect(masked(pipe)).not.toContain('Haverkamp, Ottilie');
  });
  it('keeps places and companies with a note', () => {
    for (const text of ['Vendor | Acme, Inc (Delaware) | Paid', '| Seattle, Washington (HQ) |']) expect(masked(text)).toBe(text);
  });
});

describe('detection results and questionnaire answers (structure/siblings.ts, engine.ts)', () => {
  it('masks a detection value by its entity type and keeps other members', () => {
    const rec = {
      controlNumber: 'CTRL0050021',
      detections: [{ entityType: 'US_PASSPORT', value: '340020013', page: 2, confidence: 0.88 }],
    };
    const out = masked(rec);
    expect(out).not.toContain('340020013');
    for (const v of ['CTRL0050021', '0.88']) expect(out).toContain(v);
  });
  it('keeps an answer that a phone-like label names but that holds no number', () => {
    const rec = {
      answers: [
        { question: 'Which mobile devices do you use?', answer: 'Work Galaxy S23 and a personal iPad 9' },
        { question: 'Mobile number', answer: '312-555-0147' },
      ],
    };
    const out = masked(rec);
    expect(out).toContain('Work Galaxy S23 and a personal iPad 9');
    expect(out).not.toContain('312-555-0147');
  });
  it('keeps a saved search named for custodians', () => {
    const rec = { ObjectId: 'Initech - Custodian Search 7', Operation: 'SearchCreated' };
    expect(masked(rec)).toBe(JSON.stringify(rec));
  });
});

describe('a published sample SSN answered in a transcript (us_ssn, financial.ts sampleAnswered)', () => {
  it('masks the sample as the answer to a question naming the SSN', () => {
    const text = '31:4 Q. And your social security number?\n31:5 A. 219-09-9999.\n31:6 Q. Thank you.';
    expect(masked(text)).not.toContain('219-09-9999');
  });
  it('keeps the sample in an answer to another question and in prose', () => {
    for (const text of [
      'Q. Which number was printed on the wallet card?\nA. 219-09-9999, the sample.',
      'The SSA pamphlet printed 219-09-9999 as a sample.',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('a lower-case surname-first Concordance DAT cell (concordance_reversed_name_lower)', () => {
  it('masks the cell and keeps the Bates numbers and the subject', () => {
    const text = 'þctrl0071120þ¶þctrl0071124þ¶þvanterpool-achebe, rosalindþ¶þq3 rebate accrualsþ';
    const out = masked(text);
    expect(out).not.toContain('vanterpool-achebe, rosalind');
    for (const v of ['ctrl0071120', 'ctrl0071124', 'q3 rebate accruals']) expect(out).toContain(v);
  });
  it('keeps cells of words in lower case', () => {
    const text = 'þctrl01þ¶þred, greenþ¶þsmith, inc.þ¶þyes, noþ';
    expect(masked(text)).toBe(text);
  });
});
