import { regexDetector } from './helpers.js';

/**
 * Values an ICE Mortgage Technology Encompass script or plugin writes by field id (red-team round
 * 40: `SetField('65', '219099999')`, `loan.Fields["4002"].Value = "Halloran"`): the id is the only
 * name the value has. The borrower and co-borrower ids of the URLA data the Encompass field
 * reference documents: SSN 65 / 97, date of birth 1402 / 1403, first, middle and last names 36 /
 * 37 / 68 / 69 and 4000–4007. Other ids (loan amounts, rates, dates of the loan) are left alone.
 */
function encompassPattern(ids: string): RegExp {
  return new RegExp(
    `(?<![A-Za-z])(?:[Ss]et[Ff]ield\\(\\s*(['"])(?:${ids})\\1\\s*,\\s*|Fields\\[\\s*(['"])(?:${ids})\\2\\s*\\]\\.Value\\s*=\\s*)(['"])([^'"\\n]{1,80})\\3`,
    'dg',
  );
}

const KEYWORDS = ['setfield', 'fields['];

export const encompassFieldSsn = regexDetector({
  id: 'encompass_field_ssn',
  entity: 'US_SSN',
  description: 'Borrower SSNs set by Encompass field id in loan scripts and plugin logs (SetField("65", …))',
  validation: 'the quoted value of SetField(id, …) or Fields[id].Value = … for field 65 or 97; 9 digits, with or without dashes',
  context: true,
  example: `SetField("97", "536-90-4399")`,
  keywords: KEYWORDS,
  prefilter: (s) => s.hasDigit,
  pattern: encompassPattern('65|97'),
  group: 4,
  validate: (v) => (/^\d{3}-?\d{2}-?\d{4}$/.test(v) ? v.replace(/-/g, '') : undefined),
});

export const encompassFieldBirthDate = regexDetector({
  id: 'encompass_field_birth_date',
  entity: 'DATE_OF_BIRTH',
  description: 'Borrower dates of birth set by Encompass field id (SetField("1402", …))',
  validation: 'the quoted value of SetField(id, …) or Fields[id].Value = … for field 1402 or 1403; a date of digits and separators',
  context: true,
  example: `SetField("1402", "07/22/1981")`,
  keywords: KEYWORDS,
  prefilter: (s) => s.hasDigit,
  pattern: encompassPattern('1402|1403'),
  group: 4,
  validate: (v) => (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(v) ? v : undefined),
});

export const encompassFieldName = regexDetector({
  id: 'encompass_field_name',
  entity: 'PERSON',
  description: 'Borrower names set by Encompass field id (SetField("4002", …))',
  validation:
    'the quoted value of SetField(id, …) or Fields[id].Value = … for fields 36, 37, 68, 69 or 4000–4007; letters, blanks, dots, apostrophes and hyphens',
  context: true,
  example: `loan.Fields["4000"].Value = "Marguerite"`,
  keywords: KEYWORDS,
  prefilter: (s) => s.hasDigit,
  pattern: encompassPattern('36|37|68|69|400[0-7]'),
  group: 4,
  validate: (v) => (/^\p{L}[\p{L} .'’-]*$/u.test(v) ? v : undefined),
});

/**
 * The same ids as the keys of a field map (red-team round 40, stop 34: an Encompass Developer
 * Connect field read or a loan export `fields: {"65": "…", "1402": "…", "4002": "…"}`): read only
 * under a parent named for the loan's fields (`fields`, `loanFields`, `fieldValues`), as digits
 * alone name nothing elsewhere (a histogram's buckets, an HTTP status count).
 */
const ENCOMPASS_MEMBERS = new Map<string, string>([
  ['65', 'US_SSN'],
  ['97', 'US_SSN'],
  ['1402', 'DATE_OF_BIRTH'],
  ['1403', 'DATE_OF_BIRTH'],
  ...['36', '37', '68', '69', '4000', '4001', '4002', '4003', '4004', '4005', '4006', '4007'].map(
    (id) => [id, 'PERSON'] as [string, string],
  ),
]);
const ENCOMPASS_PARENTS = new Set(['fields', 'loanfields', 'fieldvalues', 'encompassfields']);

/** Whether a member is one of the field ids encompassMemberEntity reads (`65`, `1402`…), by name alone. */
export function isEncompassMember(member: string): boolean {
  return ENCOMPASS_MEMBERS.has(member);
}

/** The entity of member `member` of a loan field map under `parent`, or null (a cheap first-character gate). */
export function encompassMemberEntity(parent: unknown, member: string): string | null {
  const c = member.charCodeAt(0);
  if (c < 0x30 || c > 0x39 || member.length > 4 || typeof parent !== 'string' || parent.length > 16) return null;
  const entity = ENCOMPASS_MEMBERS.get(member);
  if (entity === undefined) return null;
  return ENCOMPASS_PARENTS.has(parent.replace(/[^A-Za-z]/g, '').toLowerCase()) ? entity : null;
}
