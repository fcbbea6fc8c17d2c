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
 * pydantic v2, Joi, GraphQL-js, SQL Server 2628; hash-rocket, C# record and Go %#v dumps and a
 * bare `name` in a dumped person; ioredis AUTH; `+` numbers as URL path segments; a NIR after a
 * comma; `ird` / `ird_number`; `**redacted**` and quoted `'[Filtered]'` markers kept): realistic
 * 0.952, adversarial 0.887; kept 0.987 / 0.981 (recall / kept: contact 0.983 / 1.000, people
 * 0.939 / 1.000, ids 0.896 / 0.958, credentials 0.909 / 0.979).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighteenth round',
  'red-team corpus 18',
  REDTEAM18_CORPUS,
  {
    family: { contact: 0.98, people: 0.93, ids: 0.89, credentials: 0.9 },
    slice: { realistic: { recall: 0.95, kept: 0.98 }, adversarial: { recall: 0.88, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighteenth round', REDTEAM18_CORPUS);
