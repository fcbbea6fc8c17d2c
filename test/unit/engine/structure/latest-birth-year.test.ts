import { describe } from 'vitest';
import { LATEST_BIRTH_YEAR } from '../../../../src/engine/detect/validators.js';
import { leakCases } from '../../../helpers/leak-checks.js';

/**
 * The rule "a birth date read from its shape and place alone is at least 14 years old" is one
 * export (validators.ts LATEST_BIRTH_YEAR) that the readers share (stop 35): a date in that year
 * is a birth date, one a year later a business date, under each of them.
 */
const { masks, keeps } = leakCases();
const last = String(LATEST_BIRTH_YEAR);
const next = String(LATEST_BIRTH_YEAR + 1);

describe('the latest birth year, shared by the readers', () => {
  masks('a bd member in the latest birth year (short-member-shapes.ts)', { bd: `${last}-03-04` }, [`${last}-03-04`]);
  keeps('a bd member a year later', { bd: `${next}-03-04` }, [`${next}-03-04`]);
  masks(
    'an abbreviated birth date beside a name in the latest birth year (bare-name-columns.ts)',
    { pty: { nm: 'Jane Doe', bDt: `${last}0304` } },
    [`${last}0304`],
  );
  keeps('an abbreviated date beside a name a year later', { pty: { nm: 'Jane Doe', bDt: `${next}0304` } }, [`${next}0304`]);
});
