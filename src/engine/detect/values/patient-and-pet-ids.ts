import { afterNameDetector } from './after-name.js';

const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
/** Ten hex characters in capitals with at least two letters and two digits (an FDX-A chip as readers print it). */
const HEX_CHIP = /^(?=(?:[^A-F]*[A-F]){2})(?=(?:\D*\d){2})[0-9A-F]{10}$/;

/**
 * A health plan's member id after its name in a log line, a query string or prose, as
 * clearinghouse clients and billers write it (`memberId=W412876530`, `&member_id=ZGP812345602`,
 * `"memberId":"XQW662019384"` in a command's JSON, `subscriber id 'ZGP812345601' not found`,
 * `subscriber 882019374-00 MetLife`; red-team round 53): 0–4 letters of the payer's prefix, 8–12
 * digits, maybe a dependent's suffix (`-01`). A chat server's member (a Discord snowflake of
 * 17–19 digits, a Slack `U04KQ7731X` with letters between the digits) is not one.
 */
export const planMemberIdAfterName = afterNameDetector({
  id: 'plan_member_id_after_name',
  entity: 'HEALTH_PLAN_ID',
  description: 'Health plan member / subscriber ids after their name in log lines, query strings and prose',
  validation:
    'right after member id / member_id / memberId / member # / member number or subscriber (id, #, number; then maybe `is`, `:`, `=` and a quote): 0–4 letters then 8–12 digits, maybe a 2-digit suffix after a dash',
  context: true,
  example: 'memberId=W412876530',
  keywords: ['member', 'subscriber'],
  prefilter: (s) => s.hasDigit,
  names: ['member', 'Member', 'MEMBER', 'subscriber', 'Subscriber', 'SUBSCRIBER'],
  // Leftovers of round 53: a log line's bare `member=` and a member named in prose with its id
  // after `ID#` / `ID:` in the same clause (`Member Gloria Fuentes, DOB 9/14/1966, ID# …`).
  pattern:
    /(?:member[ _-]?(?:id|#|number|no\.?)|subscriber(?:[ _-]?(?:id|#|number|no\.?))?|member(?==)|member\s[^\n.;:=]{3,60}?[\s,]ID\s?[#:])(?:\\?["'])?\s{0,2}(?:is\s{1,2}|[:#=]\s{0,2})?(?:\\?["'])?((?:[A-Z]{1,4})?\d{8,12}(?:-\d{2})?)(?![\w-])/diy,
  validate: (v) => (ONE_DIGIT_REPEATED.test(v.replace(/^[A-Za-z]+/, '')) ? undefined : v),
});

/**
 * A pet's microchip number after its name in prose, as clinics and shelters write it (`Chip on
 * file 985 112 004 573 925`, `microchip# 900164001729385`, `scanned AVID*012*345*378`; red-team
 * round 53): ISO 11784 15 digits (a country code up to 899 or a manufacturer code 900–998, then
 * the animal's number), written whole or in groups of three; an AVID 9-digit chip after `AVID`.
 * The registries resolve the number to the owner's name and phone.
 * Red-team round 99: a European PIMS's or pet passport's `Transpondernummer:` / `Transpondercode`
 * / `transponder no.` before the 15 digits (a toll tag's number has 11 or 8–12: toll-parking.ts),
 * and an older 125 kHz (FDX-A) chip's 10 hex characters after `chip` (`old 125 kHz chip
 * 0A01A5C3F7`), letters and digits mixed.
 */
export const microchipAfterName = afterNameDetector({
  id: 'microchip_after_name',
  entity: 'MICROCHIP_ID',
  description: "Pets' microchip numbers (ISO 11784 / AVID) after their name in prose",
  validation:
    'right after microchip / chip (number, no., id, #, code, on file) or transponder (nummer, code, nr., number, no., #, id; then maybe `is` or `:`): 15 digits whole or in groups of 3, the first three 001–998, or 10 hex characters in capitals with at least two letters and two digits (FDX-A); or `AVID*ddd*ddd*ddd`',
  context: true,
  example: 'microchip 985112004573918',
  keywords: ['chip', 'avid', 'transponder'],
  prefilter: (s) => s.hasDigit,
  names: ['microchip', 'Microchip', 'MICROCHIP', 'chip', 'Chip', 'CHIP', 'AVID', 'transponder', 'Transponder', 'TRANSPONDER'],
  pattern:
    /(?:(?:micro)?chip(?:[ _-]?(?:number|no\.?|id|#|code))?(?:\s{1,2}on\s{1,2}file)?|transponder(?:nummer|code|[ _-]?(?:nr\.?|number|no\.?|#|code|id))|AVID)\s{0,2}(?:is\s{1,2}|[:#=]\s{0,2})?(\d{3}(?:[ .-]?\d{3}){4}|\*\d{3}\*\d{3}\*\d{3}|[0-9a-f]{10})(?![\w-])/diy,
  validate: (v) => {
    // An FDX-A chip's 10 hex characters: at least two letters and two digits (no word, no number).
    if (v.length === 10 && !v.includes('*')) return HEX_CHIP.test(v) ? v : undefined;
    const digits = v.replace(/\D/g, '');
    if (digits.length === 9) return v.startsWith('*') ? v : undefined;
    const code = Number(digits.slice(0, 3));
    return code >= 1 && code <= 998 && !ONE_DIGIT_REPEATED.test(digits) ? digits : undefined;
  },
});

/**
 * A pet's rabies tag or licence number after its name in prose (`rabies tag #R24-01133`, `Rabies
 * Tag No: 2026-18735`, `dog licence tag 44172`; red-team round 53): letters, digits and dashes
 * with at least 4 digits. The county's licence register resolves it to the owner.
 */
export const petLicenceTagAfterName = afterNameDetector({
  id: 'pet_licence_tag_after_name',
  entity: 'PET_LICENSE_NUMBER',
  description: "Pets' rabies tag and dog licence numbers after their name in prose",
  validation:
    'right after rabies tag / rabies certificate / dog licen[cs]e (tag, number, no., #; then maybe `is` or `:`): 1–4 letters and digits with dashes, at least 4 digits',
  context: true,
  example: 'rabies tag #R24-01133',
  keywords: ['rabies', 'dog licen'],
  prefilter: (s) => s.hasDigit,
  names: ['rabies', 'Rabies', 'RABIES', 'dog licen', 'Dog licen', 'Dog Licen', 'DOG LICEN'],
  pattern:
    /(?:rabies[ _-]?(?:tag|cert(?:ificate)?|licen[cs]e)|dog[ _-]licen[cs]e(?:[ _-]?tag)?)(?:[ _-]?(?:number|no\.?|#))?\s{0,2}(?:is\s{1,2}|[:#=]\s{0,2})?#?((?:[A-Z]{1,4}-?)?\d[\d-]{2,12}\d)(?![\w-])/diy,
  // A certificate's date (`rabies certificate 2026-01-04`) is no number.
  validate: (v) => (v.replace(/\D/g, '').length >= 4 && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined),
});

/**
 * A pet's tag after a bare `tag` in a text that names rabies or a licence (a reminder's `please
 * bring his tag R24-01133`, a county's `licence for Duke (tag #2026-20417)`; leftovers of red-team
 * round 53): after `tag #`, `tag no.` or `tag number` letters, digits and dashes with at least 4
 * digits; after a bare `tag` only a number with its letter prefix (`R24-01133`), within 80
 * characters after `rabies`. A release tag (`v2.4.1`), a date and a text without rabies or a licence stay.
 */
export const petTagAfterTag = afterNameDetector({
  id: 'pet_tag_after_tag',
  entity: 'PET_LICENSE_NUMBER',
  description: "Pets' rabies and licence tag numbers after a bare tag, in texts that name rabies or a licence",
  validation:
    'the text holds rabies / licence / license; right after tag # / tag no. / tag number: letters, digits and dashes with at least 4 digits, not a date; right after a bare tag within 80 characters after rabies: 1–4 capitals then digits and dashes',
  context: true,
  example: 'due for rabies, please bring his tag R24-01133',
  keywords: ['rabies', 'licence', 'license'],
  prefilter: (s) => s.hasDigit,
  names: ['tag', 'Tag', 'TAG'],
  pattern:
    /(?:tag|Tag|TAG)(?:\s{0,2}(?:#|[Nn][Oo]\.?(?=[\s:#])|[Nn]umber|NUMBER)[\s:#]{0,3}|(?<=(?:[Rr]abies|RABIES)[\s\S]{0,80})\s{1,2}(?=[A-Z]{1,4}-?\d))((?:[A-Z]{1,4}-?)?\d[\d-]{2,12}\d)(?![\w-])/dy,
  validate: (v) => (v.replace(/\D/g, '').length >= 4 && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined),
});

/**
 * A patient's medical record number after `chart #` / `chart no.` / `chart number` in prose (a
 * support ticket's `(d.o.b. 1985-10-19, chart #00482733)`; leftovers of red-team round 53): 5–12
 * digits, maybe after 1–3 capitals. A bare `chart` (a Helm chart's version, a chart's number of
 * points) stays.
 */
export const chartNumberAfterName = afterNameDetector({
  id: 'chart_number_after_name',
  entity: 'MEDICAL_RECORD_NUMBER',
  description: 'Medical record numbers after chart # / chart no. / chart number in prose',
  validation: 'right after chart # / chart no. / chart number (then maybe `:` or `#`): 1–3 capitals then 5–12 digits, or 5–12 digits',
  context: true,
  example: 'chart #00482733',
  keywords: ['chart'],
  prefilter: (s) => s.hasDigit,
  names: ['chart', 'Chart', 'CHART'],
  pattern: /chart\s{0,2}(?:#|no\.|number\b)[\s:#]{0,3}((?:[A-Z]{1,3}-?)?\d{5,12})(?![\w-])/diy,
  validate: (v) => (ONE_DIGIT_REPEATED.test(v.replace(/^[A-Za-z]+-?/, '')) ? undefined : v),
});
