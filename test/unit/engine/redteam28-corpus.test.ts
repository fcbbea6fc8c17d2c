import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM28_CORPUS } from './fixtures/redteam28-corpus.js';

/**
 * Twenty-eighth red-team round: English-language records of the Commonwealth and Ireland (UK,
 * Ireland, Canada, Australia, New Zealand, India, Singapore, Malaysia, South Africa, Nigeria,
 * Kenya, Ghana): payroll and tax exports, GP referrals and PDS lookups, KYC exports, payment
 * webhooks, bank notifications, M-Pesa SMS, support tickets, call notes and CRM rows. Each case
 * cites its public source in fixtures/redteam28-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.875 (160 planted),
 * adversarial 0.585 (82); look-alikes kept 0.897 (174) / 0.943 (53). Per family (recall / kept):
 * government 0.722 / 0.943, tax 0.767 / 0.818, health 0.698 / 0.956, banking 0.873 / 0.923,
 * contact 0.875 / 0.839. (The corpus plants 242 values, more than the brief's 200, and more
 * realistic than adversarial ones; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-eighth round',
  'red-team corpus 28',
  REDTEAM28_CORPUS,
  {
    family: { government: 0.722, tax: 0.766, banking: 0.872, health: 0.698, contact: 0.875 },
    slice: { realistic: { recall: 0.875, kept: 0.896 }, adversarial: { recall: 0.585, kept: 0.943 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-eighth round', REDTEAM28_CORPUS);
