import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Admin, Kafka } from 'kafkajs';
import { stringify } from 'yaml';
import { z } from 'zod';
import { createComponents } from '../topology/components.js';
import { componentSchema } from '../core/registry.js';
import type { HmacKey } from '../config/hmac-key.js';
import type { ComponentEntry, RunConfig } from '../config/run-config.js';
import { Secret } from '../core/secret.js';
import type { LoadedPolicy } from '../engine/index.js';
import { parseYamlWithSchema } from '../core/yaml-schema.js';
import { AuditmaskError, ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../log/logger.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { DeadLetterSink, Sink } from '../core/component.js';
import type { RecordFormat } from '../core/format-types.js';
import { MaskPool } from '../pool/mask-pool.js';
import { processMetrics } from '../telemetry/metrics.js';
import { createKafkaClient, type KafkaConnectionConfig, kafkaConnectionOptions } from '../kafka/connection.js';
import {
  type CheckpointState,
  CheckpointWriter,
  checkpointKey,
  defaultCheckpointFile,
  readCheckpoint,
  removeCheckpoint,
} from './checkpoint.js';
import { ProgressReporter, type ProgressSnapshot } from './progress.js';
import { type PartitionRange, type RangeSpec, type ResolvedRange, rangeSize, resolveRange, tpKey, withDeadline } from './range.js';
import { TokenBucket } from './rate-limit.js';
import { ReplaySource } from './reader.js';
import { type ReplayScanReport, ScanReportSink } from './report.js';

/** Where replayed records go. */
export type ReplayTarget =
  /** A Kafka topic through the `kafka` sink: a fixed name or a `{source_topic}` template. */
  | { kind: 'topic'; topic: string; stripPrefix?: string | undefined; compression?: 'none' | 'gzip' }
  /** The sinks (and dead-letter sink) of a sink config, created as `auditmask run` creates them. */
  | { kind: 'sinks'; sinks: ComponentEntry[]; deadLetter: ComponentEntry; source: string }
  /** Nothing is written: the scan report of the range. */
  | { kind: 'dry-run' };

export interface ReplayJobOptions {
  /** Kafka connection settings as written (YAML/flags shape: brokers, sasl, tls…), validated here. */
  connection: Record<string, unknown>;
  spec: RangeSpec;
  target: ReplayTarget;
  /** The dead-letter sink for a topic target (default: the `file` dead-letter sink). */
  deadLetter?: ComponentEntry | undefined;
  format: RecordFormat;
  policy: LoadedPolicy;
  policyText?: string | undefined;
  policyFile?: string | undefined;
  key: HmacKey;
  pool: RunConfig['pool'];
  pipeline: RunConfig['pipeline'];
  /** Checkpoint file; default `<data dir>/replay/<key>.json`. */
  checkpoint?: string | undefined;
  resume: boolean;
  restart: boolean;
  /** Records per second, all partitions together; undefined: no limit. */
  rate?: number | undefined;
  batchSize: number;
  partitionsConcurrently: number;
  /** Bound on reaching the brokers at start. */
  connectTimeoutMs: number;
  /** Bound on draining and flushing at the end or on a stop request. */
  shutdownTimeoutMs: number;
  progress?: { stream: NodeJS.WritableStream; tty: boolean; intervalMs: number } | undefined;
  logger?: Logger;
  /** Called once the range is resolved and checked, just before records flow (for notices). */
  onRunning?: () => void;
  /** Aborting stops the job cleanly: what was acknowledged is checkpointed, `--resume` continues. */
  signal?: AbortSignal | undefined;
}

export interface ReplaySummary {
  status: 'complete' | 'already_complete' | 'interrupted' | 'dry_run';
  checkpoint: string | null;
  /** The job as specified, for messages. */
  job: string;
  partitions: number;
  /** Offsets in the range (records, less compaction gaps). */
  range_offsets: string;
  /** Records replayed by this run. */
  records: number;
  dead_lettered: number;
  /** Findings per entity in this run. */
  findings: Record<string, number>;
  duration_ms: number;
  /** True when this run continued an interrupted one. */
  resumed: boolean;
  /** Totals of every run of this job (a resumed job includes the interrupted runs). */
  totals: { records: number; dead_lettered: number; findings: Record<string, number>; duration_ms: number } | null;
  target: string;
  policy: string;
  key_id: string;
  /** `--dry-run`: the scan report. */
  report?: ReplayScanReport;
  progress?: ProgressSnapshot;
}

/** A usage problem with the command line or the range (exit 2). */
function usage(path: string, message: string): ConfigError {
  return new ConfigError('command line', [{ path, message }]);
}

const SOURCE_TOPIC = '{source_topic}';

/** The topic a record of `sourceTopic` goes to (the Kafka sink's mapping: fixed, or a template). */
export function mapTopic(topic: string, stripPrefix: string | undefined, sourceTopic: string): string {
  if (!topic.includes(SOURCE_TOPIC)) return topic;
  const name = stripPrefix && sourceTopic.startsWith(stripPrefix) ? sourceTopic.slice(stripPrefix.length) : sourceTopic;
  return topic.split(SOURCE_TOPIC).join(name);
}

export function describeTarget(t: ReplayTarget): string {
  if (t.kind === 'topic') return `topic ${t.topic}${t.stripPrefix ? ` (strip ${t.stripPrefix})` : ''}`;
  if (t.kind === 'sinks') return `sinks ${t.sinks.map((s) => `${s.id}:${s.type}`).join(',')} from ${t.source}`;
  return 'dry run';
}

export function describeSpec(spec: RangeSpec): string {
  const topics = [...spec.topics, ...(spec.topicRegex ? [`/${spec.topicRegex}/`] : [])].join(',');
  const start =
    spec.start.kind === 'earliest'
      ? 'earliest'
      : spec.start.kind === 'time'
        ? new Date(spec.start.ms).toISOString()
        : spec.start.offsets.map((o) => `${o.topic}:${o.partition}:${o.offset}`).join(',');
  const end = spec.end.kind === 'time' ? new Date(spec.end.ms).toISOString() : 'end offsets at start';
  return `${topics || '(topics of --from)'} from ${start} until ${end}`;
}

/** Secrets back to their text, so an already parsed config can be validated again as a component entry. */
function reveal(v: unknown): unknown {
  if (v instanceof Secret) return v.reveal();
  if (Array.isArray(v)) return v.map(reveal);
  if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = reveal(x);
    return out;
  }
  return v;
}

