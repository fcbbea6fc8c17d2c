import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM88_CORPUS } from './fixtures/redteam88-corpus.js';

/**
 * Eighty-eighth red-team round: mobile apps — crash reports (Sentry Cocoa / Android events,
 * breadcrumbs and user feedback, Crashlytics BigQuery rows and custom logs, Bugsnag and Instabug
 * payloads, iOS `.ips` reports, Android ANR traces and logcat, screenshot OCR text), product
 * analytics (Amplitude, Mixpanel, Segment mobile, GA4 / Firebase exports and DebugView lines,
 * AppsFlyer, Adjust and Branch attribution with IDFA / GAID), push and messaging (FCM and APNs
 * send logs and tokens, Expo, OneSignal and Braze exports, Airship channels, in-app Liquid
 * variables, SMS fallback, Twilio Verify and Firebase phone sign-in), app support (App Store and
 * Google Play reviews and replies, Zendesk, Helpshift and Intercom chats with device logs,
 * TestFlight and App Distribution testers, account deletion) and mobile backends (Firestore audit
 * logs, rules debug output, Supabase, Parse, Cognito triggers, GraphQL logs, LaunchDarkly and
 * Statsig contexts, session replay metadata). Each case cites its public source in
 * fixtures/redteam88-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.970 (137 planted),
 * adversarial 0.897 (107); look-alikes kept 0.968 (125) / 0.961 (78). Per family (recall / kept):
 * crash_reports 0.978 / 1.000, product_analytics 0.961 / 0.953, push_messaging 0.880 / 1.000,
 * app_support 0.893 / 0.927, mobile_backend 0.964 / 0.955. (The corpus plants 244 values and 203
 * look-alikes in 80 cases.) The idempotence suite passed before any fix. The look-alikes masked
 * before any fix: Amplitude's `session_id` (the session's start in epoch milliseconds) read as a
 * session secret, Adjust's 32-hex `adid`, the ZIP of Apple's head office written without a legal
 * form (`Apple, One Apple Park Way, Cupertino, CA 95014`), `App` of `escalated to App Manager` read
 * as a name, a LaunchDarkly context's `user.key` (`user-key-9f2c41`) read as a login, a TestFlight
 * group's mailbox (`qa-builds@…`) in header-less CSV rows, and a device model (`iPhone15,2`) after
 * an e-mail in a header-less pipe row read as its password.
 * After this round's fixes (an APNs token named before it: `…WithDeviceToken: <8 × 8 hex>`,
 * `|apns|<64 hex>|`, `push token … <64 hex>`, detect/values/devices.ts apns_token_after_name;
 * Airship's `push_address` (DEVICE_ID) and `named_user_id` (USERNAME) by name (keys.ts); a OneSignal
 * export's `identifier` column beside a device column (structure/csv.ts); a login after `my login
 * is` / `her username was` (login-names.ts login_given_in_chat); a password after `pw is`
 * (structure/config-text.ts); an unlisted owner in a device's whole name (`Lucasta's iPad`,
 * device-owner-names.ts); `<family> <given>です` at a sentence start or after 名前は
 * (native-names.ts); an e-mail broken after its `@` by `<br>` or a newline (described-email.ts
 * email_split_at_break); a name right before `, dob <date>` / `(DOB <date>)` (person-names.ts);
 * kept: an epoch `session_id` (structure/types.ts), `App` (person-name-stop.ts), the cell after an
 * e-mail in the fourth or later column of a pipe row (credential-pair.ts)): realistic 1.000,
 * adversarial 0.962; kept 0.976 / 0.987 (recall: crash_reports 0.978, product_analytics 0.961,
 * push_messaging 1.000, app_support 1.000, mobile_backend 0.982).
 * Known leaks left, by record shape: lower-case names with a surname no list knows after a label
 * the lists do not read (`cust nm: oriana feldspar-mcgee`) or in a pasted table's bare `nm` column
 * beside a phone (`| percival ansbach |`); a name under a bare `name=` deep-link parameter when a
 * letter of it is percent-encoded UTF-8 (`Anneliese%20Br%C3%BCckner`); a full name no list knows
 * under `displayName` in a GraphQL mutation's inline arguments (a bare display name is a person's
 * only beside a worker's member). Look-alikes still masked: Adjust's `adid` (round 25 decided a
 * device's random id there is an advertising id), Apple's head-office ZIP without a legal form, a
 * LaunchDarkly `user.key` in the docs' `user-key-…` layout, a group mailbox (`qa-builds@`) in
 * header-less CSV.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-eighth round',
  'red-team corpus 88',
  REDTEAM88_CORPUS,
  {
    family: {
      crash_reports: 0.978,
      product_analytics: 0.98,
      push_messaging: 1,
      app_support: 1,
      mobile_backend: 0.982,
    },
    slice: { realistic: { recall: 1, kept: 0.976 }, adversarial: { recall: 0.971, kept: 0.987 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-eighth round', REDTEAM88_CORPUS);
