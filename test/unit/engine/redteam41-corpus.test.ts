import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM41_CORPUS } from './fixtures/redteam41-corpus.js';

/**
 * Forty-first red-team round: hospitality, restaurants, retail point of sale and loyalty (hotel PMS
 * and channel-manager records, police guest reports, key-card and authorisation logs; POS objects,
 * receipts, track data, gift cards, returns with a scanned licence, delivery hand-offs; restaurant
 * reservation guests; loyalty members, Wi-Fi portals, a chain's tickets). Each case cites its public
 * source in fixtures/redteam41-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.929 (156 planted),
 * adversarial 0.838 (111); look-alikes kept 0.914 (93) / 0.975 (40). Per family (recall / kept):
 * hotel_pms 0.824 / 0.976, pos_receipts 0.974 / 0.863, restaurant_guest 0.936 / 1.000, loyalty_crm
 * 0.849 / 0.957. (The corpus plants 267 values, more than the brief's 200; it was not cut.) The
 * idempotence suite passed before any fix.
 * After this round's fixes (Italy's Alloggiati Web schedine read by column, structure/alloggiati.ts;
 * Oracle DD-MON-YY birth dates; 8-digit and Dutch passport books; AAMVA element values end at the
 * quote that closes a logged dump; `soporteDocumento`; loyalty numbers after `rewards number` /
 * `member number`; a phone in brackets right after a person's name; a form body logged as one
 * bare value (`body=guest_name=…&…`) read pair by pair; Irish estate names as street lines; objects
 * under `ohip` and a qualified `*_authorization` with a decision read member by member): realistic
 * 1.000, adversarial 0.901; kept 0.957 / 1.000 (recall: hotel_pms 0.978, pos_receipts 0.974,
 * restaurant_guest 0.979, loyalty_crm 0.887).
 * Leftovers fixed (stop 34): abbreviated guest and loyalty members read by their siblings
 * (structure/bare-name-columns.ts, beside rules, in objects and in a log line's pairs): `nm` is a
 * name beside a phone, an e-mail or a party size; `ph` a phone beside a name (7–15 digits, so a pH
 * stays); `acct` / `mid` a loyalty number beside points or a tier (a terminal's `mid` beside `tid`
 * stays); dishes (`Bowl`, `Salad`, `Pizza`, …) are never a name part, so a menu item's title stays;
 * `Surname, Given` after a name label with a surname the gazetteer does not know (`Name:
 * Lindqvist, Sara`, in capitals too, and after a change log's `NAME [ ] -> [`); Italy's CIE number
 * after its word (`numero documento CA12345AB`, detector it_identity_card).
 * Realistic 1.000, adversarial 0.955; kept 0.968 / 1.000 (recall: hotel_pms 1.000, pos_receipts
 * 0.974, restaurant_guest 1.000, loyalty_crm 0.943).
 * Known leaks left, by record shape: an upper-case name opening a CRM import line (`TANAKA JUNICHI
 * / CONTACT: …`); a name inside a URL-encoded JSON
 * form payload (`payload=%7B%22lastName%22…`); a second gift-card number after `reissued as` (that
 * corpus value was built without a valid Luhn digit); the surname and birth date of a semicolon row
 * without a header or a run of 9 digits. Look-alikes still masked: public store addresses (a
 * receipt's header line, a `store.address`, DoorDash's documented pickup address under
 * `pickup_address`: in ride-hailing records a pickup address is the rider's, so it was left).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-first round',
  'red-team corpus 41',
  REDTEAM41_CORPUS,
  {
    family: { hotel_pms: 1, pos_receipts: 0.973, restaurant_guest: 1, loyalty_crm: 0.981 },
    slice: { realistic: { recall: 1, kept: 0.967 }, adversarial: { recall: 0.972, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-first round', REDTEAM41_CORPUS);