/** The Kafka connection fields of a parsed component entry (a run config's kafka source or sink). */
export function connectionOf(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(kafkaConnectionOptions)) if (entry[k] !== undefined) out[k] = reveal(entry[k]);
  return out;
}

function parseConnection(raw: Record<string, unknown>): KafkaConnectionConfig {
  return parseYamlWithSchema(stringify(raw), z.strictObject(kafkaConnectionOptions), 'command line') as KafkaConnectionConfig;
}

/** True when one of the bootstrap brokers accepts a TCP connection within `ms`. */
async function probeBrokers(brokers: readonly string[], ms: number): Promise<boolean> {
  const one = (b: string) =>
    new Promise<void>((resolve, reject) => {
      const i = b.lastIndexOf(':');
      const socket = connect({ host: b.slice(0, i), port: Number(b.slice(i + 1)) });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error('timeout'));
      }, ms);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.destroy();
        resolve();
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        socket.destroy();
        reject(err);
      });
    });
  try {
    await Promise.any(brokers.map(one));
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs one replay job to its end: resolves the range (or takes it from the checkpoint), then
 * reads it through the same pipeline and pool as `auditmask run` into the target, checkpointing
 * after every acknowledged batch. Throws ConfigError for usage problems (exit 2) and
 * AuditmaskError for runtime failures (exit 1); the checkpoint then lets `--resume` continue.
 *
 * Phases: read the previous run's checkpoint → reach the cluster → resolve the plan (range and
 * target checks) → start the pipeline → wait for the end (range read, failure or abort) → summary.
 */
