import {
  SIG_ASCII_WHITESPACE,
  SIG_AT,
  SIG_BACKSLASH,
  SIG_COLON,
  SIG_DASH,
  SIG_DIGIT,
  SIG_DOT,
  SIG_EQUALS,
  SIG_LESS_THAN,
  SIG_NON_ASCII,
  SIG_OPEN_BRACKET,
  SIG_PLUS,
  SIG_SPACE,
  SIG_UPPER,
  type SignatureNeed,
} from './char-signature.js';
import type { ValueDetector } from './types.js';

/**
 * What the built-in detectors without keywords need to find in a string's character signature
 * (char-signature.ts) for their prefilter to be true, read off each prefilter: the engine skips
 * the call when the string lacks it. These detectors run on every string, so on a short id
 * (`agent-7f1786`) or a lower-case sentence most of them are now a bit test. Each entry is
 * checked against its prefilter on generated and example text (test/unit/engine/char-signature.test.ts).
 * A detector absent here (or a need left out) is simply always asked.
 */
export const BUILTIN_SIGNATURE_NEEDS: ReadonlyMap<string, SignatureNeed> = new Map<string, SignatureNeed>([
  // `s.text.indexOf('@') !== -1`
  ['email', { all: SIG_AT }],
  ['email_password_pair', { all: SIG_AT }],
  // an `@` with a non-ASCII character near it (nonAsciiNearAt)
  ['international_email', { all: SIG_AT | SIG_NON_ASCII }],
  // a full-width or small commercial at (U+FF20, U+FE6B)
  ['email_lookalike_at', { all: SIG_NON_ASCII }],
  // `indexOf('@')` and an angle bracket before it (ANGLE_AT: a prompt with an address and no `<`
  // was read whole by its regex)
  ['mailbox_display_name', { all: SIG_AT | SIG_LESS_THAN }],
  // `s.hasDigit && (capitalDigit || … sixDigitsThen '-' || … sixDigitsThen '+')`: a digit, and an A–Z, a `-` or a `+`
  ['fi_hetu', { all: SIG_DIGIT, any: [SIG_UPPER | SIG_DASH | SIG_PLUS] }],
  // `bc1`/`BC1` (a digit) or a capital next to a digit
  ['bitcoin_address', { all: SIG_DIGIT }],
  // `s.hasDigit && indexOf('(')`: a digit and an opening bracket (stop 46: with the digit alone
  // every text holding a number called it)
  ['date_of_birth_after_age', { all: SIG_DIGIT | SIG_OPEN_BRACKET }],
  // five `:`, five `-` or two `.` (countMacSeparators)
  ['mac_address', { any: [SIG_COLON | SIG_DASH | SIG_DOT] }],
  // five `:` or five `-` (countMacSeparators), and hex pairs hold a digit or a letter: the separator is enough
  ['rfid_uid', { any: [SIG_COLON | SIG_DASH] }],
  // `s.text.indexOf(':') !== -1 && …`
  ['ipv6', { all: SIG_COLON }],
  // hasNumberAndSpace: `indexOf(' ')` and a digit
  ['street_address', { all: SIG_SPACE | SIG_DIGIT }],
  ['postcode', { all: SIG_SPACE | SIG_DIGIT }],
  // `\s` then a capital of A–Z or an accented one (CAPITALISED), or ` [A-Z][A-Z]` (capitalsPair):
  // white space (ASCII, or one of Unicode's, which are non-ASCII) and a capital (A–Z or non-ASCII)
  ['person_name', { any: [SIG_ASCII_WHITESPACE | SIG_NON_ASCII, SIG_UPPER | SIG_NON_ASCII] }],
  // Red-team round ten's detectors of text in other scripts and characters: their prefilters test
  // the non-ASCII bit first (and a digit for the numbered ones).
  ['unicode_folded', { all: SIG_NON_ASCII }],
  ['native_script_name', { all: SIG_NON_ASCII }],
  ['date_of_birth_local', { all: SIG_NON_ASCII }],
  ['date_of_birth_cjk', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['jp_address', { all: SIG_NON_ASCII }],
  ['vn_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['ar_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  // `N-N-N` and a romanised place name: a digit, a dash, a blank.
  ['jp_roman_address', { all: SIG_DIGIT | SIG_DASH | SIG_SPACE }],
  // Rounds 17–20's detectors of text in other scripts: their prefilters test the non-ASCII bit
  // first (and a digit for the numbered ones). Without an entry each was a call on every string.
  ['jp_dash_address', { all: SIG_NON_ASCII }],
  ['in_flat_address', { all: SIG_NON_ASCII }],
  ['cjk_numeral_phone', { all: SIG_NON_ASCII }],
  ['kr_road_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['cyrillic_home_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['chat_export_sender', { all: SIG_NON_ASCII | SIG_DIGIT }],
  // Later rounds' detectors without keywords, found called on every string of a clean bench
  // record (stop 31): the scripts' addresses and birth words test the non-ASCII bit (and a digit)
  // first; lat_long_bare needs `numeric` (digits) and a `.`; base64_credential ends in `=` or,
  // unpadded, needs a digit.
  ['cn_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['he_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['gr_address', { all: SIG_NON_ASCII | SIG_DIGIT }],
  ['date_of_birth_cyrillic_greek', { all: SIG_NON_ASCII }],
  ['lat_long_bare', { all: SIG_DIGIT | SIG_DOT }],
  ['base64_credential', { any: [SIG_DIGIT | SIG_EQUALS] }],
  // Stops 32 and 33's detectors without keywords (each was a call on every string of a record):
  // `capitalDigit` holds a digit and an A–Z; `hasDigit` a digit; `', '` and a pattern's ` ` a space.
  ['uscis_receipt_number', { all: SIG_UPPER | SIG_DIGIT }],
  ['immigration_case_reference', { all: SIG_UPPER | SIG_DIGIT }],
  ['iban_comma_groups', { all: SIG_UPPER | SIG_DIGIT | SIG_SPACE }],
  ['phone_comma_groups', { all: SIG_DIGIT | SIG_SPACE }],
  ['birth_date_after_inverted_name', { all: SIG_DIGIT | SIG_SPACE }],
  // `capitalDigit` and SUFFIX_GATE's leading blank
  ['upper_case_street_line', { all: SIG_UPPER | SIG_DIGIT | SIG_SPACE }],
  // `.L/` or `.R/`
  ['pnl_name', { all: SIG_UPPER | SIG_DOT }],
  // `/` after capitals, then a digit and a `.` before them (pnrNameGate)
  ['pnr_name', { all: SIG_UPPER | SIG_DIGIT | SIG_DOT }],
  // a digit and `AP` before three capitals or `PHONES`
  ['pnr_phone', { all: SIG_UPPER | SIG_DIGIT }],
  // `{{`
  ['filled_placeholder_name', { all: SIG_OPEN_BRACKET }],
  // a digit, a line break and two blanks or a tab
  ['meeting_speaker_line', { all: SIG_DIGIT | SIG_ASCII_WHITESPACE }],
  // `SURNAME,GIVEN`: capitals around a comma
  ['inverted_name_no_blank', { all: SIG_UPPER }],
  // an A–Z and a `^` (hl7QuotedPersonName)
  ['hl7_quoted_person_name', { all: SIG_UPPER }],
  // `J. Mercer-Ortiz`: capitals around `. `, and a `-`
  ['initial_hyphenated_surname', { all: SIG_UPPER | SIG_DOT | SIG_SPACE | SIG_DASH }],
  // ` (` (spaceParen): a blank and a parenthesis
  ['login_beside_name', { all: SIG_SPACE | SIG_OPEN_BRACKET }],
  // `indexOf('\\') > 1`: a backslash
  ['domain_login', { all: SIG_BACKSLASH }],
]);

/**
 * The signature need of a detector without keywords: the one it declares (ValueDetector.needs, its
 * own spec) or this table's. The engine's per-signature lists of such detectors (#alwaysFor) are
 * built from it.
 */
export function signatureNeedOf(d: Pick<ValueDetector, 'id' | 'needs'>): SignatureNeed | undefined {
  return d.needs ?? BUILTIN_SIGNATURE_NEEDS.get(d.id);
}
