import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM79_CORPUS } from './fixtures/redteam79-corpus.js';

/**
 * Seventy-ninth red-team round: browser and computer-use agents, RPA and form automation
 * (Playwright trace events, test-runner code frames, HAR, chromedriver / Selenium / Puppeteer
 * debug logs, browser-use and Stagehand logs; Playwright MCP snapshots, AX trees, DOM excerpts,
 * scraped markdown and OCR; Anthropic / OpenAI computer-use calls, desktop agents, terminals and
 * clipboards; UiPath, Automation Anywhere, Power Automate, Zapier, Make, n8n and Selenium IDE;
 * Typeform, Jotform, Google Forms, Tally, HubSpot and survey answers). Each case cites its public
 * source in fixtures/redteam79-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.881 (118 planted),
 * adversarial 0.777 (94); look-alikes kept 0.981 (107) / 0.986 (69). Per family (recall / kept):
 * browser_agent_actions 0.795 / 0.952, page_snapshots 0.900 / 1.000, computer_use 0.844 / 1.000,
 * rpa_logs 0.833 / 0.976, form_submissions 0.811 / 1.000. (The corpus plants 212 values and 176
 * look-alikes in 65 cases.) The idempotence suite passed before any fix. These are measured after
 * one correction of the corpus, before any fix: two look-alikes of its first draft were
 * mislabelled, being masked by the README's policy (a CDP `sessionId`, which stays a secret by
 * stop 39's decision, and a clinic's `reception@` mailbox, not an automated sender's); with them,
 * kept was 0.972 / 0.971.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-ninth round',
  'red-team corpus 79',
  REDTEAM79_CORPUS,
  {
    family: {
      browser_agent_actions: 0.871,
      page_snapshots: 0.925,
      computer_use: 0.875,
      rpa_logs: 0.895,
      form_submissions: 0.886,
    },
    slice: { realistic: { recall: 0.923, kept: 1 }, adversarial: { recall: 0.851, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-ninth round', REDTEAM79_CORPUS);
