import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { AuditmaskError, ConfigError } from '../core/errors.js';
import { defaultPolicy, type LoadedPolicy } from '../engine/create.js';
import { maskCommand, type Io } from './mask-command.js';
import { formatRules } from './rules-command.js';
import { scanCommand } from './scan-command.js';

const VERSION = '0.1.0';

/** Exit codes set by commands that end on their own terms (`run`: 1 when shutdown did not drain). */
const exitCodes = new WeakMap<Command, number>();

function bytesOption(value: string): number {
  const m = /^(\d+)\s*(k|m|g|kib|mib|gib)?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('a size such as 5242880, 512k or 64m');
  const unit = (m[2] ?? '').toLowerCase()[0];
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

function threadsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('a whole number of threads, 1 to 256');
  return n;
}

/** A policy file through the policy parser, which (with zod) is loaded only when a file is given. */
async function loadPolicyFile(file: string): Promise<LoadedPolicy> {
  return (await import('../engine/policy/load.js')).loadPolicyFile(file);
}

/**
 * The commands defined here, whose modules load only what they use. The other command groups
 * (run, replay, verify, report, quarantine, reveal, vault) load the config schemas (zod), the
 * logger, age and the evidence chain when their modules are imported.
 */
const LEAN_COMMANDS: ReadonlySet<string> = new Set(['mask', 'scan', 'rules', 'policy']);

/**
 * The program for `argv`: every command, except that when `argv` names a lean command the other
 * groups are not registered, so their modules are not loaded. That changes nothing for that
 * command line: commander dispatches on the command name and never looks at the other commands
 * (the program takes no option of its own before it). Without `argv`, every command.
 */
