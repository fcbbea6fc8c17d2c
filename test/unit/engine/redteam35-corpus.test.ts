import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM35_CORPUS } from './fixtures/redteam35-corpus.js';

/**
 * Thirty-fifth red-team round: the records of the justice, public-safety and immigration systems
 * and of the firms that serve them (CM/ECF notices, e-filing envelopes, NIEM / ECF fragments,
 * jury records, LEDES lines, e-discovery audit, conflict checks, legal holds, KYC, CAD / NENA i3 /
 * ALI / PIDF-LO, RMS / NIBRS, bookings, Axon audit, NCIC strings, ALPR hits, probation check-ins,
 * USCIS / I-9 / E-Verify / DS-160 / SEVIS / GWF / IRCC / Home Affairs records, passport MRZs).
 * Each case cites its public source in fixtures/redteam35-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.800 (150 planted),
 * adversarial 0.517 (118); look-alikes kept 0.938 (113) / 0.983 (60). Per family (recall / kept):
 * courts 0.852 / 0.939, legal_practice 0.836 / 0.952, public_safety 0.603 / 0.938, immigration
 * 0.494 / 1.000. (The corpus plants 268 values, more than the brief's 200; it was not cut.) The
 * idempotence suite failed before any fix too: in a header-less CSV time entry `503 555 0126`
 * the area code is taken as a house number (`<ADDRESS:…> 555 0126`) and the rest is found as a
 * phone only on the second pass.
 * After this round's fixes (immigration case references by layout: USCIS receipt numbers, UK GWF,
 * E-Verify case numbers, DS-160 confirmations, SEVIS ids, ImmiAccount TRNs; A-numbers grouped or
 * after their words; IRCC UCI / application numbers, UK BRP and Australian grant numbers after
 * their names; immigration field names (`aNumber`, `i94Number`, `sevisId`, `uci`, `gwfReference`,
 * `visaGrantNumber`, `fbiNumber`, `ppn`); NCIC message fields (NAM / DOB / SOC / OLN / LIC);
 * ALI / CAD caller numbers (`ani`, `callbackNumber`, `CALLBK`); upper-case US street lines at
 * a cell or line end; US plates after a vehicle word; a birth date after `SURNAME, Given` and a
 * 6- or 8-digit one after `DOB`; TD1 MRZ lines as separate values or joined by escaped breaks; an
 * area code before the rest of a NANP number no longer read as a house number): realistic 0.960,
 * adversarial 0.737; kept 0.938 / 0.983 (recall: courts 0.869, legal_practice 0.836,
 * public_safety 0.836, immigration 0.899). Case and docket numbers (`1:23-cv-04567-JMF`,
 * `24-2-01234-5 SEA`, `C.A. No. 2024-0312-KSJM`), statute citations, ORI and NIBRS codes stay,
 * as the default policy has no detector for them.
 * Leftovers fixed after the round (test/unit/engine/leaks33e.test.ts: LEDES 1998B tax ids; a
 * header-less person row proving its kind by two of an SSN, a birth date, a state and ZIP, an
 * e-mail; a fixed-width booking line; names in capitals after `RP` / `COMP` / `SUBJ` / `EX-BF`,
 * a callback after `CB` in capitals, a plate after a car model or an NCIC colour; `SURNAME,GIVEN`
 * without a blank; an initial before a hyphenated surname; `sid` / `adm` / `fn` / `ln` / `bd` and
 * an IRCC `applicationNumber` beside the members that tell the record's kind; a grouped licence
 * after `DL`; `Cres` and `Av`): realistic 0.987, adversarial 0.915; kept 0.938 / 0.983 (recall:
 * courts 0.967, legal_practice 0.891, public_safety 0.986, immigration 0.962).
 * Known leaks left, by record shape: names in chat-ops arguments (`--adverse "…"`), a `name`
 * beside `type: Individual` without contact members, a name in an agent's tool output; ids under
 * generic names (`cl_key`, a flattened `nc_IdentificationID`); an IRCC application number in a
 * subject line; an RFC 5491 `gml:pos` point of 3 decimals; a compact SSN in a CSV search string;
 * an account number in LLM prose (`new account …`); a one-time `t=` token in a link; a passport in
 * a URL parameter `pp=`. Look-alikes still masked: public courthouse, agency and law-firm street
 * addresses and their main phone numbers (the default policy masks a street line and a phone
 * whoever holds them), an ABA routing number in document text.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-fifth round',
  'red-team corpus 35',
  REDTEAM35_CORPUS,
  {
    family: { courts: 0.967, legal_practice: 0.89, public_safety: 0.986, immigration: 0.974 },
    slice: { realistic: { recall: 0.986, kept: 0.955 }, adversarial: { recall: 0.923, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-fifth round', REDTEAM35_CORPUS);
