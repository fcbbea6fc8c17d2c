import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM85_CORPUS } from './fixtures/redteam85-corpus.js';

/**
 * Eighty-fifth red-team round: fitness, wearables, gyms, sports clubs and event ticketing (Strava,
 * Fitbit, Garmin Health, Oura and WHOOP API objects and webhooks, incident-detection messages,
 * Apple HealthKit exports; Mindbody clients and webhooks, check-in scans, PAR-Q+ forms, freezes, EFT
 * drafts and mandates, access-control rows, trainers' notes; TeamSnap members and contacts,
 * background screenings and DBS records, junior medical consent, RunSignup participants, timing
 * results; Eventbrite webhooks, orders and attendees, order exports, lead-retrieval scans, will-call
 * lists, accessibility requests, disputes, resale transfers; AI coach conversations, nutrition chat,
 * form-check uploads, moderation reports, intake forms). Each case cites its public source in
 * fixtures/redteam85-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.944 (127 planted),
 * adversarial 0.887 (98); look-alikes kept 0.961 (129) / 0.967 (62). Per family (recall / kept):
 * wearables 0.913 / 0.974, gym_membership 0.877 / 0.921, sports_clubs 0.920 / 1.000,
 * ticketing_events 0.979 / 0.937, coaching_ai 0.903 / 1.000. (The corpus plants 225 values and 191
 * look-alikes in 66 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-fifth round',
  'red-team corpus 85',
  REDTEAM85_CORPUS,
  {
    family: {
      wearables: 0.913,
      gym_membership: 0.877,
      sports_clubs: 0.92,
      ticketing_events: 0.979,
      coaching_ai: 0.903,
    },
    slice: { realistic: { recall: 0.944, kept: 0.961 }, adversarial: { recall: 0.887, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-fifth round', REDTEAM85_CORPUS);
