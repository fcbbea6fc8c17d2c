import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Document, isMap, isScalar, isSeq, stringify } from 'yaml';
import { z } from 'zod';
import { componentDefinition, type ComponentDeps, type ComponentKind } from '../components/registry.js';
import { type HmacKey, randomHmacKey, readHmacKey } from '../config/hmac-key.js';
import { type ComponentEntry, displayConfig, loadRunConfig, type RunConfig, runConfigSchema } from '../config/run-config.js';
import { defaultPolicy, type LoadedPolicy, policyFromText } from '../engine/index.js';
import { AuditmaskError, type ConfigIssue, ConfigError } from '../errors.js';
import { createLogger, type Logger } from '../log/logger.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { DeadLetterSink, Sink, Source } from '../pipeline/types.js';
import { MaskPool } from '../pool/mask-pool.js';
import { type OtlpExportPlan, OtlpSelfExport, otlpExportPlan, selfExportLoop } from '../telemetry/otlp-export.js';
import { RunTelemetry } from '../telemetry/run-telemetry.js';
import type { Io } from './mask-command.js';

/** Everything `auditmask run` needs, validated: config, policy (text for the workers) and key. */
export interface PreparedRun {
  config: RunConfig;
  configSource: string;
  policy: LoadedPolicy;
  /** The policy YAML for the workers; undefined → built-in policy. */
  policyText: string | undefined;
  key: HmacKey;
  /** Where auditmask's own spans and logs go over OTLP; undefined: nowhere. */
  selfExport: OtlpExportPlan | undefined;
}

/**
 * The daemon's logger and, when an OTLP endpoint is configured, the export of its spans and of
 * every line it writes (src/telemetry/otlp-export.ts). The SDK's own complaints (collector
 * unreachable) go through a second logger to stderr only: exporting them could loop.
 */
function runLogging(run: PreparedRun, io: Io): { logger: Logger; selfExport: OtlpSelfExport | undefined } {
  const options = { level: run.config.log_level, stream: io.stderr, base: { app: 'auditmask' } };
  const stderrLogger = createLogger(options);
  if (!run.selfExport) return { logger: stderrLogger, selfExport: undefined };
  const selfExport = new OtlpSelfExport(run.selfExport, (message) =>
    stderrLogger.warn({ component: 'otlp_self_export' }, `self-telemetry export: ${message}`),
  );
  const logger = createLogger({ ...options, copyTo: (line) => selfExport.logLine(line) });
  const urls = [selfExport.plan.tracesUrl, selfExport.plan.logsUrl].flatMap((u) => (u ? [withoutCredentials(u)] : []));
  logger.info({ http: urls.join(' ') }, "exporting auditmask's own spans and logs over OTLP");
  return { logger, selfExport };
}

/** A URL as it may be logged: no user or password. */
function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '[invalid url]';
  }
}

/** Listen addresses of the OTLP sources in the config (their defaults when not set). */
function ownOtlpAddresses(config: RunConfig): string[] {
  return (config.sources as ComponentEntry[])
    .filter((s) => s.type === 'otlp')
    .flatMap((s) => [s.http_endpoint ?? '127.0.0.1:4318', s.grpc_endpoint ?? '127.0.0.1:4317'])
    .filter((a): a is string => typeof a === 'string');
}

/**
 * Loads and checks the config, the policy and the key, reporting every problem at once (one
 * ConfigError, exit code 2). The key never appears in messages.
 */
export function prepareRun(file: string | undefined): PreparedRun {
  const { config, source } = loadRunConfig(file);
  const issues: ConfigIssue[] = [];
  let policy = defaultPolicy();
  let policyText: string | undefined;
  if (config.policy !== undefined) {
    try {
      policyText = readFileSync(config.policy, 'utf8');
      policy = policyFromText(policyText, config.policy);
    } catch (err) {
      issues.push(...nested('policy', err));
    }
  }
  let key: HmacKey | undefined;
  try {
    key = resolveKey(config);
  } catch (err) {
    issues.push(...nested('key', err));
  }
  if (!key && issues.every((i) => i.path !== 'key')) {
    if (config.key.random_ok) key = randomHmacKey();
    else {
      issues.push({
        path: 'key',
        message: `no HMAC key found (key.file, $${config.key.env}, $AUDITMASK_HMAC_KEY_FILE): provide one (e.g. \`openssl rand -hex 32\`, written as hex:<digits>), or set key.random_ok: true for development`,
      });
    }
  }
  const selfExport = otlpExportPlan(config.telemetry.otlp);
  const loop = selfExport && selfExportLoop(selfExport, ownOtlpAddresses(config));
  if (loop) {
    issues.push({
      path: 'telemetry.otlp.endpoint',
      message: `auditmask's own telemetry would be sent to ${loop}, which is this process's own OTLP source: its logs would come back in as records. Point it at your collector (or unset OTEL_EXPORTER_OTLP_ENDPOINT)`,
    });
  }
  if (issues.length > 0 || !key) throw new ConfigError(source, issues);
  return { config, configSource: source, policy, policyText, key, selfExport };
}

