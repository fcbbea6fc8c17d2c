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
 * After the leftover pass of stop 39 (left69-corpus.test.ts; swift.ts swift_mt_party read flattened,
 * lower-case and in a delimited row's cell, with the name's echo in fields 70 / 72 and the record's
 * other members, swift_field_content / swift_field_content_account for a field's content without
 * its tag, t24_party_field; bacs-reports.ts; note-parties.ts person_name_payment_note and
 * person_name_title_wrapped; de_id_card_lower_case; config-text.ts `…Acct/Id/Othr/Id`; url.ts
 * payment parties and base64 JSON `state`; keys.ts `chrgsAcct` / `ordCustAcct`, `FinInstnId` and a
 * charge bearer, party tags `50K` / `F59` / `ordering_customer` with key-flagged.ts reading an
 * account-first value line by line; pii.ts call-back phrases and PayID; login-names.ts work-queue
 * operators):
 * realistic 1.000, adversarial 0.946; kept 0.959 / 0.983 (recall: iso20022 1.000, swift_mt 1.000,
 * open_banking_apis 0.978, payment_ops 0.951, bank_support 0.959).
 * Known leaks left, by record shape: header-less rows of an Open Banking consent (a 14-digit sort
 * code and account: no check tells it from an id without the modulus tables) and of an Italian KYC
 * event (surname and birth date: left to the header-less rows pass); a lower-case Dutch street
 * after `adres:`; a name after an IBAN in a T24 enquiry row's narrative (`TRF TO <IBAN> NAME`).
 * Look-alikes still masked: BICs under `senderBic` / `receiverBic` and after `/BIC/` (the `bic`
 * key rule masks them by policy); US ZIP codes under `postal_code` / `POSTALCODE` (postcodes are
 * masked by policy: these two look-alikes were mislabelled); Berlin Group's sample creditor
 * `Merchant123` under `creditorName` (a person's field: a one-word value with digits is left to
 * the key rule).
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
      iso20022: 1,
      swift_mt: 1,
      open_banking_apis: 0.977,
      payment_ops: 0.951,
      bank_support: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.959 }, adversarial: { recall: 0.967, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-ninth round', REDTEAM69_CORPUS);
