import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { TAILS40_CORPUS } from './fixtures/tails40-corpus.js';

/**
 * Structured tails of log lines (stop 40): fixtures/tails40-corpus.ts cites each case's source. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (59 cases; CI=true npx vitest run --project unit test/unit/engine/tails40-corpus.test.ts):
 * realistic recall 0.857 (70 planted), adversarial 0.493 (67); look-alikes kept 0.987 (78) / 1.000
 * (65). Per family (recall / kept): json_tails 0.607 / 1.000, go_fmt 0.682 / 0.957, python_repr
 * 0.632 / 1.000, jvm_tostring 0.850 / 1.000, ruby_php 0.625 / 1.000, dotnet_elixir 0.708 / 1.000.
 * The idempotence suite passed before any fix.
 * A reader of these tails (structure/printed-records.ts: each printed value walked as a record on
 * a trial, its members masked whole by name, parent or sibling becoming spans) reached 1.000 /
 * 1.000 here (branch tails40-reader) but cost look-alikes of rounds 2, 71 and the national-ids
 * corpus and a round 9 leaks test in its last run: not merged at stop 40.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'structured tails of log lines',
  'tails40 corpus',
  TAILS40_CORPUS,
  {
    family: {
      json_tails: 0.606,
      go_fmt: 0.681,
      python_repr: 0.631,
      jvm_tostring: 0.849,
      ruby_php: 0.624,
      dotnet_elixir: 0.706,
    },
    slice: {
      realistic: { recall: 0.856, kept: 0.986 },
      adversarial: { recall: 0.492, kept: 1 },
    },
  },
  present,
);

corpusIdempotenceSuite('structured tails of log lines', TAILS40_CORPUS);
