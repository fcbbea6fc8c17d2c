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
      banking: 0.75,
      credit_kyc: 0.87,
      insurance: 0.78,
      adtech: 0.57,
      forms_esign: 0.95,
      marketplaces: 0.8,
      tax: 0.88,
    },
    slice: { realistic: { recall: 0.84, kept: 0.89 }, adversarial: { recall: 0.76, kept: 0.96 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eleventh round', REDTEAM11_CORPUS);
