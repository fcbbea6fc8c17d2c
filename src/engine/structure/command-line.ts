import { isVendorKey } from './vendor-key.js';
import { caSinValid, nhsValid } from '../detect/validators-ids.js';
import type { TextScan } from '../detect/types.js';
import { isToken } from '../mask/actions.js';
import { isLoginShaped, isSystemAccount, loginDomainLength } from '../detect/values/login-names.js';
import { isWindowsCommandLine, shellWords, textRange, type ShellWord } from './shell-words.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * How a flag carries its secret:
 * - `secret`: the value is the secret (`-pX`, `-p X`, `--password X`, `--password=X`);
 * - `user_secret`: the value is `user:secret` and only what follows the first `:` is masked
 *   (`curl -u admin:changeme`); a value without `:` holds no secret (curl then prompts).
 * - `pass_prefixed`: OpenSSL pass phrases, `pass:X` holds the secret; `env:VAR` and `file:path` do not.
 * - `login`: the value is a user name: a person's login is masked as USERNAME (a system or service
 *   account stays), and one with an API key's shape as SECRET (ThingsBoard's device access token,
 *   given as the MQTT user name: `mosquitto_pub -u <token>`).
 */
export type FlagForm = 'secret' | 'user_secret' | 'pass_prefixed' | 'login';

export interface FlagSpec {
  /** The flag as typed: `-p`, `--password`. */
  flag: string;
  form: FlagForm;
  /** Single-dash flags only: the value may be glued to the flag (`-phunter2`, mysql style). */
  attached?: boolean;
  /** The value may follow as the next word (`-p hunter2`); false for mysql's `-p` (then `-p db` is a database). */
  separate?: boolean;
}

/** Positional arguments that are secrets: `htpasswd -b file user PASS`, `rabbitmqctl add_user user PASS`. */
export interface PositionalSpec {
  /** Required words before the positionals (a subcommand such as `add_user`), or a flag that must be present (`-b`). */
  subcommand?: string;
  requiresFlag?: string;
  /**
   * Index of the secret among the positional words after the subcommand, counted from the end when
   * negative; with `after`, among the positional words that follow the first one `after` matches.
   */
  index: number;
  /** The positional word the secret follows (`net use Z: \\server\share PASS`: the UNC name). */
  after?: RegExp;
  /** Positional words needed before one is taken for the secret (default 2: a user, then its password). */
  min?: number;
}

export interface ToolEntry {
  /** Program names as typed (the last path segment, without `.exe`). */
  tools: readonly string[];
  /** A subcommand the flags apply to (`docker login -p`, not `docker run -p 8080:80`). */
  subcommand?: string;
  flags: readonly FlagSpec[];
  positional?: PositionalSpec;
  /**
   * A Windows tool (or PowerShell cmdlet): options start with `/` or `-`, and options and the
   * subcommand are matched in any case (`NET USE`, `/RP`, `-AsPlainText`); its flags are written
   * here in lower case.
   */
  windows?: boolean;
}

const sep = (flag: string, form: FlagForm = 'secret'): FlagSpec => ({ flag, form, separate: true });
const glued = (flag: string): FlagSpec => ({ flag, form: 'secret', attached: true, separate: false });

/**
 * The password and token flags of the command-line tools that show up in shell history, CI steps
 * and agent tool calls, from each tool's manual. Long flags that the key rules call sensitive
 * (`--token`, `--api-key`, `--db-password`, `--client-secret`) are found for every program and need
 * no entry here; this table holds what the key rules cannot know: short flags, user:password
 * values, and secrets given as positional arguments.
 */
