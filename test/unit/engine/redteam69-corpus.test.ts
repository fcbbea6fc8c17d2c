import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM69_CORPUS } from './fixtures/redteam69-corpus.js';

/**
 * Sixty-ninth red-team round: banks' payment messages and APIs (ISO 20022 pain / pacs / camt
 * messages in gateways' logs and validation errors; SWIFT MT103 / MT202 COV / MT940 in logs,
 * tickets, screening hits and repair queues; UK Open Banking, Berlin Group NextGenPSD2, FDX and
 * CDR API calls, consents and Plaid / Tink / TrueLayer / Yapily webhooks; payment-hub and
 * core-banking operator logs: repairs, returns, recalls, beneficiary changes, standing orders,
 * SEPA mandates, NACHA and Bacs lines; bank support: fraud and dispute notes, Confirmation of
 * Payee results, KYC events, call-back notes, teller logs). Each case cites its public source in
 * fixtures/redteam69-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.848 (125 planted),
 * adversarial 0.641 (92); look-alikes kept 0.934 (123) / 0.983 (60). Per family (recall / kept):
 * iso20022 0.795 / 1.000, swift_mt 0.526 / 0.871, open_banking_apis 0.911 / 0.918, payment_ops
 * 0.682 / 0.948, bank_support 0.836 / 1.000. (The corpus plants 217 values and 183 look-alikes in
 * 55 cases.) The idempotence suite passed before any fix. These are measured after one correction
 * of the corpus, before any fix: two NACHA entry details and a Bacs Standard 18 record of its first
 * commit did not pad the account to its published width (17 and 8 columns); with them, realistic
 * recall was 0.824, adversarial 0.619 and payment_ops 0.560.
 * After this round's fixes (ISO 20022 `<Nm>` read by its party `<Cdtr>` / `<UltmtDbtr>`, through a
 * `<Pty>`; abbreviated keys `orgnlDbtrNm`, `pmtinf.cdtr.nm`, `orgnlCdtr`; SWIFT 50K / 50F / 59 after
 * a `|` and their domestic `/account` line; MT940 field 86 `/NAME/` and DFÜ `?31` / `?32` / `?33`;
 * T24 `INPUTTER` / `AUTHORISER` sign-on ids; Open Banking `CardInstrument.Name`,
 * `CreditorAccount.Name`, Bacs `destAccountName`; a mandate's `dateOfSignature` and a dotted
 * `….batch` operator kept): realistic 0.936, adversarial 0.706; kept 0.951 / 0.983 (recall:
 * iso20022 0.931, swift_mt 0.710, open_banking_apis 0.933, payment_ops 0.756, bank_support 0.836).
 * Known leaks left, by record shape: a SWIFT field's content without its tag (a parser's JSON map
 * `"50K": "/…\nNAME\nSTREET"`, a screening alert's `fieldContent`) and an MT103 flattened onto
 * one line in lower case; the name of field 50K echoed in field 70; sanctions-screening rows that
 * put the name after the IBAN in one cell; T24 OFS `BEN.ADDRESS:1:1=` multi-value fields;
 * header-less CSV rows of Bacs ARUDD / AUDDIS (sort code, account, `MRS E …` payer) and of an Open
 * Banking consent (a 14-digit sort code and account); names in notes after a label and a phrase
 * (`Kontoinhaber laut Auftrag:`, `naam was "…"`, `le bénéficiaire "…"`, `kunde: …`), lower-case
 * Confirmation-of-Payee pairs (`name_entered="…"`, `suggested="…"`); a name split over a line
 * break after its title; a Spanish mobile after `desde el`; an Italian KYC row's surname and birth
 * date; a German ID card number after `ausweis-nr`; a charges account under `chargesAcct`; a name
 * percent-encoded in a console URL's query and base64 JSON in its `state`.
 * Look-alikes still masked: BICs under `senderBic` / `receiverBic` and after `/BIC/` (the `bic`
 * key rule masks them by policy); US ZIP codes under `postal_code` / `POSTALCODE` (postcodes are
 * masked by policy: these two look-alikes were mislabelled); Berlin Group's sample creditor
 * `Merchant123` under `creditorName`; an operator `payops.repair` (a first.last-shaped login).
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.707 → 0.750 (payment_ops 0.756 → 0.805, bank_support 0.837 → 0.878).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-ninth round',
  'red-team corpus 69',
  REDTEAM69_CORPUS,
  {
    family: {
      iso20022: 0.931,
      swift_mt: 0.71,
      open_banking_apis: 0.933,
      payment_ops: 0.804,
      bank_support: 0.877,
    },
    slice: { realistic: { recall: 0.936, kept: 0.951 }, adversarial: { recall: 0.749, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-ninth round', REDTEAM69_CORPUS);
