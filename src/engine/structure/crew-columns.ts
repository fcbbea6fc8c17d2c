import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isLoginShaped, isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';

/**
 * Columns of crew and shop-floor tables whose header alone does not say the cells are personal
 * (leftovers of red-team round 90):
 *
 * - a crew export's staff number (`staff_no`, `crew_id`, `crew number`: NetLine/Crew, Sabre Crew
 *   Manager, AIMS crew lists) is the crew member's id when the same header has a column of the
 *   person's name, as a JSON roster's `{staffNo, name}` is (bare-name-columns.ts
 *   STAFF_NUMBER_BESIDE); alone, as an HR `employeeId`, it stays. Masked as EMPLOYEE_ID when the
 *   cell reads as a staff number (up to three letters, 4–10 digits);
 * - a tool crib's, a key cabinet's or a sign-out sheet's `who` column holds the person as a name
 *   or as a login (`pfairbrother`): a role column (bare-name-columns.ts personRoleColumns), whose
 *   login cells are masked as USERNAME. System accounts, everyday and stop words stay.
 */

/** The marker entity of a staff-number column beside a name column (crewStaffColumns). */
export const CREW_STAFF_COLUMN = 'EMPLOYEE_ID_BESIDE_NAME';

/** A staff-number column's name, lower case with `_`, `-` and blanks dropped. */
const STAFF_COLUMN = /^(?:staff(?:no|nr|number|num|id)|crew(?:id|no|nr|number|num))$/;
/** What a staff number looks like: up to three letters (a dash after them too) and 4–10 digits. */
const STAFF_NUMBER = /^(?:[A-Z]{0,3}\d{4,10}|[A-Z]{1,3}-\d{4,10})$/;
const ONE_DIGIT_REPEATED = /^[A-Z]*-?(\d)\1+$/;

/**
 * Sets to CREW_STAFF_COLUMN, in `entities`, the staff-number columns still unnamed of a header that
 * has a column of a person's name (an entity of PERSON, after personNameColumns).
 */
export function crewStaffColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!entities.includes('PERSON')) return;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (entities[i] !== null || name.length > 16) continue;
    if (STAFF_COLUMN.test(name.toLowerCase().replace(/[\s_-]+/g, ''))) entities[i] = CREW_STAFF_COLUMN;
  }
}

/** Whether a cell of a CREW_STAFF_COLUMN is a staff number. */
export function isCrewStaffCell(value: string): boolean {
  return STAFF_NUMBER.test(value) && !ONE_DIGIT_REPEATED.test(value);
}

/** Whether a column named `name` is a sign-out sheet's `who`. */
export function isWhoColumn(name: string): boolean {
  return name.length <= 5 && name.trim().toLowerCase() === 'who';
}

/**
 * Whether a `who` cell is a person's login: lower case, 4–32 characters of a login's shape, no
 * system account, no everyday or stop word (`ops`, `night`, `stores`), at most one dot.
 */
export function isWhoLogin(value: string): boolean {
  if (!/^[a-z][a-z0-9._-]{3,31}$/.test(value) || !isLoginShaped(value) || isSystemAccount(value)) return false;
  if (isEverydayWord(value) || isNameStopWord(value)) return false;
  return value.indexOf('.') === value.lastIndexOf('.') && !value.endsWith('.') && !value.endsWith('-');
}
