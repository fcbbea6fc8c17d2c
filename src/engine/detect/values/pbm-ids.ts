import { afterNameDetector } from './after-name.js';

const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
/** A compact date (`20251104`): a day, not an id. */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * A pharmacy benefit's member id after the labels pharmacists, PBM help desks and PA intake
 * staff write before it (red-team round 92): `mbr` / `mbr id` / `mbr#` (`accum fix: mbr
 * tqr550128847`), a bare `member` right before a card's prefixed id (`member xkr660193021`), the
 * `ID` of a clause that opens with `Member` (`Member <name>, DOB …, ID KRL559201733`), `Ins ID:` of
 * an intake fax, and the words for a member's number in Spanish (`núm. de miembro`, `número de
 * afiliado`) and Vietnamese (`số thành viên`). After `member` (bare) and `ID` only a prefixed id
 * (letters, then 8–12 digits) is one: `member 20251208` is a date, `member 3 of 5` a count; after
 * the other labels also 8–12 bare digits, not a compact date nor one repeated digit.
 */
export const pbmMemberIdAfterLabel = afterNameDetector({
  id: 'pbm_member_id_after_label',
  entity: 'HEALTH_PLAN_ID',
  description: 'Pharmacy benefit member ids after mbr / member / Ins ID and their Spanish and Vietnamese labels',
  validation:
    'right after mbr (id, #, no.), Ins ID / insurance id, miembro / afiliado, thành viên (then maybe `:`, `#`, `=`, `is`): 0–4 letters and 8–12 digits, not a compact date nor one repeated digit; right after a bare member, or after ID in a clause opening with Member: 1–4 letters then 8–12 digits',
  context: true,
  example: 'accum fix: mbr tqr550128847',
  keywords: ['mbr', 'member', 'ins id', 'insurance id', 'miembro', 'afiliado', 'thành viên'],
  prefilter: (s) => s.hasDigit,
  names: ['mbr', 'Mbr', 'MBR', 'member', 'Member', 'MEMBER', 'Ins ID', 'ins id', 'INS ID', 'Insurance ID', 'insurance id'].concat([
    'miembro',
    'afiliado',
    'thành viên',
  ]),
  pattern:
    /(?:(?:mbr(?:[ _-]?(?:id|#|no\.?))?|ins(?:urance)?[ _]id|miembro|afiliado|thành viên)(?:\s{0,2}(?:is\s|[:#=]))?\s{0,2}(?:\\?["'])?|member\s{1,2}(?=[A-Za-z]{1,4}\d)|member\s[^\n.;:=]{3,80}?[\s,]ID\s{1,2}(?=[A-Za-z]{1,4}\d))([A-Za-z]{0,4}\d{8,12})(?![\w-])/diy,
  validate: (v) => {
    const digits = v.replace(/^[A-Za-z]+/, '');
    if (ONE_DIGIT_REPEATED.test(digits) || COMPACT_DATE.test(v)) return undefined;
    return v;
  },
});

/**
 * A REMS programme's patient id after its label in pharmacy verification notes (`rems# 7730091245`,
 * `REMS patient ID: CRP-4482917`, `iPLEDGE id 7730091245`; red-team round 92): the programme's
 * enrolment number of the patient, which its call centre resolves to the person. 1–4 letters and a
 * dash maybe, then 6–12 digits.
 */
export const remsPatientIdAfterLabel = afterNameDetector({
  id: 'rems_patient_id_after_label',
  entity: 'MEDICAL_RECORD_NUMBER',
  description: "REMS programmes' patient enrolment ids after rems# / REMS patient ID / iPLEDGE id",
  validation:
    'right after rems or ipledge, then patient id / id / # / no. / number (then maybe `:`): 0–4 letters and a dash, then 6–12 digits',
  context: true,
  example: 'rems# 7730091245',
  keywords: ['rems', 'ipledge'],
  prefilter: (s) => s.hasDigit,
  names: ['rems', 'REMS', 'Rems', 'ipledge', 'iPLEDGE', 'iPledge', 'IPLEDGE'],
  pattern: /(?:rems|ipledge)(?:[ _-]?patient)?[ _-]?(?:id|#|no\.?|number)\s{0,2}[:#=]?\s{0,2}((?:[A-Z]{1,4}-?)?\d{6,12})(?![\w-])/diy,
  validate: (v) => (ONE_DIGIT_REPEATED.test(v.replace(/^[A-Za-z]+-?/, '')) ? undefined : v),
});
