import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 61 (EHR access audits, privacy-monitoring alerts, FHIR AuditEvent / search logs,
 * HL7 v2 interface-engine logs, portal activity and disclosure accounting): the shapes that
 * leaked, each fixed by a general rule, with positives other than the corpus values and
 * look-alikes that must stay. Values: SSNs built with python-stdnum's published rules,
 * libphonenumber-style 555-01xx numbers, plausible names and streets.
 */

const { masks, keeps } = leakCases();

describe('red-team 61: HL7 v2 segments quoted mid-line, in CSV cells and joined by <CR>', () => {
  masks(
    'a PID quoted in a Mirth ACK error after a blank (no MSH in the text)',
    'ACK AE received: MSA|AE|Q1182|PID-8 invalid sex\rERR|^^^207\rsegment: PID|1||Z88120^^^SMC^MR||MARLOWE^HENRIETTA^J||19770405|F|||8 QUARRY LN^^LOWELL^MA^01852||978-555-0141',
    ['Z88120', 'MARLOWE', 'HENRIETTA', '19770405', '8 QUARRY LN', '978-555-0141'],
  );
  masks(
    'a PID in an error message after "in" (a transformer error)',
    { error: 'cannot parse PID-11 in PID|1||K55102^^^RGH^MR~233-41-9087^^^SSA^SS||TIBBETTS^ORLA^||19830917|F' },
    ['K55102', '233-41-9087', 'TIBBETTS', 'ORLA', '19830917'],
  );
  masks(
    'segments joined by the <CR> an interface engine prints, one line',
    'ob_lab_out: MSGKILL reason="no route" MSH|^~\\&|LIS|RGH|EHR|RGH|20240102||ORU^R01|C991|P|2.3<CR>PID|1||K55103^^^RGH^MR||PRENTISS^WALLACE^||19520722|M|||71 DOVE ST^^ALBANY^NY^12210<CR>PV1|1|O',
    ['K55103', 'PRENTISS', 'WALLACE', '19520722', '71 DOVE ST'],
  );
  masks(
    'a PID in a quoted CSV cell ends at its closing quote',
    '"2024-01-02 08:00:00","ADT_IN","PID|1||K55104^^^RGH^MR||QUINLAN^ROSALIND^||19611130|F||||||||||||305-62-7714","ok"',
    ['K55104', 'QUINLAN', 'ROSALIND', '19611130', '305-62-7714'],
  );
  keeps(
    'the CSV cell after the quoted segment, and process listings and prose that name a segment id',
    '"2024-01-02 08:00:00","PID|1||K55104^^^RGH^MR||QUINLAN^ROSALIND^","status: delivered"',
    ['"status: delivered"', '2024-01-02 08:00:00'],
  );
  keeps(
    'a ps listing after a blank, a pipe-separated log field list, prose about segments',
    'top: PID|PPID|USER|CMD 4242|1|root|sshd; fields: PID|1|2|3 ok; check the PID|NK1 order',
    ['4242|1|root|sshd', 'PID|1|2|3 ok', 'PID|NK1 order'],
  );
});

describe('red-team 61: the display of a FHIR Reference to a person', () => {
  masks(
    'AuditEvent entity.what and Provenance target / onBehalfOf displays beside a person reference',
    {
      resourceType: 'AuditEvent',
      agent: [{ who: { reference: 'Practitioner/pr-5521', display: 'Vasquez, Ileana' } }],
      entity: [{ what: { reference: 'https://fhir.example.org/r4/Patient/7712/_history/3', display: 'Brennan-Oyelaran, Tobias' } }],
      target: [{ reference: 'RelatedPerson/rp-9', display: 'Hollis Achebe' }],
    },
    ['Vasquez, Ileana', 'Brennan-Oyelaran, Tobias', 'Hollis Achebe'],
  );
  keeps(
    'displays beside references to organisations, devices, encounters and observations',
    {
      resourceType: 'AuditEvent',
      source: { observer: { reference: 'Device/gw-3', display: 'Interface Gateway 3' } },
      entity: [
        { what: { reference: 'Organization/org-1', display: 'Northside Cardiology Group' } },
        { what: { reference: 'Encounter/enc-88', display: 'Emergency visit 2024-03-01' } },
        { what: { reference: 'Observation/glu-1', display: 'Glucose Panel' } },
      ],
    },
    ['Interface Gateway 3', 'Northside Cardiology Group', 'Emergency visit 2024-03-01', 'Glucose Panel'],
  );
});

