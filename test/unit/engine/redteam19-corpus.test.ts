import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM19_CORPUS } from './fixtures/redteam19-corpus.js';

/**
 * Nineteenth red-team round: the breadth of the credential catalog, measured against the public
 * secret scanners' own test vectors (trufflehog, gitleaks, detect-secrets), each vendor's value
 * planted once where its docs use it and once with no helpful field name. Each case cites its
 * scanner file in fixtures/redteam19-corpus.ts. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate; 125 vendor vectors, 250 planted, 383
 * look-alikes): realistic recall 0.952 (125 planted), adversarial 0.504 (125); look-alikes kept
 * 0.921 (202) / 0.983 (181). Per family (recall / kept): ai 0.938 / 0.981, source_ci 0.692 / 0.905,
 * registries_iac 0.821 / 0.956, cloud 0.769 / 0.895, observability 0.533 / 0.953, messaging
 * 0.719 / 0.936, payments 0.700 / 0.941, data 0.714 / 0.952, identity_crm 0.550 / 1.000,
 * productivity 0.773 / 1.000.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, nineteenth round',
  'red-team corpus 19',
  REDTEAM19_CORPUS,
  {
    family: {
      ai: 0.93,
      source_ci: 0.69,
      registries_iac: 0.82,
      cloud: 0.76,
      observability: 0.53,
      messaging: 0.71,
      payments: 0.7,
      data: 0.71,
      identity_crm: 0.55,
      productivity: 0.77,
    },
    slice: { realistic: { recall: 0.95, kept: 0.92 }, adversarial: { recall: 0.5, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, nineteenth round', REDTEAM19_CORPUS);
