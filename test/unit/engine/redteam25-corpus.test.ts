import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM25_CORPUS } from './fixtures/redteam25-corpus.js';

/**
 * Twenty-fifth red-team round: the records mobile apps and devices produce (crash and error
 * reports, analytics and attribution rows and postbacks, push payloads and deep links, in-app chat,
 * MDM inventory and profiles, wearables and trip logs, app-store reviews). Each case cites its
 * public source in fixtures/redteam25-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.937 (142 planted),
 * adversarial 0.687 (99); look-alikes kept 0.963 (109) / 0.977 (44). Per family (recall / kept):
 * device 0.738 / 0.946, contact 0.860 / 0.972, people 0.932 / 1.000, location 0.857 / 0.955,
 * credentials 0.818 / 0.966. (The corpus plants 241 values, more than the brief's 200; it was not
 * cut.) The idempotence suite failed before any fix too: a postcode after a masked street in chat
 * prose (`<ADDRESS:…> London SW7 2EF`) is found only on the second pass.
 * After this round's fixes (field names of mobile device ids: `oaid`, `ifv`, `appSetID`,
 * `gps_adid`, `android_id`, `meid`, `udid`, MDM `PushMagic`, Firebase `oobCode`; GA4
 * `ga_session_id` no longer a session credential; an advertising id named before it in prose;
 * FCM registration and Expo push tokens by their shape; one-time codes in branded templates
 * (`Your <brand> code: 417-263`, `902715 is your <brand> code`, `G-582931`); PKCS#8 EC / RSA
 * private keys as bare base64 DER; GPS pairs of 5–8 decimals without a location word; a postcode
 * no longer hidden by a ZIP-like number after it): realistic 0.993, adversarial 0.798; kept 0.972
 * / 0.977 (recall: device 0.869, contact 0.860, people 0.955, location 0.939, credentials 0.955).
 * After stop 31's leftovers (structure/bare-cells.ts: rows without column names read cell by cell
 * and national-format phones as whole values; keys: pagination cursors, SIM Ki / PUK): realistic 0.993,
 * adversarial 0.818; kept 0.972 / 0.977 (device 0.885, contact 0.884: the IDFA and the IMEI of the
 * header-less attribution / Intune lines).
 * Leftovers fixed in stop 37 (property-list values named by the `<key>` before them: MDM
 * `PushMagic`, `Token` / `UnlockToken` `<data>`, a `MEID` in spaced pairs; an IMEISV after Android's
 * `service call iphonesubinfo`; a code between `Use` and `to confirm / verify`; `adid` holding a
 * UUID or 32 hex; a lower-case name read after its introduction, masked in the record's other
 * members too as a context-masked value is; Google Fit points named by `dataTypeName:
 * com.google.location.sample`; look-alikes kept: Adjust `event_token` / `app_token` by their public
 * shapes, an SDK's `sessionId` under its `…SdkMetadata` object): realistic 1.000, adversarial
 * 0.960; kept 1.000 / 0.977 (recall: device 0.984, contact 0.953, people 0.977, location 1.000,
 * credentials 1.000).
 * Known leaks left, by record shape: ids under neutral names (a GAID under a GA4 custom dimension
 * `cd_2`, a Bugsnag `deviceId`: `device_id` UUIDs are look-alikes in rounds 6, 8 and 18, Airship
 * `named_user_id` holding a phone); APNs tokens as 64 hex under a generic name (`reg`: a SHA-256
 * has the same shape). Look-alike still masked: a company head-office street (Apple Park Way).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-fifth round',
  'red-team corpus 25',
  REDTEAM25_CORPUS,
  {
    family: { device: 0.983, contact: 0.953, people: 0.977, credentials: 1, location: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.959, kept: 0.977 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-fifth round', REDTEAM25_CORPUS);
