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
 * After the fixes of stop 40 (structure/printed-records.ts: JSON after a message, Go `%+v` /
 * `%#v`, Python reprs, Java / Kotlin `toString()`, Ruby `inspect`, PHP `print_r` / `var_export` /
 * `var_dump`, .NET records, Serilog, Elixir / Erlang terms, util.inspect and Rust `{:?}` read as
 * records named by their class or key and walked by the record walk, a member's span winning over
 * a detector's that crosses its ends or starts on its name; bare-name-columns.ts: `given` beside
 * `family` / `surname`; siblings.ts: an identity card kind beside a number, a commercial document's
 * number kept; keys.ts: `holder last`): realistic 1.000, adversarial 1.000; kept 1.000 / 1.000
 * (every family 1.000).
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
      json_tails: 1,
      go_fmt: 1,
      python_repr: 1,
      jvm_tostring: 1,
      ruby_php: 1,
      dotnet_elixir: 1,
    },
    slice: {
      realistic: { recall: 1, kept: 1 },
      adversarial: { recall: 1, kept: 1 },
    },
  },
  present,
);

corpusIdempotenceSuite('structured tails of log lines', TAILS40_CORPUS);
