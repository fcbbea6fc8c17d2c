/**
 * Argument vectors held as JSON arrays of strings, one argument an element: Kubernetes container
 * `command` / `args`, process-execution audit events (auditd EXECVE, Falco `proc.args`, EDR
 * `process.args` in ECS), CI step definitions and agent tool calls that pass `argv`. A command
 * line's flag and its value sit in separate elements there, so no text handler sees them together:
 * `["--db-password", "X"]`. When an element is a long flag (`--name`, two dashes, no `=`) whose
 * name the key rules call sensitive, the element after it is that flag's value and is masked as
 * the name's entity (evidence `key:argv`), unless it is itself a flag. `--name=X` in one element
 * is found by the key=value handler like any other text.
 */

/** The evidence detector of a value masked because the argv element before it named it. */
export const ARGV_DETECTOR = 'key:argv';

/**
 * The name a long-flag element gives the next element (`--db-password` → `db-password`), or null
 * when the element is not a bare long flag. The caller classifies the name with the key rules.
 */
export function argvFlagName(element: unknown): string | null {
  if (typeof element !== 'string' || element.length < 5 || element.length > 64) return null;
  if (element.charCodeAt(0) !== 45 || element.charCodeAt(1) !== 45 || element.charCodeAt(2) === 45) return null;
  if (element.indexOf('=') >= 0 || element.indexOf(' ') >= 0) return null;
  return element.slice(2);
}

/** Whether an element is a flag (so it is not the previous flag's value): `-v`, `--verbose`. */
export function isArgvFlag(element: unknown): boolean {
  return typeof element === 'string' && element.length > 1 && element.charCodeAt(0) === 45;
}
