import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT81_CORPUS } from './fixtures/left81-corpus.js';

/**
 * Leftovers of red-team round 81 (stop 43): the record shapes of retail lending origination and
 * credit decisioning that round 81 still leaked or over-masked, written again from other sources
 * (fixtures/left81-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (30 cases; CI=true npx vitest run --project unit test/unit/engine/left81-corpus.test.ts):
 * realistic recall 0.769 (26 planted), adversarial 0.659 (44); look-alikes kept 0.842 (38) / 0.911
 * (45). Per family (recall / kept): field_rows 0.789 / 0.905, printed_forms 0.600 / 0.850,
 * lower_case_parties 0.273 / 1.000, accounts 0.500 / 1.000, lookalikes 1.000 / 0.783. The
 * look-alikes masked before any fix: a Byte audit row's field labels (`Borrower Home Phone`,
 * `Borrower Present Address`), a printed form's `Loan Term` label after a name across the column
 * gap, `Example Lender, N.A.` after `Beneficiary:` / `Proposed Insured:`, an Equifax
 * `memberNumber`, an `ORDER #` read as a phone, employers' office streets under
 * `employer_address` / `company.address`, `COUNTY SCHOOL DISTRICT` in a header-less CSV row.
 * The idempotence suite passed before any fix.
 * After the fixes of stop 43 (the rules listed in redteam81-corpus.test.ts): realistic 0.962,
 * adversarial 0.909; kept 1.000 / 1.000 (recall: field_rows 0.789, printed_forms 1.000,
 * lower_case_parties 0.909, accounts 1.000; lookalikes kept 1.000).
 * Left: header-less field-history rows (Calyx Point's `…|FN0003||Ostrowski-Lane|…`, its SSN cell
 * `412583307` and login cell `mhalvorsen`; a Byte row's new value after a `Borrower Last Name`
 * label cell): no header names the cells, and a rule reading a label cell as the next cells' key
 * was not written in this pass; an HR contact after a bare `hr rep` (as a keyword it cost every
 * generated prompt about 4 µs, measured).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 81',
  'left81 corpus',
  LEFT81_CORPUS,
  {
    family: {
      field_rows: 0.789,
      printed_forms: 1,
      lower_case_parties: 0.909,
      accounts: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.961, kept: 1 }, adversarial: { recall: 0.909, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 81', LEFT81_CORPUS);