function resolveKey(config: RunConfig): HmacKey | undefined {
  if (config.key.file) return readHmacKey({ keyFile: config.key.file });
  return readHmacKey({
    env: {
      AUDITMASK_HMAC_KEY_FILE: process.env.AUDITMASK_HMAC_KEY_FILE,
      AUDITMASK_HMAC_KEY: process.env[config.key.env],
      AUDITMASK_HMAC_KEY_ID: process.env.AUDITMASK_HMAC_KEY_ID,
    },
  });
}

/** Re-homes the issues of a nested ConfigError (the policy file, the key) under `path`. */
function nested(path: string, err: unknown): ConfigIssue[] {
  if (err instanceof ConfigError) {
    return err.issues.map((i) => ({
      path,
      message: `${err.file ?? ''}${i.line === undefined ? '' : `:${i.line}`} ${i.path ? `${i.path}: ` : ''}${i.message}`.trim(),
    }));
  }
  const e = err as NodeJS.ErrnoException;
  return [{ path, message: `cannot read ${e.path ?? 'it'} (${e.code ?? e.name}): check the path and permissions` }];
}

interface Components {
  sources: Source[];
  sinks: Sink[];
  deadLetter: DeadLetterSink;
  /** Risks in the valid config (`path: message`), from the components' `warnings`. */
  warnings: string[];
}

/** Creates every component through the registry; every failure is reported at once. */
export function createComponents(config: RunConfig, configSource: string, logger: Logger): Components {
  const issues: ConfigIssue[] = [];
  const warnings: string[] = [];
  const make = <T>(kind: ComponentKind, entry: ComponentEntry, path: string): T | undefined => {
    const def = componentDefinition(kind, entry.type);
    const deps: ComponentDeps = { logger: logger.child({ component: entry.id ?? kind }) };
    try {
      if (!def) throw new ConfigError(undefined, [{ path: '', message: `unknown ${kind} type "${entry.type}"` }]);
      const created = def.create(entry as never, deps) as T;
      for (const w of def.warnings?.(entry as never) ?? []) warnings.push(`${path} (${entry.id ?? entry.type}): ${w}`);
      return created;
    } catch (err) {
      if (err instanceof ConfigError)
        issues.push(...err.issues.map((i) => ({ ...i, path: i.path && i.path !== entry.type ? `${path}.${i.path}` : path })));
      else issues.push({ path, message: `cannot be created: ${(err as Error).message}` });
      return undefined;
    }
  };
  const sources = (config.sources as ComponentEntry[]).map((e, i) => make<Source>('source', e, `sources[${i}]`));
  const sinks = (config.sinks as ComponentEntry[]).map((e, i) => make<Sink>('sink', e, `sinks[${i}]`));
  const deadLetter = make<DeadLetterSink>('dead_letter', { ...(config.dead_letter as ComponentEntry), id: 'dead_letter' }, 'dead_letter');
  if (issues.length > 0 || !deadLetter) throw new ConfigError(configSource, issues);
  return { sources: sources as Source[], sinks: sinks as Sink[], deadLetter, warnings };
}

export interface RunOptions {
  config?: string;
  /** Keep running after finite sources ended (overrides `follow: false` in the config). */
  follow?: boolean;
}

/**
 * `auditmask run`: validates everything (exit 2 with every problem listed), starts the pool, the
 * sinks, then the sources, and runs until SIGTERM/SIGINT (or `stop` aborts), or, when every source
 * is finite (file) and `follow` is off, until all of them were read to the end: then stops the
 * sources, drains what is in flight, flushes the sinks and resolves 0, or 1 when the drain did not
 * finish within shutdown_timeout_ms (what was not acknowledged is redelivered by the sources) or a
 * finite source could not read all of its input.
 */