export async function runReplay(o: ReplayJobOptions): Promise<ReplaySummary> {
  const log = o.logger ?? silentLogger;
  const started = Date.now();
  const dryRun = o.target.kind === 'dry-run';
  const targetText = describeTarget(o.target);
  const jobText = describeSpec(o.spec);
  const key = checkpointKey(o.spec, dryRun ? 'dry-run' : targetText);
  const checkpointFile = dryRun ? null : (o.checkpoint ?? defaultCheckpointFile(key));
  const base: SummaryBase = { checkpoint: checkpointFile, job: jobText, target: targetText, policy: o.policy.hash, key_id: o.key.id };

  const previous = checkPreviousRun(o, key, checkpointFile);
  if (previous?.complete) return alreadyCompleteSummary(base, previous, started);

  const cluster = await reachCluster(o, key, log);
  try {
    await withDeadline(
      cluster.admin.connect(),
      o.connectTimeoutMs,
      `the Kafka brokers ${cluster.brokers.join(',')} did not answer within ${Math.round(o.connectTimeoutMs / 1000)} s (check TLS/SASL settings)`,
    );
    cluster.adminConnected = true;
    const plan = await resolvePlan(o, cluster.admin, previous, jobText, log);
    const state = previous
      ? { ...previous, resumes: previous.resumes + 1 }
      : freshCheckpointState(o, key, `${jobText} → ${targetText}`, plan.range);
    // Written once records flow (a job that cannot even start leaves no checkpoint behind).
    const checkpoint = checkpointFile ? new CheckpointWriter(checkpointFile, state) : undefined;

    const running = await startReplayPipeline(o, { cluster, range: plan.range, state, checkpoint, log });
    await checkpoint?.flush();
    o.onRunning?.();
    running.progress?.start();
    log.info(
      {
        checkpoint: checkpointFile,
        partitions: plan.range.partitions.length,
        offsets: plan.size,
        resumed: Boolean(previous),
        group: cluster.groupId,
      },
      'replay running',
    );

    const outcome = await awaitEnd(o, running);
    if (outcome === 'complete') await checkpoint?.markComplete();
    else await checkpoint?.flush();
    const scan = running.report.finish();
    const summary: ReplaySummary = {
      ...base,
      status: outcome === 'interrupted' ? 'interrupted' : dryRun ? 'dry_run' : 'complete',
      partitions: plan.range.partitions.length,
      range_offsets: plan.size,
      records: running.run.records,
      dead_lettered: running.run.deadLettered,
      findings: { ...scan.entities },
      duration_ms: Date.now() - started,
      resumed: Boolean(previous),
      totals: checkpoint ? totalsOf(checkpoint.state) : null,
    };
    if (dryRun) summary.report = scan;
    if (running.progress) summary.progress = running.progress.snapshot();
    return summary;
  } finally {
    // The throwaway group held no offsets; remove it so it does not linger in group listings.
    if (cluster.adminConnected && cluster.groupUsed) await cluster.admin.deleteGroups([cluster.groupId]).catch(() => {});
    if (cluster.adminConnected) await cluster.admin.disconnect().catch(() => {});
  }
}

/** The fields every summary has, known before the job runs. */
type SummaryBase = Pick<ReplaySummary, 'checkpoint' | 'job' | 'target' | 'policy' | 'key_id'>;

/**
 * Phase 1, the previous run's checkpoint: none (or `--restart`: removed) → undefined; complete →
 * returned as is (nothing to do); interrupted → returned for `--resume`, refused without it, and
 * refused when it was started with another policy or key, or belongs to another job.
 */
function checkPreviousRun(o: ReplayJobOptions, key: string, checkpointFile: string | null): CheckpointState | undefined {
  if (!checkpointFile) return undefined;
  const previous = readCheckpoint(checkpointFile);
  if (!previous) return undefined;
  if (previous.key !== key && !o.restart) {
    throw usage(
      '--checkpoint',
      `${checkpointFile} belongs to another replay (${previous.description}); use another --checkpoint file, or --restart to overwrite it`,
    );
  }
  if (o.restart) {
    removeCheckpoint(checkpointFile);
    return undefined;
  }
  if (previous.complete) return previous;
  if (o.resume && (previous.policy !== undefined || previous.keyId !== undefined)) {
    const was = `policy ${previous.policy ?? '?'}, key ${previous.keyId ?? '?'}`;
    const now = `policy ${o.policy.hash}, key ${o.key.id}`;
    if (was !== now) {
      throw usage(
        '--resume',
        `this replay was started with ${was}; resuming with ${now} would mix two maskings in the target: resume with the same policy and key, or pass --restart`,
      );
    }
  }
  if (!o.resume) {
    throw usage(
      '--resume',
      `an interrupted replay of this range exists (${checkpointFile}, ${previous.totals.records} records done): pass --resume to continue it, or --restart to start over`,
    );
  }
  return previous;
}

