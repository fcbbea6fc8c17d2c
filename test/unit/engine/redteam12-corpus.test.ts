import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM12_CORPUS } from './fixtures/redteam12-corpus.js';

/**
 * Twelfth red-team round: recall per family and look-alikes kept for AI-agent and developer
 * activity: (a) computer-use and browser-automation agents (Anthropic computer use, OpenAI
 * computer-use-preview, browser-use, Playwright, Selenium, Puppeteer, DevTools recordings, OCR of
 * screenshots), (b) coding agents (Claude Code, Codex, Aider, Cursor: shell output, diffs, file
 * writes, seed files, SQL migrations, test output), (c) conversations (ChatGPT and Claude exports,
 * fine-tuning and eval JSONL, Assistants run steps, Responses items, streaming deltas kept in one
 * record, LangGraph checkpoints, guardrail logs, Slack / Teams bots, support handoffs) and (d) CI
 * and terminals (GitHub Actions, GitLab, Jenkins, CircleCI, asciinema v2, Colab / Databricks, IDE
 * telemetry). Each case cites its public source in fixtures/redteam12-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.916 (83 planted),
 * adversarial 0.830 (47); look-alikes kept 0.946 (111) / 1.000 (23). Per family (recall / kept):
 * browser_agents 0.800 / 0.933, coding_agents 0.923 / 0.975, conversations 0.930 / 0.972,
 * ci_terminal 0.826 / 0.929.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twelfth round',
  'red-team corpus 12',
  REDTEAM12_CORPUS,
  {
    family: {
      browser_agents: 0.8,
      coding_agents: 0.92,
      conversations: 0.93,
      ci_terminal: 0.82,
    },
    slice: { realistic: { recall: 0.91, kept: 0.94 }, adversarial: { recall: 0.82, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twelfth round', REDTEAM12_CORPUS);
