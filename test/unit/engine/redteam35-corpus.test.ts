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
 * Known leaks left, by record shape: a LEDES 1998B file (a pipe table whose lines end in `[]`: the
 * firm's tax id under LAW_FIRM_ID, also header-less); header-less pipe and fixed-width rows (a
 * juror row's surname, compact birth date, phone and licence; a booking line's name, birth date,
 * compact SSN and FBI number); a callback after the dispatcher's `CB` (`cb` is a URL's cache-buster far more often); names in capitals in CAD narratives (`RP YESENIA DELGADO`,
 * `SUBJ IS TILLMAN MARCUS J`, `EX-BF MARCUS TILLMAN`) and a plate after a car model (`SIL CAMRY
 * 8KDR219`); names in chat-ops arguments (`--adverse "…"`), in `SURNAME,GIVEN` without a blank, a
 * hyphenated surname after an initial (`J. Mercer-Ortiz`), a `name` beside `type: Individual`
 * without contact members, a name in an agent's tool output; ids under abbreviated or generic
 * names (`sid`, `adm`, `bd`, `ln`, `applicationNumber`, `cl_key`, a flattened
 * `nc_IdentificationID`); an RFC 5491 `gml:pos` point of 3 decimals; a grouped licence after `DL`
 * (`K423-6195-7041`); a compact SSN in a CSV search string; an account number in LLM prose
 * (`new account …`); a one-time `t=` token in a link; abbreviated street types (`Cres`, `Av`); a
 * passport in a URL parameter `pp=`. Look-alikes still masked: public courthouse, agency and
 * law-firm street addresses and their main phone numbers, an ABA routing number in document text.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-fifth round',
  'red-team corpus 35',
  REDTEAM35_CORPUS,
  {
    family: { courts: 0.868, legal_practice: 0.836, public_safety: 0.835, immigration: 0.898 },
    slice: { realistic: { recall: 0.96, kept: 0.938 }, adversarial: { recall: 0.737, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-fifth round', REDTEAM35_CORPUS);
