import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM52_CORPUS } from './fixtures/redteam52-corpus.js';

/**
 * Fifty-second red-team round: telecom and CPaaS, round two (CPaaS message and call logs, carrier
 * CDRs / xDRs, number porting and SIM / eSIM, SIP signalling and STIR/SHAKEN, contact centres).
 * Each case cites its public source in fixtures/redteam52-corpus.ts, which also states the round's
 * decisions (IMSI, IMEI / IMEISV, ICCID, EID, MSISDN personal; cell ids, LAC / TAC, MCC / MNC,
 * LRNs, short codes and SIDs not). A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.859 (142 planted),
 * adversarial 0.686 (121); look-alikes kept 0.958 (118) / 0.892 (74). Per family (recall / kept):
 * cpaas_messaging 0.835 / 0.906, carrier_cdr 0.811 / 0.941, porting_sim 0.667 / 0.929,
 * sip_signalling 0.704 / 0.967, ccaas 0.854 / 0.944. (The corpus plants 263 values and 192
 * look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix. (Measured after correcting the check digits of three EIDs and three ICCIDs the
 * corpus first planted with wrong ones; before that correction adversarial read 0.661.)
 * After this round's fixes (field names `puk1` / `puk2`, `opc`, UK `pac` / `stac`, eSIM
 * `matchingId`, IVR `dtmf`, `cnam` / `caller_id_name`, a PASSporT's `tn`, `fromAddr`; an IMEI /
 * IMEISV after a 5G PEI's `imei-` / `imeisv-` prefix, a test-network IMSI after `imsi-`, decoders'
 * spelled-out labels; the matching id of an `LPA:1$…` activation code; UK PAC / STAC after their
 * name; an account number read out in groups; French / Dutch sign-in code words; quoted SIP
 * display names before `<sip:` / `<tel:`; a Digest response hash): realistic 0.951, adversarial
 * 0.793; kept 0.958 / 0.892 (recall: cpaas_messaging 0.873, carrier_cdr 0.906, porting_sim 0.810,
 * sip_signalling 0.889, ccaas 0.951).
 * Leftovers fixed (stop 36): a URL-encoded form body logged whole is scanned decoded
 * (structure/form-body.ts: the name and code in a webhook's `Body=`, a form's `name=First+Last`);
 * a code after `my code is`; a PIN after `PIN for the … app is`; Homer / HEP `from_user`,
 * `pid_user`, `to_user`, `ruri_user` (digits only); Twilio Lookup's `caller_name`; `msisdn:` as a
 * search query's field; TAP3 `MobileOriginatedCall` / `MobileTerminatedCall` and
 * `mobile_country_code` / `mobile_network_code` no longer read as phone names (look-alikes kept,
 * the TAP3 call's timestamp among them); a state code before a ZIP of another USPS area is no
 * address (`MT 75075`); a Digest parameter name (`username=`) no longer read as a credential:
 * realistic 0.972, adversarial 0.826; kept 0.966 / 0.905 (recall:
 * cpaas_messaging 0.924, carrier_cdr 0.925, porting_sim 0.825, sip_signalling 0.926, ccaas 0.951).
 * Leftovers fixed (stop 36, second pass): the IMSI, Ki and OPc of a SIM vendor's output line after
 * a Luhn-valid ICCID (sim_vendor_out_line); a port-in form's `number` / `account` beside its
 * `carrier` and `pin` pairs (port_form_numbers); the caller of a kamailio `INVITE from <digits>` and
 * of a STIR verifier's `orig=<digits>` beside `attest=` (sip_caller_log_line): realistic 0.972,
 * adversarial 0.884; kept 0.966 / 0.905 (recall: cpaas_messaging 0.924, carrier_cdr 0.925,
 * porting_sim 0.905, sip_signalling 1.000, ccaas 0.951).
 * Known leaks left, by record shape: numbers without `+` or a field name in header-less
 * CDR / FMS / MessageBird CSV lines and in an SDK's debug JSON (`"to":["3361…"]`: the message-party
 * rule reads a `to` string, not an array, and not inside a log line's JSON), and an IMSI alone in
 * such a line (the CDR line's numbers are Ofcom drama numbers, which libphonenumber calls invalid:
 * a real subscriber's are read by bare-cells.ts); Ki under Open5GS's bare `k`; an eSIM `confirmationCode` and a care CRM's `ban` (billing account number:
 * both names too general alone); an alphanumeric carrier account `A0073319452` under
 * `account_number` (kept by the vendor-code rule); a code typed back without its blank (`281447`
 * after `281 447` was found) and a code after `enter` alone; names in lower case (`meena iyer`); a
 * national phone after `->` in a gateway log; `Account 957216634` in prose; a phone glued by `_`
 * into a recording's file name. Look-alikes still masked: a Vonage `api-key` and a Twilio API key
 * SID `SK…` (credential names: policy), an account SID next to its auth token
 * (twilio_account_sid, by design), toll-free company numbers under `To` / `SystemEndpoint.Address`
 * / `From` and in a CSV export (a party's phone by its member; other rounds plant toll-free
 * numbers as a customer's), an LRN in a pipe line (a phone by shape), a cell global id in prose, a
 * Five9 `Call.DNIS` (an outbound dialer's DNIS is the customer's), a SIP Call-ID's IP part (IP
 * policy).
 * Fixed in stop 37 (lower-case names): the lower-case name after `sender was` (`meena iyer`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-second round',
  'red-team corpus 52',
  REDTEAM52_CORPUS,
  {
    family: { cpaas_messaging: 0.948, carrier_cdr: 0.924, porting_sim: 0.904, sip_signalling: 1, ccaas: 0.951 },
    slice: { realistic: { recall: 0.971, kept: 0.966 }, adversarial: { recall: 0.9, kept: 0.905 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-second round', REDTEAM52_CORPUS);
