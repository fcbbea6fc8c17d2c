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
 * suite failed on one case (Clio activities as JSON lines: masking the output again masked a name
 * the first pass had left in the second line), and a case's outcome depended on the cases masked
 * before it (a name under `user.name` in JSON lines was masked on a first pass over the corpus and
 * left on a second).
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
      practice_management: 0.859,
      billing_and_trust: 0.93,
      court_filings: 0.904,
      legal_correspondence: 0.731,
      legal_ai: 0.891,
    },
    slice: { realistic: { recall: 0.889, kept: 0.964 }, adversarial: { recall: 0.834, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-seventh round', REDTEAM77_CORPUS);
