import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM37_CORPUS } from './fixtures/redteam37-corpus.js';

/**
 * Thirty-seventh red-team round: insurance claims and policy records and the automotive trade
 * (ACORD XML / AL3 and JSON claim and policy messages, Guidewire / Duck Creek integration and
 * audit events, adjuster notes and claim chat, subrogation, salvage, medical bills, ClaimSearch
 * queries, life and annuity applications, telematics; dealer credit applications and deal jackets,
 * auto-finance payments, MVR / title / registration, rental, roadside, connected car, repair orders,
 * recalls). Each case cites its public source in fixtures/redteam37-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.953 (172 planted),
 * adversarial 0.586 (150); look-alikes kept 0.948 (97) / 0.946 (56). Per family (recall / kept):
 * claims 0.834 / 1.000, policy_admin 0.657 / 0.857, dealer_credit 0.787 / 0.967, dmv_rental
 * 0.831 / 0.944. (The corpus plants 322 values, more than the brief's 200; it was not cut.) The
 * idempotence suite passed before any fix.
 * After this round's fixes (field names: ACORD Life `PolNumber` / `GovtID`, `polNo`, `dlNo` and a
 * party's `…_dl`, `registeredOwner`, `hmPh` / `cellPh`, `app_income`, `loanNumber` /
 * `lienholderAccount`, `currentAddress` / `previousAddress`; policy numbers read out in digit groups
 * after `policy #` and carrier-shaped numbers right after `policy`; driver licences printed in dash
 * groups (FL, WI, IL) or 3-3-3 (NY), after `LICENSE:` too, and a `key=value` value under a
 * key of its own no longer taken by the licence word of the pair before it; lower-case names after
 * `renter`, `insd`, `insured`, `claimant`; a given name and a surname in
 * neighbouring cells of a headerless row with another hit; name halves under `LN=` / `FN=`,
 * `last=` / `first=`, `…_fname=` / `…_lname=` beside each other): realistic 0.994, adversarial
 * 0.740; kept 0.948 / 0.964 (recall: claims 0.864, policy_admin 0.802, dealer_credit 0.909,
 * dmv_rental 0.935). Names after `cust` / `driver` and licences after `lic` were read too, then
 * dropped: their gate words (`custom`, `driver`, `public`) doubled the cost of the bench prompts.
 * After the leftovers pass (leaks33g.test.ts: a relationship cell of a header-less person row,
 * `Daughter`, no longer read as a name — the round 36 merge had brought adversarial kept down to
 * 0.946; a letter code under `accountNumber` kept; nested `[lat, lng]` number arrays under any
 * name; birth dates under `dobs`; a carrier-shaped number after `auto pol`; a loan number after
 * `loan #`; a run-together UK registration after `Registration>` / `reg no` / `VRM`; a
 * form-encoded name under `owner=` beside the owner's SSN or birth date): realistic 1.000,
 * adversarial 0.813; kept 0.969 / 0.964 (recall: claims 0.903, policy_admin 0.882, dealer_credit
 * 0.924, dmv_rental 0.948).
 * After the leftovers pass of leaks33i.test.ts (`nm` read as name under a person parent, `pty`
 * as an ACORD-style party): adversarial 0.820 (policy_admin 0.895).
 * Leftovers fixed in stop 34 (leaks34a.test.ts: a person row of a fixed-width file, capitals name
 * cells and a compact birth date, as an AL3 `5BIS` group line; driver licences as strings under a
 * bare `licenses`; a birth date under `bDt` beside a name; an institution named by its head noun
 * kept under a person's `name`): realistic 1.000, adversarial 0.860; kept 0.979 / 0.964 (recall:
 * claims 0.932, policy_admin 0.934).
 * Known leaks left, by record shape: lower-case names after `cust` and `driver` (`cust bryce
 * tanaka`, `youthful driver naomi baptiste`: their gate words cost every prompt) and a licence
 * after `FL lic`; the policy number of an AL3 group line (`PAP…`); a NACHA entry detail line
 * shorter than its layout (account and `KOWALCZYK JORDAN`); a lone GPS point as a nested pair (`[[lat, lng]]`: one pair may be
 * any two numbers); values under neutral extension
 * fields (`ExtFld01..04`: name, birth date, licence, plate); a plate under `regNo` (a company's
 * registration number as often); a name whose surname is a place word (`pt Gwendolyn Park`) and a
 * member id after `member` in prose; a policy number in a tool call's `adverse_policy`; a policy
 * number as the first cell of a header-less row; a lower-case name and street after `for` in an
 * agent chat; a first name alone in prose (`wife Amara`); income as
 * `75k/yr`; a form-encoded body nested in a `body=` value; a headerless pipe row without a
 * 9-digit run (recall notice `FERREIRA|DOLORES`).
 * Look-alikes still masked: dealers' and tow yards' business addresses under `address` /
 * `towTo`, a carrier's toll-free number in prose (`1-800-841-3000`; leaving toll-free numbers was
 * tried and dropped: the shrunk 7-digit tail was then masked alone), a ZIP after a state code in a
 * carrier's head-office address (`IL 61710`).
 * Fixed in stop 37 (lower-case names): `cust bryce tanaka`, `youthful driver naomi baptiste` and
 * the name after `for` in an agent chat (`for rebecca sandoval, 1426 …`).
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.893 → 0.907 (dmv_rental 0.961 → 0.987).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-seventh round',
  'red-team corpus 37',
  REDTEAM37_CORPUS,
  {
    family: { claims: 0.95, policy_admin: 1, dealer_credit: 0.954, dmv_rental: 0.986 },
    slice: { realistic: { recall: 1, kept: 0.979 }, adversarial: { recall: 0.94, kept: 0.964 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-seventh round', REDTEAM37_CORPUS);
