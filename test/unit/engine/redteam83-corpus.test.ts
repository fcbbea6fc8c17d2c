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
      policy_admin: 0.881,
      life_underwriting: 0.98,
      annuity_service: 0.777,
      agency_distribution: 0.85,
      underwriting_ai: 0.954,
    },
    slice: { realistic: { recall: 0.953, kept: 1 }, adversarial: { recall: 0.804, kept: 0.962 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-third round', REDTEAM83_CORPUS);
