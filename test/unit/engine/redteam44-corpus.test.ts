import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM44_CORPUS } from './fixtures/redteam44-corpus.js';

/**
 * Forty-fourth red-team round: online betting and gaming operators (player registration and KYC,
 * Spelpaus / GAMSTOP checks, AML and responsible-gambling notes, affiliate postbacks), payment
 * providers' deposit and withdrawal logs, game platforms and communities (account events, chat
 * moderation and player reports, parental consent, support receipts, anti-cheat bans), and energy
 * and water suppliers (CRM and billing, direct-debit mandates, switching, priority services,
 * collections, smart-meter and field-service jobs). Each case cites its public source in
 * fixtures/redteam44-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.905 (137 planted),
 * adversarial 0.783 (97); look-alikes kept 0.903 (104) / 1.000 (47). Per family (recall / kept):
 * betting_kyc 0.869 / 1.000, payments 0.882 / 1.000, game_platforms 0.947 / 1.000,
 * utility_billing 0.815 / 0.795, field_service 0.750 / 0.917. (The corpus plants 234 values and
 * 151 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix.
 * After this round's fixes (EU energy EAN codes by their GS1 check under an `ean` member and after
 * EAN in text, a product barcode under `ean` still kept; a supplier's customer account code under
 * `account_number` no bank account; BankID `personalNumber` and a Trustly `personid` holding a
 * valid personnummer or HETU; NETELLER `secureId`, `key_safe_code`, digit `gate_code`s, voucher
 * `pins`, `billed_to`, `sms_to`, `telefoon`, `fecha_nac` and `nac` beside a Spanish name; prepaid
 * voucher PINs after paysafecard / Flexepin; key-safe codes in prose; a GB mobile written 5+6
 * after `on`; rows without names: a UK postcode cell, an unspaced national mobile and a slashed
 * birth date beside an e-mail or another hit; a Swedish national number as a whole value): realistic
 * 0.993, adversarial 0.887; kept 0.942 / 1.000 (recall: betting_kyc 0.957, payments 1.000,
 * game_platforms 0.974, utility_billing 0.908, field_service 0.929).
 * Leftovers fixed (stop 34, second pass): a personnummer as the person id of a URL path
 * (`/persons/<12 digits>/`, real date and Luhn digit: se_personnummer_path); a UK account in the
 * member right after a sort code's in key=value text (`sc=… acc=…`, `prev_sc=… prev_acc=…`); an
 * MPAN (check digit) and an MPRN (6–10 digits) under two-word abbreviated names (`e_mp`, `g_mp`,
 * `gasMp`; not `emp`, `gmp`, `mp`); a door code spelled digit by digit after its name or right
 * after `door entry` (`Door entry 4 5 8 1`); in a header-less row with a UK postcode cell, a
 * 13-digit cell with the MPAN check digit and a street line in capitals (a D0055-style switching
 * row). Recall now: realistic 0.993, adversarial 0.969; kept 0.942 / 1.000 (betting_kyc 0.971,
 * utility_billing 1.000, field_service 0.964).
 * Known leaks left, by record shape: an Italian identity card number (`CA00000AA`) under
 * `documento: {tipo, numero}`; a surname-first name in capitals under `name` of JSON embedded in
 * prose (`ocr result {"name":"BIANCHI GIULIA",…}`); an address without a street type in chat
 * (`22 Ashgrove, Bath BA2 1QR`); an alarm code under `alarm_code` (alone an alarm event's code,
 * left). Look-alikes still masked:
 * meter serials (`meter_serial`, 5 values: masked by name since round 8, which holds that a meter
 * is at one home; this round's brief lists them as look-alikes, left for the lead to decide) and a
 * business site's MPAN under a company account (`profile_class: 00`; nothing in the value tells it
 * from a household's).
 * Stop 37 (logins and account SIDs are personal data, masked): a person's login `dragonqueen` under `username` moved from look-alikes to
 * planted values.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-fourth round',
  'red-team corpus 44',
  REDTEAM44_CORPUS,
  {
    family: { betting_kyc: 0.985, payments: 1, game_platforms: 0.973, utility_billing: 1, field_service: 0.963 },
    slice: { realistic: { recall: 0.992, kept: 0.942 }, adversarial: { recall: 0.989, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-fourth round', REDTEAM44_CORPUS);