export const COMMAND_LINE_TOOLS: readonly ToolEntry[] = [
  {
    tools: [
      'mysql',
      'mysqldump',
      'mysqladmin',
      'mysqlimport',
      'mysqlshow',
      'mysqlcheck',
      'mysqlpump',
      'mariadb',
      'mariadb-dump',
      'mariadb-admin',
    ],
    flags: [glued('-p'), sep('--password')],
  },
  { tools: ['redis-cli', 'valkey-cli', 'keydb-cli'], flags: [sep('-a'), sep('--pass'), sep('--askpass')] },
  // redis.conf directives given on the server's command line (a container's `Entrypoint` /
  // `command`): `redis-server --requirepass PASS --masterauth PASS` (red-team round 66).
  { tools: ['redis-server', 'valkey-server', 'keydb-server'], flags: [sep('--requirepass'), sep('--masterauth')] },
  // PostgreSQL client programs: `-W` / `--password` force a password prompt and take no value
  // (psql(1)); a word typed right after them is the password put where the prompt would ask for
  // it (`psql -U app -W s3cret -h db01`). At worst a database name written after `-W` is masked.
  {
    tools: [
      'psql',
      'pg_dump',
      'pg_dumpall',
      'pg_restore',
      'pgbench',
      'createdb',
      'dropdb',
      'createuser',
      'dropuser',
      'vacuumdb',
      'reindexdb',
      'clusterdb',
    ],
    flags: [sep('-W'), sep('--password')],
  },
  { tools: ['sshpass'], flags: [{ flag: '-p', form: 'secret', attached: true, separate: true }] },
  {
    tools: ['curl'],
    flags: [
      sep('-u', 'user_secret'),
      sep('--user', 'user_secret'),
      sep('-U', 'user_secret'),
      sep('--proxy-user', 'user_secret'),
      sep('--oauth2-bearer'),
    ],
  },
  { tools: ['wget'], flags: [sep('--password'), sep('--http-password'), sep('--ftp-password'), sep('--proxy-password')] },
  {
    tools: ['docker', 'podman', 'nerdctl', 'helm', 'buildah', 'skopeo', 'oras'],
    subcommand: 'login',
    flags: [sep('-p'), sep('--password')],
  },
  { tools: ['az'], subcommand: 'login', flags: [sep('-p'), sep('--password')] },
  { tools: ['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'], flags: [sep('-p'), sep('--password')] },
  { tools: ['sqlcmd', 'bcp', 'osql'], flags: [sep('-P')] },
  // PuTTY's command-line tools `plink -pw PASS`, `pscp -pw PASS`, `psftp -pw PASS` (PuTTY manual,
  // 3.11.3.8 "-pw: specify a password").
  { tools: ['plink', 'pscp', 'psftp'], flags: [sep('-pw')] },
  // Mosquitto clients `-P` / `--pw` (mosquitto_pub(1)); `mosquitto_passwd -b file user password`.
  // Their `-u` / `--username` is the MQTT user: a person's login, or a platform's device token
  // (ThingsBoard's MQTT API takes the access token as the user name; red-team round 76).
  {
    tools: ['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr'],
    flags: [sep('-P'), sep('--pw'), sep('-u', 'login'), sep('--username', 'login')],
  },
  { tools: ['mosquitto_passwd'], flags: [], positional: { requiresFlag: '-b', index: -1 } },
  // SAP NW RFC SDK `startrfc -h host -s 00 -c 100 -u USER -p PASS -F FUNCTION` (red-team round 36).
  { tools: ['startrfc'], flags: [sep('-p')] },
  { tools: ['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldappasswd'], flags: [sep('-w'), sep('-s')] },
  {
    tools: ['openssl'],
    flags: [sep('-passin', 'pass_prefixed'), sep('-passout', 'pass_prefixed'), sep('-pass', 'pass_prefixed'), sep('-k')],
  },
  { tools: ['keytool'], flags: [sep('-storepass'), sep('-keypass'), sep('-srcstorepass'), sep('-deststorepass')] },
  { tools: ['smbclient'], flags: [sep('-U', 'user_secret')] },
  { tools: ['htpasswd'], flags: [], positional: { requiresFlag: '-b', index: -1 } },
  { tools: ['rabbitmqctl'], subcommand: 'add_user', flags: [], positional: { index: 1 } },
  { tools: ['rabbitmqctl'], subcommand: 'change_password', flags: [], positional: { index: 1 } },
  { tools: ['chpasswd'], flags: [] },
  // 7-Zip `-p{Password}` (7-Zip manual, -p switch): the password glued to the switch.
  { tools: ['7z', '7za', '7zr'], flags: [glued('-p')] },
  // Windows `net use [device] \\server\share [password | *] [/user:[domain\]name] [password]` and
  // `net user name [password | *] [/add]` (Microsoft Learn, net use / net user): the password is a
  // positional word; options start with `/`; `*` prompts for it.
  { tools: ['net', 'net1'], subcommand: 'use', flags: [], windows: true, positional: { index: 0, after: /^\\\\[^\\]/ } },
  { tools: ['net', 'net1'], subcommand: 'user', flags: [], windows: true, positional: { index: 1 } },
  // Windows administration as process-creation events log it (Microsoft Learn and Sysinternals
  // manuals): schtasks /create … /ru user /rp PASS and remote /u user /p PASS; cmdkey /pass:PASS;
  // wmic /password:PASS; dsadd / dsmod user -pwd PASS; PsExec -u user -p PASS.
  { tools: ['schtasks'], flags: [sep('/rp'), sep('/p')], windows: true },
  { tools: ['cmdkey'], flags: [glued('/pass:')], windows: true },
  { tools: ['wmic'], flags: [glued('/password:')], windows: true },
  { tools: ['dsadd', 'dsmod'], flags: [sep('-pwd')], windows: true },
  { tools: ['psexec', 'psexec64', 'paexec'], flags: [sep('-p')], windows: true },
  // PowerShell: ConvertTo-SecureString "PASS" -AsPlainText -Force (or -String PASS).
  {
    tools: ['convertto-securestring'],
    flags: [sep('-string')],
    windows: true,
    positional: { requiresFlag: '-asplaintext', index: 0, min: 1 },
  },
];

/**
 * `net` as a keyword would fire on every "network" and "internet": the net subcommands stand in
 * for it (`net use` also starts `net user`), as typed or as Windows logs the program (`net.exe`).
 * Blanks between the two words may be a run (`net  user u PASS`, as typed in a Defender
 * ProcessCommandLine): two blanks or a tab before `use` stand for any run, which WINDOWS_COMMAND
 * then reads as `[ \t]+`.
 */
