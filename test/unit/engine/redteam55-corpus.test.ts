import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM55_CORPUS } from './fixtures/redteam55-corpus.js';

/**
 * Fifty-fifth red-team round: airlines, distribution systems and borders (GDS cryptic displays and
 * SSR elements, NDC / Duffel / Amadeus / Travelport orders, EMDs, boarding-pass strings, MRZ lines,
 * PAXLST / PNRGOV, ESTA / eTA events, kiosk and DCS logs, lost-baggage files, crew rosters,
 * frequent-flyer events and rebooking chats). Each case cites its public source in
 * fixtures/redteam55-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.742 (155 planted),
 * adversarial 0.621 (87); look-alikes kept 1.000 (78) / 1.000 (43). Per family (recall / kept):
 * pnr_gds 0.641 / 1.000, ndc_orders 0.810 / 1.000, bcbp_borders 0.701 / 1.000, dcs_baggage 0.500
 * / 1.000, loyalty_disruption 0.833 / 1.000. (The corpus plants 242 values, more than the brief's
 * 200; it was not cut.) The idempotence suite passed before any fix. (One boarding-pass string of
 * the first commit had a 19-character name field; it was padded to the guide's 20 before any fix,
 * recall unchanged.)
 * After this round's fixes (SSR DOCS free text without its header: Travelport `FreeText`, PNRGOV,
 * DCS messages, export columns, any case and two-letter countries, the expiry without names; SSR
 * DOCO Known Traveler / redress numbers, DOCA addresses, CTCE e-mails in `//` form (also lost-bag
 * `EA` lines), CTCM phones; GDS names with a title anywhere (`pax="SURNAME/GIVEN MR"`); cards glued
 * to a form-of-payment code (`CCVI4…`, `-AX3…`); Sabre PHONES with dashes; the BCBP name field read
 * as exactly 20 characters and the BCBP frequent-flyer item; PNRGOV `TIF` names and `FTI`
 * accounts; field names of frequent-flyer, Known Traveler and redress numbers and `born_on`; KTN /
 * redress / programme numbers after their names in prose; a passport book with a blank after the
 * passport word; a travel-document shape under `docNo`; Duffel `{type: passport,
 * unique_identifier}`; WorldTracer-style PN / TP / CP phone lines; MEDA / MEDIF / WCHx codes as
 * context of a named condition, Parkinson's listed): realistic 0.974, adversarial 0.862; kept
 * 1.000 / 1.000 (recall: pnr_gds 0.949, ndc_orders 0.976, bcbp_borders 0.961, dcs_baggage 0.857,
 * loyalty_disruption 0.905).
 * Leftovers fixed (stop 36): a bare `Number` in a list under a programme parent (Sabre
 * `FrequentFlyer: [{SupplierCode, Number}]`: the parent of a list's member is the list's name, for
 * number members); a staff number beside the crew member's name (`{staffNumber, name}`, and in a
 * crew message `B7741203 (Rachel Ndlovu)`; alone, as round 7 keeps an `employeeId`, it stays);
 * Travelport `BookingTravelerName` `First` / `Last` attributes; Sabre's name association
 * `-1SURNAME/GIVEN` at the end of a `3SSRC` entry; a passenger after `pax` without a title (`pax
 * "THORNTON LACHLAN"`, `pax=SURNAME/GIVEN`); a URL-encoded boarding pass (`M1…%2F…%20`); a TD1
 * document number under `doc` beside `gn`; a passport beside the birth date (or before a
 * three-letter nationality) in a header-less person row; loyalty tiers (`Flying Blue Platinum`) no
 * longer a person's name. After them: realistic 1.000, adversarial 0.943; kept 1.000 / 1.000
 * (recall: pnr_gds 1.000, ndc_orders 1.000, bcbp_borders 1.000, dcs_baggage 0.976,
 * loyalty_disruption 0.905).
 * Known leaks left, by record shape: a GDS name without a title in lower case (`nakamura/haruto`
 * in a kiosk error: a lower-case slash pair is any path's); a frequent-flyer number under a neutral
 * CRM field (`ext_ref`) or as `member=` of a SIEM line (a `member` rule would mask every chat
 * server's and group's member); a numeric birth date after a name and a `pass 31726459` (LATAM
 * Pass) in one chat line. Look-alikes still masked: none in this corpus (record locators, ticket,
 * EMD and bag-tag numbers, flights, seats, registrations and office ids stay).
 * Fixed in stop 37 (lower-case names): the GDS name in lower case after `for` (`nakamura/haruto`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-fifth round',
  'red-team corpus 55',
  REDTEAM55_CORPUS,
  {
    family: { pnr_gds: 1, ndc_orders: 1, bcbp_borders: 1, dcs_baggage: 1, loyalty_disruption: 0.928 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.965, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-fifth round', REDTEAM55_CORPUS);
