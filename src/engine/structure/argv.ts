import { COMMAND_LINE_TOOLS, type FlagSpec } from './command-line.js';

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

/**
 * Short flags in argv arrays (`["mysql", "-pX"]`, `["sshpass", "-p", "X", "ssh", …]`), and the
 * tool table's long flags (`["redis-server", "--requirepass", "X"]`): the tool
 * table of the command-line handler (COMMAND_LINE_TOOLS) says which short flags of which program
 * carry a secret, glued (`-pX`: the whole element is masked) or as the next element. `program` is
 * the array's first element. Returns SECRET or null.
 *
 * Tools whose flag belongs to one subcommand (`docker login -p X`, `az login -p X`): the value
 * after their `-p` is a secret when the subcommand stood before it (`subcommandSeen`, which the
 * engine tracks along the array with argvSubcommands; callers that cannot tell pass true) and
 * it does not have the shape of the same letter's other meaning, a port mapping (`docker run -p
 * 8080:80`, `-p 127.0.0.1:53:53/udp`). So `docker compose -p NAME` keeps its project name.
 * Secrets given as positional arguments are left to the text handler.
 */
export function argvShortFlagEntity(program: unknown, before: unknown, element: unknown, subcommandSeen = true): string | null {
  if (typeof program !== 'string' || typeof element !== 'string' || element.length === 0) return null;
  const tool = toolName(program);
  const login = SUBCOMMAND_SHORT_FLAGS.get(tool);
  if (
    login !== undefined &&
    subcommandSeen &&
    typeof before === 'string' &&
    login.has(before) &&
    !isArgvFlag(element) &&
    !PORT_MAPPING.test(element)
  ) {
    return 'SECRET';
  }
  const entries = SHORT_FLAG_TOOLS.get(tool);
  if (entries === undefined) return null;
  for (const spec of entries) {
    if (spec.form === 'user_secret' && element.indexOf(':') < 0) continue;
    if (spec.form === 'pass_prefixed' && !element.startsWith('pass:')) continue;
    if (before === spec.flag && spec.separate !== false && !isArgvFlag(element)) return 'SECRET';
    if (spec.attached === true && element.length > spec.flag.length && element.startsWith(spec.flag) && !element.startsWith('--')) {
      return 'SECRET';
    }
  }
  return null;
}

/**
 * The subcommands (`login`) whose short flags hold a secret for the tool `program` names, or null
 * for other programs. A caller that walks an argv array passes `subcommandSeen` to
 * argvShortFlagEntity once one of them stood before the flag, so `docker compose -p NAME` and
 * `docker commit -p` keep their value.
 */
export function argvSubcommands(program: unknown): ReadonlySet<string> | null {
  return typeof program === 'string' ? (SUBCOMMANDS.get(toolName(program)) ?? null) : null;
}

/** `/usr/bin/mysql` → `mysql`, `curl.exe` → `curl`. */
function toolName(word: string): string {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  const base = (slash >= 0 ? word.slice(slash + 1) : word).toLowerCase();
  return base.endsWith('.exe') ? base.slice(0, -4) : base;
}

/** `[ip:]host-port[-range]:container-port[/proto]` and bare ports: what `-p` publishes in `docker run`. */
const PORT_MAPPING = /^[\d.:[\]-]+(?:\/(?:tcp|udp|sctp))?$/;

/** Short secret flags of subcommand-scoped entries (`docker login -p`), by tool. */
const SUBCOMMAND_SHORT_FLAGS = new Map<string, Set<string>>();
/** The subcommands of those entries, by tool. */
const SUBCOMMANDS = new Map<string, Set<string>>();
const SHORT_FLAG_TOOLS = new Map<string, FlagSpec[]>();
for (const entry of COMMAND_LINE_TOOLS) {
  if (entry.subcommand !== undefined) {
    const short = entry.flags.filter((f) => !f.flag.startsWith('--') && f.form === 'secret' && f.separate !== false);
    if (short.length === 0) continue;
    for (const tool of entry.tools) {
      const set = SUBCOMMAND_SHORT_FLAGS.get(tool) ?? new Set<string>();
      for (const f of short) set.add(f.flag);
      SUBCOMMAND_SHORT_FLAGS.set(tool, set);
      const subs = SUBCOMMANDS.get(tool) ?? new Set<string>();
      subs.add(entry.subcommand);
      SUBCOMMANDS.set(tool, subs);
    }
    continue;
  }
  // Long flags too: the key rules know `--password`, not `redis-server --requirepass` nor `curl
  // --user name:secret` (red-team round 66); a value both find is one span.
  const flags = entry.flags;
  if (flags.length === 0) continue;
  for (const tool of entry.tools) SHORT_FLAG_TOOLS.set(tool, [...(SHORT_FLAG_TOOLS.get(tool) ?? []), ...flags]);
}