export async function runCommand(opts: RunOptions, io: Io, stop?: AbortSignal): Promise<number> {
  const run = prepareRun(opts.config);
  const { config } = run;
  const { logger, selfExport } = runLogging(run, io);
  if (run.key.source === 'random') {
    logger.warn(
      { key_id: run.key.id },
      'no HMAC key configured: using a random key for this run; tokens will not match those of other runs (set AUDITMASK_HMAC_KEY or key.file)',
    );
  }
  const telemetry = new RunTelemetry(config.telemetry, run.policy, logger.child({ component: 'telemetry' }), selfExport?.traces);
  let created: Components;
  try {
    created = createComponents(config, run.configSource, logger);
  } catch (err) {
    await telemetry.close();
    await selfExport?.shutdown();
    throw err;
  }
  const components = telemetry.instrument(created);
  const pool = new MaskPool({
    threads: config.pool.threads,
    maxQueue: config.pool.max_queue,
    taskTimeoutMs: config.pool.task_timeout_ms,
    batchMaxRecords: config.pool.batch_max_records,
    maxAttempts: config.pool.max_attempts,
    ...(run.policyText === undefined ? {} : { policyText: run.policyText, policyFile: config.policy }),
    key: run.key,
    ...(config.vault ? { vault: config.vault } : {}),
    logger: logger.child({ component: 'pool' }),
  });
  try {
    await pool.warmUp();
    await telemetry.listen();
  } catch (err) {
    await pool.close().catch(() => {});
    await telemetry.close();
    await selfExport?.shutdown();
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('EADDR'))
      throw new ConfigError(run.configSource, [
        {
          path: 'telemetry.metrics.listen',
          message: `cannot listen on ${config.telemetry.metrics.listen} (${err.code}); is another process using the port? Change it or set telemetry.metrics.enabled: false`,
        },
      ]);
    throw new AuditmaskError(`the worker pool cannot start: ${(err as Error).message}`, { cause: err });
  }
  const pipeline = new Pipeline({
    ...components,
    masker: telemetry.instrumentPool(pool),
    maxInFlightBatches: config.pipeline.max_in_flight_batches,
    maxInFlightBytes: config.pipeline.max_in_flight_bytes,
    logger: logger.child({ component: 'pipeline' }),
  });
  telemetry.watchPipeline(pipeline);

  let requestStop: (why: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => {
    requestStop = resolve;
  });
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal (a wrapper such as npm forwards the one the terminal also delivers) changes
    // nothing: shutdown_timeout_ms bounds the drain.
    if (signalled) {
      logger.info({ signal }, 'already shutting down');
      return;
    }
    signalled = true;
    telemetry.setRunning(false);
    logger.info({ signal }, 'shutting down: stop accepting, drain, flush');
    requestStop(signal);
  };
  let crashed = false;
  const onUncaught = (err: Error) => {
    // A bug: state may be inconsistent, so shut down, but cleanly (drain, flush), and exit 1.
    crashed = true;
    logger.error({ err: { name: err?.name, message: err?.message } }, 'uncaught exception: shutting down');
    requestStop('uncaughtException');
  };
  const onUnhandled = (reason: unknown) => {
    // A bug somewhere: logged (never with record content), and the process goes on.
    logger.error({ err: reason instanceof Error ? { name: reason.name, message: reason.message } : String(reason) }, 'unhandled rejection');
  };
  // Signal handlers do not keep Node alive: this timer does, until the shutdown is complete.
  const keepAlive = setInterval(() => {}, 1 << 30);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUncaught);
  stop?.addEventListener('abort', () => requestStop('abort'), { once: true });
  const inputComplete = watchFiniteSources(components.sources, !(opts.follow || config.follow), () => {
    telemetry.setRunning(false);
    logger.info({}, 'every source read to the end: stop, drain, flush');
    requestStop('input_end');
  });
  try {
    try {
      await pipeline.start();
      telemetry.setRunning(!signalled);
    } catch (err) {
      throw new ConfigError(run.configSource, [{ path: '', message: `startup failed: ${(err as Error).message}` }]);
    }
    logger.info(
      {
        config: run.configSource,
        policy: run.policy.hash,
        key_id: run.key.id,
        threads: config.pool.threads,
        sources: (config.sources as ComponentEntry[]).map((s) => `${s.id}:${s.type}`),
        sinks: (config.sinks as ComponentEntry[]).map((s) => `${s.id}:${s.type}`),
      },
      'auditmask running',
    );
    await stopRequested;
    telemetry.setRunning(false);
    const { drained } = await pipeline.stop(config.shutdown_timeout_ms);
    logger.info({ drained, ...pipeline.stats }, drained ? 'stopped cleanly' : 'stopped at the shutdown deadline');
    return drained && !crashed && inputComplete() ? 0 : 1;
  } finally {
    await telemetry.close();
    await selfExport?.shutdown();
    clearInterval(keepAlive);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUncaught);
  }
}

