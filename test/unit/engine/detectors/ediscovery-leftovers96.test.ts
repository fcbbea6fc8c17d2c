import { describe, expect, it } from 'vitest';
import { recipientListItems } from '../../../../src/engine/structure/short-member-shapes.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Leftovers of red-team round 96 (stop 46): the e-discovery record shapes round 96 still leaked,
 * read by their context (a resource's type, a path's folders, a row's last cell, a link's path, a
 * list's key, a verb between two people). Values differ from round 96's and the left96 corpus':
 * names, logins and folders made up here; look-alikes (cases, searches, groups, devices,
 * department folders, service accounts, project names, companies, codes) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
const maskJson = (input: unknown) => engine.maskJsonText(JSON.stringify(input))!.render('{}');

describe("a Graph resource's displayName read by its @odata.type", () => {
  const record = {
    value: [
      { '@odata.type': '#microsoft.graph.security.ediscoveryCustodian', id: 'c-01', displayName: 'Briallen Okorafor-Dahl' },
      { '@odata.type': '#microsoft.graph.orgContact', id: 'c-02', displayName: 'Tancred Villeneuve-Ashby' },
      { '@odata.type': '#microsoft.graph.security.ediscoveryCase', id: 'c-03', displayName: 'Contoso Pricing Investigation' },
      { '@odata.type': '#microsoft.graph.group', id: 'c-04', displayName: 'Preservation Hold Group B' },
      { '@odata.type': '#microsoft.graph.device', id: 'c-05', displayName: 'DESKTOP-44KQ1ZP' },
    ],
  };
  it('masks a person type and keeps a case, a group and a device, in both walks', () => {
    for (const out of [maskRecord(record), maskJson(record)]) {
      for (const name of ['Briallen Okorafor-Dahl', 'Tancred Villeneuve-Ashby']) expect(out).not.toContain(name);
      for (const kept of ['Contoso Pricing Investigation', 'Preservation Hold Group B', 'DESKTOP-44KQ1ZP']) expect(out).toContain(kept);
    }
  });
});

describe('custodian folders in collection and production paths', () => {
  it('masks Surname_G folders under Custodians, above a profile folder and in an OPT image path', () => {
    const out = mask(
      'ingest E:\\Cases\\M-88\\Custodians\\Fairweather-Lund_K\\archive.pst | \\\\nas2\\collect\\Tamsin_Holloway\\Documents\\budget.xlsx | ' +
        'CTRL0000412,VOL009,IMAGES\\009\\Abernethy_P\\CTRL0000412.tif,Y,,,1',
    );
    for (const folder of ['Fairweather-Lund_K', 'Tamsin_Holloway', 'Abernethy_P']) expect(out).not.toContain(folder);
    expect(out).toContain('CTRL0000412');
  });
  it('keeps department, team and batch folders', () => {
    const text =
      'E:\\Cases\\M-88\\Custodians\\Team_A\\list.csv | \\\\nas2\\collect\\Accounts_Receivable\\Documents\\ar.xlsx | ' +
      '\\\\nas2\\collect\\Legal_Hold\\Users\\notice.docx | IMAGES\\009\\Batch_B\\CTRL0000413.tif | /srv/Marketing_Q4/Desktop/plan.pptx';
    const out = mask(text);
    for (const kept of ['Team_A', 'Accounts_Receivable', 'Legal_Hold', 'Batch_B', 'Marketing_Q4']) expect(out).toContain(kept);
  });
});

describe("a person's dotted login as a bare row's last cell", () => {
  it('masks an initial, a dot and a double surname; keeps accounts, statuses and tools', () => {
    const out = mask(
      'EV-31,Lenovo T14,PF3XK2L9,Briallen Okorafor-Dahl,,t.villeneuve-ashby\nEV-32,Lenovo T14,PF3XK2M1,Loaner pool,,svc-intake\nEV-33,iPad Air,DMPX1234,Front desk,,received',
    );
    expect(out).not.toContain('t.villeneuve-ashby');
    for (const kept of ['svc-intake', 'received', 'Loaner pool']) expect(out).toContain(kept);
  });
  it('needs a row of five cells or more', () => {
    expect(mask('owner,t.villeneuve-ashby')).toContain('t.villeneuve-ashby');
  });
});

describe('litigation file names and lower-case notes', () => {
  it("masks a deponent's and a declarant's names in transcript and exhibit file names", () => {
    const out = mask('uploaded Depo_Okorafor-Dahl_Vol2.ptx and Exh_0107_Villeneuve-Ashby_Decl.pdf');
    for (const name of ['Okorafor-Dahl', 'Villeneuve-Ashby']) expect(out).not.toContain(name);
  });
  it('keeps prep outlines and hearing transcripts', () => {
    const out = mask('uploaded Depo_Prep_Checklist_v2.docx and Hearing_Transcript_2025-10-01.pdf');
    for (const kept of ['Depo_Prep_Checklist_v2.docx', 'Hearing_Transcript_2025-10-01.pdf']) expect(out).toContain(kept);
  });
  it('masks lower-case names after memo from, texts between and laptop of; keeps teams', () => {
    const out = mask(
      'memo from ysmay villeneuve-ashby to ops; texts between briallen okorafor-dahl and her lead; laptop of the night shift',
    );
    for (const name of ['ysmay villeneuve-ashby', 'briallen okorafor-dahl']) expect(out).not.toContain(name);
    expect(out).toContain('laptop of the night shift');
  });
});

describe('the other party of a found person', () => {
  it('masks the subject or object of a verb of writing and a list item beside a found person', () => {
    const out = mask(
      'Theobald Quennell-Arkwright asks Margaret Holloway to resend the deck; notes for Ysmay Cardew-Lowe, Margaret Holloway and others.',
    );
    for (const name of ['Theobald Quennell-Arkwright', 'Ysmay Cardew-Lowe', 'Margaret Holloway']) expect(out).not.toContain(name);
  });
  it('keeps companies, teams and products beside a person', () => {
    const out = mask(
      'Contoso Distributors sends Margaret Holloway a rebate schedule; Revenue Operations asks Margaret Holloway to approve.',
    );
    for (const kept of ['Contoso Distributors', 'Revenue Operations']) expect(out).toContain(kept);
  });
});

describe('Romance titles and Dutch / German document kinds', () => {
  it('masks names after Sig.ra and Doña and after a statement of / van / von', () => {
    const out = mask(
      'la custode Sig.ra Oriana Castelbarco Lodi; la custodia Doña Itziar Olabarria Zubeldia; Verklaring van Maaike Zuidhoek-Ayodele; Aussage von Gottfried Wennemar-Osei',
    );
    for (const name of ['Oriana Castelbarco Lodi', 'Itziar Olabarria Zubeldia', 'Maaike Zuidhoek-Ayodele', 'Gottfried Wennemar-Osei'])
      expect(out).not.toContain(name);
  });
  it('keeps offices after a title and statutes', () => {
    const out = mask(
      'a pedido do Sr. Diretor Financeiro; Mme la Présidente de séance; conforme a la Ley Orgánica 15/1999; Overeenkomst van onbepaalde duur',
    );
    for (const kept of ['Sr. Diretor Financeiro', 'Mme la Présidente', 'Ley Orgánica 15/1999', 'Overeenkomst van onbepaalde duur'])
      expect(out).toContain(kept);
  });
});

describe('links, LEDES invoices and recipient lists', () => {
  it("masks a bare name= on an acknowledgement link and keeps a project's name elsewhere", () => {
    const out = mask('GET /acknowledgement?hold=H-7&name=Briallen%20Okorafor-Dahl 200 | GET /projects?name=Project%20Kestrel 200');
    expect(out).not.toContain('Briallen%20Okorafor-Dahl');
    expect(out).toContain('name=Project%20Kestrel');
  });
  it("masks a LEDES 1998B timekeeper's name", () => {
    const out = mask(
      'LEDES1998B[]\nINVOICE_DATE|INVOICE_NUMBER|LINE_ITEM_TASK_CODE|TIMEKEEPER_ID|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION[]\n20251031|INV-4410|L310|TK-88|Quennell, Theobald|PT[]',
    );
    expect(out).not.toContain('Quennell, Theobald');
    for (const kept of ['INV-4410', 'L310', 'TK-88']) expect(out).toContain(kept);
  });
  it('reads a ;-separated list of people under cc / recipients, in both walks and in markup', () => {
    const record = {
      cc: 'maaike zuidhoek; gottfried wennemar-osei',
      to: 'Finance Team; Legal Ops',
      recipients: 'work product; attorney-client',
    };
    for (const out of [maskRecord(record), maskJson(record)]) {
      for (const name of ['maaike zuidhoek', 'gottfried wennemar-osei']) expect(out).not.toContain(name);
      for (const kept of ['Finance Team; Legal Ops', 'work product; attorney-client']) expect(out).toContain(kept);
    }
    const out = mask('<Tag TagName="#BCC" TagDataType="Text" TagValue="Maaike Zuidhoek &lt;mz@example.org&gt;; Gottfried Wennemar-Osei"/>');
    for (const name of ['Maaike Zuidhoek', 'Gottfried Wennemar-Osei']) expect(out).not.toContain(name);
  });
  it('recipientListItems needs two items written as names, one with evidence', () => {
    expect(recipientListItems('maaike zuidhoek; gottfried wennemar-osei')).toHaveLength(4);
    expect(recipientListItems('gottfried wennemar-osei')).toEqual([]);
    expect(recipientListItems('Maaike Zuidhoek; gottfried wennemar-osei')).toEqual([]);
    expect(recipientListItems('Finance Team; Legal Ops')).toEqual([]);
  });
});

describe("a street split by a transcript's line numbering", () => {
  it('masks the number and the name after at, and keeps a count split before a product', () => {
    const out = mask(
      '31:4 A. We lived at 902 Marchbank\n31:5 Terrace until 2021.\n31:6 Q. How many files?\n31:7 A. Roughly 2200 Google\n31:8 Drive files.',
    );
    expect(out).not.toContain('902 Marchbank');
    expect(out).toContain('2200 Google');
  });
});