describe('red-team 61: a birth word cut by the context window is no context (idempotence)', () => {
  const engine = testEngine();
  it('a CEF receipt time after a birth date masked under `PatientDOB` stays on the second pass', () => {
    const once = engine.maskText('CEF:0|V|P|1|R|N|5|cs2Label=PatientDOB cs2=04/11/1966 rt=Feb 03 2024 10:11:12 suser=jdoe').value;
    expect(once).not.toContain('04/11/1966');
    expect(once).toContain('Feb 03 2024');
    expect(engine.maskText(once).value).toBe(once);
  });
  keeps(
    'a date 40 characters after a word that ends in a birth keyword',
    'field patientdob cs1=xxxxxxxxxxxxxxxxxxxxxxxxxxxxx rt=Mar 14 2024',
    ['Mar 14 2024'],
  );
  masks('a birth word whole at the window start still counts', 'dob: (see chart; verified by registration) 1966-04-11', ['1966-04-11']);
});

describe('red-team 61: EHR audit actions and departments after `Patient` are no names', () => {
  keeps(
    'audit action and department strings',
    { eventType: 'Patient Chart Opened', action: 'Patient Lookup', dept: 'Patient Registration', unit: 'Lakeside Primary Care' },
    ['Patient Chart Opened', 'Patient Lookup', 'Patient Registration', 'Lakeside Primary Care'],
  );
  masks('a patient named after the lead still is', 'Patient Wilhelmina Castellanos opened her chart', ['Wilhelmina Castellanos']);
});

describe('red-team 61: base64 of structured text (a query string, an HL7 segment, a JSON object) is read decoded', () => {
  masks(
    'an AuditEvent entity.query, a detail valueBase64Binary and an encoded HL7 segment',
    {
      resourceType: 'AuditEvent',
      entity: [
        {
          query: 'UGF0aWVudD9mYW1pbHk9VGhvcnNieSZnaXZlbj1BZ25ldGhlJmJpcnRoZGF0ZT0xOTcxLTA1LTA5',
          detail: [
            {
              type: 'body',
              valueBase64Binary: 'eyJmYW1pbHkiOiJNYXJjaGV0dGkiLCJiaXJ0aERhdGUiOiIxOTU4LTAxLTIzIiwic3NuIjoiMjE5LTQ0LTY3MzAifQ==',
            },
          ],
        },
      ],
      encoded: 'UElEfDF8fFE3NzEyMF5eXlJHSF5NUnx8VEhPUlNCWV5BR05FVEhFXnx8MTk3MTA1MDl8Rg==',
    },
    [
      'UGF0aWVudD9mYW1pbHk9VGhvcnNieSZnaXZlbj1BZ25ldGhlJmJpcnRoZGF0ZT0xOTcxLTA1LTA5',
      'eyJmYW1pbHkiOiJNYXJjaGV0dGkiLCJiaXJ0aERhdGUiOiIxOTU4LTAxLTIzIiwic3NuIjoiMjE5LTQ0LTY3MzAifQ==',
      'UElEfDF8fFE3NzEyMF5eXlJHSF5NUnx8VEhPUlNCWV5BR05FVEhFXnx8MTk3MTA1MDl8Rg==',
    ],
  );
  keeps(
    'base64 of a JSON object, a query string and an MSH with nothing personal',
    {
      a: 'eyJzdGF0dXMiOiJvayIsImNvdW50IjoxMiwicmVnaW9uIjoiZXUtd2VzdC0xIiwicGFnZSI6M30=',
      b: 'cGFnZT0yJnNvcnQ9ZGVzYyZmaWx0ZXI9c3RhdHVzOm9wZW4mbGltaXQ9NTA=',
      c: 'TVNIfF5+XCZ8TElTfFJHSHxFSFJ8UkdIfDIwMjQwMTAyfHxBQ0teUjAxfEM5OTF8UHwyLjM=',
    },
    [
      'eyJzdGF0dXMiOiJvayIsImNvdW50IjoxMiwicmVnaW9uIjoiZXUtd2VzdC0xIiwicGFnZSI6M30=',
      'cGFnZT0yJnNvcnQ9ZGVzYyZmaWx0ZXI9c3RhdHVzOm9wZW4mbGltaXQ9NTA=',
      'TVNIfF5+XCZ8TElTfFJHSHxFSFJ8UkdIfDIwMjQwMTAyfHxBQ0teUjAxfEM5OTF8UHwyLjM=',
    ],
  );
});

describe('red-team 61: a CSV header’s birth column gives no birth context to the next row’s first cells', () => {
  keeps(
    'an audit timestamp at the start of a row under a header with patient_dob',
    'event_time,user,patient_birth_date,action\n2023-11-02 07:45:10,mlopez,1979-06-30,CHART OPENED\n',
    ['2023-11-02 07:45:10'],
  );
  masks(
    'the birth-date column itself, and a birth date on the line under a lone label',
    'event_time,user,patient_birth_date,action\n2023-11-02 07:45:10,mlopez,1979-06-30,CHART OPENED\nDate of birth:\n1983-02-17',
    ['1979-06-30', '1983-02-17'],
  );
});
