import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT70_CORPUS } from './fixtures/left70-corpus.js';

/**
 * Leftovers of red-team round 70 (stop 39): the record shapes round 70 still leaked or over-masked
 * (OpenTelemetry telemetry as instrumentation writes it), written again from other sources
 * (fixtures/left70-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (49 cases; CI=true npx vitest run --project unit test/unit/engine/left70-corpus.test.ts):
 * realistic recall 0.857 (28 planted), adversarial 0.500 (24); look-alikes kept 0.873 (55) / 0.930
 * (43). Per family (recall / kept): db_bindings 0.938 / 0.962, free_text_names 0.583 / 1.000,
 * flag_contexts 0.600 / 0.933, places_phones 0.667 / 1.000, forms_errors 0.500 / 1.000, lookalikes
 * - / 0.680 (25). The idempotence suite passed before any fix.
 * After the fixes of stop 39 (lower-case-names.ts: `herr(n)` / `frau` / `mme` / `mlle` / `madame` /
 * `monsieur` as titles, `typed` and `name` as role leads, a rare given name before a
 * double-barrelled surname; person-names.ts: log-message phrase leads `updated / blocked / issued /
 * locked … for`, `linked to`, `caller was`, and no run of 3+ words after them unless it opens on a
 * known given name; error-echo.ts: localized Spring field errors and a person under a bare `name`
 * field; url.ts: GraphQL GET `variables=` read by member; engine.ts / siblings.ts: a LaunchDarkly
 * `user: {key}` and a Flagsmith `identity: {identifier}` as logins; keys.ts: `sentry-user_id`;
 * pii.ts: `unter` (whole word) and `bel terug` as phone words; shared.ts / secrets.ts / types.ts:
 * Stripe test tokens kept under a token name; residence-street.ts german_street_lower;
 * types.ts: OTel / Application Insights analytics `session.id` kept outside cookies and headers):
 * realistic 0.929, adversarial 0.833; kept 0.909 / 0.977 (recall: db_bindings 0.938,
 * free_text_names 0.833, flag_contexts 0.900, places_phones 1.000, forms_errors 0.750; lookalikes
 * kept 0.840).
 * Left: an EclipseLink birth date bound without its column; `clémence` (a given name the SSA list
 * does not hold) after `mme`; `typed gerlinde aufderheide as …` (an unknown surname before more
 * prose); a tracestate member `uid:…`; the `invalids` copy of a Joi value without a top-level domain; a
 * header-less row's login. Look-alikes still masked: private addresses in `x-forwarded-for` /
 * `x-real-ip` / Unleash `remoteAddress` (the policy masks every IP address), Rails' `Customer
 * Create (0.6ms)` (a model's operation read as a name after `Customer`), `for Tenant Northwind
 * Traders`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 70',
  'left70 corpus',
  LEFT70_CORPUS,
  {
    family: {
      db_bindings: 0.937,
      free_text_names: 0.833,
      flag_contexts: 0.9,
      places_phones: 1,
      forms_errors: 0.75,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.928, kept: 0.909 }, adversarial: { recall: 0.833, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 70', LEFT70_CORPUS);
