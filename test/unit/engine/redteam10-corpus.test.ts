import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM10_CORPUS } from './fixtures/redteam10-corpus.js';

/**
 * Tenth red-team round: recall per family and look-alikes kept for (a) international records
 * (support, audit and agent records in Japanese, Chinese, Korean, Russian, Ukrainian, Arabic,
 * Hebrew, Hindi, Thai, Vietnamese, Turkish, Greek, Polish: field names, local phones, names and
 * addresses in local script, national ids), (b) Unicode and encodings (full-width, Arabic-Indic
 * and Devanagari digits, no-break / thin / zero-width characters, HTML entities, double
 * percent-encoding, JSON escapes as text, internationalised e-mail), (c) documents (Textract,
 * Document AI, Azure Document Intelligence, ICAO 9303 MRZ, CVs, invoices and receipts), (d) AI
 * retrieval (RAG chunks, citations, vector-store upserts, agent memories, embedding inputs) and
 * (e) mobile and browser (logcat, iOS crash reports and unified log, Firebase / Crashlytics
 * exports, APNs / FCM, IDFA / GAID, Datadog RUM, rrweb replay). Each case cites its public source
 * in fixtures/redteam10-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.565 (147 planted),
 * adversarial 0.411 (73); look-alikes kept 0.952 (126) / 1.000 (32). Per family: international
 * 0.328 (64), unicode 0.478 (23), documents 0.492 (61), ai_retrieval 0.636 (33), mobile_rum
 * 0.769 (39); look-alikes kept 0.949 (59) in the look-alike family.
 * After this round's fixes (field names in non-Latin scripts, Turkish and Vietnamese; advertising
 * ids; RU INN / SNILS, UA RNOKPP, GR AMKA, VN CCCD, UAE Emirates ID, KR RRN of the 1800s; ICAO
 * 9303 MRZ; full-width, Arabic-Indic, Persian and Devanagari digits and Unicode spaces, dashes and
 * invisible characters folded to ASCII; phone words in 13 more languages, after which 14 more
 * regions are tried; names after the words that introduce a person in 12 languages and before 様 / 님;
 * 年月日 and era birth dates; Document AI `mentionText` by type; APNs tokens in a push path;
 * one-time codes after their phrase; Japanese and Korean mobiles in their own writing; a TCKN in
 * 3-3-3-2 groups; Japanese N丁目N番N号 addresses): realistic 0.898, adversarial 0.877, kept
 * unchanged. Per family: international 0.953, unicode 0.913, documents 0.787, ai_retrieval 0.879,
 * mobile_rum 0.949.
 * Second pass (Vietnamese, Arabic and romanised Japanese street addresses by their own address
 * words; a call word after the phone; 8 digits between `account` and `sort code`; a name of
 * several capitalised words under a name key in key=value text, `holder` a name key; Chinese
 * buyer / seller name fields; Polish -skim / -skiego surnames; an e-mail described as user and
 * domain; kept: a company's name under a person's name key, a JAN / EAN barcode after its label,
 * `Room` after a guest's name). The placeholder PAN ABCDE1234F is a look-alike now, not a planted
 * value: a PAN's 4th character is its holder type (P, C, H, F, A, T, B, L, J, G per the Income Tax
 * Department's PAN structure) and D is none. Realistic 0.952 (146 planted), adversarial 0.904;
 * kept 0.984 (127) / 1.000. Per family: international 1.000, unicode 0.957, documents 0.803,
 * ai_retrieval 0.970, mobile_rum 1.000; look-alikes kept 0.966.
 * After leaks12 (a label object names its sibling value: Textract AnalyzeID `{Type: {Text},
 * ValueDetection}` and Azure `keyValuePairs` `{key: {content}, value: {content}}`; a bare `name`
 * under a person parent whose object holds an e-mail, phone or login in JSON written into text,
 * `\u` escapes and all; street types in capitals): realistic 0.993, adversarial 0.986, kept
 * unchanged; unicode 1.000, documents 0.967.
 * Then Textract FORMS KEY/VALUE blocks linked by id (structure/textract-forms.ts: a KEY block's
 * label words name its VALUE block's words, key:textract_form): adversarial 1.000, documents 0.984.
 * Known leaks left: Document AI's `Document Id` type, a base64 chunk
 * without a config shape. Look-alikes masked on purpose: a BIC under `swift` (SWIFT_BIC is an
 * entity of the catalog, masked by key and by value since the first catalog) and `session_id`
 * (a session id is a bearer credential in web logs: SECRET by key).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, tenth round',
  'red-team corpus 10',
  REDTEAM10_CORPUS,
  {
    family: {
      international: 1,
      unicode: 1,
      documents: 1,
      ai_retrieval: 1,
      mobile_rum: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.984 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, tenth round', REDTEAM10_CORPUS);
