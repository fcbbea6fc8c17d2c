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
 * After this round's fixes (person_name: a lower-case particle before a word whose joined form is a
 * census surname, `Sanne de Vries`, unless a place word heads the run; `surname is` a strong lead;
 * relatives in lower case after `my daughter` / `my wife`… with a known surname; date_of_birth:
 * `nacido` / `nacida` / `nascido` / `nascida` without a preposition; phone: a national number with
 * its trunk 0 right after a two-word name and a comma; keys: PKCE `code_verifier` a secret, MCP
 * `progressToken` and LiteLLM's `user_api_key_alias` / `_team_id` / `_org_id` no credentials):
 * realistic 1.000, adversarial 0.988; kept 0.991 / 0.983 (recall: genai_spans 0.978, the others
 * 1.000; kept: agent_protocols 0.962).
 * Known leaks left, by record shape: a lower-case name after a verb with no introduction (an
 * OpenInference `input.value` `text bronwyn kelly on 0412345678`). Look-alikes still masked: a
 * coding agent's conversation `sessionId` (Claude Code JSONL; a UUID under the session-credential
 * name, which web logs use for the cookie value: told apart only by the record's shape) and MCP's
 * `Mcp-Session-Id` header (the spec asks for a cryptographically secure id; masking it is
 * defensible). Seen outside the corpus and left: a key named by its vendor in prose (`my mistral
 * key is Xq7L…`; `key` alone is too common a gate word), a password an agent types through
 * Playwright MCP `browser_type` (`{element: "Password textbox", text: …}`: `element` would need to
 * name its `text` sibling, which UI-analytics click events write as the visible label), the `code`
 * of an OAuth token request beside `grant_type: authorization_code` (its PKCE verifier is masked).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-ninth round',
  'red-team corpus 49',
  REDTEAM49_CORPUS,
  {
    family: { genai_spans: 0.978, observability_platforms: 1, agent_protocols: 1, rag_memory: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.988, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-ninth round', REDTEAM49_CORPUS);
