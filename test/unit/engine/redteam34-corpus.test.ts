import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM34_CORPUS } from './fixtures/redteam34-corpus.js';

/**
 * Thirty-fourth red-team round: the web front end (HAR exports, session replay, RUM and browser
 * telemetry, product analytics from the browser). Each case cites its public source in
 * fixtures/redteam34-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.917 (109 planted),
 * adversarial 0.929 (85); look-alikes kept 0.987 (79) / 0.952 (63). Per family (recall / kept):
 * har 0.930 / 0.939, replay 0.914 / 0.957, rum 0.978 / 1.000, browser_analytics 0.875 / 0.978.
 * (194 planted values and 142 look-alikes in 79 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (Meta advanced matching members `ph` / `ln` / `db` / … under a `ud` or
 * `user_data` parent; `X-Session` and Express `connect.sid` as session names, so HAR name / value
 * pairs carry them; account-link token parameters by their own name on any path: `invite=`,
 * `magic=`, `reset_token=`; a hyphenated DNI as a CSV cell after its comma; the text of an rrweb
 * input event (`source: 5` beside `isChecked`) masked whole as typed input; a bare `name=`
 * written form-encoded with `%20` / `+` beside an e-mail or phone pair; the sensitive pairs of a
 * percent-encoded URL passed as a parameter, GA4 `dl=`, `return_to=`): realistic 0.982,
 * adversarial 0.965; kept 0.987 / 0.952 (recall: har 0.982, replay 0.943, rum 1.000,
 * browser_analytics 0.964).
 * Stop 32 (leaks32c.test.ts): an rrweb input event inside a PostHog `$snapshot_data` list is read
 * without `isChecked` too (`{source: 5, text, id}` and nothing else): realistic 0.991, adversarial
 * 0.965; kept 0.987 / 0.952 (recall: replay 0.971).
 * Known leaks left, by record shape: an Amplitude `device_id`
 * (rounds 6 and 18 keep the same documented value as a look-alike: the team's call); a reset
 * token under a one-letter name on a path that names no account link (`/r?t=…`); a birth date in
 * an rrweb text node whose label ("Date of birth") is a sibling element's text; HMRC's example NINO
 * `QQ 12 34 56 C` (QQ is no issued prefix, so the validator rightly refuses it). Look-alikes still
 * masked: PostHog `$session_id` (read as a session id), the `_ga` client id and `theme=dark` in a
 * Cookie header that also holds session cookies (masked whole, fail closed), a company's head
 * office under `traits.company.address`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-fourth round',
  'red-team corpus 34',
  REDTEAM34_CORPUS,
  {
    family: { har: 0.982, replay: 0.971, rum: 1, browser_analytics: 0.964 },
    slice: { realistic: { recall: 0.99, kept: 0.987 }, adversarial: { recall: 0.964, kept: 0.952 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-fourth round', REDTEAM34_CORPUS);