export async function buildProgram(io: Io, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('auditmask')
    .description('Masks secrets and personal data in audit trails and AI-agent activity logs.')
    .version(VERSION)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  const policyOpt = () => new Option('-p, --policy <file>', 'policy YAML (default: the built-in policy)');
  const keyOpt = () =>
    new Option(
      '-k, --key-file <file>',
      'token key file for deterministic tokens (else AUDITMASK_HMAC_KEY_FILE / AUDITMASK_HMAC_KEY; else a random key for this run)',
    );
  const maxLineOpt = () =>
    new Option('--max-line-bytes <size>', 'longer lines are rejected without being buffered')
      .argParser(bytesOption)
      .default(64 * 1024 * 1024, '64m');

  program
    .command('mask')
    .description("Mask JSON Lines: one masked line out per line in, in order; evidence in each record's _auditmask field")
    .argument('[files...]', 'JSON Lines files (default: stdin; - is stdin)')
    .addOption(policyOpt())
    .addOption(keyOpt())
    .option(
      '--dead-letter <file>',
      'append records that cannot be masked here with the reason, sealed to --dead-letter-recipient (or raw with --dead-letter-plaintext); created 0600',
    )
    .option(
      '--dead-letter-recipient <age1…>',
      'age recipient the --dead-letter records are sealed to (repeat for several; else $AUDITMASK_DEAD_LETTER_RECIPIENTS)',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--dead-letter-plaintext', 'write --dead-letter records in plaintext (RAW data; a warning on stderr)')
    .addOption(maxLineOpt())
    .option('-q, --quiet', 'no summary on stderr')
    .option('--chain', 'chain the output: a keyed link in every line, genesis, checkpoints, seal (docs/evidence.md)')
    .option('--chain-key-file <file>', 'chain key file for --chain (else AUDITMASK_CHAIN_KEY_FILE / AUDITMASK_CHAIN_KEY)')
    .option('--checkpoints <file>', 'with --chain: also append checkpoints and the seal to this file')
    .option('--checkpoint-every <n>', 'with --chain: a checkpoint line every n records', (v) => Number.parseInt(v, 10), 10_000)
    .addOption(
      new Option('--threads <n>', 'worker threads masking in parallel; output in input order, the same bytes as one thread (1: no workers)')
        .argParser(threadsOption)
        .default(availableParallelism(), 'the number of cores'),
    )
    .option(
      '--vault <file>',
      "token vault: keep (token, value) of the policy's vault.entities, sealed to --vault-recipient (docs/operations.md)",
    )
    .option('--vault-recipient <age1…>', 're-identification recipient for --vault (repeat for several)', (v: string, p: string[] = []) => [
      ...p,
      v,
    ])
    .option(
      '--vault-entities <list>',
      'deprecated: entity types kept in the vault, comma-separated (e.g. EMAIL,PERSON); name them in the policy (vault.entities)',
    )
    .addHelpText('after', '\nExample:\n  auditmask mask --policy policy.yaml audit.jsonl > clean.jsonl\n')
    .action(async (files: string[], opts) => {
      await maskCommand(files, opts, io);
    });

  program
    .command('scan')
    .description('Report what would be masked: counts per entity type and per field path, never a value')
    .argument('[files...]', 'JSON Lines files (default: stdin)')
    .addOption(policyOpt())
    .addOption(keyOpt())
    .addOption(new Option('--format <format>', 'report format').choices(['table', 'json']).default('table'))
    .addOption(maxLineOpt())
    .action(async (files: string[], opts) => {
      await scanCommand(files, opts, io);
    });

  program
    .command('rules')
    .description("List the built-in detectors (and the policy's custom rules): entity, validation, context")
    .addOption(policyOpt())
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .action(async (opts: { policy?: string; format: string }) => {
      io.stdout.write(formatRules(opts.policy ? await loadPolicyFile(opts.policy) : defaultPolicy(), opts.format));
    });

  const policy = program.command('policy').description('Check and show policies');
  policy
    .command('check')
    .description('Validate a policy file: every problem with its line and the fix; exit 2 when invalid')
    .argument('<file>', 'policy YAML')
    .action(async (file: string) => {
      const loaded = await loadPolicyFile(file);
      const p = loaded.policy;
      io.stdout.write(
        `ok: ${file} (${loaded.hash}): ${p.rules.length} custom rules, ${p.paths.length} path actions, ${p.keys.extra.length} extra key names, ${p.detectors.disabled.length} detectors disabled\n`,
      );
    });
  policy
    .command('show')
    .description('Print a policy with every default filled in (the built-in one when no file is given)')
    .argument('[file]', 'policy YAML')
    .action(async (file?: string) => {
      const loaded = file ? await loadPolicyFile(file) : defaultPolicy();
      const { stringify } = await import('yaml');
      io.stdout.write(`# ${loaded.source} — ${loaded.hash}\n${stringify(loaded.policy)}`);
    });
  // Commands that end on their own terms report their exit code here (see main).
  const setExitCode = (code: number) => {
    exitCodes.set(program, code);
  };
  if (LEAN_COMMANDS.has(argv[2] ?? '')) return program;
  const groups = await Promise.all([
    import('./run-command.js').then((m) => m.addRunCommands),
    import('./replay-command.js').then((m) => m.addReplayCommand),
    import('./verify-command.js').then((m) => m.addVerifyCommand),
    import('./report-command.js').then((m) => m.addReportCommand),
    import('./quarantine-command.js').then((m) => m.addQuarantineCommand),
    import('./reveal-command.js').then((m) => m.addRevealCommand),
    import('./vault-command.js').then((m) => m.addVaultCommand),
  ]);
  for (const add of groups) add(program, io, setExitCode);
  return program;
}

/**
 * The CLI entry: the only place that sets an exit code. 0 success, 1 runtime failure, 2 bad usage,
 * config or policy (all problems printed, each with its line).
 */
export async function main(
  argv: string[],
  io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const program = await buildProgram(io, argv);
  try {
    await program.parseAsync(argv);
    return exitCodes.get(program) ?? 0;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      return code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`auditmask: ${err.message}\n`);
      return 2;
    }
    if (err instanceof AuditmaskError) {
      io.stderr.write(`auditmask: ${err.message}\n`);
      return 1;
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EACCES') {
      const e = err as NodeJS.ErrnoException;
      io.stderr.write(`auditmask: cannot open ${e.path ?? 'input'} (${e.code})\n`);
      return 1;
    }
    io.stderr.write(`auditmask: unexpected error: ${(err as Error).name}: ${(err as Error).message}\n`);
    return 1;
  }
}
