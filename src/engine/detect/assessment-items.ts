/**
 * Items of the CMS post-acute assessment instruments that identify the person assessed, by item
 * code, as agencies' and facilities' export and submission files name them: OASIS-E
 * (`M0020_PAT_ID`, `M0040_PAT_FNAME`, `M0063_MEDICARE_NUM`, `M0065_MEDICAID_NUM`,
 * `M0066_PAT_BIRTH_DT`) and the MDS 3.0 / Hospice and LTCH item sets' section A (`A0500A`,
 * `A0600A`, `A0700`, `A0900`, `A1300A`), with the entity their values take (red-team round 87).
 * An item code means the same item wherever it stands (the CMS item sets and data
 * specifications), so no value shape is needed; the other items (the agency's CCN `M0010` /
 * `A0100B`, the assessment's reason `A0310A`, dates of entry and care, diagnoses, scores) stay.
 * Lower case, as field names split into words read them (`A0500A` is the words `a0500 a`, joined).
 */
export const ASSESSMENT_IDENTITY_ITEMS: ReadonlyMap<string, string> = new Map([
  // OASIS-E (CMS OASIS-E1 item set, patient tracking items).
  ['m0020', 'MEDICAL_RECORD_NUMBER'], // Patient ID number
  ['m0040', 'PERSON'], // Patient name (first, middle initial, last, suffix)
  ['m0060', 'POSTCODE'], // Patient ZIP code
  ['m0063', 'US_MBI'], // Medicare number
  ['m0064', 'US_SSN'], // Social Security number
  ['m0065', 'HEALTH_PLAN_ID'], // Medicaid number
  ['m0066', 'DATE_OF_BIRTH'], // Birth date
  // MDS 3.0 section A (also the Hospice Item Set's and the LTCH CARE Data Set's identification items).
  ['a0500a', 'PERSON'], // Resident first name
  ['a0500b', 'PERSON'], // Middle initial
  ['a0500c', 'PERSON'], // Last name
  ['a0500d', 'PERSON'], // Suffix
  ['a0600a', 'US_SSN'], // Social Security number
  ['a0600b', 'US_MBI'], // Medicare number (or comparable railroad insurance number)
  ['a0700', 'HEALTH_PLAN_ID'], // Medicaid number
  ['a0900', 'DATE_OF_BIRTH'], // Birth date
  ['a1300a', 'MEDICAL_RECORD_NUMBER'], // Medical record number
  ['a1300c', 'PERSON'], // Name by which the resident prefers to be addressed
]);
