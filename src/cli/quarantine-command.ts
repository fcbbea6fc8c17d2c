import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { describeOrigin } from '../record/record.js';
import { resealedLine } from '../quarantine/file-format.js';
import { readIdentityFile, recipientProblem } from '../quarantine/keys.js';
import { type LocatedEntry, openEntry, readQuarantineFile } from '../quarantine/read.js';
import { maskReleased } from '../quarantine/release.js';
import { QuarantineSealer, payloadJson } from '../quarantine/seal.js';
import { type ChainOutputOptions, outputLines } from './chained-output.js';
import { engineFromOptions, type EngineOptions } from '../config/engine-from-options.js';
import { LineWriter } from './input.js';
import type { Io } from './mask-command.js';

/**
 * `auditmask quarantine list|show|release|reencrypt`: triage and recovery of the dead-letter file.
 * `list` needs no key (triage fields are in the clear); `show`, `release` and `reencrypt` need the
 * age identity file of one of the recipients a record is sealed to.
 */

const IDENTITY_ENV = 'AUDITMASK_QUARANTINE_IDENTITY_FILE';

function identities(file: string | undefined): string[] {
  const path = file ?? process.env[IDENTITY_ENV];
  if (!path) throw new ConfigError(undefined, [{ path: '--identity', message: `give the age identity file (or $${IDENTITY_ENV})` }]);
  try {
    return readIdentityFile(path);
  } catch (err) {
    throw new ConfigError(undefined, [{ path: '--identity', message: (err as Error).message }]);
  }
}

