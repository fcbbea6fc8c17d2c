import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM106_CORPUS } from './fixtures/redteam106-corpus.js';

/**
 * Hundred-and-sixth red-team round: coworking spaces, visitor management and building access —
 * Nexudus coworkers, contract contacts, invoices and SEPA mandates, OfficeRnD members and bookings,
 * Optix bookings, member CSV exports; Envoy entries and invites, Sine and Envoy visitor-log
 * exports, Proxyclick visits, Traction Guest ID scans and watch-list screening, NDA audit lines;
 * Kisi events, users and cards, Brivo, Avigilon Alta (Openpath) and Verkada access events,
 * controller syslog, HID Wiegand reads, badge provisioning and door-PIN syncs; Envoy Deliveries
 * and mailroom logs, parking permits and LPR validation, UniFi guest authorisations, FreeRADIUS
 * accounting, captive-portal query strings, day-pass sales; host notification SMS, Slack
 * arrival messages, arrival e-mails, evacuation roll calls and building-manager AI assistant
 * logs and tool calls, in German, French, Spanish and Dutch too. Each case cites its public source
 * in fixtures/redteam106-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.945 (146 planted),
 * adversarial 0.865 (89); look-alikes kept 0.891 (156) / 0.980 (52). Per family (recall / kept):
 * coworking_members 0.933 / 0.937, visitor_signin 0.984 / 0.925, access_events 0.857 / 0.918,
 * mail_parking_wifi 0.864 / 0.850, notify_ai 0.875 / 0.935. (The corpus plants 235 values and 208
 * look-alikes in 65 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: a UK postcode under Nexudus `BillingPostCode`, a tenant
 * company with a surname (`Halvorsen Dental Labs`) under `CoworkerFullName`, a BIC beside an
 * IBAN, contractor companies in a visitor-export CSV (`Citywide Lifts`, `Ausgrid Contractors`),
 * site names (`Sacramento Plant 3`, `Austin Domain Campus`, `Chicago - Fulton Market`), reader and
 * access-point MACs (`reader_mac`, `ap_mac`, RADIUS `Called-Station-Id`, a MAC in a header-less
 * Wi-Fi CSV), a NAS identifier, plan and group names (`Day Pass Members`, `Day Pass + Locker`,
 * `Day Pass`), a card technology (`HID iCLASS SE`) and a front desk's role e-mail.
 * The main leak classes before any fix: Nexudus access credentials (`AccessPincode`,
 * `AccessCardId`, `KeyFobNumber`); a card number inside a Brivo CSV credential (`26-bit
 * 0115-62204`) and a Dutch `Pasnummer`; staff logins under `operator` and `by_front_desk`; a
 * name in a free-text emergency contact (`Chidi Okonkwo +1 …`); a roll-call `name` beside `type:
 * member`; a name before `'s fob`; lower-case names after `to see`,
 * `for` and in a Slack mailto label; German `Besucher` / `Gastgeberin:` names; a Dutch name with a
 * `van` particle; a French SIV plate; a phone MAC URL-encoded in a captive-portal query (`id=`); a
 * host in an escaped JSON string.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-sixth round',
  'red-team corpus 106',
  REDTEAM106_CORPUS,
  {
    family: {
      coworking_members: 0.933,
      visitor_signin: 0.984,
      access_events: 0.857,
      mail_parking_wifi: 0.864,
      notify_ai: 0.875,
    },
    slice: { realistic: { recall: 0.945, kept: 0.891 }, adversarial: { recall: 0.865, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-sixth round', REDTEAM106_CORPUS);
