// A real Confluent-compatible schema registry for development and tests, without Docker:
// Apicurio Registry (Quarkus app, in-memory H2 storage) serving the Confluent API under
// /apis/ccompat/v7. Shared by scripts/registry.mjs and test/helpers/schema-registry.ts.
// Plain Node ESM with built-ins only (plus the system `tar`); types in registry-lib.d.mts.
//
// Layout:
//   <home>/apicurio-registry-app-<v>-runner.jar, <home>/lib/*.jar   the published "all" tarball
//   <home>/.complete                                              marker: fetch finished and verified
// where <home> is $AUDITMASK_REGISTRY_HOME or ~/.cache/auditmask/apicurio-registry-<version>.
//
// Why a download and not Maven: the app's tarball is on Maven Central
// (io.apicurio:apicurio-registry-app:<v>:tar.gz:all), but its parent POM
// (io.apicurio:apicurio-registry:<v>) is not, so `mvn dependency:copy` refuses it ("Failed to read
// artifact descriptor"). We fetch the file and its .sha1 from Central directly and verify it.
// 3.0.9 is the newest release that runs on Java 17 (3.3.x is compiled for Java 21).

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REGISTRY_VERSION = '3.0.9';
const CENTRAL = process.env.AUDITMASK_MAVEN_CENTRAL || 'https://repo1.maven.org/maven2';
const ARTIFACT = `io/apicurio/apicurio-registry-app/${REGISTRY_VERSION}/apicurio-registry-app-${REGISTRY_VERSION}-all.tar.gz`;
/** The Confluent-compatible API under a registry's base URL. */
export const CCOMPAT_PATH = '/apis/ccompat/v7';
const DEFAULT_START_TIMEOUT_MS = Number(process.env.AUDITMASK_REGISTRY_START_TIMEOUT_MS) || 120_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const defaultLog = (msg) => process.stderr.write(`[registry] ${msg}\n`);

export function installPaths() {
  const home =
    process.env.AUDITMASK_REGISTRY_HOME || path.join(os.homedir(), '.cache', 'auditmask', `apicurio-registry-${REGISTRY_VERSION}`);
  return {
    version: REGISTRY_VERSION,
    home,
    jar: path.join(home, `apicurio-registry-app-${REGISTRY_VERSION}-runner.jar`),
    marker: path.join(home, '.complete'),
  };
}

export function isInstalled(paths = installPaths()) {
  return existsSync(paths.marker) && existsSync(paths.jar);
}

export function javaCommand() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

async function fetchOk(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(15 * 60_000) });
  if (!res.ok || !res.body) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res;
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const err = [];
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString()}`)),
    );
  });
}

/**
 * Downloads and unpacks the registry unless already installed. Safe to run concurrently: each run
 * unpacks into its own folder and renames it into place.
 */
export async function install({ force = false, log = defaultLog } = {}) {
  const paths = installPaths();
  const t0 = Date.now();
  if (!force && isInstalled(paths)) return { ...paths, fetched: false, ms: 0 };
  const parent = path.dirname(paths.home);
  mkdirSync(parent, { recursive: true });
  const partial = `${paths.home}.partial-${process.pid}`;
  const tarball = `${partial}.tar.gz`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const url = `${CENTRAL}/${ARTIFACT}`;
    log(`fetching ${url}`);
    const expected = (await (await fetchOk(`${url}.sha1`)).text()).trim().split(/\s+/)[0];
    const res = await fetchOk(url);
    await pipeline(res.body, createWriteStream(tarball));
    const actual = createHash('sha1').update(readFileSync(tarball)).digest('hex');
    if (actual !== expected) throw new Error(`checksum mismatch for ${url}: sha1 ${actual}, Central says ${expected}`);
    mkdirSync(partial, { recursive: true });
    await run('tar', ['xzf', tarball, '-C', partial]);
    writeFileSync(
      path.join(partial, '.complete'),
      `${JSON.stringify({ version: REGISTRY_VERSION, sha1: actual, at: new Date().toISOString() })}\n`,
    );
    if (isInstalled(paths) && !force) return { ...paths, fetched: false, ms: Date.now() - t0 };
    rmSync(paths.home, { recursive: true, force: true });
    try {
      renameSync(partial, paths.home);
    } catch (err) {
      if (!isInstalled(paths)) throw err;
    }
    log(`installed Apicurio Registry ${REGISTRY_VERSION} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${paths.home}`);
    return { ...paths, fetched: true, ms: Date.now() - t0 };
  } finally {
    rmSync(tarball, { force: true });
    rmSync(partial, { recursive: true, force: true });
  }
}

export async function ensureInstalled(options) {
  const paths = installPaths();
  if (isInstalled(paths)) return paths;
  return install(options);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** True once the Confluent API answers (an empty registry lists no subjects: `[]`). */
export async function probe(url, timeoutMs = 2_000) {
  try {
    const res = await fetch(`${url}${CCOMPAT_PATH}/subjects`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

export function isRunning(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function logTail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts one registry on `port` (default: a free one) of 127.0.0.1 with in-memory storage (empty at every start)
 * and waits until the Confluent API answers. `detached` leaves it running after this process.
 * Returns { pid, port, url, ccompatUrl, logPath }.
 */
export async function startRegistry({
  dir,
  port: requestedPort,
  detached = false,
  timeoutMs = DEFAULT_START_TIMEOUT_MS,
  log = defaultLog,
} = {}) {
  const paths = await ensureInstalled({ log });
  const workDir = dir ?? path.join(REPO_ROOT, '.registry');
  mkdirSync(workDir, { recursive: true });
  const port = requestedPort ?? (await freePort());
  const logPath = path.join(workDir, 'registry.log');
  const out = openSync(logPath, 'w');
  const args = [
    '-Xms64m',
    '-Xmx384m',
    '-XX:TieredStopAtLevel=1',
    `-Dquarkus.http.port=${port}`,
    '-Dquarkus.http.host=127.0.0.1',
    `-Djava.io.tmpdir=${workDir}`,
    `-Dapicurio.import.work-dir=${workDir}`,
    `-Dapicurio.storage.snapshot.location=${workDir}`,
    '-jar',
    paths.jar,
  ];
  const child = spawn(javaCommand(), args, { cwd: workDir, stdio: ['ignore', out, out], detached });
  if (detached) child.unref();
  const url = `http://127.0.0.1:${port}`;
  const state = { pid: child.pid, port, url, ccompatUrl: `${url}${CCOMPAT_PATH}`, logPath, dir: workDir, version: REGISTRY_VERSION };
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit ${code}`;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the registry JVM stopped (${exited}) before it answered; ${logPath}:\n${logTail(logPath)}`);
    if (await probe(url)) return state;
    await sleep(500);
  }
  await stopRegistry(state);
  throw new Error(`the registry did not answer on ${url} within ${timeoutMs} ms; ${logPath}:\n${logTail(logPath)}`);
}

/** SIGTERM, then SIGKILL after `timeoutMs`. Idempotent. */
export async function stopRegistry(state, { timeoutMs = 10_000 } = {}) {
  const pid = state?.pid;
  if (!isRunning(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isRunning(pid)) await sleep(100);
  if (isRunning(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

export function statePath(dir) {
  return path.join(dir, 'state.json');
}

export function writeState(state) {
  writeFileSync(statePath(state.dir), `${JSON.stringify(state, null, 2)}\n`);
}

export function readState(dir) {
  try {
    return JSON.parse(readFileSync(statePath(dir), 'utf8'));
  } catch {
    return undefined;
  }
}