const NET_KEYWORDS = ['net use', 'net1 use', 'net.exe use', 'net1.exe use', 'net.exe" use', 'net1.exe" use', '  use', '\tuse'];
/**
 * What a Windows command line that carries a password has and a Unix one may lack (` -`): `net use`
 * / `net user`, or a `/p`, `/rp`, `/pass:`, `/password:` option (schtasks, cmdkey, wmic).
 */
const WINDOWS_COMMAND = /net1?(?:\.exe"?)?[ \t]+use| \/(?:r?p |pass:|password:)/gi;

/** Words of which one occurs in every command line this handler reads (the keyword pass gates it). */
export const COMMAND_KEYWORDS: readonly string[] = [
  ...new Set([
    ...COMMAND_LINE_TOOLS.flatMap((e) => e.tools).filter((t) => t !== 'net' && t !== 'net1'),
    ...NET_KEYWORDS,
    'sudo',
    '--',
    'config',
  ]),
];

/** Where a Windows command line with a password (see WINDOWS_COMMAND) may be in `text` from `from` on, or -1. */
export function mayHoldWindowsCommand(text: string, from = 0): number {
  WINDOWS_COMMAND.lastIndex = from;
  return WINDOWS_COMMAND.exec(text)?.index ?? -1;
}

/**
 * `npm config set //registry.npmjs.org/:_authToken X`, `yarn config set npmAuthToken X`,
 * `aws configure set aws_secret_access_key X`, `pip config set global.password X`, `git config
 * --global http.extraHeader X`-style setters: after `config set` / `configure set` come a key and
 * its value. The key's last segment (after `:`, `.` or `/`) or the whole key is classified by the
 * key rules; a sensitive key's value is masked as its entity.
 */
const CONFIG_SETTERS = new Set(['config', 'configure']);

/** Words that run another command after them (`sudo mysql …`, `env X=1 psql …`). */
const PREFIX_COMMANDS = new Set([
  'sudo',
  'env',
  'exec',
  'time',
  'nohup',
  'nice',
  'command',
  'xargs',
  'doas',
  'watch',
  // `cmd.exe /c mysql -pX …` as Windows process events log a command run through the shell; its
  // own switches (`/c`, `/k`, `/s`, `/q`) are skipped below.
  'cmd',
  // Prompts and trace marks of logged sessions (`$ mysql …`, `+ curl …` under set -x, `# …` as
  // root) and the `Run …` line of a GitHub Actions step.
  '$',
  '#',
  '%',
  '>',
  '+',
  '++',
  '❯',
  'run',
  // Shell keywords before a command (`until mysqladmin ping …; do`, `if ! curl …; then`).
  'if',
  'then',
  'else',
  'elif',
  'while',
  'until',
  'do',
  '!',
  '{',
  '(',
]);
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** How many words of a sentence may stand before the command it quotes. */
const PROSE_COMMAND_WORDS = 12;
/** cmd.exe's switches before the command it runs (`/c`, `/k`, `/s`, `/q`, `/d`). */
const CMD_SWITCH = /^\/[cksqd]$/i;
const POWERSHELL_VARIABLE = /^\$[\w:]{1,64}$/;

const byTool = new Map<string, ToolEntry[]>();
for (const entry of COMMAND_LINE_TOOLS) {
  for (const tool of entry.tools) byTool.set(tool, [...(byTool.get(tool) ?? []), entry]);
}

/**
 * Command lines inside strings (shell history, CI steps, agent tool calls): the values of
 * password and token flags (COMMAND_LINE_TOOLS, and any `--long-flag` the key rules call
 * sensitive), secrets passed as positional arguments (`htpasswd -b`, `rabbitmqctl add_user`) and
 * a password piped into `sudo -S` are masked; the program, the other flags and the arguments
 * stay. Entity: the key rule's entity for a long flag (`--email` is EMAIL), SECRET otherwise.
 */
export function commandLineSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // A CSV row's quoted cells (`,"`), searched once for the lines in order.
  const cells = new NextOccurrence((from) => text.indexOf(',"', from));
  for (const [from, to] of commandLineRanges(text)) lineOrElementSpans(text, from, to, ctx, cells);
}

/**
 * The lines of `text` that may hold a command line, as [start, end) ranges in order: a line (with
 * the lines a trailing backslash continues it on) that holds ` -`, `rabbitmqctl`, ` set ` or a
 * Windows password option (mayHoldWindowsCommand). Only these are read word by word (a prompt is long).
 */
