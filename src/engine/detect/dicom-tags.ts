/**
 * DICOM attributes that identify a patient or a person, by tag number (group and element, eight
 * hex digits as DICOMweb JSON writes them, PS3.18 F.2): the patient, clinician and address
 * attributes that DICOM PS3.15 Annex E (Basic Application Level Confidentiality Profile, table
 * E.1-1) removes or replaces, with the entity their values take. A tag number means the same
 * attribute wherever it appears (PS3.6), so no keyword or value shape is needed: DICOMweb JSON
 * members (`"00100010": {"vr": "PN", "Value": [...]}`) and dcmdump lines (`(0010,0010) PN [...]`)
 * are read by it. Study dates, UIDs, modality and the other technical attributes stay.
 */
export const DICOM_IDENTITY_TAGS: ReadonlyMap<string, string> = new Map([
  // Patient module (PS3.3 C.7.1.1) and patient identification.
  ['00100010', 'PERSON'], // PatientName
  ['00100020', 'MEDICAL_RECORD_NUMBER'], // PatientID
  ['00100030', 'DATE_OF_BIRTH'], // PatientBirthDate
  ['00100032', 'DATE_OF_BIRTH'], // PatientBirthTime
  ['00101000', 'MEDICAL_RECORD_NUMBER'], // OtherPatientIDs (retired)
  ['00101001', 'PERSON'], // OtherPatientNames
  ['00101002', 'MEDICAL_RECORD_NUMBER'], // OtherPatientIDsSequence
  ['00101005', 'PERSON'], // PatientBirthName
  ['00101040', 'ADDRESS'], // PatientAddress
  ['00101060', 'PERSON'], // PatientMotherBirthName
  ['00101090', 'MEDICAL_RECORD_NUMBER'], // MedicalRecordLocator
  ['00102154', 'PHONE'], // PatientTelephoneNumbers
  ['00102155', 'PHONE'], // PatientTelecomInformation
  ['00380010', 'MEDICAL_RECORD_NUMBER'], // AdmissionID
  // Study: the accession number identifies the order, and through it the patient.
  ['00080050', 'MEDICAL_RECORD_NUMBER'], // AccessionNumber
  // Clinicians and operators (PN) and the addresses and phones of the institution's people.
  ['00080090', 'PERSON'], // ReferringPhysicianName
  ['00080092', 'ADDRESS'], // ReferringPhysicianAddress
  ['00080094', 'PHONE'], // ReferringPhysicianTelephoneNumbers
  ['00081048', 'PERSON'], // PhysiciansOfRecord
  ['00081050', 'PERSON'], // PerformingPhysicianName
  ['00081060', 'PERSON'], // NameOfPhysiciansReadingStudy
  ['00081070', 'PERSON'], // OperatorsName
  ['00321032', 'PERSON'], // RequestingPhysician
  ['00400006', 'PERSON'], // ScheduledPerformingPhysicianName
  ['0040A123', 'PERSON'], // PersonName
]);
