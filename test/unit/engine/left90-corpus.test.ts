import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT90_CORPUS } from './fixtures/left90-corpus.js';

/**
 * Leftovers of red-team round 90 (stop 44): the record shapes of airline crew, flight operations,
 * aviation maintenance, ground handling and safety records that round 90 still leaked or
 * over-masked, written again from other sources (fixtures/left90-corpus.ts cites each case's), so
 * a fix is measured on records it was not written for. A planted value counts as found only if no
 * raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix (37 cases; CI=true npx vitest run --project unit test/unit/engine/left90-corpus.test.ts):
 * realistic recall 0.450 (60 planted), adversarial 0.303 (33); look-alikes kept 0.941 (51) / 0.962
 * (26). Per family (recall / kept): rank_names 0.375 / 1.000, crew_rows 0.156 / 1.000,
 * keyed_values 0.618 / 1.000, lookalikes 0.667 / 0.879 (33). The look-alikes masked before any
 * fix: a crew hotel's published street address under `hotel.address` and a hotel's under
 * `vendorAddress`, ASRS's `Flight Crew Total 3400` and `Flight Crew Type 920` (`Crew Total`,
 * `Crew Type` read as names).
 * The idempotence suite passed before any fix.
 * After the fixes of stop 44 (the rules listed in redteam90-corpus.test.ts): realistic 0.933,
 * adversarial 0.909; kept 0.980 / 0.961 (recall: rank_names 0.833, crew_rows 1.000, keyed_values
 * 0.941; lookalikes kept 0.939: `Flight Crew Total` / `Flight Crew Type` stay now).
 * Left: lower-case names after a rank whose both words no list holds (`henrike dallmayr`, `sigvald
 * aakerholm`, `fa roos bakhuizen`: a rank before two unknown words is as often a part of a
 * write-up); a Spanish mobile after `doubts:` (no phone word); `captain=` with a percent-encoded
 * name and `crewId=` in a query (no beside rule for query keys of five letters and more); a room's
 * `guest` in a hotel block; hotels' published street addresses under `hotel.address` and
 * `vendorAddress` (the street detectors read the text whatever its parent).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 90',
  'left90 corpus',
  LEFT90_CORPUS,
  {
    family: {
      rank_names: 0.833,
      crew_rows: 1,
      keyed_values: 0.941,
      lookalikes: 0.666,
    },
    slice: { realistic: { recall: 0.933, kept: 0.98 }, adversarial: { recall: 0.909, kept: 0.961 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 90', LEFT90_CORPUS);