/**
 * When `enabled` and every source is finite (has `ended`), calls `onEnd` once all of them ended.
 * Returns whether every ended source read all of its input (true while none ended).
 */
function watchFiniteSources(sources: Source[], enabled: boolean, onEnd: () => void): () => boolean {
  let complete = true;
  const ends = sources.map((s) => s.ended);
  for (const e of ends)
    void e?.then((r) => {
      if (!r.complete) complete = false;
    });
  if (enabled && ends.every((e) => e !== undefined)) void Promise.all(ends).then(onEnd);
  return () => complete;
}

/** Registers `run` and `config check|show` on the program. */
export function addRunCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('run')
    .description(
      'Run the processor: sources → masking workers → sinks, until SIGTERM/SIGINT, or until every source is a file read to the end (no --config: OTLP on 127.0.0.1:4318/4317 in, JSON Lines files out)',
    )
    .option('-c, --config <file>', 'run config YAML (see `auditmask config show` for every field and its default)')
    .option('--follow', 'keep running after file sources were read to the end (config: follow: true)')
    .addHelpText(
      'after',
      '\nExamples:\n  auditmask run\n  auditmask run --config auditmask.yaml\n  auditmask run --config batch-job.yaml   # file sources: exits 0 once all is written\n',
    )
    .action(async (opts: RunOptions) => {
      setExitCode(await runCommand(opts, io));
    });

  const config = program.command('config').description('Check and show run configs');
  config
    .command('check')
    .description('Validate a run config, its policy and its key: every problem with its line; exit 2 when invalid')
    .argument('<file>', 'run config YAML')
    .action((file: string) => {
      // Every problem at once: the policy's and the key's, and the components' (ports, files,
      // environment variables) as soon as the config itself loads.
      const issues: ConfigIssue[] = [];
      let run: PreparedRun | undefined;
      try {
        run = prepareRun(file);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        issues.push(...err.issues);
      }
      let config = run?.config;
      if (config === undefined) {
        try {
          config = loadRunConfig(file).config;
        } catch {
          // The config's own issues are already in `issues`.
        }
      }
      let warnings: string[] = [];
      if (config !== undefined) {
        try {
          warnings = createComponents(config, file, createLogger({ level: 'silent' })).warnings;
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          issues.push(...err.issues);
        }
      }
      for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
      if (issues.length > 0 || run === undefined) throw new ConfigError(file, issues);
      const ids = (list: unknown[]) => (list as ComponentEntry[]).map((c) => `${c.id} (${c.type})`).join(', ');
      io.stdout.write(
        `ok: ${file}: sources ${ids(run.config.sources)}; sinks ${ids(run.config.sinks)}; policy ${run.policy.source} (${run.policy.hash}); key ${run.key.source === 'random' ? 'random (random_ok)' : `from ${run.key.source}`}\n`,
      );
    });
  config
    .command('show')
    .description('Print a run config with every default filled in (the built-in default when no file is given); secrets print as [secret]')
    .argument('[file]', 'run config YAML')
    .option('--explain', 'each field preceded by its description as a comment')
    .action((file: string | undefined, opts: { explain?: boolean }) => {
      const { config: c, source } = loadRunConfig(file);
      const shown = displayConfig(c);
      io.stdout.write(`# ${source}\n${opts.explain ? explainConfig(shown) : stringify(shown)}`);
    });
}

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: unknown;
};

/** The config as YAML with each field's schema description as a comment above it. */
export function explainConfig(shown: unknown): string {
  const schema = z.toJSONSchema(runConfigSchema(), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const doc = new Document(shown);
  const pick = (js: JsonSchema | undefined, value: unknown): JsonSchema | undefined => {
    const options = js?.oneOf ?? js?.anyOf;
    if (!options) return js;
    const type = (value as { type?: unknown } | null)?.type;
    return options.find((o) => o.properties?.type?.const === type) ?? js;
  };
  const walk = (node: unknown, js: JsonSchema | undefined, value: unknown): void => {
    const here = pick(js, value);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const child = here?.properties?.[key];
        const text = child?.description ?? pick(child, (value as Record<string, unknown>)?.[key])?.description;
        if (text && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
        walk(pair.value, child, (value as Record<string, unknown>)?.[key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item, here?.items, (value as unknown[])[i]);
      });
    }
  };
  walk(doc.contents, schema, shown);
  return doc.toString({ lineWidth: 0 });
}