function alreadyCompleteSummary(base: SummaryBase, previous: CheckpointState, started: number): ReplaySummary {
  return {
    ...base,
    status: 'already_complete',
    partitions: previous.range.partitions.length,
    range_offsets: totalOffsets(previous.range.partitions),
    records: 0,
    dead_lettered: 0,
    findings: {},
    duration_ms: Date.now() - started,
    resumed: false,
    totals: totalsOf(previous),
  };
}

/** The replay's Kafka client, its admin and the throwaway consumer group of the reader. */
interface ReplayCluster {
  kafka: Kafka;
  admin: Admin;
  brokers: readonly string[];
  groupId: string;
  /** Set once the admin connected: it is disconnected at the end. */
  adminConnected: boolean;
  /** Set once the reader may have joined the group: it is deleted at the end. */
  groupUsed: boolean;
}

/** Phase 2: the connection settings checked, a broker reachable within the bound, the client and its admin (not connected yet). */
async function reachCluster(o: ReplayJobOptions, key: string, log: Logger): Promise<ReplayCluster> {
  const connection = parseConnection(o.connection);
  if (!(await probeBrokers(connection.brokers, o.connectTimeoutMs))) {
    throw new AuditmaskError(
      `cannot reach any Kafka broker of ${connection.brokers.join(',')} within ${Math.round(o.connectTimeoutMs / 1000)} s: check --brokers (host:port of the client listener) and the network`,
    );
  }
  const kafka: Kafka = createKafkaClient(connection, log.child({ component: 'replay' }), 'replay');
  return {
    kafka,
    admin: kafka.admin(),
    brokers: connection.brokers,
    groupId: `auditmask-replay-${key.slice(0, 8)}-${randomBytes(4).toString('hex')}`,
    adminConnected: false,
    groupUsed: false,
  };
}

/**
 * Phase 3: the range (the checkpoint's, or resolved from the spec), refused when it is empty or
 * the target would write into a source topic; a warning for target topics that do not exist yet.
 */
async function resolvePlan(
  o: ReplayJobOptions,
  admin: Admin,
  previous: CheckpointState | undefined,
  jobText: string,
  log: Logger,
): Promise<{ range: ResolvedRange; size: string }> {
  const range: ResolvedRange = previous
    ? previous.range
    : await withDeadline(resolveRange(admin, o.spec), o.connectTimeoutMs * 3, 'resolving the topics and offsets timed out');
  const sourceTopics = new Set(range.partitions.map((p) => p.topic));
  if (!previous) checkTarget(o.target, sourceTopics);
  const size = totalOffsets(range.partitions);
  if (BigInt(size) === 0n) {
    throw usage(
      o.spec.start.kind === 'time' || o.spec.end.kind === 'time' ? '--since/--until' : '--from',
      `no records in the range (${jobText}): nothing to replay${range.partitions.length === 0 ? ' (no partition selected)' : ''}`,
    );
  }
  if (o.target.kind === 'topic') {
    const existing = new Set(await admin.listTopics());
    const t = o.target;
    const missing = [...new Set([...sourceTopics].map((s) => mapTopic(t.topic, t.stripPrefix, s)))].filter((x) => !existing.has(x));
    if (missing.length > 0) {
      log.warn(
        { topics: missing },
        'target topic does not exist yet: the broker creates it with its defaults if auto.create.topics.enable is on, otherwise the replay fails; create it first to choose partitions and retention',
      );
    }
  }
  return { range, size };
}

/** The checkpoint of a job's first run: every partition at the start of its range. */
function freshCheckpointState(o: ReplayJobOptions, key: string, description: string, range: ResolvedRange): CheckpointState {
  const now = new Date().toISOString();
  return {
    v: 1,
    key,
    description,
    range,
    positions: Object.fromEntries(range.partitions.map((p) => [tpKey(p.topic, p.partition), p.start])),
    complete: false,
    startedAt: now,
    updatedAt: now,
    totals: { records: 0, deadLettered: 0, findings: {}, durationMs: 0 },
    resumes: 0,
    policy: o.policy.hash,
    keyId: o.key.id,
  };
}

/** A started replay: what awaitEnd and the summary need. */
interface RunningReplay {
  pipeline: Pipeline;
  source: ReplaySource;
  report: ScanReportSink;
  progress: ProgressReporter | undefined;
  /** Counts of this run, advanced on every acknowledged batch. */
  run: { records: number; deadLettered: number };
}

