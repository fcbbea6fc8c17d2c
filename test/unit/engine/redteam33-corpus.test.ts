import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM33_CORPUS } from './fixtures/redteam33-corpus.js';

/**
 * Thirty-third red-team round: fixed-width and EDI files of payroll, benefits and banking. Each case
 * cites its public source in fixtures/redteam33-corpus.ts. A planted value counts as found only if no
 * raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.604 (162 planted),
 * adversarial 0.536 (97); look-alikes kept 0.913 (92) / 0.838 (31). Per family (recall / kept):
 * ach_us 0.392 / 0.919, tax_wage_us 0.609 / 0.764, benefits_edi 0.756 / 1.000, intl_payments
 * 0.573 / 0.900, hr_exports 0.603 / 0.850. (The corpus plants 259 values, more than the brief's 200;
 * it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (structure/payment-records.ts: NACHA entry detail and NOC, SSA EFW2 RW,
 * IRS FIRE B, ABA Direct Entry, Bacs Standard 18, CNAB 240 A / B, CPA-005 and BAI2 03 records read
 * by column, whole or quoted in a log; X12 BPR account numbers, one person NM1 or one BPR quoted
 * alone, 834s written with `|` and a line per segment; CSV headers whose required columns carry `*`
 * (Workday EIB); field names `homing account`, `cuentaBeneficiario`, `--dda`,
 * `BENEFICIARIO`, `sacado_nome`; a bare `account` number with its routing number named right after
 * it): realistic 0.870, adversarial 0.731; kept 0.902 / 0.838 (recall: ach_us 0.705, tax_wage_us
 * 0.951, benefits_edi 0.975, intl_payments 0.867, hr_exports 0.655). Realistic kept fell from 0.913:
 * the Workday EIB header is read now, and its `Routing Transit Number` column is masked as
 * ABA_ROUTING, an entity of the catalog (the corpus counts routing numbers as public look-alikes).
 * Leftovers fixed after the round (test/unit/engine/leaks32d.test.ts: `account` / `acct` /
 * `dfi_acct` beside a routing, RDFI, transit or institution member and an 834 `member_id` SSN
 * beside `subscriber_indicator` (key:beside_partner); `sacado_inscricao`; a query `account=`
 * right after `routing=`; nine digits after `payee TIN`, `recipient TIN` and BAI2 `IND ID=` as an
 * SSN's context; positive-pay issue records and employee census rows by their columns): realistic
 * 0.963, adversarial 0.814; kept 0.902 / 0.839 (recall: ach_us 0.843, tax_wage_us 0.976,
 * benefits_edi 1.000, intl_payments 0.897, hr_exports 0.862). After the merge of stop 32's
 * performance gate (a run of 30 or more digits passes it without blank padding, so a positive-pay
 * issue line quoted in a message is read): adversarial 0.835 (ach_us 0.882).
 * Leftovers fixed after round 35 (test/unit/engine/leaks33e.test.ts: a positive-pay issue row
 * without its header; a BAI2 16 record's `ORG=` name; an ACH NOC's corrected account in prose;
 * the CPA-005 / MICR dash form; header-less person rows: an ADP row quoted in an import error, a
 * Workday EIB row): realistic 0.969, adversarial 0.938; kept 0.902 / 0.839 (recall: ach_us 0.941,
 * tax_wage_us 0.976, benefits_edi 1.000, intl_payments 0.912, hr_exports 0.983).
 * Known leaks left, by record shape: a lockbox detail record (no published layout to read it by);
 * an ACH entry's `id` member (an SSN under a name that says nothing); an agent's tool-call `name`
 * beside routing and account; an EFW2 RA contact phone; a NACH mandate CSV's `Debtor Account`
 * column (left: Open Banking's `DebtorAccount` is an object whose scheme name and holder the name
 * would mask); South African ACB records and a name before `(ID …)`; an Australian account spaced
 * `1098 7654`; a percent-encoded name in a query; a name in a file name
 * (`w4_Kowalczyk_Agnieszka_…`). Look-alikes still masked: routing numbers after `RTN`,
 * `routing=`, `--rtn` and under a routing column (ABA_ROUTING: README's value list names ABA
 * routing among the masked bank values, so this is the documented decision), SWIFT BICs under
 * `sender_bic` (SWIFT/BIC is listed there too), a payee company's CNPJ, wages and net pay as
 * COMPENSATION, an AccuWage record counter read as an amount.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-third round',
  'red-team corpus 33',
  REDTEAM33_CORPUS,
  {
    family: { ach_us: 0.941, tax_wage_us: 0.975, benefits_edi: 1, intl_payments: 0.94, hr_exports: 1 },
    slice: { realistic: { recall: 0.975, kept: 0.902 }, adversarial: { recall: 0.958, kept: 0.838 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-third round', REDTEAM33_CORPUS);
