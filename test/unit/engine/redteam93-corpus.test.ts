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
 * After this round's fixes (dealer and lender staff logins under `presentedBy`, `collector`,
 * `appraiser`, `BdcRep` / `BdcAgent`, and a loan account under `loanAccount` (detect/keys.ts); ADF
 * `<name part="first|last|middle|full">` a person's name unless a provider's or a business's
 * (structure/config-text.ts); names in lower case after `debtor` and `spoke w/`
 * (person_name_lower_collections, lower-case-names.ts); the user column of an activity line
 * `12/03 14:22 | jmorales | …` (structure/login-cells.ts); a display name quoted under a login's
 * key=value name, `requester="…"` (structure/kv.ts); plates after `plaque` / `placa(s)` with an
 * optional state code (plate_after_placa_word, devices.ts); fixed-width reports under a header of
 * capitals, cells under a sensitive column (structure/text-tables.ts); one numbering plan per
 * person row, so an 8-digit lead id beside a NANP phone stays (structure/person-rows.ts); a date or
 * a time on the next line no tail of a wrapped phone (structure/wrapped-lines.ts)): realistic
 * 0.986, adversarial 0.940; kept 1.000 / 0.981 (recall: dealer_dms 0.953, f_and_i_credit 1.000,
 * auto_finance_servicing 0.962, connected_vehicle 0.927, sales_crm_ai 0.984).
 * Known leaks left, by record shape: a spouse's given name alone (`wife (marisol)`, `conjointe
 * Geneviève`, `hubby desmond`): round 49 keeps a relative's given name alone (`my wife kavya`,
 * redteam49-leaks.test.ts), so a rule for them was written and dropped; a debtor whose given name
 * is a place (`debtor brisbane halvorsen-ruiz`, `in name of Brisbane Halvorsen-Ruiz`); names after
 * `its` and `home of` in lower case (gate words of every prompt) and the street after them; an
 * OCPI home charger's `cdr_location.address` ending in `Run` (a bare `address` holds public
 * stations' addresses too); the second line of a capitals name split by a line break on a DMS
 * screen. The look-alike still masked: an employer after `empleador` (`Tyson Foods`, read as a
 * given name and a surname by person_name).
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
      dealer_dms: 0.953,
      f_and_i_credit: 1,
      auto_finance_servicing: 0.962,
      connected_vehicle: 0.927,
      sales_crm_ai: 1,
    },
    slice: { realistic: { recall: 0.986, kept: 1 }, adversarial: { recall: 0.948, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-third round', REDTEAM93_CORPUS);
