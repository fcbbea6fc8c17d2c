import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type HmacKey, randomHmacKey, readHmacKey } from '../config/hmac-key.js';
import { type ComponentEntry, loadRunConfig, type RunConfig } from '../config/run-config.js';
import { defaultPolicy, type LoadedPolicy, loadPolicyFile } from '../engine/index.js';
import { ConfigError } from '../core/errors.js';
import { createLogger, type LogLevel } from '../log/logger.js';
import type { ReplaySummary, ReplayTarget } from '../replay/job.js';
import { fmtEta } from '../replay/progress.js';
import { parseFrom, parseTime, type RangeSpec } from '../replay/range.js';
import type { ReplayScanReport } from '../replay/report.js';
import type { Io } from './mask-command.js';
import { table } from './scan-command.js';

export interface ReplayCliOptions {
  topic?: string[];
  topicRegex?: string;
  brokers?: string;
  clientId?: string;
  saslMechanism?: string;
  saslUsername?: string;
  saslPasswordEnv: string;
  tls?: boolean;
  tlsCaFile?: string;
  config?: string;
  since?: string;
  from?: string;
  until?: string;
  toTopic?: string;
  stripPrefix?: string;
  sinkConfig?: string;
  dryRun?: boolean;
  policy?: string;
  keyFile?: string;
  format: 'json' | 'otlp_log';
  checkpoint?: string;
  resume?: boolean;
  restart?: boolean;
  rate?: number;
  batchSize: number;
  partitionsConcurrently: number;
  connectTimeoutMs: number;
  progressInterval: number;
  progress: boolean;
  json?: boolean;
  logLevel: LogLevel;
}

