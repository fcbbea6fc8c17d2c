import { SIG_DASH, SIG_DOT, SIG_UPPER } from './char-signature.js';
import { type DigitRunNeed, digitRunNeed, RUN_AFTER_LETTER, RUN_OPEN, runBit, runBits } from './digit-runs.js';

const R = runBit;

/**
 * The need, and a run that starts the text or follows no letter, digit, `_`, `.`, `,`, `/` or `-`
 * (RUN_OPEN): for the shapes whose look-behind forbids all of those before their first digit (or
 * before the `+`, `(` or `tel:` that may precede it), as in `ip-10-0-5-43` or `gpt-45-3-7`.
 */
function opening(need: DigitRunNeed): DigitRunNeed {
  return digitRunNeed(...need.any.map((alt) => ({ ...alt, all: alt.all | RUN_OPEN })));
}

/**
 * What the numeric detectors (`requires: 'numeric'`) need of a string's digit-run profile
 * (digit-runs.ts) for their pattern to match, read off each pattern: its look-arounds forbid a
 * digit on both sides, so a match is made of whole runs, and each shape fixes their lengths. The
 * engine skips a detector whose need the string does not meet, without a call. Every entry is held
 * to its detector's own pattern (and `find`) on generated text, the catalog's examples and the
 * corpora (test/unit/engine/digit-run-needs.test.ts). A detector absent here is always asked.
 */
