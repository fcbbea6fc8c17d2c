#!/usr/bin/env node
// A local Apache Kafka (KRaft) cluster for development, without Docker. Node built-ins only.
//
//   node scripts/kafka.mjs install                       fetch the broker jars with Maven (idempotent)
//   node scripts/kafka.mjs start [--nodes 1|3] [--dir D]  start a fresh cluster on free ports
//   node scripts/kafka.mjs status [--dir D]               show nodes, pids, liveness
//   node scripts/kafka.mjs stop [--dir D]                 stop it (SIGTERM, SIGKILL after 8 s)
//
// `start` prints the bootstrap servers (comma-separated) on stdout and nothing else, so
// `export AUDITMASK_KAFKA_BROKERS=$(node scripts/kafka.mjs start)` works; progress goes to stderr.
// The integration tests reuse a cluster given in AUDITMASK_KAFKA_BROKERS instead of starting one.
// Each `start` formats a new, empty cluster: data does not survive `stop` + `start`.

import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  REPO_ROOT,
  install,
  isNodeRunning,
  probeMetadata,
  readState,
  startCluster,
  statePath,
  stopCluster,
  waitForCluster,
  writeState,
} from './kafka-lib.mjs';

const USAGE = `usage: node scripts/kafka.mjs <install|start|stop|status> [--nodes 1|3] [--dir DIR]
  install   fetch org.apache.kafka:kafka_2.13 with Maven into $AUDITMASK_KAFKA_HOME
            (default ~/.cache/auditmask/kafka-<version>); --force to fetch again
  start     format and start a cluster (default 1 node) on free ports; prints bootstrap servers
  status    print the cluster in DIR/state.json and whether each node answers
  stop      stop the cluster in DIR/state.json (idempotent)
  DIR defaults to .kafka/ in the repository.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      nodes: { type: 'string', default: '1' },
      dir: { type: 'string', default: path.join(REPO_ROOT, '.kafka') },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  const dir = path.resolve(values.dir);
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'install': {
      const result = await install({ force: values.force });
      console.error(
        `[kafka] Kafka ${result.version}: ${result.fetched ? 'fetched' : 'already installed'} in ${(result.ms / 1000).toFixed(1)} s`,
      );
      console.log(result.lib);
      return 0;
    }
    case 'start': {
      const nodes = Number(values.nodes);
      if (nodes !== 1 && nodes !== 3) throw new Error('--nodes must be 1 or 3');
      const existing = readState(dir);
      if (existing?.nodes.some(isNodeRunning)) {
        if (existing.nodes.every(isNodeRunning)) {
          await waitForCluster(existing, { timeoutMs: 30_000 });
          console.error(`[kafka] already running (${statePath(dir)})`);
          console.log(existing.brokers.join(','));
          return 0;
        }
        throw new Error(`a partly running cluster is recorded in ${statePath(dir)}: run stop first`);
      }
      const t0 = Date.now();
      const state = await startCluster({ dir, nodes, detached: true });
      console.error(
        `[kafka] Kafka ${state.kafkaVersion}, ${nodes} node(s) ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
          `state ${statePath(dir)}, logs ${state.nodes.map((n) => n.logPath).join(' ')}`,
      );
      console.log(state.brokers.join(','));
      return 0;
    }
    case 'stop': {
      const state = readState(dir);
      if (!state) {
        console.error(`[kafka] nothing recorded in ${statePath(dir)}`);
        return 0;
      }
      await stopCluster(state);
      writeState(state);
      console.error('[kafka] stopped');
      return 0;
    }
    case 'status': {
      const state = readState(dir);
      if (!state) {
        console.log(`no cluster recorded in ${statePath(dir)}`);
        return 1;
      }
      let healthy = true;
      console.log(`Kafka ${state.kafkaVersion}, cluster ${state.clusterId}, brokers ${state.brokers.join(',')}`);
      for (const node of state.nodes) {
        const running = isNodeRunning(node);
        let answer = 'not running';
        if (running) {
          try {
            const md = await probeMetadata('localhost', node.port);
            answer = `answers, lists brokers ${md.brokers.map((b) => b.nodeId).join(',')}`;
          } catch (err) {
            answer = `running, no answer (${err instanceof Error ? err.message : err})`;
          }
        }
        healthy &&= running && answer.startsWith('answers');
        console.log(`  node ${node.nodeId} pid ${node.pid ?? '-'} localhost:${node.port}: ${answer}; log ${node.logPath}`);
      }
      return healthy ? 0 : 1;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`[kafka] ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  },
);
