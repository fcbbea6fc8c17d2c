import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 95's rules for clinical research sites: E2B(R2) reporter and birth-date element
 * names, CDASH `BRTHDAT`, a Part 11 manifest's printed name, an ODM `UserOID`, medical record
 * numbers after `hosp#` / `med rec no.` / `hospital number`, an HL7-style `FAMILY^GIVEN` cell of a
 * pipe row that is no segment (and the row's other cells with it), a quoted long column name of a
 * REDCap logging export, the user column of an EDC audit-trail export (`Audit Time`, `Audit
 * Action`), a street's `Dr` no title cell, the USPS `Ter`, and lower-case names after `witnessed
 * by`. Values differ from the corpus's: other made-up names, logins, streets and numbers, other
 * numbers of the 555-01XX fiction range.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}
function maskedJsonText(value: unknown): string {
  return engine.maskJsonText(JSON.stringify(value))!.render('{}');
}

describe('keys: E2B(R2) element names, CDASH BRTHDAT, printed name, ODM UserOID', () => {
  const report = {
    safetyreportid: '2024GB118842',
    patient: { patientinitial: 'KLM', patientbirthdate: '19610427', parentbirthdate: '19350911', patientsex: '2' },
    primarysource: {
      reportergivename: 'Theodora',
      reportermiddlename: 'Anne',
      reporterfamilyname: 'Quennell-Baptiste',
      qualification: '3',
    },
    reaction: [{ reactionmeddrapt: 'Hepatotoxicity' }],
  };

  it('masks the birth dates and the reporter, keeps the report id and the MedDRA term, in both walks', () => {
    for (const out of [maskedValue(report), maskedJsonText(report)]) {
      for (const v of ['19610427', '19350911', 'Theodora', 'Quennell-Baptiste']) expect(out).not.toContain(v);
      for (const v of ['2024GB118842', 'Hepatotoxicity']) expect(out).toContain(v);
    }
  });

  it('masks a CDASH BRTHDAT under its name and after an ODM ItemOID, keeps the item OID and the event date', () => {
    expect(maskedValue({ BRTHDAT: '1970-02-14', VISDAT: '2025-03-01' })).not.toContain('1970-02-14');
    expect(maskedValue({ BRTHDAT: '1970-02-14', VISDAT: '2025-03-01' })).toContain('2025-03-01');
    const odm = '<ItemData ItemOID="DM.BRTHDAT" Value="1970-02-14"/><ItemData ItemOID="SV.SVSTDAT" Value="2025-03-01"/>';
    const out = masked(odm);
    expect(out).not.toContain('1970-02-14');
    for (const v of ['DM.BRTHDAT', '2025-03-01']) expect(out).toContain(v);
  });

  it('masks a signer printed name and a UserOID login, keeps a coded user OID and the meaning', () => {
    const out = masked('manifest=ESIG-7781 signer_printed_name="Winslow Achterberg" meaning=approval');
    expect(out).not.toContain('Winslow Achterberg');
    expect(out).toContain('ESIG-7781');
    const audit = masked('<AuditRecord><UserRef UserOID="rkastellan"/><LocationRef LocationOID="0310"/></AuditRecord>');
    expect(audit).not.toContain('rkastellan');
    expect(audit).toContain('LocationOID="0310"');
    expect(masked('<UserRef UserOID="USR_0042"/>')).toContain('USR_0042');
  });
});

describe('values: medical record numbers after other labels', () => {
  it('masks after hosp#, med rec no., medical record # and hospital number', () => {
    for (const [text, mrn] of [
      ['pt seen in clinic, hosp# 6620137, labs pending', '6620137'],
      ['verified med rec no. 00582214 against the ICF', '00582214'],
      ['Medical Record #: K4471902', 'K4471902'],
      ['her hospital number is 91023346', '91023346'],
      ['hospital number: RX1180442', 'RX1180442'],
    ] as const) {
      expect(masked(text)).not.toContain(mrn);
    }
  });

  it('keeps a facility number, a short count and a hospital name', () => {
    for (const text of [
      'transferred to Hospital #12345 network',
      'hospital number 12 on the list',
      'Mercy Hospital No. 3 wing',
      'hosp stay 4 days',
    ]) {
      expect(masked(text)).toBe(text);
    }
  });
});

describe('structure: HL7-style names in a pipe row that is no segment', () => {
  it('masks FAMILY^GIVEN and the row’s birth date and phone, keeps the diagnosis code', () => {
    const rows = '88120045|ACHTERBERG^PHILOMENA|19580316|6125550147|I50.22\n88120311|WHITLOCK^BARNABY|19620719|6125550163|I48.91';
    for (const out of [masked(rows), maskedValue({ hits: rows }), maskedJsonText({ hits: rows })]) {
      for (const v of ['ACHTERBERG', 'PHILOMENA', 'WHITLOCK', 'BARNABY', '19580316', '6125550147']) expect(out).not.toContain(v);
      for (const v of ['I50.22', 'I48.91']) expect(out).toContain(v);
    }
  });

  it('leaves segments to the HL7 reader and keeps coded components', () => {
    expect(masked('OBX|1|CE|8867-4^Heart rate^LN||72|')).toContain('8867-4^Heart rate^LN');
    expect(masked('EVN|ADT^A08|20250301')).toContain('ADT^A08');
    expect(masked('a|SEL^Self^HL70063|b|c')).toContain('SEL^Self^HL70063');
    expect(masked('ORC|NW|ORD-1|||CM^Complete|x')).toContain('CM^Complete');
  });
});

describe('structure: EDC audit exports', () => {
  it('reads a REDCap logging export whose last column name is long and quoted', () => {
    const csv =
      '"Time / Date","Username","Action","List of Data Changes OR Fields Exported"\n"2025-02-11 09:40","tquennell","Update record 77","record_id = \'77\'"';
    const out = masked(csv);
    expect(out).not.toContain('tquennell');
    for (const v of ['Update record 77', 'List of Data Changes OR Fields Exported']) expect(out).toContain(v);
  });

  it('keeps a sentence with commas no header', () => {
    const text = 'Hello team, please review the queries, the SDV backlog and the open items today\nThanks, all';
    expect(masked(text)).toBe(text);
  });

  it('masks the user of a Rave-style audit export beside Audit Action and Audit Time, keeps a system account', () => {
    const csv =
      'Study,Site,Subject,Form,Field,Audit Action,User,Audit Time\nHX-12,220,220-0007,VS,VSORRES,Data Entered,pkastellan,11 Feb 2025 09:14:02\nHX-12,220,220-0007,VS,VSORRES,Query Closed,svc_rave_sync,11 Feb 2025 09:20:00';
    const out = masked(csv);
    expect(out).not.toContain('pkastellan');
    for (const v of ['220-0007', 'Data Entered', '11 Feb 2025 09:14:02', 'svc_rave_sync']) expect(out).toContain(v);
  });
});

describe('values: streets and titles in rows', () => {
  it('reads the USPS Ter as a street type, keeps other words', () => {
    expect(masked('lives at 4417 Larkhill Ter since May')).not.toContain('4417 Larkhill Ter');
    for (const text of ['chapter 3 Ter of the manual', 'article 12 bis ter rue']) expect(masked(text)).toBe(text);
  });

  it('reads no title from a street’s Dr before the city and state', () => {
    const out = masked('C-7,2210 Quarry Bend Dr,Gilbert,AZ,85233');
    for (const v of ['Gilbert', 'AZ']) expect(out).toContain(v);
    expect(masked('Mr,Gareth,Llewellyn,Ty Gwyn,CF14 3NT')).not.toContain('Llewellyn');
  });
});

describe('values: lower-case names after witnessed by', () => {
  it('masks the witness, keeps the manifest id', () => {
    const out = masked('manifest=ESIG-9920 meaning=consent witnessed by harriet lindqvist at 10:42');
    expect(out).not.toContain('harriet lindqvist');
    expect(out).toContain('ESIG-9920');
  });
});

describe('structure: REDCap filterLogic in a URL', () => {
  it('masks the value compared with a sensitive field, keeps other comparisons, in both walks', () => {
    const url =
      'https://redcap.example.org/api/?content=record&format=json&filterLogic=%5Bfirst_name%5D%3D%27Perpetua%27%20and%20%5Bdob%5D%20%3D%20%221959-08-30%22%20and%20%5Bdag%5D%3D%27104%27';
    for (const out of [masked(url), maskedValue({ request: url }), maskedJsonText({ request: url })]) {
      for (const v of ['Perpetua', '1959-08-30']) expect(out).not.toContain(v);
      for (const v of ['content=record', '%5Bdag%5D%3D%27104%27']) expect(out).toContain(v);
    }
  });

  it('keeps a numeric comparison and an OData filter on a group', () => {
    const url = 'https://redcap.example.org/api/?content=record&filterLogic=%5Bage%5D%3E%2730%27';
    expect(masked(url)).toBe(url);
  });
});