export const BUILTIN_DIGIT_RUN_NEEDS: ReadonlyMap<string, DigitRunNeed> = new Map<string, DigitRunNeed>([
  // `20-32-06 53718294`: runs of 2 (the sort code) and 8 (the account), a dash.
  ['uk_sort_code_account', opening(digitRunNeed({ all: R(2) | R(8), sig: SIG_DASH }))],
  // `004-12345-5061234`: runs of 3 (institution) and 5 (transit), one of 7–12 (account), dashes.
  ['ca_dash_account', digitRunNeed({ all: R(3) | R(5), some: runBits(7, 12), sig: SIG_DASH })],
  // `AB-12-34-56-C`: runs of 2 digits, a dash and capitals.
  ['uk_nino_dashed', digitRunNeed({ all: R(2), sig: SIG_DASH | SIG_UPPER })],
  // Single digits set apart by blanks: runs of one digit.
  ['spaced_digits', digitRunNeed({ some: R(1) })],
  // `4O12 8888 8888 l88l`: groups of four digits or look-alike letters, so runs of 1–4 digits.
  ['card_lookalike_letters', digitRunNeed({ some: runBits(1, 4) })],
  // 12–19 digits in runs joined by single spaces or dashes: every run has at most 19 digits.
  ['credit_card', digitRunNeed({ some: runBits(1, 19) })],
  // Track 1 / 2 data: the PAN is one whole run of 12–19 digits, ended by `^`, `=` or `D`.
  ['card_track_data', digitRunNeed({ some: runBits(12, 19) })],
  // `4111.1111.1111.1111`, `3782.822463.10005`: a first group of exactly 4 digits, dots.
  ['credit_card_dotted', digitRunNeed({ all: R(4), sig: SIG_DOT })],
  // `4111+1111+1111+1111`, `3782+822463+10005`: a first group of exactly 4 digits.
  ['credit_card_form_encoded', digitRunNeed({ all: R(4) })],
  // `[A-Z]{2}\d{2}…` / `[A-Za-z]{2}\d{2}…`: a letter right before the check digits.
  ['iban', digitRunNeed({ all: RUN_AFTER_LETTER, sig: SIG_UPPER })],
  ['iban_lower_case', digitRunNeed({ all: RUN_AFTER_LETTER })],
  // 123456789, or 123-45-6789 / 123 45 6789.
  ['us_ssn', digitRunNeed({ all: R(9) }, { all: R(3) | R(2) | R(4) })],
  ['us_itin', digitRunNeed({ all: R(9) }, { all: R(3) | R(2) | R(4) })],
  // `114000093 / 58120034471`, `⑆011000015⑆ 4820019375⑈`: a run of 9 (the routing number) set
  // apart, then the account, a run of 4–17.
  ['routing_account_pair', opening(digitRunNeed({ all: R(9), some: runBits(4, 17) }))],
  // `440304 19870612 4532`: runs of 6 (region) and 8 (birth date), the first set apart.
  ['cn_resident_id_grouped', opening(digitRunNeed({ all: R(6) | R(8) }))],
  // 12345678Z, 12345678-Z.
  // Not opening: a whole CSV cell after its comma (`…,54362315-K,…`) is one too.
  ['es_nif', digitRunNeed({ all: R(8), sig: SIG_UPPER })],
  // 13 or 15 digits, spaces anywhere between the groups: every run has at most 15.
  // Not `opening`: a comma may stand right before the first run (a list printed without blanks).
  ['fr_nir', digitRunNeed({ some: runBits(1, 15) })],
  // 529.982.247-25 or 52998224725.
  // The written form not `opening`: a whole CSV cell after its comma (`…,390.533.447-05,…`) is one too.
  ['br_cpf', digitRunNeed({ all: R(11) | RUN_OPEN }, { all: R(3) | R(2), sig: SIG_DOT | SIG_DASH })],
  // 11.222.333/0001-81 or 11222333000181.
  ['br_cnpj', opening(digitRunNeed({ all: R(14) }, { all: R(2) | R(3) | R(4), sig: SIG_DOT | SIG_DASH }))],
  // 112-233-445 95: runs of 3 and 2 digits, dashes.
  ['ru_snils_printed', opening(digitRunNeed({ all: R(3) | R(2), sig: SIG_DASH }))],
  // 900101-1234568 or 9001011234568.
  ['kr_rrn', opening(digitRunNeed({ all: R(13) }, { all: R(6) | R(7), sig: SIG_DASH }))],
  // 85.07.30-033.28 and the bare and spaced forms 85 07 30 033 28, 850730 033 28, 850730-03328…:
  // every way of writing the 2-2-2-3-2 groups has a run of 2, 6, 9 or 11 digits.
  ['be_national_number', opening(digitRunNeed({ some: R(2) | R(6) | R(9) | R(11) }))],
  // 756.9217.0769.85, 756 9217 0769 85 or 7569217076985.
  ['ch_ahv', opening(digitRunNeed({ all: R(3) | R(4) | R(2) }, { all: R(13) }))],
  // 18 digits, or 17 and an X.
  ['cn_resident_id', opening(digitRunNeed({ some: R(17) | R(18) }))],
  // 12.531.909-2 or 12531909-K.
  ['cl_rut', opening(digitRunNeed({ all: R(3), sig: SIG_DOT | SIG_DASH }, { some: R(7) | R(8), sig: SIG_DASH }))],
  // 20-05536168-2 or 20055361682.
  ['ar_cuit', opening(digitRunNeed({ all: R(11) }, { all: R(2) | R(8) | R(1), sig: SIG_DASH }))],
  // 784-1968-6570305-0 or 784196865703050.
  ['ae_emirates_id', opening(digitRunNeed({ all: R(15) }, { all: R(3) | R(4) | R(7) | R(1), sig: SIG_DASH }))],
  // 1-2345-45678-78-1, 1 2345 45678 78 1 or 1234545678781.
  ['th_id', opening(digitRunNeed({ all: R(13) }, { all: R(1) | R(4) | R(5) | R(2) }))],
  // 490154203237518 or 49-015420-323751-8 / 49 015420 323751 8.
  ['imei', digitRunNeed({ all: R(15) }, { all: R(2) | R(6) | R(1) })],
  // 3533251104271701 or 35332511-042717-01 (IMEISV).
  ['imeisv', digitRunNeed({ all: R(16) }, { all: R(8) | R(6) | R(2) })],
  // 262019876543210 (IMSI): one run of 15 digits.
  ['imsi', digitRunNeed({ all: R(15) })],
  // 89… in one run of 19 or 20 digits, or grouped by four (the first group `89dd`).
  ['iccid', digitRunNeed({ some: R(19) | R(20) }, { all: R(4) })],
  // A SIM vendor line: the ICCID's run of 19 or 20 digits and the IMSI's of 15.
  ['sim_vendor_out_line', digitRunNeed({ all: R(15), some: R(19) | R(20) })],
  // 32 digits in one run.
  ['euicc_id', digitRunNeed({ all: R(32) })],
  // Four dotted groups of 1–3 digits.
  ['ipv4', digitRunNeed({ some: R(1) | R(2) | R(3), sig: SIG_DOT })],
  // The pattern takes any digit group, but the validator rejects a candidate (and each shorter cut
  // of it) with fewer than 7 or more than 15 digits before anything else: every run of a number it
  // reports has at most 15 digits.
  ['phone', opening(digitRunNeed({ some: runBits(1, 15) }))],
]);
