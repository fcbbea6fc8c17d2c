#!/usr/bin/env node
// A local Confluent-compatible schema registry (Apicurio Registry, in-memory) for development,
// without Docker. Node built-ins only.
//
//   node scripts/registry.mjs install          fetch Apicurio Registry from Maven Central (idempotent)
//   node scripts/registry.mjs start [--dir D]  start it on a free port; prints the Confluent API URL
//   node scripts/registry.mjs status [--dir D] show pid, URL, liveness
//   node scripts/registry.mjs stop [--dir D]   stop it (SIGTERM, SIGKILL after 10 s)
//
// `start` prints the Confluent-compatible base URL (…/apis/ccompat/v7) on stdout and nothing else,
// so `export AUDITMASK_SCHEMA_REGISTRY_URL=$(node scripts/registry.mjs start)` works. Storage is
// in memory: schemas do not survive `stop`.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { install, isRunning, probe, REPO_ROOT, readState, startRegistry, statePath, stopRegistry, writeState } from './registry-lib.mjs';

const USAGE = `usage: node scripts/registry.mjs <install|start|stop|status> [--dir DIR] [--force]
  install   fetch io.apicurio:apicurio-registry-app (tar.gz, classifier all) from Maven Central into
            $AUDITMASK_REGISTRY_HOME (default ~/.cache/auditmask/apicurio-registry-<version>)
  start     start a registry on a free port of 127.0.0.1; prints the Confluent API URL
  status    print the registry in DIR/state.json and whether it answers
  stop      stop the registry in DIR/state.json (idempotent)
  DIR defaults to .registry/ in the repository.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: path.join(REPO_ROOT, '.registry') },
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
      const r = await install({ force: values.force });
      console.error(`[registry] Apicurio Registry ${r.version}: ${r.fetched ? 'fetched' : 'already installed'}`);
      console.log(r.home);
      return 0;
    }
    case 'start': {
      const existing = readState(dir);
      if (existing && isRunning(existing.pid) && (await probe(existing.url))) {
        console.error(`[registry] already running (${statePath(dir)})`);
        console.log(existing.ccompatUrl);
        return 0;
      }
      const t0 = Date.now();
      const state = await startRegistry({ dir, detached: true });
      writeState(state);
      console.error(
        `[registry] Apicurio Registry ${state.version} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; log ${state.logPath}`,
      );
      console.log(state.ccompatUrl);
      return 0;
    }
    case 'stop': {
      const state = readState(dir);
      if (!state) {
        console.error(`[registry] nothing recorded in ${statePath(dir)}`);
        return 0;
      }
      await stopRegistry(state);
      console.error('[registry] stopped');
      return 0;
    }
    case 'status': {
      const state = readState(dir);
      if (!state) {
        console.log(`no registry recorded in ${statePath(dir)}`);
        return 1;
      }
      const up = isRunning(state.pid) && (await probe(state.url));
      console.log(
        `Apicurio Registry ${state.version} pid ${state.pid} ${state.ccompatUrl}: ${up ? 'answers' : 'not answering'}; log ${state.logPath}`,
      );
      return up ? 0 : 1;
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
    console.error(`[registry] ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  },
);
