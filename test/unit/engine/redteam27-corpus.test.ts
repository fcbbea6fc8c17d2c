import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM27_CORPUS } from './fixtures/redteam27-corpus.js';

/**
 * Twenty-seventh red-team round: telecom, travel and mobility records. Each case cites its public
 * source in fixtures/redteam27-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.789 (161 planted),
 * adversarial 0.635 (126); look-alikes kept 0.973 (113) / 0.939 (49). Per family (recall / kept):
 * telecom 0.623 / 0.921, sip_sms 0.735 / 0.966, travel 0.759 / 1.000, mobility 0.773 / 0.935,
 * ev_charging 0.688 / 1.000. (The corpus plants 287 values and 162 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (ICCIDs by the 89 prefix and Luhn, eSIM EIDs by MOD 97-10, IMEISVs
 * after an IMEI word, `iccid` / `visual_number` / OCPP `AuthorizationKey` field names, RADIUS
 * `3GPP-*` attribute names read in text, bare international numbers under message-party names
 * (`from`, `to`, `recipient`, `originator`, SMPP `source_addr`, `sip_from_user`) in records, form
 * bodies and query strings, a `+` number after a colon (`[to:+…]`), PNR name / AP phone / SSR
 * FOID / SSR FQTV elements, PNL names and airline-less DOCS, a TD3 / TD2 MRZ names line alone,
 * PAXLST NAD / DTM+329 / DOC segments, plates after the word plate and current UK plates, AAMVA
 * licence barcode elements, a courier's name beside a plate; look-alikes: RADIUS
 * `Acct-Session-Id` and octet counters, SMPP `*_addr_ton` / `*_npi`, a SIP Call-ID of digits):
 * realistic 0.932, adversarial 0.817; kept 0.982 / 1.000 (recall: telecom 0.820, sip_sms 0.898,
 * travel 0.949, mobility 0.909, ev_charging 0.750).
 * After stop 31's leftovers (structure/bare-cells.ts: rows without column names read cell by cell
 * and national-format phones as whole values; keys: pagination cursors, SIM Ki / PUK): realistic 0.944,
 * adversarial 0.857; kept 0.982 / 1.000 (telecom 0.918, ev_charging 0.781).
 * After stop 32's leftovers (the imsi detector: 15 digits with an E.212 mobile country code after
 * `imsi` or right after a RADIUS `User-Name=`; a name run closed by an escaped quote,
 * `CALLERID(all)=\"…\"`): realistic 0.944, adversarial 0.873; kept 0.982 / 1.000 (telecom 0.934,
 * sip_sms 0.918).
 * Stop 33 (leaks33h.test.ts): Ofcom drama-range mobiles (07700 900xxx) as party numbers; an OCPI
 * token's `uid` beside its contract id, printed or card number, and its `contract_id` as an eMAID
 * written without separators beside its `uid`; a PUK and a Portuguese `código de acesso` read
 * out in prose; a membership number after its tier word (`MEMBERSHIP: GOLD …`) and a miles
 * number after an airline code; an owner's given name in a device or car name (`<name>'s Model
 * 3`, the device_owner_name detector): realistic 0.988, adversarial 0.897; kept 0.982 / 1.000
 * (sip_sms 0.980, travel 0.975, mobility 0.924, ev_charging 0.906).
 * Known leaks left, by record shape: a drama-range UK mobile as bare international digits in a
 * header-less MSC line; a charging-session `{header, row}` pair's RFID UID (not NXP-prefixed);
 * IMSIs with no `imsi` word (a care chat, a neutral key; the chat's PUK counts as leaked while
 * the IMSI beside it, which holds its digits, stands) and an IMEISV under a neutral key; a number
 * inside JSON on a curl command line; a frequent-flyer number under a neutral key; a Portuguese Cartão de Cidadão number
 * in prose; an eMAID without separators and an OCPI visual number in prose; a lower-case VIN in a URL path; GPS as a bare `[lat, lon]` array under a short key;
 * names after `driver` in prose; a Samsara `username`. Look-alikes
 * still masked: a parking `sessionId` (read as a session credential: a web session id is one, and
 * no signal tells the two apart), an insurance `policyNumber` (INSURANCE_POLICY_NUMBER by design;
 * this corpus counted it as an id).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-seventh round',
  'red-team corpus 27',
  REDTEAM27_CORPUS,
  {
    family: { telecom: 0.934, sip_sms: 1, travel: 0.974, mobility: 0.938, ev_charging: 0.906 },
    slice: { realistic: { recall: 0.993, kept: 0.982 }, adversarial: { recall: 0.904, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-seventh round', REDTEAM27_CORPUS);