/**
 * Phase 4: the components (the target's sinks or the report alone, the pool, the reader), wired
 * into a pipeline as `auditmask run` wires them, and started. Every acknowledged batch advances
 * the run's counts, the progress display and the checkpoint.
 */
async function startReplayPipeline(
  o: ReplayJobOptions,
  at: {
    cluster: ReplayCluster;
    range: ResolvedRange;
    state: CheckpointState;
    checkpoint: CheckpointWriter | undefined;
    log: Logger;
  },
): Promise<RunningReplay> {
  const { log, checkpoint } = at;
  const report = new ScanReportSink(o.policy.hash);
  const run = { records: 0, deadLettered: 0 };
  let sinks: Sink[];
  let deadLetter: DeadLetterSink;
  if (o.target.kind === 'dry-run') {
    sinks = [report];
    deadLetter = report.countingDeadLetter();
  } else {
    const made = createSinks(o);
    sinks = [...made.sinks, report];
    deadLetter = made.deadLetter;
    report.onFindings = (f) => checkpoint?.addFindings(f);
  }
  const pool = await startPool(o, log);
  const progress = o.progress ? new ProgressReporter(at.range.partitions, at.state.positions, o.progress) : undefined;
  const batchSize = o.rate ? Math.max(1, Math.min(o.batchSize, Math.floor(o.rate))) : o.batchSize;
  const source = new ReplaySource({
    kafka: at.cluster.kafka,
    partitions: at.range.partitions,
    positions: at.state.positions,
    groupId: at.cluster.groupId,
    format: o.format,
    batchSize,
    rate: o.rate ? new TokenBucket(o.rate) : undefined,
    partitionsConcurrently: o.partitionsConcurrently,
    maxBytesPerPartition: 1024 * 1024,
    maxAttempts: 8,
    retryBackoffMaxMs: 10_000,
    logger: log.child({ component: 'replay_reader' }),
    onAck: async (tp, next, delta) => {
      run.records += delta.records;
      run.deadLettered += delta.deadLettered;
      progress?.update(tp, next, delta.records);
      await checkpoint?.advance(tp, next.toString(), delta);
    },
  });
  const pipeline = new Pipeline({
    sources: [source],
    sinks,
    deadLetter,
    masker: pool,
    maxInFlightBatches: o.pipeline.max_in_flight_batches,
    maxInFlightBytes: o.pipeline.max_in_flight_bytes,
    logger: log.child({ component: 'pipeline' }),
  });
  try {
    at.cluster.groupUsed = true;
    await pipeline.start();
  } catch (err) {
    throw new AuditmaskError(`the replay cannot start: ${(err as Error).message}`, { cause: err });
  }
  return { pipeline, source, report, progress, run };
}

/** The worker pool, its workers up (a worker that cannot start fails the job here). */
async function startPool(o: ReplayJobOptions, log: Logger): Promise<MaskPool> {
  const pool = new MaskPool({
    threads: o.pool.threads,
    maxQueue: o.pool.max_queue,
    taskTimeoutMs: o.pool.task_timeout_ms,
    batchMaxRecords: o.pool.batch_max_records,
    maxAttempts: o.pool.max_attempts,
    ...(o.policyText === undefined ? {} : { policyText: o.policyText, policyFile: o.policyFile }),
    key: o.key,
    logger: log.child({ component: 'pool' }),
    metrics: processMetrics,
  });
  try {
    await pool.warmUp();
  } catch (err) {
    await pool.close().catch(() => {});
    throw new AuditmaskError(`the worker pool cannot start: ${(err as Error).message}`, { cause: err });
  }
  return pool;
}

/**
 * Phase 5: waits until the range is read or `o.signal` aborts, then stops the pipeline (drain,
 * flush within shutdownTimeoutMs). A reader failure is thrown after the stop; a range read but
 * not drained in time counts as interrupted (the checkpoint has what was acknowledged).
 */
async function awaitEnd(o: ReplayJobOptions, running: RunningReplay): Promise<'complete' | 'interrupted'> {
  let outcome: 'complete' | 'interrupted' = 'complete';
  let failure: unknown;
  const aborted = new Promise<'interrupted'>((resolve) => {
    if (o.signal?.aborted) resolve('interrupted');
    o.signal?.addEventListener('abort', () => resolve('interrupted'), { once: true });
  });
  try {
    outcome = await Promise.race([running.source.done.then(() => 'complete' as const), aborted]);
  } catch (err) {
    failure = err;
  }
  const { drained } = await running.pipeline.stop(o.shutdownTimeoutMs);
  running.progress?.stop();
  if (failure) throw failure;
  return outcome === 'complete' && !drained ? 'interrupted' : outcome;
}

