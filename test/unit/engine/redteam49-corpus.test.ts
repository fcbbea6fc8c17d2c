import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM49_CORPUS } from './fixtures/redteam49-corpus.js';

/**
 * Forty-ninth red-team round: how teams observe LLM apps and agents (OTel GenAI spans and events,
 * OpenInference / Phoenix and Datadog LLM Observability spans, LangSmith / Langfuse / Helicone /
 * Portkey / Weave records, MCP JSON-RPC traffic and server logs, OpenAI Responses / Assistants
 * and Anthropic tool blocks, A2A tasks, coding agents' session logs, vector-store upserts and
 * queries, agent memories, eval and feedback rows). Each case cites its public source in
 * fixtures/redteam49-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.974 (116 planted),
 * adversarial 0.977 (89); look-alikes kept 0.982 (114) / 0.983 (61). Per family (recall / kept):
 * genai_spans 0.978 / 1.000, observability_platforms 0.954 / 1.000, agent_protocols 0.982 / 0.943,
 * rag_memory 0.982 / 1.000. The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-ninth round',
  'red-team corpus 49',
  REDTEAM49_CORPUS,
  {
    family: { genai_spans: 0.978, observability_platforms: 0.954, agent_protocols: 0.982, rag_memory: 0.982 },
    slice: { realistic: { recall: 0.974, kept: 0.982 }, adversarial: { recall: 0.977, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-ninth round', REDTEAM49_CORPUS);
