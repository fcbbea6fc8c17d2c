import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

// The FHIR R4 Patient example (hl7.org/fhir/R4/patient-example.json, resource "example": Peter
// James Chalmers), compacted, with its contact's address made the patient's.
const PATIENT = JSON.stringify(JSON.parse(readFileSync(new URL('../fixtures/fhir-r4-patient-example.json', import.meta.url), 'utf8')));
const IDENTITY = [
  '12345',
  'Chalmers',
  'Peter',
  'James',
  'Jim',
  'Windsor',
  '(03) 5555 6473',
  '(03) 3410 5613',
  'p.chalmers@example.org',
  '"birthDate":"1974-12-25"',
  '534 Erewhon St',
  'PleasantVille',
  'Rainbow',
  '"3999"',
  'du Marché',
  'Bénédicte',
  '+33 (237) 998327',
];
const KEPT = [
  '"resourceType":"Patient"',
  '"code":"MR"',
  '"system":"urn:oid:1.2.36.146.595.217.0.1"',
  '"state":"Vic"',
  '"gender":"male"',
  '"reference":"Organization/1"',
  '"use":"official"',
  '"period":{"start":"1974-12-25"}',
];
const engine = testEngine();

function masked(line: string): string {
  const out = maskJsonString(engine, line).output;
  if (out === undefined) throw new Error('rejected');
  return out;
}

describe('FHIR person resources (structure.fhir)', () => {
  it('masks the identity members of the FHIR R4 Patient example, keeps codes, systems, state and references', () => {
    const out = masked(PATIENT);
    for (const v of IDENTITY) expect(out, v).not.toContain(v);
    for (const v of KEPT) expect(out, v).toContain(v);
    const findings = maskJsonString(engine, PATIENT).findings;
    expect(findings.find((f) => f.path === 'identifier[0].value')).toMatchObject({
      entity: 'MEDICAL_RECORD_NUMBER',
      detector: 'structure:fhir',
    });
    expect(findings.find((f) => f.path === 'name[0].family')).toMatchObject({ entity: 'PERSON', detector: 'structure:fhir' });
    expect(findings.find((f) => f.path === 'address[0].postalCode')).toMatchObject({ entity: 'POSTCODE' });
  });

  it('reads a resource inside a Bundle entry, inside an audit record, in JSON held in a string, and in the value walk', () => {
    const bundle = `{"resourceType":"Bundle","type":"searchset","entry":[{"fullUrl":"urn:uuid:1","resource":${PATIENT}}]}`;
    const audit = JSON.stringify({ event: 'fhir.read', user: 'svc-ehr', response_body: PATIENT });
    for (const line of [bundle, `{"event":"fhir.read","resource":${PATIENT}}`, audit]) {
      const out = masked(line);
      for (const v of ['Chalmers', 'Erewhon', '12345']) expect(out, `${v} in ${line.slice(0, 40)}`).not.toContain(v);
    }
    const walked = JSON.stringify(engine.maskValue(JSON.parse(PATIENT)).value);
    for (const v of IDENTITY) expect(walked, v).not.toContain(v);
    expect(walked).toContain('"state":"Vic"');
  });

  it('leaves family, given, line and value alone outside a person resource', () => {
    for (const line of [
      '{"resourceType":"Organization","name":"Acme Healthcare","identifier":[{"system":"urn:ietf:rfc:3986","value":"2.16.840.1.113883.19.5"}],"address":[{"line":["3300 Washtenaw Avenue"],"city":"Ann Arbor","state":"MI"}]}',
      '{"font":{"family":"Helvetica","weight":400},"given":["a","b"],"chart":{"line":["x"],"value":"42"}}',
      '{"resourceType":"Observation","code":{"text":"Body Height"},"valueQuantity":{"value":180,"unit":"cm"}}',
    ]) {
      expect(maskJsonString(engine, line).findings.filter((f) => f.detector === 'structure:fhir')).toEqual([]);
    }
  });

  it('is off with structure.fhir: false', () => {
    const off = testEngine('structure: { fhir: false }\n');
    const out = maskJsonString(off, PATIENT).output ?? '';
    // What only the FHIR reading masks: the identifier's value and the city (the parts of a `name`
    // are name parts for the record walk whatever the resource: structure/name-parts.ts).
    expect(out).toContain('"value":"12345"');
    expect(out).toContain('"city":"PleasantVille"');
  });
});
