import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM11_CORPUS } from './fixtures/redteam11-corpus.js';

/**
 * Eleventh red-team round: recall per family and look-alikes kept for finance beyond card payments
 * (open banking, Plaid / Tink / TrueLayer, brokerage, direct-deposit changes), credit and KYC
 * (MISMO, loan applications, Metro 2, credit reports, Onfido / Jumio / Persona / Veriff, AML),
 * insurance (ACORD XML, FNOL, policy logs), ad-tech (OpenRTB, Prebid debug, GA4 Measurement
 * Protocol, Google Ads uploads, pixels), forms and e-signature (Typeform, Google Forms, Jotform,
 * Tally, SurveyMonkey, DocuSign, Acrobat Sign, Dropbox Sign), marketplaces (Eventbrite, DoorDash
 * Drive, ride-hailing, rental applications, gift cards, loyalty) and tax portals outside the US
 * (VIES, TFN, ITR, VAT refunds). Each case cites its public source in fixtures/redteam11-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.847 (163 planted),
 * adversarial 0.768 (82); look-alikes kept 0.893 (112) / 0.970 (33). Per family (recall / kept):
 * banking 0.750 / 0.946, credit_kyc 0.870 / 0.960, insurance 0.783 / 1.000, adtech 0.579 / 0.789,
 * forms_esign 0.957 / 0.963, marketplaces 0.800 / 0.875, tax 0.882 / 0.750.
 * After this round's fixes (names of finance, insurance, ad-tech and e-signature fields, Open
 * Banking `{SchemeName, Identification}`, Plaid `numbers.ach|eft|bacs`, dashed IBANs, sort code +
 * account, account words of six languages, account numbers with letters after their name, PIN
 * after its word, lower-case PAN, birth-date phrases in five languages, OpenRTB extended ids,
 * income; `signature_request` and last-four masks kept): realistic 0.957, adversarial 0.878; kept
 * 0.902 / 1.000 (banking 0.929, credit_kyc 0.944, insurance 0.957, adtech 0.895, forms_esign
 * 0.978, marketplaces 0.833, tax 0.941).
 * After the leaks11 fixes (a bare `number` / `name` member read with its parent's name:
 * `license: {number}`, `landlord: {name}`; direct-deposit `old=` / `new=` in a line that names a
 * bank field; a key=value `lat,lng` pair; Meta pixel advanced-matching params; policy and loyalty
 * numbers after their words in five languages; a codice fiscale in spaced groups; `Jane Q.
 * Public`; `PSU-ID`; Square's `gan`; `BankAccountDtls` no longer masks its IFSC and bank name):
 * realistic 0.988, adversarial 0.951; kept 0.920 / 1.000 (recall / kept:
 * banking 0.982 / 0.973, credit_kyc 0.944 / 0.960, insurance 1.000 / 1.000, adtech 0.947 / 0.789,
 * forms_esign 0.978 / 1.000, marketplaces 1.000 / 0.875, tax 1.000 / 0.917).
 * After leaks12 (Metro 2 base segments by column, and in their order when rendered with blanks;
 * Python repr dicts read as nested literals; Typeform's `field: {ref}` naming its answer; an
 * e-mail on a bare host after an e-mail word): realistic 1.000, adversarial 1.000, kept unchanged
 * (banking, credit_kyc, adtech and forms_esign 1.000).
 * Known leaks left: none in this corpus.
 * Look-alikes still masked: SHA-256 e-mail / phone under GA4 / Google Ads `sha256_*` / `hashed_*`
 * names (left as they are: as keys.ts says of a hashed PIN, a digest of a guessable value is
 * reversed by trying values), a BIC, an ABN, Metro 2
 * `identificationNumber`, a business pickup address.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eleventh round',
  'red-team corpus 11',
  REDTEAM11_CORPUS,
  {
    family: {
      banking: 1,
      credit_kyc: 1,
      insurance: 1,
      adtech: 1,
      forms_esign: 1,
      marketplaces: 1,
      tax: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.928 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eleventh round', REDTEAM11_CORPUS);
