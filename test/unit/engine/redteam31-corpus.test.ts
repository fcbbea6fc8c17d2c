import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM31_CORPUS } from './fixtures/redteam31-corpus.js';

/**
 * Thirty-first red-team round: documents and files — file names and object keys, cloud drive audit
 * events, document metadata (EXIF / XMP / PDF Info / Office properties / Tika), e-signature audit
 * trails and document AI / OCR extraction. Each case cites its public source in
 * fixtures/redteam31-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.738 (141 planted),
 * adversarial 0.667 (114); look-alikes kept 0.935 (93) / 1.000 (51). Per family (recall / kept):
 * file_names 0.295 / 0.971, cloud_drive 0.673 / 0.955, doc_metadata 0.794 / 1.000, esign 0.927 /
 * 1.000, idp_extraction 0.802 / 0.895. (The corpus plants 255 values, more than the brief's 200; it
 * was not cut. The first measurement, 0.709 / 0.658, had three machine-readable zones written with
 * wrong check digits, which no real document carries; they were rebuilt by the ICAO 9303 rule
 * before any engine change.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-first round',
  'red-team corpus 31',
  REDTEAM31_CORPUS,
  {
    family: { file_names: 0.295, cloud_drive: 0.672, doc_metadata: 0.794, esign: 0.926, idp_extraction: 0.802 },
    slice: { realistic: { recall: 0.737, kept: 0.935 }, adversarial: { recall: 0.666, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-first round', REDTEAM31_CORPUS);
