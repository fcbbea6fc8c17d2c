import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { silentLogger } from '../log/logger.js';
import { entryFromDeadLetterMessage } from '../quarantine/kafka-entry.js';
import { ConfigError } from '../core/errors.js';
import { describeOrigin } from '../core/record.js';
import { resealedLine } from '../quarantine/file-format.js';
import { newIdentity, readIdentityFile, recipientProblem, writeIdentityFile } from '../quarantine/keys.js';
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

/**
 * Where the quarantine is: a dead-letter file, or a dead-letter topic (`--brokers` and `--topic`,
 * or `--config`: the run config's Kafka dead letter, its connection with SASL and TLS, and its
 * topic unless `--topic` names one; `--brokers` then overrides its brokers).
 */
export interface QuarantineSource {
  file?: string | undefined;
  brokers?: string;
  topic?: string;
  config?: string;
}

/** A record's place for messages: `file:line`, or `topic[partition]@offset`. */
const placeOf = (e: LocatedEntry): string => e.where ?? `${e.file}:${e.line}`;

function checkSource(src: QuarantineSource): void {
  const kafka = src.brokers !== undefined || src.topic !== undefined || src.config !== undefined;
  if (kafka && src.config === undefined && (src.brokers === undefined || src.topic === undefined))
    throw new ConfigError(undefined, [{ path: '--topic', message: 'a dead-letter topic needs both --brokers and --topic' }]);
  if (kafka && src.file !== undefined)
    throw new ConfigError(undefined, [
      { path: 'FILE', message: 'give a dead-letter file or a topic (--brokers and --topic, or --config), not both' },
    ]);
  if (!kafka && src.file === undefined)
    throw new ConfigError(undefined, [
      { path: 'FILE', message: 'give a dead-letter file, or --brokers and --topic, or --config with a Kafka dead letter' },
    ]);
}

/**
 * Every record of the quarantine: the file's lines, or the topic's messages from the first offset
 * to the end offsets at the start of the call (what arrives meanwhile is left for the next call).
 */
async function entries(src: QuarantineSource): Promise<LocatedEntry[]> {
  return (await quarantineRecords(src)).records;
}

