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
      international: 0.765,
      unicode: 0.913,
      documents: 0.704,
      ai_retrieval: 0.727,
      mobile_rum: 0.871,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.809, kept: 0.952 }, adversarial: { recall: 0.712, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, tenth round', REDTEAM10_CORPUS);
