import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT83_CORPUS } from './fixtures/left83-corpus.js';

/**
 * Leftovers of red-team round 83 (stop 43): the record shapes of insurance underwriting, policy
 * administration, life and annuity records that round 83 still leaked or over-masked, written again
 * from other sources (fixtures/left83-corpus.ts cites each case's), so a fix is measured on records
 * it was not written for. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix (32 cases; CI=true npx vitest run --project unit test/unit/engine/left83-corpus.test.ts):
 * realistic recall 0.737 (19 planted), adversarial 0.386 (57); look-alikes kept 0.938 (32) / 0.889
 * (45). Per family (recall / kept): policy_keys 0.697 / 0.962, flat_rows 0.207 / 0.938, urls_prose
 * 0.500 / 1.000, lookalikes 1.000 / 0.792 (24). (The corpus plants 76 values and 77 look-alikes.)
 * The look-alikes masked before any fix: `Jackson National Life` under `carrier` (read as a name),
 * `Mr. Cooper` (twice) and `Dr Pepper` read as a title and a name, carriers' home-office streets and
 * ZIPs in prose (State Farm, Progressive, Prudential). The idempotence suite passed before any fix.
 * After the fixes of stop 43 (the rules listed in redteam83-corpus.test.ts): realistic 0.947,
 * adversarial 0.860; kept 1.000 / 0.956 (recall: policy_keys 0.970, flat_rows 0.759, urls_prose
 * 0.929; lookalikes kept 0.958).
 * Left: a Duck Creek `AccountNumber` `DCB-0042281937` (a vendor's or a billing account's shape that
 * rounds 36, 37 and 46 keep); NPNs at a row's start; contract cells after a state's code with zeros
 * (`VA-00441297`: a voter roll's `OH-000482933` shape); a loan number after a servicer; an AL3 name
 * cut by its column; a death-record number under `certNo=` in a URL. Look-alikes still masked:
 * `Mr. Cooper` in a CSV row of a text that names no mortgage (a person's `Mr. Cooper` elsewhere),
 * Progressive's office after its bare name in brackets (no company form before it).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 83',
  'left83 corpus',
  LEFT83_CORPUS,
  {
    family: {
      policy_keys: 0.969,
      flat_rows: 0.758,
      urls_prose: 0.928,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.947, kept: 1 }, adversarial: { recall: 0.859, kept: 0.955 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 83', LEFT83_CORPUS);
