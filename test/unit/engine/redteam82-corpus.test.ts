import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM82_CORPUS } from './fixtures/redteam82-corpus.js';

/**
 * Eighty-second red-team round: wealth management, brokerage and retirement plans (Alpaca and
 * DriveWealth account opening, clearing-firm events, ACATS transfers and TOD designations; 401(k)
 * census, payroll and distribution records, QDRO notes, UK SIPP, Australian super, Canadian RRSP and
 * KiwiSaver records; Salesforce FSC, Wealthbox and Redtail records, e-mail archive captures and AI
 * notetaker summaries; FIX 4.4 orders and allocations, OMS audit, trade breaks, CAT CAIS records,
 * margin calls, wire and check requests; 1099-B / 1099-R / 5498 / K-1 / W-8BEN records, statements
 * and notices). Each case cites its public source in fixtures/redteam82-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.869 (168 planted),
 * adversarial 0.692 (130); look-alikes kept 0.951 (124) / 0.970 (67). Per family (recall / kept):
 * brokerage_accounts 0.906 / 0.971, retirement_plans 0.900 / 0.953, advisor_crm 0.916 / 0.861,
 * trading_ops 0.387 / 1.000, statements_tax 0.711 / 1.000. (The corpus plants 298 values and 191
 * look-alikes in 67 cases.) The idempotence suite passed before any fix. These are measured after
 * one correction of the corpus, before any fix: two look-alikes of its first draft were
 * mislabelled, being an adviser's name (`Dorian Feld (advisor)` in a notetaker's attendee list and
 * `Dorian Feld:` as a transcript's speaker label): a person's name is masked whoever holds it, so
 * both became planted values; with them, advisor_crm kept 0.811 and recall 0.914.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-second round',
  'red-team corpus 82',
  REDTEAM82_CORPUS,
  {
    family: {
      brokerage_accounts: 0.984,
      retirement_plans: 0.925,
      advisor_crm: 0.966,
      trading_ops: 0.653,
      statements_tax: 0.844,
    },
    slice: { realistic: { recall: 0.952, kept: 0.991 }, adversarial: { recall: 0.807, kept: 0.97 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-second round', REDTEAM82_CORPUS);
