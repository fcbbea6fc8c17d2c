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
 * Known leaks left, by record shape: an upper-case `SURNAME, GIVEN` after a change log's `NAME [ ]
 * -> [` and an upper-case name opening a CRM import line (`TANAKA JUNICHI / CONTACT: …`); an
 * Italian CIE number after `numero documento` in Italian prose; a name inside a URL-encoded JSON
 * form payload (`payload=%7B%22lastName%22…`); a second gift-card number after `reissued as` (that
 * corpus value was built without a valid Luhn digit); a name under `nm` and a member number under
 * `acct` / `mid` (in POS logs `mid` is the merchant id, left on purpose) and a phone under `ph` (pH);
 * the surname and birth date of a semicolon row without a header or a run of 9 digits. Look-alikes
 * still masked: public store addresses (a receipt's header line, a `store.address`, DoorDash's
 * documented pickup address under `pickup_address`) and a menu item's title (`Harvest Bowl`, read as
 * a name).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-first round',
  'red-team corpus 41',
  REDTEAM41_CORPUS,
  {
    family: { hotel_pms: 0.978, pos_receipts: 0.973, restaurant_guest: 0.978, loyalty_crm: 0.886 },
    slice: { realistic: { recall: 1, kept: 0.956 }, adversarial: { recall: 0.9, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-first round', REDTEAM41_CORPUS);
