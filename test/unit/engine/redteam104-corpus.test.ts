import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM104_CORPUS } from './fixtures/redteam104-corpus.js';

/**
 * Hundred-and-fourth red-team round: public libraries and library systems — Koha REST API
 * patrons, Evergreen OpenSRF fieldmapper users, Sierra REST API v6 patrons, Polaris PAPI basic data
 * and registrations, Alma Users API, FOLIO mod-users, SirsiDynix Symphony ILSWS patrons, library-card
 * applications and OPAC self-registration; SIP2 messages (93 / 63 / 64 / 12 / 24 / 37), NCIP
 * LookupUser responses, Koha overdue notices, collection-agency referral exports, hold-shelf slips,
 * fine payments, homebound route lists; EZproxy access and audit logs, OpenAthens accounts and SAML
 * attributes, OverDrive patron tokens and holds, ILLiad users and transactions, Tipasa request
 * exports; PC reservation and print-release logs, museum passes, LibCal bookings and event
 * registrations, hotspot lending, card renewals; LibraryH3lp transcripts, LibAnswers tickets,
 * Shoutbomb SMS logs, reference-desk statistics, books-by-mail applications, library AI assistants
 * and patron e-mails, in German, French and Spanish too. Each case cites its public source in
 * fixtures/redteam104-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.778 (208 planted),
 * adversarial 0.759 (137); look-alikes kept 0.933 (105) / 0.897 (49). Per family (recall / kept):
 * ils_patrons 0.859 / 0.891, circulation_selfcheck 0.720 / 1.000, eresources_access 0.653 / 0.866,
 * public_computing_programs 0.767 / 0.884, reference_outreach_ai 0.754 / 0.958. (The corpus plants
 * 345 values and 154 look-alikes in 70 cases.) The idempotence suite passed before any fix.
 * The main leak classes before any fix: library card numbers (14-digit patron barcodes) — 44 of the
 * 79 leaks — under `cardnumber`, `barcode` / `Barcode` / `barcodes`, `card`, `user`,
 * `patron_card`, `libraryCardNumber`, an Alma `user_identifier` value, an Evergreen `ac` array, in
 * a SIP2 `AA` field, as EZproxy's `%u`, after `card` / `Card number:` / `Su número de carné es` in
 * prose, in CSV, pipe and tab rows, in a URL's `user=` and `library_card=`, in a PAPI URL path and
 * after a Shoutbomb keyword (`RHL`, `ra`); logins of patrons and staff (`userid`-like values under
 * `primary_id`, `operator`, `owner`, `uid=`, `staff=`, `Staff:`, a LibraryH3lp speaker, EZproxy's
 * `%u`); SIP2's other fields (`BD` home address, `BF` phone, `AD` PIN, `CO` password); EZproxy
 * session ids (`%{ezproxy-session}i`, audit-log session column) and a PIN glued to a card number
 * in a failed login; PINs after `pin` in prose (`reset pin to 5580`); a surname-first name in a
 * pipe-separated PC log (`Name: KOWALCZYK, TEODORA`) and lower-case in key=value (`name="gallagher,
 * saoirse"`), `+`-encoded in a form body; a Sierra varFields string with `$` subfield delimiters;
 * children's given names under a CSV's `Child's name`; a street without a suffix word
 * (`14 Pomeroy Ter`, `2408%20Maple%20Grove%20Dr`); an unemployment claimant id in prose.
 * The look-alikes masked before any fix: a Symphony policy resource path (`/policy/patronAddress1`),
 * OCLC numbers and a Tipasa request id in rows, OverDrive's `websiteid%3A100300` scope, `Guest
 * pass` and `Museum of Science - 4 admissions` (persons), a hotspot's IMEI (the library's device),
 * and postal codes beside a city (`44113`, `50968`, `67000 Strasbourg`, `79102 Freiburg`).
 * After this round's fixes (a library card number, 14 digits beginning with 2 and no date stamp,
 * in a library's text, after a card word or as a row's cell beside an e-mail (library_card_number);
 * a bare `barcode` / `card` / `user` / `value` member holding one, read by its value
 * (structure/id-shape-members.ts, both walks); `library card`, `patron card`, `patron barcode`
 * names (detect/keys.ts); SIP2's `AA`, `AD` / `CO`, `AE`, `BD` and `BF` fields in a SIP2 message
 * (sip2_patron_identifier, sip2_password, sip2_personal_name, sip2_home_address, sip2_home_phone);
 * a Common Log Format line's user and an EZproxy session in its identd field (access_log_user,
 * access_log_session) and EZproxy audit columns (ezproxy_audit_user, ezproxy_audit_session): a
 * person's login by its shape or a card's digits, service accounts stay; `Surname, Given` after a
 * name label in capitals or lower case (person_name_surname_first_label); a query's `patron` and
 * `displayName` read as a role's name (structure/url.ts)): realistic 0.937, adversarial 0.905; kept
 * 0.933 / 0.897 (recall: ils_patrons 0.909, circulation_selfcheck 0.946, eresources_access 0.959,
 * public_computing_programs 0.930, reference_outreach_ai 0.894).
 * Known leaks left, by record shape: a card number inside an array (Sierra `barcodes`, an
 * Evergreen `ac` positional array) and a Sierra `addresses[].lines` street; a flattened Sierra
 * varFields string (`n|a…$bz|a…`: name, e-mail, phone, street, card); header-less pipe rows with
 * no e-mail on the line (collection referrals); logins of staff and patrons under `primary_id`,
 * `operator`, `owner`, `staff=`, `Staff:` on a form line, `uid=…;` and as a LibraryH3lp speaker
 * (`jmbarros`, `aoyelaran`: shapes the login lists do not read as a person's); children's given
 * names under a CSV's `Child's name` and a non-ASCII given name in a header-less row
 * (`Bronisława`); a name in capitals after `for` in an SMS, after `patron is` in lower case and a
 * form body's bare `name` beside only an e-mail and a card; `14 Pomeroy Ter` in a CSV cell after a
 * quoted name and a URL-encoded street; a PIN after `reset pin to`; a claimant id in prose.
 * Look-alikes still masked: postal codes beside a city (`44113`, `50968`, `67000 Strasbourg`,
 * `79102 Freiburg`), a Symphony policy path (`/policy/patronAddress1`), OverDrive's scope
 * `websiteid%3A100300`, OCLC numbers and a Tipasa request id in rows, `Guest pass` and `Museum of
 * Science - 4 admissions` (persons), a hotspot's IMEI.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-fourth round',
  'red-team corpus 104',
  REDTEAM104_CORPUS,
  {
    family: {
      ils_patrons: 0.917,
      circulation_selfcheck: 0.946,
      eresources_access: 0.959,
      public_computing_programs: 0.93,
      reference_outreach_ai: 0.912,
    },
    slice: { realistic: { recall: 0.942, kept: 0.933 }, adversarial: { recall: 0.912, kept: 0.897 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-fourth round', REDTEAM104_CORPUS);
