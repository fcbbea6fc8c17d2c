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
 * After this round's fixes (a person's name written out under a club's, a race's or an event's
 * role member `member` / `athlete` / `runner` / `entrant` / `attendee` / `player` / `participant`,
 * structure/member-gate.ts CLUB_PERSON_ROLE, both walks; the same roles quoted in key=value scan
 * lines, `member="…"`, structure/claim-party-names.ts; the key names `athlete_name`, `player_name`,
 * `participant_name`, `instructor_name`… (so `x-amz-meta-athlete-name`); a device's bare `mac` of
 * twelve hex digits, kept unless MAC-shaped (structure/types.ts keptUnderKey); a map link's
 * coordinates joined by `%2C` (lat_long_bare); `my name's …` in lower case; a name before `, né le
 * <date>` / `nacida el` / `nato il` / `nascido em`, and after a Spanish `Socia:` / `Socio:`; kept:
 * `San Luis Obispo` and other places after `San` / `Santa` / `Saint` / `St.`, kiosk accounts
 * (`frontdesk.kiosk`), a Twilio resource SID under `sid=`): realistic 0.976, adversarial 0.938;
 * kept 0.976 / 0.983 (recall: wearables 0.978, gym_membership 0.918, sports_clubs 0.960,
 * ticketing_events 0.979, coaching_ai 0.967).
 * Known leaks left, by record shape: a gym member's barcode under a bare `barcode=` of a check-in
 * line; names no list knows at a sentence's start or after an everyday word (`Fenella Ashgrove
 * brought…`, `Reminder Ffion Llewellyn-Beaumont needs…`); a surname wrapped onto its own line after
 * a given name alone on a line (`\nMagnus\nHolloway-Strand:`); a child's birth date in a
 * header-less roster row (younger than the rows' birth-date window); a name percent-encoded under a
 * bare `u=` URL parameter; lower-case names the lists do not know (`joaquim ferreira-batista`,
 * `marigold haverbrook`). Look-alikes still masked: a company's head office under a person's
 * `addresses.work`, an order number read as a phone across a CSV header's line break beside a
 * `Phone` column, a conference `badge_id` (round 48 made `badge id` a secret: an access badge),
 * `Maintenance` in a name column of header-less access-control rows.
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
      wearables: 0.978,
      gym_membership: 0.918,
      sports_clubs: 0.96,
      ticketing_events: 0.979,
      coaching_ai: 0.967,
    },
    slice: { realistic: { recall: 0.976, kept: 0.976 }, adversarial: { recall: 0.938, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-fifth round', REDTEAM85_CORPUS);
