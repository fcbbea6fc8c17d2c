import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT73_CORPUS } from './fixtures/left73-corpus.js';

/**
 * Leftovers of red-team round 73 (stop 40): the record shapes round 73 still leaked or over-masked
 * (crypto exchanges, the Travel Rule and blockchain analytics), written again from other sources
 * (fixtures/left73-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (43 cases, 72 planted values and 96 look-alikes; CI=true npx vitest run --project
 * unit test/unit/engine/left73-corpus.test.ts): realistic recall 0.893 (28 planted), adversarial
 * 0.591 (44); look-alikes kept 0.767 (43) / 0.887 (53). Per family (recall / kept):
 * kyc_vendor_records 0.773 / 0.944, note_names 0.826 / 1.000, street_forms 0.778 / 1.000, url_names
 * 0.500 / 1.000, wallet_memos 0.333 / 1.000, lookalikes 1.000 / 0.583 (36). The idempotence suite
 * passed before any fix.
 * After the fixes of stop 40 (see redteam73-corpus.test.ts for the rules): realistic 0.964,
 * adversarial 0.932; kept 1.000 / 0.981 (recall: kyc_vendor_records 0.909, note_names 1.000,
 * street_forms 1.000, url_names 0.500, wallet_memos 1.000; lookalikes kept 0.972).
 * Left: a Veriff body and a Sumsub applicant ending a log line as JSON / util.inspect text
 * (structured tails: the tails40 helper's); names percent-encoded or `+`-joined in a file name
 * with a particle and no name the lists know (`Ma%C3%ABlys Le Gall`, `Ruairi+Mac+Suibhne`: the
 * particle reads as a stop word and cuts the run). Look-alike still masked: a Veriff session UUID
 * under `session=` (a UUID is a session cookie's shape too; only short typed ids are kept).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 73',
  'left73 corpus',
  LEFT73_CORPUS,
  {
    family: {
      kyc_vendor_records: 1,
      note_names: 1,
      street_forms: 1,
      url_names: 0.5,
      wallet_memos: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.954, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 73', LEFT73_CORPUS);
