import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM18_CORPUS } from './fixtures/redteam18-corpus.js';

/**
 * Eighteenth red-team round: application logs — free-text lines with interpolated values and the
 * error messages libraries write that echo the value they rejected. Each case cites its public
 * source in fixtures/redteam18-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.884 (146 planted),
 * adversarial 0.868 (53); look-alikes kept 0.975 (158) / 0.981 (52). Per family (recall / kept):
 * contact 0.966 / 1.000, people 0.857 / 0.947, ids 0.813 / 0.958, credentials 0.864 / 0.979.
 * After this round's fixes (errors echoing a rejected value beside its field: Spring FieldError,
 * pydantic v2, Joi, GraphQL-js, SQL Server 2628, PostgreSQL `Key (…)=(…)`; bound parameters
 * printed after a statement; hash-rocket, C# record and Go %#v dumps and a bare `name` in a
 * dumped person; a URI in a dump losing only its password; ioredis AUTH; `+` numbers as URL path
 * segments; a NIR after a comma; `ird` / `ird_number`; `**redacted**` and quoted `'[Filtered]'`
 * markers kept): realistic 0.952, adversarial 0.887; kept 0.994 / 0.981 (recall / kept: contact
 * 0.983 / 1.000, people 0.939 / 1.000, ids 0.896 / 0.958, credentials 0.909 / 1.000).
 * Leftover fixes (branch leaks18b: Hibernate bind lines read with the statement of the same
 * record; a name beside an e-mail or phone in a job's argument list; a Whoops / Ignition
 * environment table; an upper-case `NAME=` beside person fields; a token under a one-letter
 * parameter of a reset / verify / invite link; a value rich wraps inside its box; the two readers
 * of echoing errors merged into structure/error-echo.ts): realistic 0.979, adversarial 0.962;
 * kept 0.994 / 0.981 (recall / kept: contact 1.000 / 1.000, people 1.000 / 1.000, ids 0.896 /
 * 0.958, credentials 1.000 / 1.000).
 * Stop 30: FastAPI's 422 `detail[]` as a JSON record, the last string of `loc` naming the field of
 * `input` (structure/siblings.ts, locatedField): realistic 0.986; ids 0.917.
 * Known leaks left, by record shape: SSA published sample SSNs
 * (078-05-1120, 219-09-9999) with no SSN name right before (a Postgres `Failing row contains (…)`
 * without its INSERT, which is read when in the same message; a URL path; a
 * NumberFormatException): by design a sample stays unless named, so these four measure the sample
 * rule, not a real SSN; and a bare date of birth in that failing row.
 * Look-alikes still masked: a BIC under `bic=` (SWIFT_BIC by design) and a card's expiry written
 * next to its number (CARD_EXPIRY by design).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighteenth round',
  'red-team corpus 18',
  REDTEAM18_CORPUS,
  {
    family: { contact: 1, people: 1, ids: 0.916, credentials: 1 },
    slice: { realistic: { recall: 0.986, kept: 0.993 }, adversarial: { recall: 0.962, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighteenth round', REDTEAM18_CORPUS);
