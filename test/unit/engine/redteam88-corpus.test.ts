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
 * look-alikes in 80 cases.) The idempotence suite passed before any fix.
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
      product_analytics: 0.961,
      push_messaging: 0.88,
      app_support: 0.893,
      mobile_backend: 0.964,
    },
    slice: { realistic: { recall: 0.97, kept: 0.968 }, adversarial: { recall: 0.897, kept: 0.961 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-eighth round', REDTEAM88_CORPUS);
