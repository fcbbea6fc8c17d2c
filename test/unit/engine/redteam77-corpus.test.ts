import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM77_CORPUS } from './fixtures/redteam77-corpus.js';

/**
 * Seventy-seventh red-team round: legal practice management, courts and e-filing (Clio, MyCase,
 * PracticePanther, Actionstep, Aderant and Elite 3E records, conflict checks and intake; LEDES
 * 1998B / XML 2.0 invoices, IOLTA and client-account ledgers, LawPay and Clio Payments; CM/ECF
 * NEFs, PACER Case Locator, Tyler EFM and ECF 4.0, File & ServeXpress, CourtListener, HMCTS
 * notifications, European Payment Orders; iManage and NetDocuments audit, DocuSign envelopes,
 * deposition bookings and affidavits of service; legal AI assistants' prompts, redlines, clause
 * extraction and citation checks). Each case cites its public source in
 * fixtures/redteam77-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.890 (145 planted),
 * adversarial 0.835 (103); look-alikes kept 0.964 (139) / 1.000 (76). Per family (recall / kept):
 * practice_management 0.859 / 1.000, billing_and_trust 0.930 / 0.982, court_filings 0.905 / 0.978,
 * legal_correspondence 0.732 / 1.000, legal_ai 0.892 / 0.906. (The corpus plants 248 values and
 * 215 look-alikes in 65 cases.) These are measured after one correction of the corpus, before any
 * fix: a European Payment Order's BIC under `bic` was listed as a look-alike, but the README's
 * policy masks SWIFT / BIC codes after that key; it was dropped. Before any fix the idempotence
 * suite failed on one case (Clio activities as JSON lines: a line's finding repeating the path of
 * the line before only added to that finding's count, so the line was returned unmasked, and
 * masking the output again masked it).
 * After this round's fixes (every line of newline-delimited JSON masked, the walk's outcome read
 * from the findings recorded rather than their number; a party named by surname alone in a case
 * caption that a title or a field holds, not before a reporter citation; lawyers' and parties'
 * leads `counsel`, `upon`, `served`, `affiant`, `statement of`, Dutch `de heer`, and in lower case
 * `counsel (was)`, `deponent (is)`, `adverse / opposing party`, `to:`; a surname-first pair after
 * `Parties:`, `plaintiff`, `defendant`, `deponent`, `case`; a mailbox display name opening a quoted
 * value; firms' trades (`Hospitality`, `Logistics`, `Freight`…) as company words; the key names
 * `tk_lname` / `tk_fname`, `timekeeper_name` and `<role> name` read with the parent, also in a list
 * (CourtListener `attorneys: [{name}]`); a string under a member named by a lawyer's role
 * (`taking_attorney`, `opposingCounsel`); `user` beside `operation` / `action` as a login; USPS
 * subdivision suffixes (`Hollow`, `Glen`, `Bend`…) before a locality; a street opening a
 * header-less CSV cell; `Fed. R. Civ. P.` no longer read as a Brazilian `R.` street): realistic
 * 0.972, adversarial 0.893; kept 0.986 / 1.000 (recall: practice_management 0.891,
 * billing_and_trust 0.977, court_filings 0.984, legal_correspondence 0.902, legal_ai 0.946).
 * Known leaks left, by record shape: names the gazetteer lacks with no lead or key to say so
 * (Clio `user: {name}` without a contact beside it, `Ptolemy Harcastle of Flat 4` in a lease's
 * parties clause, a pipe row's `Roswitha Eckhart-Nyberg`); a conflict search's `party="…"` and
 * `terms="…"` (a party may be a company); lower-case names after words no rule reads (`signatory
 * will be …`, `wire … to clara …`, `client ottoline …` whose given name the SSA list lacks, a
 * surname `mac an tsaoir`); a name split by a line break; a surname-first name in a URL's
 * `query=` and a percent-encoded name in a document path.
 * Look-alikes still masked: a Clio trust account's display name under `bank_account.name` (Razorpay
 * writes the holder's name there), and a court's postcode in a GOV.UK Notify `hearing_venue`.
 * After the leftover pass of stop 42 (measured on other sources too: left77-corpus.test.ts): law
 * firms' parties as lower-case role leads (`client`, `adverse party`, `signatory`, `payee`…), the
 * recipient after a paying verb's `to` (`wire … to clara …`), `will be` and an apposition comma
 * after a lead, Irish surnames after their particle (`mac an tsaoir`), a given name no list knows
 * after a copula or before a `dob`; a wrapped surname before `;` or a full stop, on a quoted
 * e-mail's next line or after a title that ends the line; a conflicts search's `party="…"` /
 * `terms="…"` items that read as a person (companies stay); URL search parameters holding
 * `Surname, Given` or a given name and a known surname; names in `%20` file names and after
 * `<kind> of` (`Statement of …`); a person parent's name written out with no contact beside it;
 * a deed's party `of` a home; and as look-alikes a court building's line under a venue member and
 * a bank account's display name that says its kind: realistic 0.993, adversarial 0.970; kept
 * 1.000 / 1.000 (recall: practice_management 0.984, billing_and_trust 1.000, court_filings 0.984,
 * legal_correspondence 0.951, legal_ai 1.000).
 * Known leaks left: a case caption's surname alone under a field no rule reads as a caption
 * (`matter_desc="Maltravers v. …"`); the second recipient of a lower-case list split by a line
 * break (`; oluwaseun\nbrightwater;`); an Irish surname in its capitalised form with a lower-case
 * prefix (`Mac an tSaoir`) on a wrapped line; a header-less pipe row's name the lists lack
 * (`Roswitha Eckhart-Nyberg`). No look-alike is masked.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-seventh round',
  'red-team corpus 77',
  REDTEAM77_CORPUS,
  {
    family: {
      practice_management: 0.984,
      billing_and_trust: 1,
      court_filings: 0.984,
      legal_correspondence: 0.951,
      legal_ai: 1,
    },
    slice: { realistic: { recall: 0.993, kept: 1 }, adversarial: { recall: 0.97, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-seventh round', REDTEAM77_CORPUS);
