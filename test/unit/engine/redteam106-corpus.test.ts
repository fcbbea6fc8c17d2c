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
 * After this round's fixes (a coworking member's door credentials `AccessPincode`, `AccessCardId`,
 * `KeyFobNumber`, `fob_number` as SECRET, a whole `emergency_contact` as PERSON, `operator` and
 * `by_front_desk` as staff logins of a person's shape, building devices' MACs under `ap_mac`,
 * `reader_mac`, `bssid`, `Called-Station-Id` kept (detect/keys.ts, structure/types.ts), a RADIUS
 * `NAS-*` attribute no Quebec SIN unless written as one (structure/types.ts); a MAC URL-encoded in
 * a query string (new detector url_encoded_mac, devices.ts), a Slack mailto link's label (new
 * detector mailto_link_label_name, mailto-label.ts), `26-bit FC-CN` and a Dutch `Pasnummer`
 * (access-codes.ts), a plate after `immatriculé(e)` or Dutch `kenteken` (devices.ts), German and
 * Dutch visitor and host labels `Besucher:`, `Gastgeberin:`, `bezoeker` (person-names.ts), a
 * lower-case host after `to see` (lower-case-names.ts), and plan, site and contractor words `Pass`,
 * `Campus`, `Domain`, `Market`, `Lifts`, `Contractors`, `Locker` as no name (person-name-stop.ts)):
 * realistic 0.986, adversarial 0.943; kept 0.955 / 0.980 (recall / kept: coworking_members 1.000 /
 * 0.937, visitor_signin 0.984 / 0.975, access_events 0.971 / 0.979, mail_parking_wifi 0.945 /
 * 0.950, notify_ai 0.925 / 0.967).
 * Known leaks left, by record shape: a roll call's `name` with a given name no list holds beside
 * `type: member` (`Ottoline Garrick`); a name with a rare given name in chat prose (`Why was
 * Leontyne Achterberg denied`, `Leontyne Achterberg's fob`); a lower-case host with a given name no
 * list holds after `to see` (`margarethe voss`); a Dutch name after the preposition `van`
 * (`Pasnummer 40771 van Geertruida van Wijngaarden`); a lower-case recipient after `for` in a
 * mailroom note (`leopold okonjo`); a host with an unlisted given name under `host` beside
 * `visitor` in an escaped JSON string (`Roswitha Baumgartner`); `Ihr Besucher Reinhold Oberhauser`
 * (a capitalised German noun before the name, which would also take `Besucher Parkplatz Nord`).
 * Look-alikes still masked: a UK postcode under `BillingPostCode` (a postcode), a tenant company
 * named after a surname under `CoworkerFullName`, a BIC beside an IBAN (SWIFT_BIC by policy),
 * `Sacramento Plant 3` (`Plant` is a surname), a card technology under a `credential` object
 * (SECRET by its parent), a RADIUS detail file's `Called-Station-Id` line in text, an access
 * point's MAC in a header-less Wi-Fi CSV, and a front desk's role e-mail.
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
      coworking_members: 1,
      visitor_signin: 0.984,
      access_events: 0.971,
      mail_parking_wifi: 0.945,
      notify_ai: 0.925,
    },
    slice: { realistic: { recall: 0.986, kept: 0.955 }, adversarial: { recall: 0.943, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-sixth round', REDTEAM106_CORPUS);