/** The records and the quarantine's name (the file, or the topic read). */
async function quarantineRecords(src: QuarantineSource): Promise<{ records: LocatedEntry[]; name: string }> {
  checkSource(src);
  if (src.file !== undefined) {
    try {
      return { records: await readQuarantineFile(src.file), name: src.file };
    } catch (err) {
      throw new ConfigError(undefined, [
        { path: 'FILE', message: `cannot read ${src.file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
      ]);
    }
  }
  // kafkajs and the topology are loaded only to read a topic: files are read without them.
  const [{ brokersFlagClient }, { deadLetterTopicOf }, { readTopicToEnd }] = await Promise.all([
    import('../kafka/connection.js'),
    import('../topology/dead-letter-topic.js'),
    import('../kafka/read-topic.js'),
  ]);
  const { kafka, topic } = src.config
    ? deadLetterTopicOf(src.config, { brokers: src.brokers, topic: src.topic }, silentLogger)
    : {
        topic: src.topic as string,
        kafka: brokersFlagClient(src.brokers as string, 'auditmask-quarantine'),
      };
  const out: LocatedEntry[] = [];
  try {
    await readTopicToEnd(kafka, topic, (partition, m) =>
      out.push(
        entryFromDeadLetterMessage(topic, {
          partition,
          offset: m.offset,
          timestamp: m.timestamp,
          key: m.key ?? null,
          value: m.value ?? null,
          headers: (m.headers ?? {}) as Parameters<typeof entryFromDeadLetterMessage>[1]['headers'],
        }),
      ),
    );
  } catch (err) {
    throw new ConfigError(undefined, [{ path: '--topic', message: `cannot read ${topic} (${(err as Error).message})` }]);
  }
  return { records: out.sort((a, b) => a.at?.localeCompare(b.at ?? '', undefined, { numeric: true }) ?? 0), name: topic };
}

/** The records chosen by `--line` (a file) or `--at partition:offset` (a topic); all when neither. */
function pick(all: LocatedEntry[], sel: { line?: number | undefined; at?: string | undefined }): LocatedEntry[] {
  if (sel.line === undefined && sel.at === undefined) return all;
  const found = all.filter((e) => (sel.at !== undefined ? e.at === sel.at : e.at === undefined && e.line === sel.line));
  if (found.length === 0)
    throw new ConfigError(undefined, [
      sel.at !== undefined
        ? { path: '--at', message: `no quarantine record at ${sel.at} (partition:offset, as \`list\` prints it)` }
        : { path: '--line', message: `no quarantine record on line ${sel.line}` },
    ]);
  return found;
}

/** `list`: one line per record (line, time, reason, source, keys), then counts by reason and source. */
export async function quarantineList(file: string | undefined, opts: { json?: boolean } & QuarantineSource, io: Io): Promise<number> {
  const all = await entries({ ...opts, file });
  const byReason = new Map<string, number>();
  const bySource = new Map<string, number>();
  const rows = all.map((e) => {
    const id = e.at ?? e.line;
    if (!e.entry) return { line: id, problem: e.problem };
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
      line: id,
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
export async function quarantineShow(
  file: string | undefined,
  opts: { line?: number; at?: string; identity?: string } & QuarantineSource,
  io: Io,
): Promise<number> {
  const src = { ...opts, file };
  checkSource(src);
  if (src.file !== undefined ? opts.line === undefined : opts.at === undefined)
    throw new ConfigError(undefined, [
      src.file !== undefined
        ? { path: '--line', message: 'name the record: --line N, as `list` prints it' }
        : { path: '--at', message: 'name the record: --at PARTITION:OFFSET, as `list` prints it' },
    ]);
  const [located] = pick(await entries(src), opts);
  if (!located?.entry)
    throw new ConfigError(undefined, [
      {
        path: opts.at !== undefined ? '--at' : '--line',
        message: `${located ? placeOf(located) : 'the record'} is unreadable: ${located?.problem}`,
      },
    ]);
  const ids = located.entry.plain ? [] : identities(opts.identity);
  const payload = await openEntry(located.entry, ids);
  const { time, reason, message, origin } = located.entry;
  const json: Record<string, unknown> = {
    ...(located.at !== undefined ? { at: located.at } : { line: located.line }),
    time,
    reason,
    message,
    origin,
    ...payloadJson(payload),
  };
  if (isUtf8(payload.value)) json.value = payload.value.toString('utf8');
  io.stdout.write(`${JSON.stringify(json)}\n`);
  return 0;
}

export interface ReleaseOptions extends EngineOptions, ChainOutputOptions, QuarantineSource {
  identity?: string;
  line?: number;
  at?: string;
  out?: string;
}

/**
 * `release`: decrypts, masks under the current policy and writes the masked records (one JSON line
 * each, `released_from` in the evidence) to --out (appended, 0600) or stdout. Exit 1 when a record
 * could not be opened or still cannot be masked (it stays in quarantine; it is never written raw).
 */
export async function quarantineRelease(file: string | undefined, opts: ReleaseOptions, io: Io): Promise<number> {
  const src = { ...opts, file };
  // The quarantine's name for messages and lineage: the file, or the topic read.
  const { records, name } = await quarantineRecords(src);
  const chosen = pick(records, opts);
  const ids = chosen.some((e) => e.entry?.sealed) ? identities(opts.identity) : [];
  const { engine } = await engineFromOptions(opts, io.stderr);
  const handle = opts.out ? await open(opts.out, 'a', 0o600) : undefined;
  const sink = handle ? (handle.createWriteStream() as unknown as NodeJS.WritableStream) : io.stdout;
  const out = await outputLines(new LineWriter(sink), opts, engine.policy.hash, 'auditmask quarantine release');
  let released = 0;
  let kept = 0;
  for (const e of chosen) {
    if (!e.entry) {
      io.stderr.write(`auditmask: ${placeOf(e)}: unreadable (${e.problem}), left in quarantine\n`);
      kept++;
      continue;
    }
    let value: Buffer;
    try {
      value = (await openEntry(e.entry, ids)).value;
    } catch (err) {
      io.stderr.write(`auditmask: ${placeOf(e)}: ${(err as Error).message}, left in quarantine\n`);
      kept++;
      continue;
    }
    if (value.length === 0) {
      // `mask` never buffered a line over --max-line-bytes: its entry keeps the reason, not the record.
      io.stderr.write(`auditmask: ${placeOf(e)}: holds no record (${e.entry.reason}: it was not kept), left in quarantine\n`);
      kept++;
      continue;
    }
    const [partition, offset] = (e.at ?? '').split(':');
    const place = e.at !== undefined ? { partition: Number(partition), offset: offset as string } : { line: e.line };
    const lineage = { quarantine: name, ...place, reason: e.entry.reason, time: e.entry.time, origin: e.entry.origin };
    const result = maskReleased(engine, value, lineage);
    if ('rejected' in result) {
      io.stderr.write(`auditmask: ${placeOf(e)}: still cannot be masked (${result.rejected.reason}): ${result.rejected.message}\n`);
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
  const all = await entries({ file });
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

/**
 * `keygen`: a new age identity for the quarantine (or the vault). With --out, the identity goes to
 * a new file created 0600 (never overwriting one) and the recipient to stdout, ready for
 * `dead_letter.recipients`; without it, the identity file text goes to stdout and the recipient
 * to stderr, as `age-keygen` does. The identity belongs to whoever opens the quarantine, never to
 * the processor (docs/operations.md).
 */
export async function quarantineKeygen(opts: { out?: string }, io: Io): Promise<number> {
  const { recipient, fileText } = await newIdentity();
  if (!opts.out) {
    io.stdout.write(fileText);
    io.stderr.write(`Public key: ${recipient}\n`);
    return 0;
  }
  try {
    await writeIdentityFile(opts.out, fileText);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(undefined, [
      {
        path: '--out',
        message:
          code === 'EEXIST'
            ? `${opts.out} exists; an identity file is never overwritten (choose another path)`
            : `cannot create ${opts.out} (${code})`,
      },
    ]);
  }
  io.stderr.write(`auditmask: identity written to ${opts.out} (0600): keep it off the processor; its recipient:\n`);
  io.stdout.write(`${recipient}\n`);
  return 0;
}

const lineNumber = (v: string) => Number.parseInt(v, 10);

export function addQuarantineCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const q = program
    .command('quarantine')
    .description('Triage and recover dead-letter (quarantine) files: keygen, list, show, release, reencrypt');
  q.command('keygen')
    .description('Create an age identity (private key) and print its recipient (public key) for dead_letter.recipients')
    .option('-o, --out <file>', 'write the identity to this new file, created 0600 (default: stdout, recipient on stderr)')
    .action(async (opts: { out?: string }) => setExitCode(await quarantineKeygen(opts, io)));
  const topicOptions = (c: Command) =>
    c
      .option('-b, --brokers <list>', 'with --topic: read a Kafka dead-letter topic (first offset to the end offsets at start)')
      .option('-t, --topic <name>', 'the dead-letter topic (with --brokers; with --config, instead of its dead_letter.topic)')
      .option(
        '-c, --config <file>',
        "read the run config's Kafka dead-letter topic with its connection (brokers, SASL, TLS); --brokers overrides its brokers",
      );
  topicOptions(
    q
      .command('list')
      .description('List quarantined records by reason and source (no key needed)')
      .argument('[file]', 'a dead-letter file (or --brokers and --topic)'),
  )
    .option('--json', 'one JSON document on stdout')
    .action(async (file: string | undefined, opts: { json?: boolean } & QuarantineSource) =>
      setExitCode(await quarantineList(file, opts, io)),
    );
  topicOptions(
    q
      .command('show')
      .description('Print one quarantined record, decrypted (RAW data on stdout)')
      .argument('[file]', 'a dead-letter file (or --brokers and --topic)'),
  )
    .option('-l, --line <n>', 'the record of a file, by its line number in `list`', lineNumber)
    .option('--at <partition:offset>', 'the record of a topic, as `list` prints it')
    .option('-i, --identity <file>', `age identity file (else $${IDENTITY_ENV})`)
    .action(async (file: string | undefined, opts: { line?: number; at?: string; identity?: string } & QuarantineSource) =>
      setExitCode(await quarantineShow(file, opts, io)),
    );
  topicOptions(
    q
      .command('release')
      .description('Decrypt, mask under the current policy and write the masked records (evidence: released_from)')
      .argument('[file]', 'a dead-letter file (or --brokers and --topic)'),
  )
    .option('-l, --line <n>', 'only this record of a file (default: all)', lineNumber)
    .option('--at <partition:offset>', 'only this record of a topic (default: all)')
    .option('-i, --identity <file>', `age identity file (else $${IDENTITY_ENV})`)
    .option('-o, --out <file>', 'append the masked records here, created 0600 (default: stdout)')
    .option('-p, --policy <file>', 'policy (default: the built-in policy)')
    .option('-k, --key-file <file>', 'token key file (else AUDITMASK_HMAC_KEY_FILE / AUDITMASK_HMAC_KEY)')
    .option('--chain', 'chain the output (docs/evidence.md)')
    .option('--chain-key-file <file>', 'chain key file for --chain')
    .addHelpText('after', '\nExit: 0 all released, 1 a record left in quarantine, 2 usage.\n')
    .action(async (file: string | undefined, opts: ReleaseOptions) => setExitCode(await quarantineRelease(file, opts, io)));
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
