// A real Confluent-compatible schema registry for tests: Apicurio Registry (in-memory storage)
// started by scripts/registry-lib.mjs on a free port, in a temporary directory. Installed on
// demand (a download from Maven Central, once per machine, cached in ~/.cache/auditmask).
//
// Where the registry comes from, first match wins:
//   1. AUDITMASK_SCHEMA_REGISTRY_URL (the Confluent API base URL, e.g. from
//      `node scripts/registry.mjs start`, or any other Confluent-compatible registry);
//   2. a registry started for this test file by startSchemaRegistry().

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { javaCommand, logTail, type RegistryState, startRegistry, stopRegistry } from '../../scripts/registry-lib.mjs';

export interface SchemaRegistryHandle {
  /** Base URL of the Confluent-compatible API (…/apis/ccompat/v7 for Apicurio). */
  readonly url: string;
  /** Null for an external registry. */
  readonly state: RegistryState | null;
  /** Stops the registry if this helper started it (SIGTERM, SIGKILL after 10 s); idempotent. */
  stop(): Promise<void>;
  logTail(lines?: number): string;
}

/**
 * Why registry tests should be skipped, or null. They always run (and fail loudly) under CI=true
 * or with AUDITMASK_SCHEMA_REGISTRY_URL; locally they are skipped only when java is missing.
 */
export function schemaRegistrySkipReason(): string | null {
  if (process.env.AUDITMASK_SCHEMA_REGISTRY_URL || process.env.CI === 'true') return null;
  const r = spawnSync(javaCommand(), ['-version'], { stdio: 'ignore', timeout: 30_000 });
  return r.status === 0 ? null : 'schema registry tests skipped: java 17+ missing';
}

/** `port`: start on this port (a restart test); default a free one. */
export async function startSchemaRegistry({ port, local = false }: { port?: number; local?: boolean } = {}): Promise<SchemaRegistryHandle> {
  const external = local ? undefined : process.env.AUDITMASK_SCHEMA_REGISTRY_URL?.trim();
  if (external) return { url: external.replace(/\/+$/, ''), state: null, stop: async () => {}, logTail: () => '' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'auditmask-registry-'));
  let state: RegistryState;
  try {
    state = await startRegistry({ dir, ...(port ? { port } : {}), log: (msg) => process.stderr.write(`[registry] ${msg}\n`) });
  } catch (err) {
    throw new Error(`the schema registry did not start; files kept in ${dir}\n${err instanceof Error ? err.message : err}`);
  }
  // A runner that dies must not leave the JVM behind.
  const kill = () => {
    try {
      if (state.pid) process.kill(state.pid, 'SIGKILL');
    } catch {
      // gone
    }
  };
  process.once('exit', kill);
  let stopped = false;
  return {
    url: state.ccompatUrl,
    state,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopRegistry(state);
      process.removeListener('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    },
    logTail: (lines = 40) => logTail(state.logPath, lines),
  };
}