export function commandLineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // The next occurrence of each line marker, kept until the lines pass it: a marker's first
  // occurrence at or after a line's start is the same whichever earlier start it was searched
  // from (none of them looks behind), so a prompt of many lines is searched once per marker.
  const dashes = new NextOccurrence((from) => text.indexOf(' -', from));
  const rabbits = new NextOccurrence((from) => text.indexOf('rabbitmqctl', from));
  const setters = new NextOccurrence((from) => text.indexOf(' set ', from));
  const windows = new NextOccurrence((from) => mayHoldWindowsCommand(text, from));
  for (let start = 0; start < text.length; ) {
    // A line that ends in a backslash continues on the next one (`curl … \` then `  -u user:pw`).
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (end < text.length && endsInBackslash(text, end)) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const dash = dashes.from(start);
    const rabbit = rabbits.from(start);
    const setter = setters.from(start);
    // Windows tools take `/options`, so a line without ` -` may hold one.
    const net = windows.from(start);
    if ((dash >= 0 && dash < end) || (rabbit >= 0 && rabbit < end) || (setter >= 0 && setter < end) || (net >= 0 && net < end)) {
      ranges.push([start, end]);
    } else if (dash < 0 && rabbit < 0 && setter < 0 && net < 0) break;
    start = end + 1;
  }
  return ranges;
}

/**
 * The first occurrence at or after a position of something `search` finds (its index, or -1),
 * for positions that only grow: the last answer is kept while it is still ahead.
 */
