/**
 * HL7 FHIR resources about a person (R4/R5 `Patient`, `Person`, `RelatedPerson`, `Practitioner`)
 * in JSON. Their identity sits under plain member names that mean nothing elsewhere (`family`,
 * `given`, `line`, `value`), so they are read only inside an object whose `resourceType` says it
 * is one of these resources (the engine checks that; see Engine#walkTextObject): member `m` of an
 * object reached through member `parent` takes the entity below, when the field-name rules and
 * the name/value siblings gave it none. From the FHIR datatypes HumanName (family, given, text),
 * Address (line, city, district, postalCode, text; state and country stay), Identifier (value;
 * system and type stay) and ContactPoint (value; the sibling rule names e-mail values first), and
 * the resource's own birthDate. Codes, references, `meta`, `text.div` narratives (scanned by the
 * detectors as any text) and extensions keep their default treatment.
 */

/** `resourceType` values whose resources describe a person. */
export const FHIR_PERSON_RESOURCES: ReadonlySet<string> = new Set(['Patient', 'Person', 'RelatedPerson', 'Practitioner']);

/** The evidence detector of a value named by this table. */
export const FHIR_DETECTOR = 'structure:fhir';

const BY_PARENT: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'name',
    new Map([
      ['family', 'PERSON'],
      ['given', 'PERSON'],
      ['text', 'PERSON'],
    ]),
  ],
  [
    'address',
    new Map([
      ['line', 'ADDRESS'],
      ['city', 'ADDRESS'],
      ['district', 'ADDRESS'],
      ['text', 'ADDRESS'],
      ['postalCode', 'POSTCODE'],
    ]),
  ],
  ['identifier', new Map([['value', 'MEDICAL_RECORD_NUMBER']])],
  ['telecom', new Map([['value', 'PHONE']])],
]);

/** Members named the same wherever they stand in the resource. */
const ANYWHERE: ReadonlyMap<string, string> = new Map([
  ['birthDate', 'DATE_OF_BIRTH'],
  ['deceasedDateTime', 'DATE_OF_DEATH'],
]);

/** Entity of member `member` under member `parent` of a FHIR person resource, or null. */
export function fhirMemberEntity(parent: string | undefined, member: string): string | null {
  return (parent === undefined ? undefined : BY_PARENT.get(parent)?.get(member)) ?? ANYWHERE.get(member) ?? null;
}

/**
 * Members of a person resource that hold a Reference to another resource (R4 Patient
 * `generalPractitioner`, `managingOrganization`, `link.other`): the identifier inside one is the
 * referenced practice's or organisation's (an NHS ODS code, `Y12345`), not the person's (red-team
 * round 28), so members below them take no entity from BY_PARENT.
 */
const REFERENCE_MEMBERS: ReadonlySet<string> = new Set(['generalPractitioner', 'managingOrganization', 'other', 'organization']);

/**
 * The parent name fhirMemberEntity reads at `path` (the last member name, array indexes
 * skipped), or undefined when the member before it is a Reference member (REFERENCE_MEMBERS:
 * `generalPractitioner[0].identifier`).
 */
export function fhirParentOf(path: readonly (string | number)[]): string | undefined {
  let last: string | undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p !== 'string') continue;
    if (last !== undefined) return REFERENCE_MEMBERS.has(p) ? undefined : last;
    last = p;
  }
  return last;
}

/**
 * A FHIR Reference to a person (`{reference: "Patient/123", display: "Peter James Chalmers"}`):
 * its `display` is the person's name wherever the Reference stands (AuditEvent `agent.who` and
 * `entity.what`, Provenance `target` / `agent.who`, an Encounter's `subject`), so it is masked as
 * PERSON whatever the name looks like (`Okafor, Chidinma`). Read only for a member named
 * `display` (member-gate.ts FHIR_REF_DISPLAY) whose sibling `reference` names Patient,
 * Practitioner, RelatedPerson or Person, relative or absolute (`https://…/fhir/Patient/123`).
 */
export const FHIR_REF_DISPLAY_MEMBER = 'display';
const PERSON_REFERENCE = /(?:^|\/)(?:Patient|Practitioner|RelatedPerson|Person)\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[^/]+)?$/;

/** Whether a Reference's `reference` value names a person resource (FHIR_REF_DISPLAY_MEMBER). */
export function isPersonReference(reference: unknown): boolean {
  return typeof reference === 'string' && reference.length <= 300 && PERSON_REFERENCE.test(reference);
}
