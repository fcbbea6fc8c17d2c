/**
 * OpenTelemetry GenAI semantic conventions (gen-ai-spans, gen-ai-events): attributes whose value
 * is a conversation — `gen_ai.input.messages`, `gen_ai.output.messages`,
 * `gen_ai.system_instructions`, `gen_ai.tool.call.arguments`, `gen_ai.tool.call.result`, and the
 * older `gen_ai.prompt` / `gen_ai.completion` (also indexed: `gen_ai.prompt.0.content`). Their
 * values are JSON (a string or a structured attribute): opened even when `json_strings` is off,
 * and inside them the structural fields (`role`, `type`, `finish_reason`, `id`…) are kept as they
 * are while `content`, `text`, `arguments`, `result`, `response` and every other field are masked
 * by key rules and value detectors as usual.
 */

const GENAI_ATTRIBUTES = [
  'gen_ai.input.messages',
  'gen_ai.output.messages',
  'gen_ai.system_instructions',
  'gen_ai.tool.call.arguments',
  'gen_ai.tool.call.result',
  'gen_ai.prompt',
  'gen_ai.completion',
];

const INDEXED = /gen_ai\.(?:prompt|completion)\.\d+\.[a-z_.]+$/;

/** True for a field name or path that ends in a GenAI conversation attribute. */
export function isGenAiAttribute(name: string): boolean {
  if (!name.includes('gen_ai.')) return false;
  for (const a of GENAI_ATTRIBUTES) if (name.endsWith(a)) return true;
  return INDEXED.test(name);
}

/** Fields of the message structure that describe it rather than hold content: never masked. */
export const GENAI_STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'role',
  'type',
  'finish_reason',
  'id',
  'tool_call_id',
  'mime_type',
  'modality',
  'index',
  'format',
]);
