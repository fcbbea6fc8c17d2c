import type { JsonTree } from '../json-text/scan.js';

/**
 * A coding agent's session id (red-team round 49): Claude Code writes `sessionId` (a UUID) on every
 * line of its session JSONL beside the line's `cwd` and `parentUuid`; Gemini CLI beside
 * `projectHash`. It names the transcript file the line belongs to, which the same directory holds:
 * no credential, where a web application's session id under the same name is one. Read only when
 * the member's own object carries one of those members; anywhere else the key rules mask it.
 */

/** The members a coding agent's session id is under: the only ones the walks ask isAgentSession for. */
const SESSION_MEMBERS: ReadonlySet<string> = new Set(['sessionId', 'session_id']);

/** The members beside it that make the object a coding agent's transcript line. */
const TRANSCRIPT_MEMBERS: ReadonlySet<string> = new Set(['cwd', 'parentUuid', 'projectHash']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isAgentSessionMember(k: string): boolean {
  return SESSION_MEMBERS.has(k);
}

/** Whether `value` of a session member of object `obj` is a coding agent's session id. */
export function isAgentSession(obj: Record<string, unknown>, value: string): boolean {
  if (value.length !== 36 || !UUID.test(value)) return false;
  for (const k of TRANSCRIPT_MEMBERS) if (obj[k] !== undefined) return true;
  return false;
}

/** isAgentSession on a span tree: the object at token `t`, its session member's value `value`. */
export function isAgentSessionText(tree: JsonTree, t: number, value: string): boolean {
  if (value.length !== 36 || !UUID.test(value)) return false;
  const end = tree.next[t]!;
  const text = tree.text;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const at = tree.start[name]!;
    const length = tree.end[name]! - at;
    if (
      (length === 5 && text.startsWith('"cwd"', at)) ||
      (length === 12 && text.startsWith('"parentUuid"', at)) ||
      (length === 13 && text.startsWith('"projectHash"', at))
    )
      return true;
  }
  return false;
}
