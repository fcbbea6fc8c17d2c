import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM93_CORPUS } from './fixtures/redteam93-corpus.js';

/**
 * Ninety-third red-team round: automotive dealers, auto finance and connected vehicles (CDK /
 * Reynolds / Dealertrack DMS-style customer records, repair orders, parts invoices, DMS audit
 * lines, deal-jacket CSV and fixed-width deal files; RouteOne / Dealertrack credit applications,
 * lender decisions and stipulations, e-contract signing audits, OFAC and Red Flags checks, F&I
 * menu logs and managers' notes; collection notes, RDN-style repossession assignments and agents'
 * reports, ELT lien messages, payoff quotes, insurance verification, GAP claims; OEM app remote
 * commands, telematics gateway lines, driver profiles, trip logs, subscriptions, EN 15722 eCall
 * MSD decodes, OCPI CDRs and OCPP calls, support chats; ADF 1.0 XML leads, VinSolutions-style
 * lead JSON, BDC call transcripts and notes, chatbot transcripts, LLM lead summaries and tool
 * calls, test-drive agreements with AAMVA PDF417 licence scans, trade-in appraisals). Each case
 * cites its public source in fixtures/redteam93-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.921 (152 planted),
 * adversarial 0.888 (135); look-alikes kept 1.000 (128) / 0.962 (54). Per family (recall / kept):
 * dealer_dms 0.907 / 1.000, f_and_i_credit 0.980 / 0.972, auto_finance_servicing 0.886 / 1.000,
 * connected_vehicle 0.909 / 1.000, sales_crm_ai 0.857 / 0.974. (The corpus plants 287 values and
 * 182 look-alikes in 63 cases.) The idempotence suite passed before any fix. Measured after one
 * correction of the corpus, before any fix: a lender's team mailbox (`titles@lender.example.com`)
 * was first listed as a look-alike, and the README's policy masks every e-mail address.
 * The look-alikes masked before any fix: an employer after `empleador` (`Tyson Foods`, read as a
 * name) and a lead id opening a header-less CSV row (`91822201`, read as a phone).
 * The main leak classes before any fix: logins of dealer and lender staff under their role names
 * (`presentedBy`, `collector`, `appraiser`, `BdcRep: "bdc.…"`) and in a pipe-separated activity
 * line's user column; ADF `<name part="first">` / `<name part="last">` (also in an ADF document
 * held in a JSON string); bare 10-digit phones in a fixed-width deal file; a loan account under
 * `payoff.loanAccount`; a quoted name after `requester=`; names in lower case in notes (`debtor
 * …`, `spoke w/ …`, `its …`, `home of …`) and a lone given name after a relative (`wife (…)`,
 * `conjointe …`, `hubby …`); a street after `home of …,` in lower case and a street under an OCPI
 * `cdr_location.address`; plates after `plaque` / `Placas TX`; a name after `in name of`; the
 * second line of a surname split by a line break (`VANTERPOOL-\n  ACHEBE, DESMOND R`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-third round',
  'red-team corpus 93',
  REDTEAM93_CORPUS,
  {
    family: {
      dealer_dms: 0.907,
      f_and_i_credit: 0.98,
      auto_finance_servicing: 0.886,
      connected_vehicle: 0.909,
      sales_crm_ai: 0.857,
    },
    slice: { realistic: { recall: 0.921, kept: 1 }, adversarial: { recall: 0.888, kept: 0.962 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-third round', REDTEAM93_CORPUS);