function usage(path: string, message: string): ConfigError {
  return new ConfigError('command line', [{ path, message }]);
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name}: a whole number above 0`);
    return n;
  };
}

function positiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('a number above 0 (records per second)');
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/** The range as specified on the command line; every usage problem at once. */
export function rangeSpecOf(opts: ReplayCliOptions): RangeSpec {
  const issues: { path: string; message: string }[] = [];
  const topics = opts.topic ?? [];
  if (opts.topicRegex) {
    try {
      new RegExp(opts.topicRegex);
    } catch {
      issues.push({ path: '--topic-regex', message: 'not a valid regular expression' });
    }
  }
  if (opts.since && opts.from) issues.push({ path: '--since', message: 'give --since or --from, not both' });
  if (!opts.since && !opts.from)
    issues.push({
      path: '--since',
      message: 'say where to start: --since <timestamp>, --from earliest or --from <topic>:<partition>:<offset>,…',
    });
  let start: RangeSpec['start'] = { kind: 'earliest' };
  let end: RangeSpec['end'] = { kind: 'latest' };
  const attempt = (f: () => void) => {
    try {
      f();
    } catch (err) {
      if (err instanceof ConfigError) issues.push(...err.issues);
      else throw err;
    }
  };
  if (opts.since) attempt(() => (start = { kind: 'time', ms: parseTime(opts.since as string, '--since') }));
  if (opts.from) attempt(() => (start = parseFrom(opts.from as string)));
  if (opts.until) attempt(() => (end = { kind: 'time', ms: parseTime(opts.until as string, '--until') }));
  const s = start as RangeSpec['start'];
  const e = end as RangeSpec['end'];
  if (s.kind === 'time' && e.kind === 'time' && e.ms <= s.ms) issues.push({ path: '--until', message: 'must be after --since' });
  if (topics.length === 0 && !opts.topicRegex && s.kind !== 'offsets')
    issues.push({ path: '--topic', message: 'name the topics to replay: --topic NAME (repeatable) or --topic-regex RE' });
  if (issues.length > 0) throw new ConfigError('command line', issues);
  return { topics, topicRegex: opts.topicRegex, start: s, end: e };
}

/** The replay job's module, loaded when `replay` runs (it brings kafkajs and the sinks). */
type ReplayJob = typeof import('../replay/job.js');

/** The Kafka connection as written (flags, or the run config's kafka source/sink). */
function connectionFrom(job: ReplayJob, opts: ReplayCliOptions, runConfig: RunConfig | undefined): Record<string, unknown> {
  let conn: Record<string, unknown> = {};
  if (runConfig) {
    const entries = [...(runConfig.sources as ComponentEntry[]), ...(runConfig.sinks as ComponentEntry[])];
    const kafka = entries.find((e) => e.type === 'kafka');
    if (kafka) conn = job.connectionOf(kafka);
  }
  if (opts.brokers)
    conn.brokers = opts.brokers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (opts.clientId) conn.client_id = opts.clientId;
  if (opts.saslMechanism || opts.saslUsername) {
    const password = process.env[opts.saslPasswordEnv];
    if (!opts.saslMechanism || !opts.saslUsername || !password) {
      throw usage('--sasl-mechanism', `SASL needs --sasl-mechanism, --sasl-username and the password in $${opts.saslPasswordEnv}`);
    }
    conn.sasl = { mechanism: opts.saslMechanism, username: opts.saslUsername, password };
  }
  if (opts.tlsCaFile) conn.tls = { ca_file: opts.tlsCaFile };
  else if (opts.tls) conn.tls = true;
  if (!conn.brokers) throw usage('--brokers', 'say where Kafka is: --brokers host:port[,host:port…], or --config with a kafka source');
  conn.connection_timeout_ms = opts.connectTimeoutMs;
  return conn;
}

function targetFrom(job: ReplayJob, opts: ReplayCliOptions): ReplayTarget {
  const given = [opts.toTopic && '--to-topic', opts.sinkConfig && '--sink-config', opts.dryRun && '--dry-run'].filter(Boolean);
  if (given.length !== 1) {
    throw usage(
      '--to-topic',
      given.length === 0
        ? 'say where records go: --to-topic TOPIC, --sink-config FILE, or --dry-run to only report what would be masked'
        : `give one of ${given.join(', ')}`,
    );
  }
  if (opts.stripPrefix && !opts.toTopic) throw usage('--strip-prefix', 'only with --to-topic');
  if (opts.dryRun) return { kind: 'dry-run' };
  if (opts.toTopic) return { kind: 'topic', topic: opts.toTopic, stripPrefix: opts.stripPrefix };
  const file = opts.sinkConfig as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  const list = job.parseSinkConfig(text, file);
  return { kind: 'sinks', sinks: list.sinks, deadLetter: list.dead_letter, source: file };
}

/** `auditmask replay`: validates, runs the job, prints the summary; returns the exit code. */
export async function replayCommand(opts: ReplayCliOptions, io: Io, signal?: AbortSignal): Promise<number> {
  const spec = rangeSpecOf(opts);
  const [job, { prepareRun }] = await Promise.all([import('../replay/job.js'), import('../topology/prepare.js')]);
  const target = targetFrom(job, opts);
  let runConfig: RunConfig | undefined;
  let policy: LoadedPolicy = defaultPolicy();
  let policyText: string | undefined;
  let policyFile: string | undefined;
  let key: HmacKey | undefined;
  const logLevel: LogLevel = opts.logLevel;
  if (opts.config) {
    const run = prepareRun(opts.config);
    runConfig = run.config;
    policy = run.policy;
    policyText = run.policyText;
    policyFile = run.config.policy;
    key = run.key;
  } else {
    runConfig = undefined;
  }
  if (opts.policy) {
    policy = loadPolicyFile(opts.policy);
    policyText = readFileSync(opts.policy, 'utf8');
    policyFile = opts.policy;
  }
  if (opts.keyFile || !key) key = readHmacKey(opts.keyFile ? { keyFile: opts.keyFile } : {}) ?? key;
  const logger = createLogger({ level: logLevel, stream: io.stderr, base: { app: 'auditmask', command: 'replay' } });
  let notice: string | undefined;
  if (!key) {
    key = randomHmacKey();
    if (target.kind !== 'dry-run') {
      notice = `auditmask: no token key configured (AUDITMASK_HMAC_KEY, AUDITMASK_HMAC_KEY_FILE or --key-file): using a random key for this run (id ${key.id}); its tokens match no other run, not even a resumed one\n`;
    }
  }
  const connection = connectionFrom(job, opts, runConfig);
  const defaults = loadRunConfig(undefined).config;
  const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
  const summary = await job.runReplay({
    connection,
    spec,
    target,
    // Without a run config, the built-in default's dead letter (plaintext by its explicit `encrypt: false`, with a warning).
    deadLetter: (runConfig ?? defaults).dead_letter as ComponentEntry,
    format: opts.format,
    policy,
    policyText,
    policyFile,
    key,
    pool: (runConfig ?? defaults).pool,
    pipeline: (runConfig ?? defaults).pipeline,
    checkpoint: opts.checkpoint,
    resume: Boolean(opts.resume),
    restart: Boolean(opts.restart),
    rate: opts.rate,
    batchSize: opts.batchSize,
    partitionsConcurrently: opts.partitionsConcurrently,
    connectTimeoutMs: opts.connectTimeoutMs,
    shutdownTimeoutMs: (runConfig ?? defaults).shutdown_timeout_ms,
    progress: opts.progress
      ? { stream: io.stderr, tty: Boolean(stderr.isTTY), intervalMs: stderr.isTTY ? 250 : opts.progressInterval * 1000 }
      : undefined,
    logger,
    signal,
    onRunning: () => {
      if (notice) io.stderr.write(notice);
    },
  });
  io.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return summary.status === 'interrupted' ? 1 : 0;
}

/** The end-of-job summary for a terminal. */
export function formatSummary(s: ReplaySummary): string {
  if (s.status === 'already_complete') {
    return `already complete: ${s.job} → ${s.target}\n  ${s.totals?.records ?? 0} records replayed earlier (checkpoint ${s.checkpoint}); pass --restart to replay it again\n`;
  }
  if (s.status === 'dry_run' && s.report) return formatDryRun(s, s.report);
  const lines = [
    `replay ${s.status === 'complete' ? 'complete' : 'interrupted (resume with --resume)'}: ${s.job} → ${s.target}`,
    `  records: ${s.records}   dead-lettered: ${s.dead_lettered}   partitions: ${s.partitions}   duration: ${fmtEta(Math.round(s.duration_ms / 1000))}${s.resumed ? '   (resumed)' : ''}`,
  ];
  if (s.totals && s.resumed) lines.push(`  all runs of this job: ${s.totals.records} records, ${s.totals.dead_lettered} dead-lettered`);
  lines.push(`  policy ${s.policy}, key ${s.key_id}; checkpoint ${s.checkpoint}`);
  const findings = Object.entries(s.findings).sort((a, b) => b[1] - a[1]);
  if (findings.length > 0)
    lines.push(
      '',
      table(
        ['ENTITY', 'FINDINGS'],
        findings.map(([e, n]) => [e, String(n)]),
      ),
    );
  return `${lines.join('\n')}\n`;
}

function formatDryRun(s: ReplaySummary, r: ReplayScanReport): string {
  const rejected =
    Object.entries(r.rejected)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || '0';
  const lines = [
    `dry run (nothing written): ${s.job}`,
    `records: ${r.records}   with findings: ${r.records_with_findings}   rejected: ${rejected}`,
    `policy: ${r.policy}`,
    '',
    table(
      ['ENTITY', 'FINDINGS'],
      Object.entries(r.entities)
        .sort((a, b) => b[1] - a[1])
        .map(([e, n]) => [e, String(n)]),
    ),
    '',
    table(
      ['PATH', 'ENTITY', 'DETECTOR', 'FINDINGS'],
      r.paths.map((p) => [p.path, p.entity, p.detector, String(p.count)]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Registers `replay` on the program. */
export function addReplayCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('replay')
    .description(
      'Push a range of Kafka history through the current policy into a topic or the sinks of `run` (a bounded job; checkpointed, resumable)',
    )
    .option('-t, --topic <names>', 'source topic (repeatable, or comma-separated)', collect)
    .option('--topic-regex <re>', 'also every existing topic whose name matches (JavaScript regex)')
    .option('-b, --brokers <list>', 'bootstrap brokers host:port,… (default: from --config)')
    .option('--client-id <id>', 'Kafka client id')
    .addOption(new Option('--sasl-mechanism <m>', 'SASL mechanism').choices(['plain', 'scram-sha-256', 'scram-sha-512']))
    .option('--sasl-username <user>', 'SASL user name')
    .option('--sasl-password-env <var>', 'environment variable holding the SASL password', 'AUDITMASK_KAFKA_PASSWORD')
    .option('--tls', 'TLS to the brokers (system CAs)')
    .option('--tls-ca-file <file>', 'TLS with this CA bundle (PEM)')
    .option('-c, --config <file>', 'run config: its kafka connection, policy, key, pool and dead_letter are used')
    .option('--since <time>', 'start at the first record at or after this time (ISO 8601 or epoch ms)')
    .option('--from <spec>', 'start at `earliest`, or at <topic>:<partition>:<offset>,… (only those partitions)')
    .option('--until <time>', 'stop before the first record at or after this time (default: the end offsets when the job first starts)')
    .option('--to-topic <topic>', 'target topic: a name, or a template such as audit.clean.{source_topic}')
    .option('--strip-prefix <prefix>', 'with a {source_topic} template: removed from the source topic first')
    .option('--sink-config <file>', 'YAML with `sinks:` (and `dead_letter:`) as in the run config; a run config works too')
    .option('--dry-run', 'write nothing: report what would be masked (counts per entity and path, never a value)')
    .option('-p, --policy <file>', 'policy YAML (default: the run config’s, else the built-in policy)')
    .option('-k, --key-file <file>', 'token key file (else the run config’s, AUDITMASK_HMAC_KEY_FILE / AUDITMASK_HMAC_KEY)')
    .addOption(new Option('--format <format>', 'how record values are decoded').choices(['json', 'otlp_log']).default('json'))
    .option('--checkpoint <file>', 'checkpoint file (default: <data dir>/replay/<job hash>.json)')
    .option('--resume', 'continue an interrupted replay of the same job from its checkpoint')
    .option('--restart', 'start over, discarding the checkpoint (also replays a completed job again)')
    .option('--rate <n>', 'at most n records per second, all partitions together', positiveNumber)
    .option('--batch-size <n>', 'records per batch (the unit of acknowledgement and checkpoint)', positiveInt('--batch-size'), 500)
    .option('--partitions-concurrently <n>', 'partitions replayed at the same time', positiveInt('--partitions-concurrently'), 4)
    .option('--connect-timeout-ms <ms>', 'bound on reaching the brokers', positiveInt('--connect-timeout-ms'), 10_000)
    .option(
      '--progress-interval <s>',
      'seconds between JSON progress lines when stderr is not a terminal',
      positiveInt('--progress-interval'),
      5,
    )
    .option('--no-progress', 'no progress output')
    .option('--json', 'the final summary (or dry-run report) as JSON on stdout')
    .addOption(
      new Option('--log-level <level>', 'level of log lines on stderr').choices(['debug', 'info', 'warn', 'error']).default('warn'),
    )
    .addHelpText(
      'after',
      `
Examples:
  auditmask replay -b kafka:9092 -t audit.raw --since 2026-10-01T00:00:00Z --until 2026-11-01T00:00:00Z --to-topic audit.clean.v2
  auditmask replay -c auditmask.yaml --topic-regex '^audit\\.raw\\.' --from earliest --to-topic 'audit.clean.{source_topic}' --strip-prefix audit.raw. --rate 5000
  auditmask replay -c auditmask.yaml -t audit.raw --from earliest --sink-config siem.yaml --resume
  auditmask replay -b kafka:9092 -t audit.raw --since 2026-11-27T00:00:00Z --dry-run
`,
    )
    .action(async (opts: ReplayCliOptions) => {
      const controller = new AbortController();
      let signalled = false;
      const onSignal = () => {
        if (signalled) return;
        signalled = true;
        io.stderr.write('auditmask: stopping the replay: finishing the batches in flight, then saving the checkpoint\n');
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        setExitCode(await replayCommand(opts, io, controller.signal));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