async function entries(file: string): Promise<LocatedEntry[]> {
  try {
    return await readQuarantineFile(file);
  } catch (err) {
    throw new ConfigError(undefined, [
      { path: 'FILE', message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
    ]);
  }
}

function pick(all: LocatedEntry[], line: number | undefined): LocatedEntry[] {
  if (line === undefined) return all;
  const found = all.filter((e) => e.line === line);
  if (found.length === 0) throw new ConfigError(undefined, [{ path: '--line', message: `no quarantine record on line ${line}` }]);
  return found;
}

/** `list`: one line per record (line, time, reason, source, keys), then counts by reason and source. */
export async function quarantineList(file: string, opts: { json?: boolean }, io: Io): Promise<number> {
  const all = await entries(file);
  const byReason = new Map<string, number>();
  const bySource = new Map<string, number>();
  const rows = all.map((e) => {
    if (!e.entry) return { line: e.line, problem: e.problem };
    const source = describeOrigin(e.entry.origin);
    byReason.set(e.entry.reason, (byReason.get(e.entry.reason) ?? 0) + 1);
    const stream =
      e.entry.origin.kind === 'kafka'
        ? `${e.entry.origin.topic}/${e.entry.origin.partition}`
        : e.entry.origin.kind === 'file'
          ? e.entry.origin.path
          : 'otlp';
    bySource.set(stream, (bySource.get(stream) ?? 0) + 1);
    return {
      line: e.line,
      time: e.entry.time,
      reason: e.entry.reason,
      message: e.entry.message,
      source,
      sealed: e.entry.sealed ? e.entry.sealed.keyIds : 'plaintext',
    };
  });
  if (opts.json) {
    io.stdout.write(
      `${JSON.stringify({ records: rows, by_reason: Object.fromEntries(byReason), by_source: Object.fromEntries(bySource) })}\n`,
    );
    return 0;
  }
  for (const r of rows) {
    if ('problem' in r) io.stdout.write(`${r.line}\tunreadable: ${r.problem}\n`);
    else
      io.stdout.write(
        `${r.line}\t${r.time}\t${r.reason}\t${r.source}\t${Array.isArray(r.sealed) ? `sealed to ${r.sealed.join(',')}` : r.sealed}\n`,
      );
  }
  io.stdout.write(`by reason: ${[...byReason].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}\n`);
  io.stdout.write(`by source: ${[...bySource].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}\n`);
  return 0;
}

/** `show`: the raw record of one line (value as text when it is UTF-8, else base64). Raw data on stdout. */
export async function quarantineShow(file: string, opts: { line: number; identity?: string }, io: Io): Promise<number> {
  const [located] = pick(await entries(file), opts.line);
  if (!located?.entry)
    throw new ConfigError(undefined, [{ path: '--line', message: `line ${opts.line} is unreadable: ${located?.problem}` }]);
  const ids = located.entry.plain ? [] : identities(opts.identity);
  const payload = await openEntry(located.entry, ids);
  const { time, reason, message, origin } = located.entry;
  const json: Record<string, unknown> = { line: located.line, time, reason, message, origin, ...payloadJson(payload) };
  if (isUtf8(payload.value)) json.value = payload.value.toString('utf8');
  io.stdout.write(`${JSON.stringify(json)}\n`);
  return 0;
}

export interface ReleaseOptions extends EngineOptions, ChainOutputOptions {
  identity?: string;
  line?: number;
  out?: string;
}

/**
 * `release`: decrypts, masks under the current policy and writes the masked records (one JSON line
 * each, `released_from` in the evidence) to --out (appended, 0600) or stdout. Exit 1 when a record
 * could not be opened or still cannot be masked (it stays in quarantine; it is never written raw).
 */
export async function quarantineRelease(file: string, opts: ReleaseOptions, io: Io): Promise<number> {
  const chosen = pick(await entries(file), opts.line);
  const ids = chosen.some((e) => e.entry?.sealed) ? identities(opts.identity) : [];
  const { engine } = engineFromOptions(opts, io.stderr);
  const handle = opts.out ? await open(opts.out, 'a', 0o600) : undefined;
  const sink = handle ? (handle.createWriteStream() as unknown as NodeJS.WritableStream) : io.stdout;
  const out = outputLines(new LineWriter(sink), opts, engine.policy.hash, 'auditmask quarantine release');
  let released = 0;
  let kept = 0;
  for (const e of chosen) {
    if (!e.entry) {
      io.stderr.write(`auditmask: ${file}:${e.line}: unreadable (${e.problem}), left in quarantine\n`);
      kept++;
      continue;
    }
    let value: Buffer;
    try {
      value = (await openEntry(e.entry, ids)).value;
    } catch (err) {
      io.stderr.write(`auditmask: ${file}:${e.line}: ${(err as Error).message}, left in quarantine\n`);
      kept++;
      continue;
    }
    const lineage = { quarantine: file, line: e.line, reason: e.entry.reason, time: e.entry.time, origin: e.entry.origin };
    const result = maskReleased(engine, value, lineage);
    if ('rejected' in result) {
      io.stderr.write(`auditmask: ${file}:${e.line}: still cannot be masked (${result.rejected.reason}): ${result.rejected.message}\n`);
      kept++;
      continue;
    }
    await out.write(result.output);
    released++;
  }
  await out.close();
  if (handle) {
    await new Promise<void>((resolve, reject) =>
      (sink as NodeJS.WritableStream & { end(cb: (err?: Error) => void): void }).end((err?: Error) => (err ? reject(err) : resolve())),
    );
    await handle.close().catch(() => {});
  }
  io.stderr.write(`auditmask: ${released} released masked (policy ${engine.policy.hash}), ${kept} left in quarantine\n`);
  return kept > 0 ? 1 : 0;
}

/**
 * `reencrypt`: writes a new quarantine file (created 0600, never overwritten) with every record
 * sealed to the new recipients, triage fields unchanged. Opens each with the old identity first;
 * if one cannot be opened, nothing is written and the exit is 1 — no record is lost in a rotation.
 */
export async function quarantineReencrypt(
  file: string,
  opts: { identity?: string; recipient: string[]; out: string },
  io: Io,
): Promise<number> {
  const problems = opts.recipient.flatMap((r, i) => {
    const p = recipientProblem(r);
    return p ? [{ path: `--recipient[${i}]`, message: p }] : [];
  });
  if (opts.recipient.length === 0) problems.push({ path: '--recipient', message: 'give at least one new age recipient' });
  if (problems.length > 0) throw new ConfigError(undefined, problems);
  const all = await entries(file);
  const ids = all.some((e) => e.entry?.sealed) ? identities(opts.identity) : [];
  const sealer = new QuarantineSealer(opts.recipient);
  const lines: string[] = [];
  for (const e of all) {
    if (!e.entry) {
      io.stderr.write(`auditmask: ${file}:${e.line}: unreadable (${e.problem}); nothing written\n`);
      return 1;
    }
    let payload: Awaited<ReturnType<typeof openEntry>>;
    try {
      payload = await openEntry(e.entry, ids);
    } catch (err) {
      io.stderr.write(`auditmask: ${file}:${e.line}: ${(err as Error).message}; nothing written\n`);
      return 1;
    }
    lines.push(resealedLine(e.entry, sealer.keyIds, await sealer.seal(payload)));
  }
  const handle = await open(opts.out, 'wx', 0o600);
  try {
    await handle.writeFile(lines.join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
  io.stderr.write(`auditmask: ${lines.length} records re-encrypted to ${sealer.keyIds.join(', ')} in ${opts.out}\n`);
  return 0;
}

const lineNumber = (v: string) => Number.parseInt(v, 10);

export function addQuarantineCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const q = program.command('quarantine').description('Triage and recover dead-letter (quarantine) files: list, show, release, reencrypt');
  q.command('list')
    .description('List quarantined records by reason and source (no key needed)')
    .argument('<file>', 'a dead-letter file')
    .option('--json', 'one JSON document on stdout')
    .action(async (file: string, opts: { json?: boolean }) => setExitCode(await quarantineList(file, opts, io)));
  q.command('show')
    .description('Print one quarantined record, decrypted (RAW data on stdout)')
    .argument('<file>', 'a dead-letter file')
    .requiredOption('-l, --line <n>', 'the record, by its line number in `list`', lineNumber)
    .option('-i, --identity <file>', `age identity file (else $${IDENTITY_ENV})`)
    .action(async (file: string, opts: { line: number; identity?: string }) => setExitCode(await quarantineShow(file, opts, io)));
  q.command('release')
    .description('Decrypt, mask under the current policy and write the masked records (evidence: released_from)')
    .argument('<file>', 'a dead-letter file')
    .option('-l, --line <n>', 'only this record (default: all)', lineNumber)
    .option('-i, --identity <file>', `age identity file (else $${IDENTITY_ENV})`)
    .option('-o, --out <file>', 'append the masked records here, created 0600 (default: stdout)')
    .option('-p, --policy <file>', 'policy (default: the built-in policy)')
    .option('-k, --key-file <file>', 'HMAC key file (else AUDITMASK_HMAC_KEY_FILE / AUDITMASK_HMAC_KEY)')
    .option('--chain', 'chain the output (docs/evidence.md)')
    .option('--chain-key-file <file>', 'chain key file for --chain')
    .addHelpText('after', '\nExit: 0 all released, 1 a record left in quarantine, 2 usage.\n')
    .action(async (file: string, opts: ReleaseOptions) => setExitCode(await quarantineRelease(file, opts, io)));
  q.command('reencrypt')
    .description('Rotation: write a copy of a quarantine file with every record sealed to new recipients')
    .argument('<file>', 'a dead-letter file')
    .option('-i, --identity <file>', `age identity file that opens the old records (else $${IDENTITY_ENV})`)
    .requiredOption('-r, --recipient <age1…>', 'new recipient (repeat for several)', (v: string, prev: string[] = []) => [...prev, v])
    .requiredOption('-o, --out <file>', 'the new file (must not exist; created 0600)')
    .action(async (file: string, opts: { identity?: string; recipient: string[]; out: string }) =>
      setExitCode(await quarantineReencrypt(file, opts, io)),
    );
}
