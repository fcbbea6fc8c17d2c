import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM70_CORPUS } from './fixtures/redteam70-corpus.js';

/**
 * Seventieth red-team round: OpenTelemetry telemetry as instrumentation writes it (OTLP/JSON spans
 * and logs with the HTTP, database, messaging, exception, gen-AI, RPC and feature-flag semantic
 * conventions; W3C baggage and tracestate; the collector's debug exporter) and as APM vendors carry
 * it (Sentry events, Datadog APM spans, logs and RUM, New Relic, Honeycomb, Elastic APM, Grafana
 * Loki). Each case cites its public source in fixtures/redteam70-corpus.ts. A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.870 (131 planted),
 * adversarial 0.750 (100); look-alikes kept 0.992 (122) / 0.968 (63). Per family (recall / kept):
 * otel_http 0.723 / 0.974, otel_db_messaging 0.880 / 1.000, exceptions 0.857 / 0.970, apm_vendors
 * 0.847 / 0.976, gen_ai_and_rpc 0.775 / 1.000. (The corpus plants 231 values and 185 look-alikes
 * in 67 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (an OTLP/JSON `stringValue` read as the login its `user.name` /
 * `enduser.id` sibling names; logins under `enduser.id`, `process.owner`, Datadog `usr.id` (also
 * `usr: {id}`), OpenFeature `targetingKey` and `feature_flag.context.id`; the Collector debug
 * exporter's `-> name: Str(…)` / `Slice([…])` lines; a flag evaluation context's `name` beside an
 * e-mail, also as logfmt `context={…}`; `db.operation.parameter.<n>` by the column of its
 * placeholder in `db.query.text` / `db.statement`; a Redis command as a span's query text (`AUTH
 * user pw`, `HSET key field value`); a login spelled from its row's e-mail; names after `Herrn`,
 * `ich heiße`, `a nombre de`, `au nom de`, `Name on card:`): realistic 0.946, adversarial 0.820;
 * kept 0.992 / 0.968 (recall: otel_http 0.851, otel_db_messaging 0.920, exceptions 0.885,
 * apm_vendors 0.915, gen_ai_and_rpc 0.875).
 * Known leaks left, by record shape: a positional `db.operation.parameter.<n>` whose column names
 * no entity (`recipient = ?`); a Redis `HSET … name "…"` (a bare `name` field); a Hibernate
 * `[DATE]` binding with no column; names in free text after `for` / `linked to` / `caller was`
 * and in lower case after `herrn`, `mme`, `typed`, in a Go `%+v` `{name:…}` and a logfmt
 * `user="…"`; a LaunchDarkly context's `key` and a `tracestate` member `uid:…`; a header-less row's
 * login that its e-mail does not spell; an Italian `via Po 41` and lower-case German and
 * Australian streets; a German `unter 030 123456`; e-mail-like values without a top-level domain
 * in validation errors; a name percent-encoded in GraphQL `variables=` of a URL; a Spring error
 * localized into German.
 * Look-alikes still masked: Stripe's test token `tok_visa` under `token = …` in a traceback's
 * locals, a private `10.0.0.4` in `x-forwarded-for`, and an OTel `session.id` (the policy masks
 * every `session id` as a secret).
 * After the leftover pass of stop 39 (left70-corpus.test.ts; rules: German / French lower-case
 * titles `herr(n)`, `frau`, `mme`, `mlle`, and `typed` / `name` as role leads in
 * lower-case-names.ts, a rare given name before a double-barrelled surname; phrase leads of log
 * messages `updated for`, `blocked for`, `locked for`…, `linked to`, `caller was` in
 * person-names.ts; Spring field errors localized into German / French / Spanish / Italian and a
 * person under a bare `name` field in error-echo.ts; GraphQL GET `variables=` read by member in
 * url.ts; a LaunchDarkly `user: {key}` and Sentry's `sentry-user_id` as logins; phone numbers after
 * a whole-word `unter` and `bel terug`; German street names in lower case (german_street_lower);
 * Stripe test tokens `tok_visa` kept; OTel analytics session ids kept): realistic 0.969,
 * adversarial 0.910; kept 1.000 / 0.984 (recall: otel_http 0.936, otel_db_messaging 0.960,
 * exceptions 0.943, apm_vendors 0.949, gen_ai_and_rpc 0.925).
 * Policy of stop 39 on `session.id`: a session that authenticates (`sessionId`, `session_id`,
 * `SESSIONID`, a cookie's value, `sessionToken`) stays a secret; the dotted lower-case OTel
 * attributes `session.id` / `session.previous_id` and Application Insights' `ai.session.id` (a
 * browser or mobile analytics session that groups telemetry) are kept, except under a cookie or
 * header member (structure/types.ts isTelemetrySessionId).
 * Left after it: `db.operation.parameter.<n>` under a column that names no entity, Hibernate
 * `[DATE]` bindings, a flat LaunchDarkly context's `key` beside `kind: user` in logfmt, a
 * tracestate `uid:` member, a header-less row's login, `via Po 41` and a lower-case Australian
 * street, e-mail-like values without a top-level domain, a lower-case name in logfmt
 * `user="…"` and in a Redis JSON blob when the given name is rare and the surname unknown, a
 * lower-case name after `herrn` whose given name the SSA list does not hold (`gottfried`), an
 * Australian mobile in a breadcrumb's `typed "…"`. Look-alike still masked: a private `10.0.0.4`
 * in `x-forwarded-for` (the policy masks every IP address, private ones too).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventieth round',
  'red-team corpus 70',
  REDTEAM70_CORPUS,
  {
    family: {
      otel_http: 0.936,
      otel_db_messaging: 0.96,
      exceptions: 0.942,
      apm_vendors: 0.966,
      gen_ai_and_rpc: 0.925,
    },
    slice: { realistic: { recall: 0.969, kept: 1 }, adversarial: { recall: 0.92, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventieth round', REDTEAM70_CORPUS);
