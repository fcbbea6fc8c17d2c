import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM105_CORPUS } from './fixtures/redteam105-corpus.js';

/**
 * Hundred-and-fifth red-team round: insurance claims adjusting and field claims (property and
 * casualty) — XactAnalysis `XACTDOC` assignments and status webhooks, Xactimate estimate headers
 * and line items, ClaimCenter Cloud API contacts / exposures / checks, ACORD 1 and ACORD 2 form
 * field dumps, Duck Creek intake, FNOL web forms and contact-centre transcripts; independent-
 * adjuster dispatch (assignment JSON, e-mails, header-less rosters), catastrophe field logs, photo
 * EXIF / XMP, photo-documentation webhooks, roof-measurement orders, scheduling SMS, contents
 * inventories; CIECA BMS estimates, Audatex assignments, virtual appraisals, total-loss
 * valuations, Copart / IAA releases, rental tickets, tow invoices; claim checks with mortgagees,
 * NACHA entries, Zelle and push-to-card disbursements, subrogation and appraisal letters,
 * Arbitration Forums filings, ClaimSearch-style reports, ALE ledgers; AI recorded-statement
 * summaries, bill reviews, attorney demands, claim chat, claimant e-mail and SMS, in Spanish,
 * French, German, Portuguese, Italian and Dutch too. Each case cites its public source in
 * fixtures/redteam105-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.966 (179 planted),
 * adversarial 0.830 (112); look-alikes kept 0.946 (168) / 0.962 (54). Per family (recall / kept):
 * assignment_intake 0.961 / 0.959, field_inspection 0.838 / 1.000, auto_salvage 0.934 / 0.972,
 * payments_recovery 0.918 / 0.897, statements_ai 0.912 / 0.909. (The corpus plants 291 values and
 * 222 look-alikes in 79 cases.) The idempotence suite failed before any fix on one case: a loan
 * servicer's name `Mr. Cooper` masked as a person in `Loss Draft Department, Mr. Cooper`, whose
 * masked output was then read as a postcode.
 * The look-alikes masked before any fix: an insurer's name under ACORD's
 * `Insurer_FullName_A` and a vendor's name under `payee.name` (persons), `Metro Tow & Recovery`,
 * `Hurricane Ida`, `Hollis Marrow Injury Law` and `Mr. Cooper` (persons in text), a bank routing
 * number under `bankRoutingNumber`, an NPI under `npi`, a law firm's intake address under `from`,
 * a claim number in a query string's `claim` (a phone) and a payment id first in a pipe row (a
 * bank account).
 * The main leak classes before any fix: an adjuster's name under `adjuster.name` and a driver's
 * under `driverName`; adjusters' logins under `adj=` and a chat export's `user`; streets in
 * key=value lines (`addr="…"`, `loss_addr=`, `Iptc4xmpCore:Location=`) and streets with a suffix
 * the street rules miss (`Pointe`, `Bend`, `Cove`, `Cir` in lower case); policy numbers after
 * `policy is`, `póliza es`, `pol #` and `pol=`; lower-case names after `insd`, `insd is`, `per ho`,
 * `tenant … is`; a name after German `Versicherungsnehmerin` and Italian `Assicurato:`; a written-
 * out birth date (`March 3rd, 1979`); a Brazilian plate after `Placa`; a lower-case plate and
 * licence after `plate` / `dl`.
 * After this round's fixes (a carrier-shaped policy number after `policy is` / `póliza es` and
 * after `pol #` / `pol=` (insurance_policy_after_name); `adjuster`, `appraiser`, `estimator`,
 * `inspector` as person parents beside an e-mail or phone (structure/person-parent.ts); `driver
 * name`, `adjuster name`, `appraiser name`, `estimator name`, `witness name`, `owner nm` and the
 * loss / property / mailing / risk `addr` keys (detect/keys.ts); a piped key=value line's street
 * read to the next `|KEY=` pair (structure/kv.ts); USPS short suffixes (`Pte`, `Bnd`, `Cv`, `Trce`,
 * `Xing`…; not `Trl`, which round 40 keeps in a listing) before `, City ST ZIP`, the estate words before a comma without a blank, and a
 * street cell after a CSV cell of four digits or more (addresses.ts); `lives w me at` as a
 * residence lead (residence-street.ts); `insd`, `insd is`, `insured is`, `clmt is`, `homeowner`,
 * `per ho` as role leads (lower-case-names.ts); `Assicurato:` and `Versicherungsnehmer(in)` as
 * name labels (person-names.ts); `Placa do veículo` (devices.ts); a country code under a token
 * name left to the phone detector (secrets.ts); kept: insurers and claim vendors under a person's
 * key (`State Farm Fire and Casualty Company`, `ServiceMaster Restore of Tulsa`: `and` between
 * an institution's words, `Restore`, `Restoration`, `Roofing`, `Collision`, `Towing`, `Injury Law`
 * heads, structure/company-name.ts); no field name read from a masked value (engine.ts
 * #siblingName: the idempotence failure)): realistic 0.983, adversarial 0.910; kept 0.958 / 0.962
 * (recall: assignment_intake 1.000, field_inspection 0.870, auto_salvage 0.956, payments_recovery
 * 0.979, statements_ai 0.964). The idempotence suite passes.
 * Known leaks left, by record shape: an adjuster's login under `adj=` and a chat export's `user`;
 * `3390 Meadowlark Trl, Amarillo TX 79118` in a field log (`Trl` before a city stays a street only
 * in lower case, as round 40 keeps an MLS listing's `5512 Ridgewood Trl, Austin, TX 78745`);
 * a written-out birth date answering a question on the line before (`March 3rd, 1979`); a
 * lower-case street after `at` with no lead (`880 red cedar cir.`); a quoted street under an
 * XMP `Iptc4xmpCore:Location`; given names no list holds after a lead (`ambrosine`, `ignatia`,
 * `Friederike` after `Versicherungsnehmerin`); a tenant named after `tenant in unit b is`; a
 * lower-case plate and licence after `plate` / `dl` (`4hkp21 ma`, `s65807412`); Italian `via
 * Garibaldi 27` after a comma (`via` in English lists reads the same). Look-alikes still masked:
 * `Metro Tow & Recovery`, `Hurricane Ida` (`Ida`), `Hollis Marrow Injury Law` and `Mr. Cooper` in
 * text (persons), a routing number under `bankRoutingNumber` and an NPI under `npi` (the key
 * rules' entities), a law firm's intake address under `from`, a claim number in a query string's
 * `claim` (a phone) and a payment id first in a header-less pipe row (a bank account).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-fifth round',
  'red-team corpus 105',
  REDTEAM105_CORPUS,
  {
    family: {
      assignment_intake: 1,
      field_inspection: 0.87,
      auto_salvage: 0.956,
      payments_recovery: 0.979,
      statements_ai: 0.964,
    },
    slice: { realistic: { recall: 0.983, kept: 0.958 }, adversarial: { recall: 0.91, kept: 0.962 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-fifth round', REDTEAM105_CORPUS);
