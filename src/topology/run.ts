// Running a pipeline from a config until it is told to stop or its finite input ends (issue 17:
// topology layer; the CLI's `run` parses arguments and calls runPipeline).
import type { ComponentEntry } from '../config/run-config.js';
import type { TestFaults } from '../core/test-faults.js';
import { AuditmaskError, ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { createLogger } from '../log/logger.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { Source } from '../core/component.js';
import { MaskPool } from '../pool/mask-pool.js';
import { OtlpSelfExport } from '../telemetry/otlp-export.js';
import { KafkaVaultWriter } from '../kafka/vault-topic.js';
import { processMetrics } from '../telemetry/metrics.js';
import { RunTelemetry } from '../telemetry/run-telemetry.js';
import { type Components, createComponents } from './components.js';
import { type PreparedRun, prepareRun } from './prepare.js';

/** Where the run writes its own log lines (the CLI passes its stderr). */
export interface RunIo {
  stderr: NodeJS.WritableStream;
}

/**
 * The daemon's logger and, when an OTLP endpoint is configured, the export of its spans and of
 * every line it writes (src/telemetry/otlp-export.ts). The SDK's own complaints (collector
 * unreachable) go through a second logger to stderr only: exporting them could loop.
 */
function runLogging(run: PreparedRun, io: RunIo): { logger: Logger; selfExport: OtlpSelfExport | undefined } {
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

export interface RunOptions {
  config?: string;
  /** Keep running after finite sources ended (overrides `follow: false` in the config). */
  follow?: boolean;
  /** The fault-injection test seam (src/core/test-faults.ts; hidden flag `--internal-test-faults`). Never in production. */
  testFaults?: TestFaults;
}

/**
 * Runs a pipeline (`auditmask run`): validates everything (exit 2 with every problem listed), starts the pool, the
 * sinks, then the sources, and runs until SIGTERM/SIGINT (or `stop` aborts), or, when every source
 * is finite (file) and `follow` is off, until all of them were read to the end: then stops the
 * sources, drains what is in flight, flushes the sinks and resolves 0, or 1 when the drain did not
 * finish within shutdown_timeout_ms (what was not acknowledged is redelivered by the sources) or a
 * finite source could not read all of its input.
 */
export async function runPipeline(opts: RunOptions, io: RunIo, stop?: AbortSignal): Promise<number> {
  const run = prepareRun(opts.config);
  const { config } = run;
  const { logger, selfExport } = runLogging(run, io);
  if (run.key.source === 'random') {
    logger.warn(
      { key_id: run.key.id },
      'no token key configured: using a random key for this run; tokens will not match those of other runs (set AUDITMASK_HMAC_KEY or key.file)',
    );
  }
  if (run.vault?.deprecatedEntities) {
    logger.warn(
      { entities: run.vault.entities },
      'vault.entities in the run config is deprecated: name the types in the policy (vault: { entities: [...] }) and remove it here',
    );
  }
  if (opts.testFaults)
    logger.warn(
      { test_faults: opts.testFaults },
      "TEST FAULTS ENABLED (--internal-test-faults): for auditmask's own tests only, never in production",
    );
  const telemetry = new RunTelemetry(config.telemetry, run.policy, logger.child({ component: 'telemetry' }), selfExport?.traces);
  let created: Components;
  try {
    created = createComponents(config, run.configSource, logger, opts.testFaults);
  } catch (err) {
    await telemetry.close();
    await selfExport?.shutdown();
    throw err;
  }
  const components = telemetry.instrument(created);
  // A Kafka vault: the workers return sealed pairs, produced here before their batch goes on.
  const vaultTopic = run.vault?.kafka ? new KafkaVaultWriter(run.vault.kafka, logger.child({ component: 'vault' })) : undefined;
  const pool = new MaskPool({
    threads: config.pool.threads,
    maxQueue: config.pool.max_queue,
    taskTimeoutMs: config.pool.task_timeout_ms,
    batchMaxRecords: config.pool.batch_max_records,
    maxAttempts: config.pool.max_attempts,
    ...(run.policyText === undefined ? {} : { policyText: run.policyText, policyFile: config.policy }),
    key: run.key,
    ...(run.vault
      ? {
          vault: {
            ...(run.vault.path !== undefined ? { path: run.vault.path } : {}),
            recipients: run.vault.recipients,
            entities: run.vault.entities,
          },
        }
      : {}),
    ...(vaultTopic ? { onVaultLines: (lines) => vaultTopic.write(lines) } : {}),
    logger: logger.child({ component: 'pool' }),
    metrics: processMetrics,
    ...(opts.testFaults ? { testFaults: opts.testFaults } : {}),
  });
  try {
    await startVaultTopic(vaultTopic, run.configSource);
    await pool.warmUp();
    await telemetry.listen();
  } catch (err) {
    await pool.close().catch(() => {});
    await vaultTopic?.stop();
    if (err instanceof ConfigError) {
      await telemetry.close();
      await selfExport?.shutdown();
      throw err;
    }
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
    // After the pipeline stopped: every batch that produced pairs has been acknowledged or failed.
    await vaultTopic?.stop();
    await telemetry.close();
    await selfExport?.shutdown();
    clearInterval(keepAlive);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUncaught);
  }
}

/** Starts the Kafka vault; a broker it cannot reach or a topic that is not compacted fails the start (exit 2). */
async function startVaultTopic(vault: KafkaVaultWriter | undefined, configSource: string | undefined): Promise<void> {
  if (!vault) return;
  try {
    await vault.start();
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(configSource, err.issues);
    throw new ConfigError(configSource, [{ path: 'vault.kafka', message: `the vault topic cannot be opened: ${(err as Error).message}` }]);
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
