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
 * After this round's fixes (redteam12-leaks.test.ts: a quoted member of a code literal `  ssn:
 * "…",`; unified diff `+` / `-` lines read as config lines; every base64 value under a Kubernetes
 * Secret's `data:`; a command after bash's history number; Spanish `clave`; private key bodies
 * whose BEGIN line a CI runner masked; a browser step's `selector` naming the input it fills;
 * Japanese 連絡先 / 担当者 / 申込者 / 契約者 before a name; a URL's port and path no longer taken for
 * a generic secret): realistic 0.952, adversarial 0.915; kept 0.955 / 1.000 (recall / kept:
 * browser_agents 0.880 / 0.933, coding_agents 1.000 / 0.975, conversations 0.930 / 0.972,
 * ci_terminal 0.913 / 0.964). The JSON-text walk gives the same misses.
 * Then the record walk's columnar reading (structure/columnar.ts: a cell read under its column's
 * name): realistic 0.976 (ci_terminal 1.000 / 0.964); and the join of a value split across one
 * array's elements (structure/split-pieces.ts: streamed deltas, computer-use `type` actions):
 * adversarial 1.000 (browser_agents 0.960, conversations 0.977).
 * Then (key:prompted_input) input typed after a password prompt in one array of terminal chunks
 * (asciinema `"i"` events, sudo `ttyin`) and a `type` action after a click on a field whose target
 * names a password: no planted value of this round changed (its asciinema case plants a token
 * printed later, already found).
 * Known leaks left, with their record shapes: a password typed by a computer-use `type` action
 * with nothing but the previous click's coordinates to say so; Canada's fictitious example SIN 046 454 286 after
 * `SIN` (detectors/national-ids.test.ts keeps the 0xx range on purpose).
 * Look-alikes still masked: a Claude Code `sessionId` UUID and a CDP `sessionId` (session names
 * are secrets to the key rules), Google's street address and postcode, GitHub's runner IP
 * 140.82.112.3, Apple's toll-free support number.
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
      browser_agents: 0.96,
      coding_agents: 1,
      conversations: 0.976,
      ci_terminal: 1,
    },
    slice: { realistic: { recall: 0.975, kept: 0.972 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twelfth round', REDTEAM12_CORPUS);
