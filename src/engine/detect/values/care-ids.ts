import { afterNameDetector } from './after-name.js';

const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
/** A compact date (`20251104`): a day, not an id. */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * A state Medicaid program's id of its member after the program's name in notes, exception
 * comments and log lines, as home care coordinators and case managers type it (`client … (medicaid
 * 100391542b) confirmed`, `medicaid 018830027, ssn …`, `Medicaid ID: CT00612358`,
 * `medicaid#=NY12345C`; red-team round 87): 0–4 letters of a state's prefix, 5–12 digits, maybe a
 * check letter, 8–14 characters in all. A waiver's or a program's number (`Medicaid 1115 waiver`,
 * a year), a HCPCS code (`T1019`) and a compact date are shorter or not one.
 */
export const medicaidIdAfterName = afterNameDetector({
  id: 'medicaid_id_after_name',
  entity: 'HEALTH_PLAN_ID',
  description: "State Medicaid members' ids after the word Medicaid in notes and log lines",
  validation:
    'right after medicaid (then maybe id / # / number / num / no.; then maybe `is`, `:`, `#`, `=` and a quote): 0–4 letters, 5–12 digits and maybe a letter, 8–14 characters, not one repeated digit nor a compact date',
  context: true,
  example: 'client confirmed (medicaid 100391542b)',
  keywords: ['medicaid'],
  prefilter: (s) => s.hasDigit,
  names: ['medicaid', 'Medicaid', 'MEDICAID'],
  pattern:
    /medicaid(?:[ _-]?(?:id|#|number|num|no\.?))?(?:\\?["'])?\s{0,2}(?:is\s{1,2}|[:#=]\s{0,2})?(?:\\?["'])?([A-Za-z]{0,4}\d{5,12}[A-Za-z]?)(?![\w-])/diy,
  validate: (v) => {
    if (v.length < 8 || v.length > 14) return undefined;
    const digits = v.replace(/[A-Za-z]/g, '');
    return ONE_DIGIT_REPEATED.test(digits) || COMPACT_DATE.test(v) ? undefined : v;
  },
});

/**
 * A patient's medical record number after its printed label (`Medical Record No. RBH-0044187` of a
 * CMS-485 plan of care's box 4, a fax's OCR run together as `MedicalRecordNo.RBH-0058213`,
 * `medical record # 00482733`; red-team round 87): letters, digits and dashes with at least four
 * digits. A record's count or a page (`medical record pages 3`) has no label of a number before it.
 */
export const medicalRecordNumberAfterLabel = afterNameDetector({
  id: 'medical_record_number_after_label',
  entity: 'MEDICAL_RECORD_NUMBER',
  description: 'Medical record numbers after a printed Medical Record No. / # / Number label',
  validation:
    'right after medical record (blank or none between) then no. / # / number / nbr (then `:`, `#`, `.` or blanks): 5–16 capitals, digits and dashes with at least 4 digits',
  context: true,
  example: '4. Medical Record No. RBH-0044187',
  keywords: ['medical record', 'medicalrecord'],
  prefilter: (s) => s.hasDigit,
  names: ['Medical Record', 'medical record', 'MEDICAL RECORD', 'MedicalRecord'],
  pattern: /medical\s?record\s?(?:no\.?|#|number|nbr)[\s:#.]{0,3}([A-Z0-9][A-Z0-9-]{4,15})(?![\w-])/diy,
  validate: (v) => {
    const digits = v.replace(/\D/g, '');
    return digits.length >= 4 && !ONE_DIGIT_REPEATED.test(digits) ? v.toUpperCase() : undefined;
  },
});
