import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Public material: the HL7 C-CDA R2.1 sample CCD header (recordTarget/patientRole of Eve
// Everywoman, 2222 Home Street, Beaverton OR 97867, tel:+1(555)555-2003, birthTime 19750501;
// author at 1002 Healthcare Drive with NPI 1234567893 root 2.16.840.1.113883.4.6; templateId
// 2.16.840.1.113883.10.20.22.1.1 extension 2015-08-01) and the SSN OID 2.16.840.1.113883.4.1 of
// the HL7 OID registry with the SSA's sample 444-22-2222 written bare, as C-CDA carries it.
const engine = testEngine();

const HEADER =
  '<ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>' +
  '<recordTarget><patientRole><id extension="444222222" root="2.16.840.1.113883.4.1"/>' +
  '<id extension="MR-998877" root="2.16.840.1.113883.19.5.99999.2"/>' +
  '<addr use="HP"><streetAddressLine>2222 Home Street</streetAddressLine><city>Beaverton</city><state>OR</state><postalCode>97867</postalCode><country>US</country></addr>' +
  '<telecom value="tel:+1(555)555-2003" use="HP"/><telecom value="mailto:eve@example.org"/>' +
  '<patient><name use="L"><given>Eve</given><family>Everywoman</family></name>' +
  '<administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19750501"/></patient></patientRole></recordTarget>' +
  '<author><time value="20240311"/><assignedAuthor><id extension="1234567893" root="2.16.840.1.113883.4.6"/>' +
  '<addr><streetAddressLine>1002 Healthcare Drive</streetAddressLine><city>Portland</city></addr>' +
  '<assignedPerson><name><given>Henry</given><family>Seven</family></name></assignedPerson></assignedAuthor></author></ClinicalDocument>';

describe('C-CDA documents', () => {
  const out = engine.maskText(`INFO message body: ${HEADER}`).value;

  it("masks the patient's ids, address, telecoms, name and birth time, and a clinician's name", () => {
    for (const v of ['444222222', 'MR-998877', '2222 Home Street', 'Beaverton', '97867', '555-2003', 'eve@example.org', 'Everywoman']) {
      expect(out).not.toContain(v);
    }
    for (const v of ['19750501', '<given>Eve<', '<family>Seven<', '<given>Henry<']) expect(out).not.toContain(v);
  });

  it('keeps codes, templateIds, schemes, state and country, and the organisation', () => {
    for (const v of [
      'root="2.16.840.1.113883.4.1"',
      'extension="2015-08-01"',
      'code="F" codeSystem="2.16.840.1.113883.5.1"',
      '<state>OR</state>',
      '<country>US</country>',
      'value="tel:',
      'value="mailto:',
      '<city>Portland</city>',
      'extension="1234567893"',
      '<time value="20240311"/>',
    ]) {
      expect(out).toContain(v);
    }
  });

  it('leaves XML that is not HL7 v3 to the other readers', () => {
    const other = '<person><given>x</given><family>rollout</family></person>';
    expect(engine.maskText(other).value).toBe(other);
  });
});
