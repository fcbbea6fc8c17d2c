// Real Kafka brokers for tests: the same code path as `node scripts/kafka.mjs start`
// (scripts/kafka-lib.mjs), in a fresh temporary directory on free ports.
//
// No vitest import here: the global setup (main vitest process) uses this module too.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  isNodeRunning,
  type KafkaClusterState,
  logTail,
  prerequisitesMissing,
  startCluster,
  startNodeProcess,
  startOrphanWatchdog,
  stopCluster,
  stopNodeProcess,
  waitForCluster,
} from '../../scripts/kafka-lib.mjs';

export interface KafkaCluster {
  /** Bootstrap servers `localhost:<port>`, one per node; brokers[i] belongs to node index i. */
  readonly brokers: string[];
  /** Temporary directory holding every node's config, data and broker.log. */
  readonly dir: string;
  readonly state: KafkaClusterState;
  /** Stops every node (SIGTERM, SIGKILL after a bound) and removes the directory. Idempotent. */
  stop(): Promise<void>;
  /** Controlled shutdown of node i (0-based); its ports and data are kept for startNode(i). */
  stopNode(i: number): Promise<void>;
  /** Crash of node i: SIGKILL, no controlled shutdown. Restart it with startNode(i). */
  killNode(i: number): Promise<void>;
  /**
   * Hang of node i: SIGSTOP. Its sockets stay open but nothing answers, so clients see request
   * timeouts, not connection errors; the controller fences it after broker.session.timeout.ms (9 s).
   */
  freezeNode(i: number): void;
  /** Resumes a frozen node (SIGCONT). */
  thawNode(i: number): void;
  /** Restarts node i on its old ports and data dir; resolves when all running nodes list it. */
  startNode(i: number): Promise<void>;
  /** Last lines of node i's broker.log, for assertion messages. */
  logTail(i: number, lines?: number): string;
}

export interface StartKafkaOptions {
  nodes?: 1 | 3;
  /** Readiness bound; default $AUDITMASK_KAFKA_START_TIMEOUT_MS or 120 s. */
  timeoutMs?: number;
}

/** JVMs still running in this process, killed synchronously if the process exits first. */
const live = new Set<KafkaClusterState>();
let exitHookInstalled = false;

function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const state of live) {
      for (const node of state.nodes) {
        try {
          if (node.pid) process.kill(node.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  });
}

/**
 * Why Kafka tests should be skipped, or null when they must run. They always run (and fail
 * loudly if the broker cannot start) when CI=true or when AUDITMASK_KAFKA_BROKERS names an
 * external cluster; locally they are skipped only if java or mvn is missing.
 */
export function kafkaSkipReason(): string | null {
  if (process.env.AUDITMASK_KAFKA_BROKERS) return null;
  if (process.env.CI === 'true') return null;
  const missing = prerequisitesMissing();
  return missing.length > 0 ? `Kafka tests skipped: missing ${missing.join(', ')}` : null;
}

/** Brokers of an external cluster from AUDITMASK_KAFKA_BROKERS (e.g. `node scripts/kafka.mjs start`). */
export function externalBrokers(): string[] | null {
  const value = process.env.AUDITMASK_KAFKA_BROKERS?.trim();
  return value ? value.split(',').map((s) => s.trim()) : null;
}

/**
 * Starts a fresh 1- or 3-node KRaft cluster (installing the jars first if needed) and waits
 * until it serves clients. Throws with every node's log tail when it cannot start; the
 * directory is then kept for inspection (set AUDITMASK_KAFKA_KEEP=1 to keep it always).
 */
export async function startKafka({ nodes = 1, timeoutMs }: StartKafkaOptions = {}): Promise<KafkaCluster> {
  const missing = prerequisitesMissing();
  if (missing.length > 0) throw new Error(`cannot start Kafka: missing ${missing.join(', ')}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'auditmask-kafka-'));
  killAllOnExit();
  const stopWatchdog = startOrphanWatchdog(dir); // from here on: a dying runner takes the JVMs along
  let state: KafkaClusterState;
  try {
    state = await startCluster({
      dir,
      nodes,
      detached: false,
      ...(timeoutMs ? { timeoutMs } : {}),
      log: (msg) => process.stderr.write(`[kafka] ${msg}\n`),
    });
  } catch (err) {
    stopWatchdog(); // startCluster() has killed whatever it started
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`Kafka (${nodes} node(s)) did not start; files kept in ${dir}\n${message}`);
  }
  live.add(state);
  let stopped = false;

  const waitReady = async (): Promise<void> => {
    await waitForCluster(state, timeoutMs ? { timeoutMs } : {});
  };

  return {
    brokers: [...state.brokers],
    dir,
    state,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopCluster(state);
      live.delete(state);
      stopWatchdog();
      if (process.env.AUDITMASK_KAFKA_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
    },
    async stopNode(i) {
      await stopNodeProcess(state, i, { timeoutMs: 30_000 });
    },
    async killNode(i) {
      await stopNodeProcess(state, i, { signal: 'SIGKILL' });
    },
    freezeNode(i) {
      signalNode(state, i, 'SIGSTOP');
    },
    thawNode(i) {
      signalNode(state, i, 'SIGCONT');
    },
    async startNode(i) {
      startNodeProcess(state, i);
      await waitReady();
    },
    logTail(i, lines = 40) {
      const node = state.nodes[i];
      return node ? logTail(node.logPath, lines) : '';
    },
  };
}

function signalNode(state: KafkaClusterState, i: number, signal: NodeJS.Signals): void {
  const node = state.nodes[i];
  if (!node?.pid || !isNodeRunning(node)) throw new Error(`Kafka node index ${i} is not running`);
  process.kill(node.pid, signal);
}
