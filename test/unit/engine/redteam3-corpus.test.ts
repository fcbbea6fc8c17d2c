import { corpusFloorsSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM3_CORPUS } from './fixtures/redteam3-corpus.js';

/**
 * Third red-team round (issues 13, 14): recall per entity family and look-alikes kept, in record
 * shapes the first two rounds did not use (cloud and SaaS admin audit, OS audit with hex argv,
 * IaC output, API traffic, LLM traces, HL7 / FHIR, payment webhooks, SAML / OAuth); each case
 * cites its public source in fixtures/redteam3-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Stop 37 (logins and account SIDs are personal data, masked): a Windows user SID (`…-1104`, RID 1000 or more) moved from look-alikes to
 * planted values.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, third round (issues 13, 14)',
  'red-team corpus 3',
  REDTEAM3_CORPUS,
  {
    family: { passwords: 0.963, contact: 1, names: 1, national_ids: 1, api_keys: 1, payment: 1, health: 1, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 0.977 }, adversarial: { recall: 0.981, kept: 0.98 } },
  },
  present,
);
