import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM30_CORPUS } from './fixtures/redteam30-corpus.js';

/**
 * Thirtieth red-team round: audit and activity events that companies' own services write with
 * ad-hoc schemas (HR / payroll, e-commerce, fintech and lending, insurance, patient portals,
 * telehealth, edtech, property management, logistics, government portals, B2B SaaS admin consoles,
 * AI-agent platforms). Each case cites its public source in fixtures/redteam30-corpus.ts. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.944 (126 planted),
 * adversarial 0.808 (94); look-alikes kept 0.961 (104) / 0.967 (61). Per family (recall / kept):
 * identity_auth 0.870 / 0.972, people_ops 0.817 / 0.941, money 0.925 / 0.943, health_portal
 * 0.889 / 0.950, platform_admin 0.974 / 1.000. The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirtieth round',
  'red-team corpus 30',
  REDTEAM30_CORPUS,
  {
    family: { identity_auth: 0.869, people_ops: 0.816, money: 0.924, health_portal: 0.888, platform_admin: 0.973 },
    slice: { realistic: { recall: 0.944, kept: 0.961 }, adversarial: { recall: 0.808, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirtieth round', REDTEAM30_CORPUS);
