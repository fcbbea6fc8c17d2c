import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM71_CORPUS } from './fixtures/redteam71-corpus.js';

/**
 * Seventy-first red-team round: utilities, energy, smart metering and EV charging (utility
 * customer-service and billing records of SAP IS-U / Oracle CC&B / Gentrack / Kraken style:
 * move-in / move-out, account holders, payment arrangements, Priority Services Register and
 * vulnerable-customer notes; smart-meter and metering events: MPAN, MPRN, ESI ID, EAN code, NMI,
 * MaLo-ID / MeLo-ID, DCC service requests, Elexon flows, change-of-supplier in the UK, NL, DE, US
 * and AU; EV charging: OCPP 1.6 / 2.0.1 frames with `idTag` / `idToken`, OCPI tokens, sessions
 * and CDRs, roaming-hub logs, CPO support tickets; field-service and installer work orders with
 * access, key-safe and gate codes; water, broadband and district-heating billing and collections:
 * direct-debit mandates, credit checks, debt letters, bereavement and power-of-attorney notes).
 * Each case cites its public source in fixtures/redteam71-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.920 (126 planted),
 * adversarial 0.730 (115); look-alikes kept 0.981 (108) / 0.981 (55). Per family (recall / kept):
 * utility_crm 0.823 / 0.967, smart_metering 0.677 / 1.000, ev_charging 0.888 / 1.000,
 * field_service 0.911 / 1.000, water_and_telecoms_billing 0.900 / 0.939. (The corpus plants 241
 * values and 163 look-alikes in 63 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (supply points after their names: a Texas ESI ID, a UK gas MPRN right
 * after its name, an Australian NMI with AEMO's checksum, a German MaLo-ID with BDEW's check digit
 * and MeLo-ID; MPAN cells of Elexon DTC flow files; `esiId`, `nmi`, `marktlokationsId`,
 * `messlokationsId`, `klantnaam`, `Kundenname`, SAP `POSTL_COD1` members; OCPI token uids in Tokens
 * paths; lower-case names after a title, and after a role word in a record with a surname the
 * lists do not know; header-less rows pairing a rarer given name or an unknown name-shaped word
 * with a given name, and German mobiles' 7-digit groups; Italian / German / Spanish gate codes; a
 * `Wharf` street; a lower-case street after `new addy`): realistic 0.984, adversarial 0.895;
 * kept 0.981 / 0.981 (recall: utility_crm 0.941, smart_metering 0.932, ev_charging 0.944,
 * field_service 0.955, water_and_telecoms_billing 0.940).
 * Known leaks left, by record shape: a password-scheme word in a free-text PSR note (`password
 * scheme word is MARIGOLD`); an Irish name with its particle (`Cathal Ó Briain`) and a Dutch name
 * after a lower-case `meneer` (`Thijs van der Heijden`), names no list knows; a surname on the
 * line after its given name; a lower-case UK postcode (`rg2 0nb`); a header-less semicolon row of
 * MaLo-IDs (11 digits with their check digit but no name) and a row whose only other cell is a
 * street; a full name in one cell of a pipe row with an unknown surname (`Rosamund Achebe`);
 * a compact lower-case eMAID (`nlabcc87654321x`) and an OCPI visual number after `Kartennr.`;
 * `first=` / `last=` query halves with a double-barrelled surname; a sort code alone in a note
 * (`sort code 60 16 13`: a bank branch's code, which the policy keeps: this planted value is
 * arguably mislabelled).
 * Look-alikes still masked: a utility's customer account number under `acct=` and `accountNumber`
 * (the bank-account key rules read them as accounts, as rounds 36–37 decided for such names).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-first round',
  'red-team corpus 71',
  REDTEAM71_CORPUS,
  {
    family: {
      utility_crm: 0.96,
      smart_metering: 0.966,
      ev_charging: 0.944,
      field_service: 0.977,
      water_and_telecoms_billing: 0.98,
    },
    slice: { realistic: { recall: 0.984, kept: 0.981 }, adversarial: { recall: 0.947, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-first round', REDTEAM71_CORPUS);
