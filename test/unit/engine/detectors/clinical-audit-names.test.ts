import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// The record shapes of clinical access audits and interface-engine logs that red-team round 61
// left (stop 38): a patient written `Surname, Given` where a label or a cell of its own puts it, an
// HL7 v2 person name quoted outside its segment, a birth date right after an inverted name or
// `(b.`, a titled name behind two particles. Values made up for these tests (none of the corpora's);
// the negatives are the look-alikes such records carry.

describe('person_name: Surname, Given beside a patient label or alone in a cell', () => {
  detectorCases(
    'person_name',
    [
      ['user=bjones action="Chart Opened" patient="WYNDHAM-PRICE, THOMAS J" dept="4W"', 'WYNDHAM-PRICE, THOMAS'],
      ['EMPI duplicate: Ravensworth, Linda matches Patient/77', 'Ravensworth, Linda'],
      ['"2023-11-02 08:14","bjones","Chart Viewed","Ellingboe, Patricia","Cardiology"', 'Ellingboe, Patricia'],
      ['AOD-77|2023-11-02|Fairbrother, Agnes M|County Coroner|Decedent', 'Fairbrother, Agnes'],
      ['bjones opened chart for *OSTROWSKI, RAYMOND* at 02:10', 'OSTROWSKI, RAYMOND'],
      ['**Patient:** Quenneville, Doris  **User:** bjones', 'Quenneville, Doris'],
      ['possible match Ravensworth, Linda (DOB on file)', 'Ravensworth, Linda'],
    ],
    [
      'city="Seattle, Washington" tz="America/Los_Angeles"',
      '"2023-11-02","Savannah, Georgia","GA"',
      'location="Amman, Jordan"',
      '"Columbus, Ohio","OH"',
      'status="Error, Will retry"',
      '|Cardiology, Adult|4W|',
      'colors: "Red, Green, Blue"',
      'level=info msg="Retry, Max attempts reached"',
    ],
  );
});

describe('person_name: a title, two particles and the surname', () => {
  detectorCases(
    'person_name',
    [
      ['Mevr van den Broek belde over de uitslag', 'van den Broek'],
      ['spoke to Mr de la Fuente about the bill', 'de la Fuente'],
    ],
    ['the Tour de France passed by', 'booked the Tour de France package'],
  );
});

describe('hl7_quoted_person_name', () => {
  detectorCases(
    'hl7_quoted_person_name',
    [
      ['WARN [Channel: ADT_IN] Patient TREMBLAY^GENEVIEVE^M not found in MPI', 'TREMBLAY^GENEVIEVE^M'],
      ['NK1 rejected: next of kin OYELOWO-HART^BEATRICE relationship unknown', 'OYELOWO-HART^BEATRICE'],
      ['<ParticipantObjectName>KOWALCZYK^ANNA</ParticipantObjectName>', 'KOWALCZYK^ANNA'],
      ['ERR|||207^Application internal error^HL70357|E||||subscriber Mcalister^Joan^R not eligible', 'Mcalister^Joan^R'],
      ['Subject: NAK AE - PATIENT: ABERCROMBIE^COLE - see queue', 'ABERCROMBIE^COLE'],
    ],
    [
      'ADT^A04 received from REG',
      'ORU^R01^ORU_R01 routed to LIS',
      'OBX|1|NM|2345-7^Glucose^LN||98|mg/dL',
      'relationship SEL^Self^HL70063 not allowed',
      'NK1-3 EXS^Ex-Spouse',
      'sex F^Female^HL70001',
      'class AMB^Ambulatory^HL70004',
      'PID|1||7712^^^MRN||DOE^JOHN^Q||19700101|M',
    ],
  );
});

describe('birth_date_after_inverted_name: parentheses, commas and (b.', () => {
  detectorCases(
    'birth_date_after_inverted_name',
    [
      ['Match found: Ravensworth, Linda (1958-09-21) already exists', '1958-09-21'],
      ['retired Patient/31 (Ellingboe, Patricia, 04/17/1962) into Patient/30', '04/17/1962'],
      ['CASE-9,BJONES,Ostrowski, Raymond,1939-01-30,Same Address,Open', '1939-01-30'],
      ['Ms de la Fuente (b. 21-06-1948) called the ward', '21-06-1948'],
    ],
    [
      'Chart Viewed (2024-05-02) by bjones',
      'moved to Phoenix, Arizona (1999-04-02)',
      'FHIR R4 (4.0.1, 2019-10-30) server',
      'build (b. 21-06-2024) deployed',
      'Ravensworth, Linda (2024-05-02) viewed by bjones',
    ],
  );
});

describe('FHIR members named by a sibling type or an extension url', () => {
  const masked = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
  it('masks an AuditEvent detail value named by its type (R4 string, R5 CodeableConcept text)', () => {
    const out = masked({
      entity: [
        {
          detail: [
            { type: 'MRN', valueString: 'K9920417' },
            { type: { text: 'Social Security Number' }, valueString: '219099998' },
            { type: 'ResourceType', valueString: 'Patient' },
            { type: 'RequestId', valueString: 'req-5b7c1e' },
          ],
        },
      ],
    });
    expect(out).not.toContain('K9920417');
    expect(out).not.toContain('219099998');
    expect(out).toContain('"Patient"');
    expect(out).toContain('req-5b7c1e');
  });
  it("masks an extension's value named by its StructureDefinition url, and nothing under other urls", () => {
    const out = masked({
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'Oyelaran' },
        { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'M' },
        { url: 'https://status.example.com/password-reset', value: 'enabled' },
      ],
    });
    expect(out).not.toContain('Oyelaran');
    expect(out).toContain('"valueCode":"M"');
    expect(out).toContain('"value":"enabled"');
  });
  it("masks an AuditEvent agent's name beside its altId (a login), not a device agent's", () => {
    const out = masked({
      agent: [
        { altId: 'obrackenbury', name: 'Ottoline Brackenbury', requestor: true },
        { who: { display: 'Integration Engine' }, name: 'Rhapsody Production', requestor: false },
      ],
    });
    expect(out).not.toContain('Ottoline Brackenbury');
    expect(out).toContain('Rhapsody Production');
  });
});

describe('Medicare Beneficiary Identifiers off their field and under their own name', () => {
  // 5KT9D42WX88: built with CMS's published MBI format rules.
  it('masks an MBI in an IN1 field other than IN1-36, and keeps the other fields', () => {
    const fields = ['IN1', '1', 'MCRB', 'CMS', 'MEDICARE PART B', ...Array(30).fill(''), '5KT9D42WX88'];
    const out = engine.maskText(fields.join('|'));
    expect(out.value).not.toContain('5KT9D42WX88');
    expect(out.findings.map((f) => f.entity)).toContain('US_MBI');
    expect(out.value).toContain('MEDICARE PART B');
  });
  it('keeps an 11-character group number that is no MBI in an IN1 field', () => {
    const fields = ['IN1', '1', 'BCBS', '60054', 'BLUE CROSS', '', '', '', 'GRP00458211'];
    expect(engine.maskText(fields.join('|')).value).toContain('GRP00458211');
  });
  it('masks an MBI under its own member name', () => {
    const out = engine.maskValue({ mbi: '5KT9D42WX88', medicareBeneficiaryId: '5KT9D42WX88', planCode: 'MA-PD' });
    expect(JSON.stringify(out.value)).not.toContain('5KT9D42WX88');
    expect(JSON.stringify(out.value)).toContain('MA-PD');
  });
});
