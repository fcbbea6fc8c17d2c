import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM83_CORPUS } from './fixtures/redteam83-corpus.js';

/**
 * Eighty-third red-team round: insurance underwriting, policy administration, life and annuity
 * (Guidewire PolicyCenter / BillingCenter jobs and App Events, Duck Creek and Majesco policy
 * transactions, ACORD P&C XML and AL3 groups; MIB checks, paramedical exam orders and HL7 results,
 * Rx histories, APS and MVR requests, underwriters' worksheets, reinsurance cessions; ACORD TXLife
 * 103 / 121 / 1203 and DTCC IPS records, beneficiary and owner changes, 1035 exchanges, death
 * claims, surrenders, loans and portal audit logs; NIPR PDB and Gateway records, commission
 * statements, Applied Epic / AMS360 notes, comparative raters' requests, lead webhooks; OCR key /
 * value extraction, rules-engine traces, LLM summaries, telematics scores and e-signature audit
 * trails). Each case cites its public source in fixtures/redteam83-corpus.ts. A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.867 (150 planted),
 * adversarial 0.699 (143); look-alikes kept 0.966 (119) / 0.949 (79). Per family (recall / kept):
 * policy_admin 0.803 / 0.940, life_underwriting 0.880 / 0.971, annuity_service 0.714 / 1.000,
 * agency_distribution 0.667 / 0.925, underwriting_ai 0.909 / 0.971. (The corpus plants 293 values
 * and 198 look-alikes in 66 cases.) The idempotence suite passed before any fix. These are measured
 * after one correction of the first draft, before any fix: two role mailboxes of a reinsurance
 * e-mail's From / To were listed as look-alikes (the policy masks every e-mail address), an exam
 * order id in an HL7 PID-3 (the patient's identifier there) was listed as a look-alike, and a
 * request id sat under a `policyRef` key (renamed `requestId`); the CSV header words `Agent Code` /
 * `Policy Number` were added as look-alikes.
 * After this round's fixes (key rules, detect/keys.ts: a producer's NPN (`npn`, `producerNpn`,
 * `national producer number`), `producerName`, `annuitantName`, `insd_nm`, `Proposed Insured`,
 * ACORD TXLife `DialNumber`, `EFT Account`, ACORD `AccountNumberId`, a policy number by its shape
 * under `cedentPolicy` / `relinquishingContract` / `policyId` (structure/types.ts), the logins under
 * `underwriter` / `EnteredBy`, and `authorizationSigned` / `authorization_date` kept; an NPN after
 * its initials in prose (producer_npn_in_prose, detect/values/agent-licences.ts); a driver licence
 * after a bare `dl` / `lic` in a state layout and before a blank-separated state code in a
 * fixed-width AL3 row (licence-leads.ts), after `licencia de conducir` (us-ids.ts); a policy number
 * after `Versicherungsnummer`; in header-less rows that name a person, a carrier's policy cell and
 * the account after an ABA routing number (structure/person-rows.ts); `Insured` / `Producer` /
 * `Annuitant` / `Versicherte Person` as name leads, lower-case names after `producer` /
 * `policyholder`; kept: a CSV header line's column names, `snap-ubi-v3`, a NAIC code after a home
 * office): realistic 0.953, adversarial 0.804; kept 1.000 / 0.962 (recall: policy_admin 0.882,
 * life_underwriting 0.980, annuity_service 0.778, agency_distribution 0.850, underwriting_ai 0.955).
 * Known leaks left, by record shape: a PolicyCenter `accountNumber` (a bare account key names
 * cloud and vendor accounts as often); `contractNumber` of an IPS commission row (the key names
 * loan and service contracts elsewhere); `submittedBy: portal:<login>`; a death certificate number
 * (no entity type for vital records); `ownerName="…"` in a key=value line; a Textract
 * `Driver's License # / State` value; header-less rows without a name the lists know (capitals
 * `WINTERBOTHAM ALDOUS`, `CALLOWAY, BRONWEN`, an AL3 name cut by its column, NPNs and 8-digit
 * policy cells `TL-88104399`, which the rule leaves for order ids such as `TWN-88120441`); an
 * account after amounts in a pipe row; URL query `first=` / `last=` and a name in a URL path; lower-case
 * names the lists do not know (`sybilla norcross`, `ottoline brackwater`, `agatha haverford` after
 * `thanks,`) and after `client` / `pt` (left out for their cost on prompts); `contract va5520188014`
 * in prose; a reinsurance e-mail's `GUNNARSDOTTIR, Halla` subject; a rater's odd labels
 * (`appl_bdt`, `appl_soc`, `drv1_lic`). Look-alikes still masked: `Mr. Cooper` (a servicer) read as
 * a title and a name, and a carrier's home-office street and ZIP in prose.
 * After the leftover pass of stop 43 (left83-corpus.test.ts measures the same shapes from other
 * sources): realistic 0.987, adversarial 0.930; kept 1.000 / 1.000 (recall: policy_admin 0.934,
 * life_underwriting 1.000, annuity_service 0.952, agency_distribution 0.950, underwriting_ai 0.977).
 * Rules: key rules (detect/keys.ts) for a carrier's `contractNumber` / `ContractNo` (a policy
 * number only in a carrier's shape, structure/types.ts), a vital record's number (a new entity
 * VITAL_RECORD_NUMBER: `deathCertificateNumber`, EVVE `stateFileNumber`), a channel's login under
 * `submittedBy` / `performedBy` / `requestedBy` (`portal:<login>`, login-names.ts
 * loginChannelLength), raters' party-prefixed abbreviations (`appl_soc`, `appl_bdt`, `pi_ln`,
 * `drv1_lic`, `Driver's Lic.`); a paired document label (`Driver's License # / State`) read by its
 * first field (engine.ts); `ownerName` beside the owner's TIN or the contract, in a log line too
 * (bare-name-columns.ts, kv.ts); header-less carrier rows (person-rows.ts): names in capitals
 * either order (`LAST, FIRST` too) in a row with a policy cell or in a column of them, policy cells
 * with a state group (`HO-FL-…`), zeros after a form code (`HO5-0…`) and 8 digits after a
 * line-of-business prefix (`TL-`, `UL-`, `WL-`), a zero-padded account after an amount; URL
 * `first=` / `last=` / `fname=` beside a person's field (url.ts); detectors (policy-service-text.ts)
 * for a contract number after `contract`, a lower-case name after an inline closing at a message's
 * end, `SURNAME, Given` on a Subject: line, a person's slug after `/policyholders/` and other people
 * collections; kept: an insurer's office after its form (`… Insurance Company, One Nationwide Plaza,
 * Columbus OH 43215`, addresses.ts), Dr Pepper / Mr. Clean / the servicer Mr. Cooper listed in a
 * mortgage text, carriers named after people (`Jackson National Life`, person-names.ts).
 * Known leaks left after stop 43: a PolicyCenter `accountNumber` `C000478211` (round 37 keeps the
 * same shape, `C000478213`, as a billing account: a contradiction left to the lead); a death
 * certificate number in a URL query (`cert=`: a TLS word) and a name slug after `/claims/status/`
 * (no people collection); an AL3 name cut by its column; NPNs at a row's start (an 8-digit id
 * beside a name is an employee's or a customer's as often); a loan number after `Mr. Cooper` in a
 * pipe row; nine bare digits after a name in prose; lower-case names the lists do not know after
 * `client` / `pt` / `insured` mid-text (`sybilla norcross`, `marisela yoxall`, `ottoline brackwater`:
 * left out for their cost on prompts).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-third round',
  'red-team corpus 83',
  REDTEAM83_CORPUS,
  {
    family: {
      policy_admin: 0.934,
      life_underwriting: 1,
      annuity_service: 0.952,
      agency_distribution: 0.95,
      underwriting_ai: 1,
    },
    slice: { realistic: { recall: 0.986, kept: 1 }, adversarial: { recall: 0.937, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-third round', REDTEAM83_CORPUS);