class NextOccurrence {
  readonly #search: (from: number) => number;
  #at = -2;
  constructor(search: (from: number) => number) {
    this.#search = search;
  }
  from(position: number): number {
    if (this.#at !== -1 && this.#at < position) this.#at = this.#search(position);
    return this.#at;
  }
}

/** Whether the line break at `nl` follows a backslash (optionally with `\r` between). */
function endsInBackslash(text: string, nl: number): boolean {
  const before = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
  return before >= 0 && text.charCodeAt(before) === 92;
}

/** A shell prompt typed before the command in a logged session: `sh-5.0$`, `user@host:~/src$`, `PS C:\>`. */
// A bare `$` / `#` is the prompt GitLab CI and shell transcripts print (`$ docker login …`).
const PROMPT = /^[\w.@:~/\\-]{0,64}[$#%>]$/;
/** A time in brackets before a logged session's prompt (`[02:15:10]`, `[2024-02-14 02:15:10.120]` is two words). */
const BRACKETED_TIME = /^\[\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?\]$/;
/** A command field of a key=value log line, up to its value (`cmd=`, `command=`, `cmdline=`). */
const COMMAND_FIELD = /^(?:cmd|command|cmd_?line|command_?line)=/i;

/** The number bash's `history` builtin prints before each command. */
const HISTORY_NUMBER = /^\d{1,7}\*?$/;

/**
 * A line of XML (Windows event XML `<Data Name="CommandLine">net use …</Data>`, Sysmon, MySQL
 * Enterprise Audit XML): the text between tags is read as command lines of its own, since the
 * markup around it is no command. Our own tokens (`<SECRET:…>`) are not tags: masking the output
 * again reads the same stretches.
 */
function lineOrElementSpans(text: string, from: number, to: number, ctx: SpanContext, cells: NextOccurrence): void {
  const close = text.indexOf('</', from);
  if (close < 0 || close >= to) {
    lineSpans(text, from, to, ctx);
    const cell = cells.from(from);
    if (cell >= 0 && cell < to) quotedCellSpans(text, cell, to, ctx, cells);
    return;
  }
  let segment = from;
  for (let lt = text.indexOf('<', from); lt >= 0 && lt < to; lt = text.indexOf('<', lt + 1)) {
    const gt = text.indexOf('>', lt);
    if (gt < 0 || gt >= to) break;
    if (!isMarkup(text, lt, gt)) continue;
    if (lt - segment > 4) lineSpans(text, segment, lt, ctx);
    segment = gt + 1;
    lt = gt;
  }
  if (to - segment > 4) lineSpans(text, segment, to, ctx);
}

/**
 * The quoted cells of a CSV row (`…,AdeleV@contoso.com,"psql -U app -W s3cret -h db01"`, a
 * Defender advanced-hunting export's ProcessCommandLine column): each is read as a command line
 * of its own, since the cells before it are no command. `""` inside a cell is a quote of its text.
 */
function quotedCellSpans(text: string, cell: number, to: number, ctx: SpanContext, cells: NextOccurrence): void {
  for (let q = cell; q >= 0 && q < to; q = cells.from(q + 1)) {
    let end = q + 2;
    for (;;) {
      end = text.indexOf('"', end);
      if (end < 0 || end >= to) return;
      if (text.charCodeAt(end + 1) !== 34) break;
      end += 2;
    }
    if (end - q > 6) lineSpans(text, q + 2, end, ctx);
    q = end;
  }
}

/** Whether `text[lt..gt]` is a tag (`<x …>`, `</x>`, `<?xml …?>`, `<!-- … -->`), not a token or a `<` of the text. */
function isMarkup(text: string, lt: number, gt: number): boolean {
  const c = text.charCodeAt(lt + 1);
  const tagStart = c === 47 || c === 63 || c === 33 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return tagStart && !isToken(text.slice(lt, gt + 1));
}

function lineSpans(text: string, from: number, to: number, ctx: SpanContext): void {
  const words = shellWords(text, from, to, isWindowsCommandLine(text, from, to));
  let segment: ShellWord[] = [];
  let previous: ShellWord[] = [];
  for (const w of words) {
    if (w.operator !== undefined) {
      commandSpans(text, segment, previous, w.operator, ctx);
      previous = w.operator === '|' ? segment : [];
      segment = [];
      continue;
    }
    segment.push(w);
  }
  commandSpans(text, segment, previous, undefined, ctx);
}

function commandSpans(text: string, words: ShellWord[], piped: ShellWord[], _next: string | undefined, ctx: SpanContext): void {
  // Skip environment assignments (the key_value handler masks them) and prefix commands.
  let i = 0;
  // A keystroke or session log's time before the prompt (`[02:15:10] $ su -`, CyberArk PSM and
  // sudo io logs as exported; red-team round 65).
  if (words.length > 2 && BRACKETED_TIME.test(words[0]!.value)) i = 1;
  if (words.length > i + 1 && PROMPT.test(words[i]!.value) && words[i]!.value.indexOf('=') < 0) i++;
  // `history` prints each command after its number (`  502  mysql -pX`; `502*` when edited).
  if (words.length > i + 1 && HISTORY_NUMBER.test(words[i]!.value)) i++;
  // A label of up to three words before the command (Docker events `exec_start: mysql -p…`, CI logs
  // `Running: curl -u …`, `Step 3: docker login …`): skipped when a tool of the table follows it.
  for (let k = i; k < i + 3 && k + 1 < words.length; k++) {
    if (words[k]!.value.endsWith(':') && byTool.has(programName(words[k + 1]!.value))) {
      i = k + 1;
      break;
    }
  }
  // PowerShell assigns a command's result: `$pw = ConvertTo-SecureString …`.
  if (words.length > i + 2 && words[i + 1]!.value === '=' && POWERSHELL_VARIABLE.test(words[i]!.value)) i += 2;
  // sudo's log line ends in `COMMAND=/usr/bin/mysql -uroot -pX` (sudoers(5), "Log format"): the
  // program is glued to `COMMAND=`.
  let program: string | undefined;
  let viaCmd = false;
  while (i < words.length && (ENV_ASSIGNMENT.test(words[i]!.value) || PREFIX_COMMANDS.has(programName(words[i]!.value)))) {
    const sudoCommand = sudoLogCommand(words[i]!.value);
    if (sudoCommand !== undefined) {
      program = programName(sudoCommand);
      break;
    }
    if (commandFieldSpans(text, words[i]!, ctx)) return;
    const field = COMMAND_FIELD.exec(words[i]!.value);
    if (field !== null && byTool.has(programName(words[i]!.value.slice(field[0].length)))) {
      program = programName(words[i]!.value.slice(field[0].length));
      break;
    }
    const prefix = programName(words[i]!.value);
    i++;
    if (prefix === 'cmd') {
      viaCmd = true;
      while (i < words.length && CMD_SWITCH.test(words[i]!.value)) i++;
    }
    // `sudo -S`: a password piped in from `echo X` / `printf X`.
    if (prefix === 'sudo') {
      while (i < words.length && words[i]!.value.startsWith('-')) {
        if (words[i]!.value === '-S' || words[i]!.value === '--stdin') echoedSecret(text, piped, ctx);
        if (words[i]!.value === '-u' || words[i]!.value === '-g') i++;
        i++;
      }
    }
  }
  if (i >= words.length) return;
  // `cmd.exe /c "sqlcmd … -P X"`: the command cmd runs is one quoted word; read it as a line.
  if (program === undefined && viaCmd) nestedCommandSpans(text, words[i]!, ctx);
  program ??= programName(words[i]!.value);
  // `sh -c "… && docker login -p X …"`, `bash -lc '…'`: the script a shell runs is a line too.
  if (SHELLS.has(program) && words.length > i + 2 && SHELL_SCRIPT_FLAG.test(words[i + 1]!.value)) {
    nestedCommandSpans(text, words[i + 2]!, ctx);
  }
  // A command a person quotes in a sentence (`i ran mysql -u root -pX and it hangs`): a tool of
  // the table among the first words, followed by a flag, starts the command.
  if (!byTool.has(program)) {
    for (let k = i + 1; k < i + PROSE_COMMAND_WORDS && k < words.length; k++) {
      // A session or audit log's command field (`cmd="mysql -u root -pX …"`, `command=psql …`:
      // CyberArk PSM for SSH, BeyondTrust, auditd-style key=value lines; red-team round 65): the
      // quoted value is a command line of its own, an unquoted one starts the command.
      if (commandFieldSpans(text, words[k]!, ctx)) return;
      const field = COMMAND_FIELD.exec(words[k]!.value);
      if (field !== null) {
        const rest = words[k]!.value.slice(field[0].length);
        if (!byTool.has(programName(rest))) continue;
        i = k;
        program = programName(rest);
        break;
      }
      if (k + 1 >= words.length) break;
      const name = words[k]!.value;
      if (!/^[a-z][\w.-]*$/.test(name) || !words[k + 1]!.value.startsWith('-') || !byTool.has(name)) continue;
      i = k;
      program = name;
      break;
    }
  }
  const entries = byTool.get(program) ?? [];
  const args = words.slice(i + 1);
  // `echo X | docker login … --password-stdin` (docker, podman, helm registry, skopeo, oras): the
  // password is the echoed word.
  if (piped.length > 1 && args.some((w) => w.value === '--password-stdin')) echoedSecret(text, piped, ctx);
  for (const entry of entries) toolSpans(text, entry, args, ctx);
  longFlagSpans(text, args, entries, ctx);
  configSetSpans(text, args, ctx);
  // A command in a PowerShell subexpression inside the arguments:
  // `New-Object PSCredential("u", (ConvertTo-SecureString "PASS" -AsPlainText -Force))`.
  for (let j = 0; j < args.length; j++) {
    if (args[j]!.value.indexOf('(') < 0) continue;
    const inner = byTool.get(programName(args[j]!.value.slice(args[j]!.value.lastIndexOf('('))));
    if (inner === undefined) continue;
    for (const entry of inner) toolSpans(text, entry, args.slice(j + 1), ctx);
  }
}

/** POSIX shells that run a script given after `-c` (sh(1), bash(1)). */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash']);
/** `-c` alone or in a cluster of single-letter options (`-lc`, `-ec`, `-xc`). */
const SHELL_SCRIPT_FLAG = /^-[a-z]{0,3}c$/;

/**
 * A command written as one quoted word (the script of `sh -c`, the command of `cmd /c "…"`): its
 * text, quotes excluded, is read as a command line of its own. Only a word with a blank in it is
 * one; its range is strictly inside the line, so the nesting ends.
 */
function nestedCommandSpans(text: string, w: ShellWord, ctx: SpanContext): boolean {
  if (w.positions === undefined || w.value.indexOf(' ') < 0) return false;
  lineSpans(text, w.positions[0]!, w.positions[w.positions.length - 1]! + 1, ctx);
  return true;
}

/**
 * A command field whose quoted value is a whole command line (`cmd="mysql -u root -pX db"`): read
 * as a line of its own; true when it was.
 */
function commandFieldSpans(text: string, w: ShellWord, ctx: SpanContext): boolean {
  const field = COMMAND_FIELD.exec(w.value);
  if (field === null || w.positions === undefined || w.value.indexOf(' ', field[0].length) < 0) return false;
  lineSpans(text, w.positions[field[0].length]!, w.positions[w.positions.length - 1]! + 1, ctx);
  return true;
}

/** The command of a sudo log line's `COMMAND=…` word, or undefined. */
function sudoLogCommand(word: string): string | undefined {
  return word.length > 8 && word.startsWith('COMMAND=') ? word.slice(8) : undefined;
}

function configSetSpans(text: string, args: ShellWord[], ctx: SpanContext): void {
  const positionals = args.filter((w) => !w.value.startsWith('-'));
  for (let j = 0; j + 3 < positionals.length; j++) {
    if (!CONFIG_SETTERS.has(positionals[j]!.value) || positionals[j + 1]!.value !== 'set') continue;
    const key = positionals[j + 2]!.value;
    const value = positionals[j + 3]!;
    if (key.indexOf('=') >= 0) return;
    const last = key.slice(Math.max(key.lastIndexOf(':'), key.lastIndexOf('.'), key.lastIndexOf('/')) + 1);
    const entity = (last.length > 0 ? ctx.classifyKey(last) : null) ?? ctx.classifyKey(key);
    // `git config user.name …` configures a tool, as the flags below do (stop 37 masks logins in records).
    if (entity !== null && entity !== 'USERNAME') secretSpan(text, value, 0, entity, ctx);
    return;
  }
}

/** `<`, `<<`, `>`, `2>`, `&>`: a redirection, never a flag's value (`gh auth login --with-token < file`). */
function isRedirection(text: string, w: ShellWord): boolean {
  return /^(?:\d?[<>]|&>)/.test(text.slice(w.start, w.start + 2));
}

/** `echo hunter2 | sudo -S …`: every argument of the echo that is not an option. */
function echoedSecret(text: string, piped: ShellWord[], ctx: SpanContext): void {
  let first = piped.length > 3 && BRACKETED_TIME.test(piped[0]!.value) ? 1 : 0;
  if (piped.length > first + 2 && PROMPT.test(piped[first]!.value)) first++;
  if (piped.length < first + 2) return;
  const name = programName(piped[first]!.value);
  if (name !== 'echo' && name !== 'printf') return;
  for (const w of piped.slice(first + 1)) {
    if (/^-[neE]+$/.test(w.value)) continue;
    secretSpan(text, w, 0, 'SECRET', ctx);
  }
}

/**
 * The warning registry clients print when `docker login -p` was used (docker/cli
 * `cli/command/registry/login.go`, also nerdctl and oras): `WARNING! Using --password via the CLI
 * is insecure. Use --password-stdin.` There `--password` is named in a sentence, not given a value.
 * Only this exact wording is read so: any other word after `--password` is still its value.
 */
const PASSWORD_FLAG_WARNING = '--password via the CLI is insecure';

/** Whether flag word `flag` starts the registry clients' warning sentence (PASSWORD_FLAG_WARNING). */
function isPasswordFlagWarning(text: string, flag: ShellWord): boolean {
  return text.startsWith(PASSWORD_FLAG_WARNING, flag.start);
}

function toolSpans(text: string, entry: ToolEntry, args: ShellWord[], ctx: SpanContext): void {
  let from = 0;
  const windows = entry.windows === true;
  // Windows tools take `/x` and `-x` options and read them in any case.
  const isOption = windows ? (w: string) => w.startsWith('/') || w.startsWith('-') : (w: string) => w.startsWith('-');
  const spelled = windows ? (w: string) => w.toLowerCase() : (w: string) => w;
  if (entry.subcommand !== undefined) {
    from = args.findIndex((w) => spelled(w.value) === entry.subcommand) + 1;
    if (from === 0) return;
  }
  for (let j = from; j < args.length; j++) {
    if (!isOption(args[j]!.value)) continue;
    const w = spelled(args[j]!.value);
    for (const spec of entry.flags) {
      const eq = spec.flag.startsWith('--') && w.startsWith(`${spec.flag}=`);
      if (w === spec.flag && spec.separate !== false) {
        const value = args[j + 1];
        if (value !== undefined && !isOption(value.value) && !isPasswordFlagWarning(text, args[j]!)) {
          flagValueSpan(text, value, 0, spec.form, ctx);
          j++;
        }
        break;
      }
      if (eq) {
        flagValueSpan(text, args[j]!, spec.flag.length + 1, spec.form, ctx);
        break;
      }
      if (spec.attached === true && w.length > spec.flag.length && w.startsWith(spec.flag) && !w.startsWith('--')) {
        flagValueSpan(text, args[j]!, spec.flag.length, spec.form, ctx);
        break;
      }
    }
  }
  const pos = entry.positional;
  if (pos === undefined) return;
  if (pos.requiresFlag !== undefined && !args.some((w) => hasFlag(spelled(w.value), pos.requiresFlag!, windows))) return;
  let positionals = args.slice(from).filter((w) => !isOption(w.value));
  if (pos.after !== undefined) {
    const anchor = positionals.findIndex((w) => pos.after!.test(w.value));
    if (anchor < 0) return;
    // The anchor stands in for the user (below): what follows it may be the secret alone.
    positionals = positionals.slice(anchor);
    const target = positionals[1 + pos.index];
    if (target !== undefined) secretSpan(text, target, 0, 'SECRET', ctx);
    return;
  }
  const target = pos.index < 0 ? positionals[positionals.length + pos.index] : positionals[pos.index];
  // htpasswd -b needs a user before the password; a lone argument is a file or a user.
  if (target !== undefined && positionals.length >= (pos.min ?? 2)) secretSpan(text, target, 0, 'SECRET', ctx);
}

/** Whether option word `w` is `flag`: for Windows tools the whole word; else a short flag, alone or in a cluster (`-nb` holds `-b`). */
function hasFlag(w: string, flag: string, windows: boolean): boolean {
  if (windows) return w === flag;
  return /^-[a-zA-Z]+$/.test(w) && w.includes(flag.slice(1));
}

/** A flag naming a person by role (`--employee`, `--payee`, `--patient`), maybe with `-id` / `-no`. */
const PERSON_ROLE_FLAG =
  /^(?:employee|emp|payee|member|patient|person|customer|claimant|beneficiary|holder)(?:[-_]?(?:id|no|num|number))?$/;

/**
 * The national id a person's flag holds (leftovers of red-team round 28: a payroll batch run by
 * cron, `t4gen --employee 193847563`, an EHR trace `--patient 9434765870`): nine digits that pass
 * the Canadian SIN's Luhn check, ten that pass the NHS number's mod 11. Other values of such flags
 * (a staff number, a count) stay.
 */
function personFlagIdEntity(name: string, value: string): string | null {
  if ((value.length !== 9 && value.length !== 10) || !PERSON_ROLE_FLAG.test(name) || !/^\d+$/.test(value)) return null;
  if (value.length === 9) return caSinValid(value) ? 'CA_SIN' : null;
  return nhsValid(value) ? 'UK_NHS' : null;
}

/** `--token X`, `--db-password=X`, `--api-key X`: any long flag whose name the key rules call sensitive. */
function longFlagSpans(text: string, args: ShellWord[], entries: readonly ToolEntry[], ctx: SpanContext): void {
  for (let j = 0; j < args.length; j++) {
    const w = args[j]!.value;
    if (!w.startsWith('--') || w.length < 5) continue;
    const eq = w.indexOf('=');
    const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
    if (entries.some((e) => e.flags.some((f) => f.flag === `--${name}`))) continue;
    let entity = ctx.classifyKey(name);
    // A flag's account name is a cloud or database account's (`--account-name qastore`), no person's
    // login; a person's flag that names a login key too (`--employee`, red-team round 99) may still
    // hold a national id.
    if (entity === 'USERNAME') {
      const value = eq >= 0 ? w.slice(eq + 1) : args[j + 1]?.value;
      const id = value === undefined ? null : personFlagIdEntity(name, value);
      if (id === null) continue;
      entity = id;
    }
    if (entity === null) {
      // `--bloomerang-key pvt_…`, `--sky-key <32 hex>`: a vendor's key flag, whose name the key
      // rules leave (`cache_key`, `sort_key`), holds a secret when its value has a key's shape.
      const value = eq >= 0 ? w.slice(eq + 1) : args[j + 1]?.value;
      if (value === undefined) continue;
      const id = personFlagIdEntity(name, value);
      if (id !== null) entity = id;
      else if (!isVendorKey(name, value)) continue;
      else entity = 'SECRET';
    }
    if (entity === 'NATIONAL_ID' && keptUnderKey(name, eq >= 0 ? w.slice(eq + 1) : (args[j + 1]?.value ?? ''), entity)) continue;
    if (eq >= 0) {
      secretSpan(text, args[j]!, eq + 1, entity, ctx);
      continue;
    }
    const value = args[j + 1];
    if (value === undefined || value.value.startsWith('-') || isPasswordFlagWarning(text, args[j]!)) continue;
    secretSpan(text, value, 0, entity, ctx);
    j++;
  }
}

function flagValueSpan(text: string, w: ShellWord, offset: number, form: FlagForm, ctx: SpanContext): void {
  if (form === 'user_secret') {
    // `user:secret`, or Samba's `user%secret` (smbclient(1) `-U`).
    let colon = w.value.indexOf(':', offset);
    if (colon < 0) colon = w.value.indexOf('%', offset);
    if (colon < 0) return;
    // `-u KEY:` with an empty password: the API key is the user name (Stripe, Checkr, Greenhouse
    // Harvest and Lever take their keys so; red-team round 43).
    if (colon === w.value.length - 1 && API_KEY_AS_USER.test(w.value.slice(offset, colon))) {
      secretSpan(text, { ...w, value: w.value.slice(0, colon) }, offset, 'SECRET', ctx);
      return;
    }
    // A person's login before it is USERNAME (stop 38: `curl -u jmorrison:…`); a service account stays.
    const user = w.value.slice(offset, colon);
    const login = offset + loginDomainLength(user);
    // (A POSIX shell drops the backslash of `CORP\jdoe`: such a user is domain_login's.)
    const userRange = textRange({ ...w, value: w.value.slice(0, colon) }, login);
    if (personLoginValue(w.value.slice(login, colon)) && userRange !== undefined && text.lastIndexOf('\\', userRange[1]) < userRange[0])
      secretSpan(text, { ...w, value: w.value.slice(0, colon) }, login, 'USERNAME', ctx);
    secretSpan(text, w, colon + 1, 'SECRET', ctx);
    return;
  }
  if (form === 'pass_prefixed') {
    if (!w.value.startsWith('pass:', offset)) return;
    secretSpan(text, w, offset + 5, 'SECRET', ctx);
    return;
  }
  if (form === 'login') {
    const user = w.value.slice(offset);
    if (API_KEY_AS_USER.test(user)) secretSpan(text, w, offset, 'SECRET', ctx);
    else if (personLoginValue(user)) secretSpan(text, w, offset, 'USERNAME', ctx);
    return;
  }
  secretSpan(text, w, offset, 'SECRET', ctx);
}

/** A person's login: a login's shape, no system or service account, no placeholder or docs account (`user`, `developer`). */
function personLoginValue(login: string): boolean {
  return (
    login.length >= 2 &&
    isLoginShaped(login) &&
    !isSystemAccount(login) &&
    !/^(?:user(?:name)?|login|me|you|dev(?:eloper)?|demo|test(?:er)?)$/i.test(login)
  );
}

/** A user name that is an API key: 20 or more letters, digits, `_` or `-`, with a digit and a letter. */
const API_KEY_AS_USER = /^(?=[^:]*\d)(?=[^:]*[a-z])[A-Za-z0-9_-]{20,}$/i;

/** Masks `w.value` from `offset` on (quotes excluded), unless it is empty or a placeholder (`$PASS`, `***`). */
function secretSpan(text: string, w: ShellWord, offset: number, entity: string, ctx: SpanContext): void {
  const value = w.value.slice(offset);
  if (value.length === 0 || PLACEHOLDER_VALUE.test(value) || value.startsWith('$') || value === '-') return;
  if (offset === 0 && isRedirection(text, w)) return;
  const range = textRange(w, offset);
  if (range === undefined) return;
  pushSpan(ctx, text, range[0], range[1], entity, 'structure:command_line', value);
}

/** `/usr/bin/mysql` → `mysql`, `C:\\tools\\curl.exe` → `curl`. */
function programName(word: string): string {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  // `(ConvertTo-SecureString …)`: a PowerShell subexpression opens before the command.
  const base = (slash >= 0 ? word.slice(slash + 1) : word.charCodeAt(0) === 40 ? word.replace(/^\(+/, '') : word).toLowerCase();
  return base.endsWith('.exe') ? base.slice(0, -4) : base;
}
