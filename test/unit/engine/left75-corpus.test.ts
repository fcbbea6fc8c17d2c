import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT75_CORPUS } from './fixtures/left75-corpus.js';

/**
 * Leftovers of red-team round 75 (stop 40): the record shapes of property & casualty and workers'
 * compensation claims that round 75 still leaked or over-masked, written again from other sources
 * (fixtures/left75-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (38 cases; CI=true npx vitest run --project unit test/unit/engine/left75-corpus.test.ts):
 * realistic recall 0.571 (49 planted), adversarial 0.500 (30); look-alikes kept 0.979 (48) / 1.000
 * (29). Per family (recall / kept): party_structures 0.591 / 1.000, bureau_lines 0.417 / 1.000,
 * flat_rows 0.429 / 1.000, intake_free_text 0.652 / 1.000, lookalikes 1.000 / 0.967 (30). The
 * look-alike masked before any fix: a salvage buyer `Vilnius Auto Parts UAB` under `buyer.name`.
 * The idempotence suite passed before any fix.
 * After the fixes of stop 40 (the rules listed in redteam75-corpus.test.ts): realistic 0.918,
 * adversarial 0.800; kept 1.000 / 1.000 (recall: party_structures 0.909, bureau_lines 1.000,
 * flat_rows 0.761, intake_free_text 0.869; lookalikes kept 1.000).
 * Left: a JSON object ending a log line (`driversLicense.number` of a Guidewire body: the tails40
 * helper's); `driverA: {name}` (a `driver` name is no person's key: a JDBC or CSI driver's);
 * header-less CSV / pipe / semicolon rows' policy numbers, an NCPDP row's cardholder id, a German
 * row's plate and an estimate row's owner without a known given name (no cell says what they are);
 * an Irish phone number without a cue in a quoted signature; given names the lists lack
 * (`hildegunn`, `tamsin`: the names40 helper's).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 75',
  'left75 corpus',
  LEFT75_CORPUS,
  {
    family: {
      party_structures: 0.954,
      bureau_lines: 1,
      flat_rows: 0.809,
      intake_free_text: 0.913,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.938, kept: 1 }, adversarial: { recall: 0.866, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 75', LEFT75_CORPUS);