function totalOffsets(parts: readonly PartitionRange[]): string {
  let n = 0n;
  for (const p of parts) n += rangeSize(p);
  return n.toString();
}

function totalsOf(s: CheckpointState): ReplaySummary['totals'] {
  return {
    records: s.totals.records,
    dead_lettered: s.totals.deadLettered,
    findings: { ...s.totals.findings },
    duration_ms: s.totals.durationMs,
  };
}

/** A target topic that is one of the source topics would feed the replay its own output. */
function checkTarget(target: ReplayTarget, sourceTopics: ReadonlySet<string>): void {
  const check = (topic: string, strip: string | undefined, path: string) => {
    for (const s of sourceTopics) {
      const to = mapTopic(topic, strip, s);
      if (sourceTopics.has(to)) {
        throw usage(
          path,
          `records of "${s}" would be written to "${to}", which is a source topic of this replay: choose another target topic`,
        );
      }
    }
  };
  if (target.kind === 'topic') check(target.topic, target.stripPrefix, '--to-topic');
  if (target.kind === 'sinks') {
    target.sinks.forEach((s, i) => {
      if (s.type === 'kafka' && typeof s.topic === 'string')
        check(s.topic, typeof s.strip_prefix === 'string' ? s.strip_prefix : undefined, `sinks[${i}].topic`);
    });
  }
}

const sinkListShape = () => ({
  sinks: z.array(componentSchema('sink')).min(1, 'list at least one sink').describe('Where replayed records go (as in the run config).'),
  dead_letter: componentSchema('dead_letter')
    .prefault({ type: 'file' })
    .describe('Where records that cannot be masked go, raw, with the reason.'),
});
const sinkListSchema = () => z.strictObject(sinkListShape());

/**
 * `--sink-config FILE`: YAML with `sinks:` and optionally `dead_letter:`, validated as in the run
 * config. A whole run config is accepted too: its other keys (sources, policy…) are ignored here.
 */
export function parseSinkConfig(text: string, file: string): { sinks: ComponentEntry[]; dead_letter: ComponentEntry } {
  const parsed = parseYamlWithSchema(text, z.looseObject(sinkListShape()), file);
  return { sinks: parsed.sinks as ComponentEntry[], dead_letter: parsed.dead_letter as ComponentEntry };
}

/** Validates sink entries as a config file would be (`where` names it in messages). */
export function parseSinkList(raw: unknown, where: string): { sinks: ComponentEntry[]; dead_letter: ComponentEntry } {
  return parseYamlWithSchema(stringify(raw), sinkListSchema(), where) as { sinks: ComponentEntry[]; dead_letter: ComponentEntry };
}

/** The target's sinks and dead-letter sink, created through the registry as `auditmask run` does. */
function createSinks(o: ReplayJobOptions): { sinks: Sink[]; deadLetter: DeadLetterSink } {
  let list: { sinks: ComponentEntry[]; dead_letter: ComponentEntry };
  let where: string;
  if (o.target.kind === 'topic') {
    where = 'command line';
    const sink: Record<string, unknown> = {
      id: 'replay_target',
      type: 'kafka',
      ...o.connection,
      topic: o.target.topic,
      compression: o.target.compression ?? 'gzip',
    };
    if (o.target.stripPrefix) sink.strip_prefix = o.target.stripPrefix;
    const { id: _id, ...deadLetter } = (o.deadLetter ?? { type: 'file' }) as Record<string, unknown>;
    list = parseSinkList({ sinks: [sink], dead_letter: reveal(deadLetter) }, where);
  } else if (o.target.kind === 'sinks') {
    where = o.target.source;
    list = { sinks: o.target.sinks, dead_letter: o.target.deadLetter };
  } else {
    throw new AuditmaskError('a dry run has no sinks');
  }
  const made = createComponents(
    { sources: [], sinks: list.sinks, dead_letter: list.dead_letter } as unknown as RunConfig,
    where,
    o.logger ?? silentLogger,
  );
  return { sinks: made.sinks, deadLetter: made.deadLetter };
}
