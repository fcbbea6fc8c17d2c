import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM30_CORPUS } from './fixtures/redteam30-corpus.js';

/**
 * Thirtieth red-team round: audit and activity events that companies' own services write with
 * ad-hoc schemas (HR / payroll, e-commerce, fintech and lending, insurance, patient portals,
 * telehealth, edtech, property management, logistics, government portals, B2B SaaS admin consoles,
 * AI-agent platforms). Each case cites its public source in fixtures/redteam30-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.944 (126 planted),
 * adversarial 0.808 (94); look-alikes kept 0.961 (104) / 0.967 (61). Per family (recall / kept):
 * identity_auth 0.870 / 0.972, people_ops 0.817 / 0.941, money 0.925 / 0.943, health_portal
 * 0.889 / 0.950, platform_admin 0.974 / 1.000. The idempotence suite passed before any fix.
 * After this round's fixes (field names: `mob`, `guardianMob`, `usr_phn` / `cust_phn`, Portuguese
 * `dataNascimento` / `dt_nasc`, `permanent_address` / `present_address`, `beneficiary_acct` /
 * `payee_account` / `bank_acct`, `security_answers` and their children; a number right after
 * `phone:` / `mobile:` in a tag; backup codes written 4-4 with a dash; a bare MBI after `member`;
 * the new value of an SSN change sentence with the SSN's name up to 96 characters back in the same
 * clause; a token under a query parameter of one to three letters of a reset / verify / confirm / activate
 * / magic-link / invite URL, also after an app scheme (`examplebank://confirm?t=…`); role words (tenant, applicant, borrower, guarantor, cardholder, claimant,
 * policyholder, landlord, surname) as weak leads of a name): realistic 0.992, adversarial 0.894;
 * kept 0.962 / 0.967 (recall: identity_auth 1.000, people_ops 0.883, money 0.975, health_portal
 * 0.917, platform_admin 1.000).
 * After stop 32's leftovers (a bare word for "name" under a dotted label of a person role,
 * `employee.nom`, beside a person field; `surname` as a weak lead before a name in lower-case
 * prose; a name in capitals after `MR` / `MRS` / `MS` / `MISS` / `MX` in capitals whose first word
 * is a known given name) and red-team round 31's file-name view (structure/file-names.ts: ids and
 * names glued into file names by `_` / `-`): realistic 0.992, adversarial 0.957; kept 0.962 /
 * 0.967 (people_ops 0.967, money 1.000).
 * Known leaks left, by record shape: a next-of-kin note all in lower case (name, street and UK
 * postcode); `Last, First` in brackets after an id; a payer member id
 * under `memberId` (left: the same name is an internal member id in SaaS records). Look-alikes
 * still masked: `monthly_income` (COMPENSATION by design), `policyNo` (an insurance policy number by
 * design), a BIC under `bic`, a provider NPI under `provider_npi`, `theme=dark` in a Cookie header
 * that also holds a session (the header is masked whole, fail closed), a public office's street
 * (1600 Pennsylvania Avenue NW).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirtieth round',
  'red-team corpus 30',
  REDTEAM30_CORPUS,
  {
    family: { identity_auth: 1, people_ops: 0.982, money: 1, health_portal: 0.943, platform_admin: 1 },
    slice: { realistic: { recall: 1, kept: 0.961 }, adversarial: { recall: 0.968, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirtieth round', REDTEAM30_CORPUS);
