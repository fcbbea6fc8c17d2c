// A real Apache Kafka (KRaft) broker for development and tests, without Docker.
//
// Shared by the CLI (scripts/kafka.mjs) and the test helper (test/helpers/kafka-broker.ts), so both
// start brokers exactly the same way. Plain Node ESM with built-ins only: it must run before any
// `npm install` or build. Types live in kafka-lib.d.mts.
//
// Layout:
//   <home>/lib/*.jar            kafka_2.13 and its runtime dependencies, fetched by Maven (kafka/pom.xml)
//   <home>/lib/.complete        marker: the fetch finished for this exact pom.xml (sha256)
//   <home>/kafka-broker.jsa     optional AppCDS archive: roughly 35% faster JVM start
//   <dir>/state.json            one running cluster: brokers, ports, pids, log paths
//   <dir>/node-<id>/            server.properties, data/, broker.log for each node
// where <home> is $AUDITMASK_KAFKA_HOME or ~/.cache/auditmask/kafka-<version> (outside git).

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const POM_PATH = path.join(REPO_ROOT, 'kafka', 'pom.xml');

const MARKER = '.complete';
const CDS_ARCHIVE = 'kafka-broker.jsa';
const DEFAULT_START_TIMEOUT_MS = Number(process.env.AUDITMASK_KAFKA_START_TIMEOUT_MS) || 120_000;
const DEFAULT_STOP_TIMEOUT_MS = 15_000;
const BIND_RETRIES = 3;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const defaultLog = (msg) => process.stderr.write(`[kafka] ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// Install: Maven fetch into a cache outside the repository
// ---------------------------------------------------------------------------------------------

/** The Kafka version pinned in kafka/pom.xml (single source of truth). */
export function kafkaVersion() {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(POM_PATH, 'utf8'));
  if (!match?.[1]) throw new Error(`no <kafka.version> property in ${POM_PATH}`);
  return match[1].trim();
}

/** Where the jars for the pinned version live (or will live once installed). */
export function installPaths() {
  const version = kafkaVersion();
  const home =
    process.env.AUDITMASK_KAFKA_HOME ||
    path.join(os.homedir(), '.cache', 'auditmask', `kafka-${version}`);
  const lib = path.join(home, 'lib');
  return {
    version,
    home,
    lib,
    marker: path.join(lib, MARKER),
    cdsArchive: path.join(home, CDS_ARCHIVE),
  };
}

function pomSha256() {
  return createHash('sha256').update(readFileSync(POM_PATH)).digest('hex');
}

/** True when <lib> holds a complete fetch made from the current pom.xml. */
export function isInstalled(paths = installPaths()) {
  try {
    return JSON.parse(readFileSync(paths.marker, 'utf8')).pomSha256 === pomSha256();
  } catch {
    return false;
  }
}

/** The java launcher: $JAVA_HOME/bin/java when set, else `java` from PATH. */
export function javaCommand() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Whether a command can be executed (used to decide between skipping and failing tests). */
export function commandWorks(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}

/** java and (unless the jars are already cached) mvn are present: a broker can be started. */
export function prerequisitesMissing() {
  const missing = [];
  if (!commandWorks(javaCommand(), ['-version'])) missing.push('java 17+ (set JAVA_HOME or PATH)');
  if (!isInstalled() && !commandWorks('mvn', ['-v'])) missing.push('mvn (Apache Maven)');
  return missing;
}

function run(command, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    // Tool output goes to stderr: stdout of the CLI is reserved for machine-readable results.
    const child = spawn(command, args, { cwd, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Fetches the broker jars with Maven unless the marker says they are complete. Safe to run
 * concurrently: each run copies into its own temporary folder and renames it into place.
 * Also builds the AppCDS archive (disable with AUDITMASK_KAFKA_CDS=0).
 * @param {{ force?: boolean, cds?: boolean, log?: (msg: string) => void }} [options]
 */
export async function install({ force = false, cds, log = defaultLog } = {}) {
  const paths = installPaths();
  let fetched = false;
  const t0 = Date.now();
  if (force || !isInstalled(paths)) {
    mkdirSync(paths.home, { recursive: true });
    const partial = path.join(paths.home, `lib.partial-${process.pid}`);
    rmSync(partial, { recursive: true, force: true });
    log(`fetching org.apache.kafka:kafka_2.13:${paths.version} with Maven into ${paths.lib}`);
    await run('mvn', [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      POM_PATH,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${partial}`,
    ]);
    const jars = readdirSync(partial).filter((f) => f.endsWith('.jar'));
    if (!jars.some((f) => f.startsWith(`kafka_2.13-${paths.version}`))) {
      throw new Error(`Maven finished but ${partial} holds no kafka_2.13-${paths.version}.jar`);
    }
    writeFileSync(
      path.join(partial, MARKER),
      `${JSON.stringify({ pomSha256: pomSha256(), kafkaVersion: paths.version, jars: jars.length, at: new Date().toISOString() })}\n`,
    );
    // Replace any stale lib (another version's jars on one classpath would clash) and the archive
    // built from it. If another process won the race meanwhile, its copy is equally good.
    if (isInstalled(paths) && !force) {
      rmSync(partial, { recursive: true, force: true });
    } else {
      rmSync(paths.lib, { recursive: true, force: true });
      rmSync(paths.cdsArchive, { force: true });
      renameSync(partial, paths.lib);
    }
    fetched = true;
  }
  const wantCds = cds ?? process.env.AUDITMASK_KAFKA_CDS !== '0';
  if (wantCds && !existsSync(paths.cdsArchive)) {
    try {
      await buildCdsArchive(paths, log);
    } catch (err) {
      // Only a speed-up: the broker starts fine without it.
      log(`AppCDS archive not built (${err instanceof Error ? err.message : err}); continuing`);
    }
  }
  return { ...paths, fetched, ms: Date.now() - t0 };
}

/** Runs install() only when needed; returns the install paths. */
export async function ensureInstalled(options) {
  const paths = installPaths();
  if (isInstalled(paths)) return paths;
  return install(options);
}

/**
 * Records the classes a broker loads while starting into an AppCDS archive (JDK 13+
 * -XX:ArchiveClassesAtExit). Later JVMs map it instead of parsing ~4,000 classes from jars:
 * measured 3.2-3.9 s -> 2.2-2.4 s per broker start. A JDK upgrade makes the JVM ignore it
 * with a warning in broker.log (default -Xshare:auto), nothing worse.
 */
async function buildCdsArchive(paths, log) {
  const tmpArchive = `${paths.cdsArchive}.tmp-${process.pid}`;
  const dir = path.join(paths.home, `cds-training-${process.pid}`);
  log('building the AppCDS archive (one broker start and stop, once per install)');
  rmSync(dir, { recursive: true, force: true });
  let state;
  try {
    state = await startCluster({
      dir,
      nodes: 1,
      detached: false,
      useCds: false,
      extraJvmArgs: [`-XX:ArchiveClassesAtExit=${tmpArchive}`],
      log: () => {},
    });
    await stopCluster(state, { timeoutMs: 60_000 });
    if (!existsSync(tmpArchive)) throw new Error('the JVM wrote no archive');
    renameSync(tmpArchive, paths.cdsArchive);
  } finally {
    if (state) await stopCluster(state, { signal: 'SIGKILL' });
    rmSync(tmpArchive, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Cluster layout and configuration
// ---------------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1 (the kernel picks it; a small race with other programs remains). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function freePorts(count) {
  const ports = new Set();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/** A KRaft cluster id: 16 random bytes, base64url without padding, as `StorageTool random-uuid`. */
function randomClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // Kafka rejects ids that look like a command-line flag
  }
}

/**
 * server.properties for node `index` of `nodeCount` (1 or 3). Every node is a combined
 * broker+controller; the controller quorum is static (`controller.quorum.voters`), so
 * formatting needs no --standalone and every node is formatted the same way.
 */
export function serverProperties(node, nodeCount, voters) {
  const replicas = nodeCount >= 3 ? 3 : 1;
  const minIsr = nodeCount >= 3 ? 2 : 1;
  const props = {
    'process.roles': 'broker,controller',
    'node.id': node.nodeId,
    'controller.quorum.voters': voters,
    // Clients use PLAINTEXT only; the CONTROLLER port is never advertised to them.
    listeners: `PLAINTEXT://localhost:${node.port},CONTROLLER://localhost:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://localhost:${node.port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': node.dataDir,
    // Internal topics must fit the node count, or __consumer_offsets is never created and
    // consumers wait forever for a group coordinator (kafkajs #1752).
    'offsets.topic.replication.factor': replicas,
    'transaction.state.log.replication.factor': replicas,
    'transaction.state.log.min.isr': minIsr,
    'share.coordinator.state.topic.replication.factor': replicas,
    'share.coordinator.state.topic.min.isr': minIsr,
    'default.replication.factor': replicas,
    'min.insync.replicas': minIsr,
    // Tests: the first consumer of a group gets its assignment at once, not after 3 s.
    'group.initial.rebalance.delay.ms': 0,
    'auto.create.topics.enable': true,
    'num.partitions': 1,
  };
  return `${Object.entries(props)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
}

/**
 * Creates the node folders, configuration and formatted storage under `dir`, on fresh free
 * ports. Removes only what an earlier run of this module created there (node-* and state.json).
 */
export async function prepareCluster({ dir, nodes: nodeCount = 1, paths = installPaths() }) {
  if (nodeCount !== 1 && nodeCount !== 3) throw new Error(`nodes must be 1 or 3, not ${nodeCount}`);
  const root = path.resolve(dir);
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (/^node-\d+$/.test(entry) || entry === 'state.json' || entry === 'pids') {
      rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }
  const ports = await freePorts(nodeCount * 2);
  const nodes = Array.from({ length: nodeCount }, (_, index) => {
    const nodeDir = path.join(root, `node-${index + 1}`);
    return {
      index,
      nodeId: index + 1,
      port: /** @type {number} */ (ports[2 * index]),
      controllerPort: /** @type {number} */ (ports[2 * index + 1]),
      pid: null,
      dir: nodeDir,
      dataDir: path.join(nodeDir, 'data'),
      configPath: path.join(nodeDir, 'server.properties'),
      logPath: path.join(nodeDir, 'broker.log'),
    };
  });
  const voters = nodes.map((n) => `${n.nodeId}@localhost:${n.controllerPort}`).join(',');
  /** @type {import('./kafka-lib.d.mts').KafkaClusterState} */
  const state = {
    kafkaVersion: paths.version,
    clusterId: randomClusterId(),
    dir: root,
    lib: paths.lib,
    cdsArchive: existsSync(paths.cdsArchive) ? paths.cdsArchive : null,
    extraJvmArgs: [],
    brokers: nodes.map((n) => `localhost:${n.port}`),
    nodes,
    startedAt: new Date().toISOString(),
  };
  for (const node of nodes) {
    mkdirSync(node.dataDir, { recursive: true });
    writeFileSync(node.configPath, serverProperties(node, nodeCount, voters));
  }
  // One JVM per node; formatting in parallel costs about as much as one on two cores.
  await Promise.all(
    nodes.map((node) =>
      runJava(state, node, [
        'kafka.tools.StorageTool',
        'format',
        '-t',
        state.clusterId,
        '-c',
        node.configPath,
        '--ignore-formatted',
      ]),
    ),
  );
  return state;
}

function jvmArgs(state) {
  return [
    '-Xmx512m',
    '-Djava.awt.headless=true',
    // slf4j-simple: timestamps in broker.log, no 400-line config dump per component.
    '-Dorg.slf4j.simpleLogger.showDateTime=true',
    '-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS',
    '-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config.AbstractConfig=warn',
    ...(state.cdsArchive && existsSync(state.cdsArchive)
      ? [`-XX:SharedArchiveFile=${state.cdsArchive}`]
      : []),
    ...state.extraJvmArgs,
    '-cp',
    path.join(state.lib, '*'), // expanded by the java launcher, not a shell
  ];
}

function runJava(state, node, mainAndArgs) {
  return new Promise((resolve, reject) => {
    const log = openSync(node.logPath, 'a');
    const child = spawn(javaCommand(), [...jvmArgs(state), ...mainAndArgs], {
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${mainAndArgs[0]} failed for node ${node.nodeId} (exit ${code}):\n${logTail(node.logPath)}`,
            ),
          ),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

/**
 * Whether `node.pid` is still this node's broker JVM. Checks /proc/<pid>/cmdline for the node's
 * config path, so a reused pid never gets signalled and a zombie counts as gone.
 */
export function isNodeRunning(node) {
  if (!node.pid) return false;
  try {
    return readFileSync(`/proc/${node.pid}/cmdline`, 'utf8').includes(node.configPath);
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return false;
    // No procfs (macOS): fall back to "some process has this pid".
    try {
      process.kill(node.pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Starts the broker JVM of node `index` (its ports, config and data are kept from before).
 * `detached` lets it outlive this Node process (CLI); tests keep it in their process group.
 * Does not wait for readiness: see waitForCluster().
 */
export function startNodeProcess(state, index, { detached = false } = {}) {
  const node = nodeAt(state, index);
  if (isNodeRunning(node)) throw new Error(`Kafka node ${node.nodeId} is already running`);
  const log = openSync(node.logPath, 'a');
  const child = spawn(javaCommand(), [...jvmArgs(state), 'kafka.Kafka', node.configPath], {
    stdio: ['ignore', log, log],
    detached,
  });
  closeSync(log);
  child.on('error', () => {}); // a missing java shows up as "exited during startup"
  child.unref();
  if (!child.pid) throw new Error(`could not start ${javaCommand()} for Kafka node ${node.nodeId}`);
  node.pid = child.pid;
  writePidFile(state);
  return child.pid;
}

/**
 * Stops node `index`: `signal` (SIGTERM: controlled shutdown), then SIGKILL after `timeoutMs`.
 * Resolves once the process is gone. Idempotent.
 */
export async function stopNodeProcess(
  state,
  index,
  { signal = 'SIGTERM', timeoutMs = DEFAULT_STOP_TIMEOUT_MS } = {},
) {
  const node = nodeAt(state, index);
  if (isNodeRunning(node) && node.pid) {
    signalPid(node.pid, signal);
    if (!(await waitUntil(() => !isNodeRunning(node), timeoutMs)) && signal !== 'SIGKILL') {
      signalPid(node.pid, 'SIGKILL');
      await waitUntil(() => !isNodeRunning(node), 10_000);
    }
  }
  node.pid = null;
  writePidFile(state);
}

/** Stops every node in parallel (a combined node waits for its peers' controllers otherwise). */
export async function stopCluster(state, options) {
  await Promise.all(state.nodes.map((node) => stopNodeProcess(state, node.index, options)));
}

function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntil(predicate, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

function nodeAt(state, index) {
  const node = state.nodes[index];
  if (!node) throw new Error(`no Kafka node with index ${index} (0..${state.nodes.length - 1})`);
  return node;
}

/** <dir>/pids: the live broker pids, space-separated, for the orphan watchdog (a shell loop). */
function writePidFile(state) {
  const pids = state.nodes.map((n) => n.pid).filter(Boolean);
  writeFileSync(path.join(state.dir, 'pids'), `${pids.join(' ')}\n`);
}

/**
 * Kills the cluster's JVMs with SIGKILL when process `ownerPid` dies without stopping them
 * (a crashed or SIGKILLed test runner). A detached `sh` polling once a second; stop it with
 * the returned function. Reads <dir>/pids at the moment it fires, so restarts are covered.
 */
export function startOrphanWatchdog(state, ownerPid = process.pid) {
  const pidFile = path.join(state.dir, 'pids');
  const script =
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
    '[ -f "$2" ] && kill -9 $(cat "$2") 2>/dev/null; exit 0';
  const child = spawn('sh', ['-c', script, 'kafka-watchdog', String(ownerPid), pidFile], {
    stdio: 'ignore',
    detached: true,
  });
  child.on('error', () => {});
  child.unref();
  return () => {
    if (child.pid) signalPid(child.pid, 'SIGKILL');
  };
}

// ---------------------------------------------------------------------------------------------
// Readiness: a real Kafka Metadata request
// ---------------------------------------------------------------------------------------------

/**
 * Sends Metadata v6 (the version kafkajs 2.2.4 uses; kept by Kafka 4.x) asking for no topics
 * and returns the brokers the cluster reports. In KRaft only registered, unfenced brokers are
 * listed, so "all N node ids listed by every node" means the cluster serves clients.
 * @returns {Promise<{ clusterId: string | null, controllerId: number, brokers: { nodeId: number, host: string, port: number }[] }>}
 */
export function probeMetadata(host, port, timeoutMs = 3_000) {
  return new Promise((resolve, reject) => {
    const clientId = Buffer.from('auditmask-kafka-probe');
    const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4 + 1);
    let o = 0;
    o = body.writeInt16BE(3, o); // api key: Metadata
    o = body.writeInt16BE(6, o); // api version
    o = body.writeInt32BE(1, o); // correlation id
    o = body.writeInt16BE(clientId.length, o);
    o += clientId.copy(body, o);
    o = body.writeInt32BE(0, o); // topics: empty array (null would mean "all topics")
    body.writeInt8(0, o); // allow_auto_topic_creation
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);

    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    const finish = (err, value) => {
      clearTimeout(timer);
      socket.destroy();
      err ? reject(err) : resolve(value);
    };
    const timer = setTimeout(
      () => finish(new Error(`no metadata response within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.on('connect', () => socket.write(Buffer.concat([size, body])));
    socket.on('error', (err) => finish(err));
    socket.on('close', () => finish(new Error('connection closed before a metadata response')));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      try {
        finish(null, decodeMetadataV6(received.subarray(4)));
      } catch (err) {
        finish(err);
      }
    });
  });
}

function decodeMetadataV6(buf) {
  let o = 4 + 4; // correlation id, throttle_time_ms
  const readString = () => {
    const len = buf.readInt16BE(o);
    o += 2;
    if (len < 0) return null;
    const s = buf.toString('utf8', o, o + len);
    o += len;
    return s;
  };
  const count = buf.readInt32BE(o);
  o += 4;
  const brokers = [];
  for (let i = 0; i < count; i++) {
    const nodeId = buf.readInt32BE(o);
    o += 4;
    const host = readString() ?? '';
    const port = buf.readInt32BE(o);
    o += 4;
    readString(); // rack
    brokers.push({ nodeId, host, port });
  }
  const clusterId = readString();
  const controllerId = buf.readInt32BE(o);
  return { clusterId, controllerId, brokers };
}

/**
 * Waits until every running node answers Metadata listing every running node (and no node
 * outside `state` is expected). Fails fast, with the log tail, when a JVM exits meanwhile.
 */
export async function waitForCluster(state, { timeoutMs = DEFAULT_START_TIMEOUT_MS } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'not probed yet';
  for (;;) {
    const expected = state.nodes.filter((n) => n.pid !== null);
    const dead = expected.find((n) => !isNodeRunning(n));
    if (dead) {
      throw new KafkaStartError(
        `Kafka node ${dead.nodeId} exited during startup`,
        state,
        /Address already in use/.test(logTail(dead.logPath, 200)),
      );
    }
    const results = await Promise.allSettled(
      expected.map((n) => probeMetadata('localhost', n.port)),
    );
    lastProblem = '';
    results.forEach((result, i) => {
      const node = /** @type {typeof expected[number]} */ (expected[i]);
      if (result.status === 'rejected') {
        lastProblem += `node ${node.nodeId}: ${result.reason?.message ?? result.reason}; `;
        return;
      }
      const listed = new Set(result.value.brokers.map((b) => b.nodeId));
      const missing = expected.filter((n) => !listed.has(n.nodeId)).map((n) => n.nodeId);
      if (missing.length > 0) lastProblem += `node ${node.nodeId} does not list ${missing}; `;
    });
    if (!lastProblem) return;
    if (Date.now() >= deadline) {
      throw new KafkaStartError(
        `Kafka cluster not ready after ${timeoutMs} ms (${lastProblem.trim()})`,
        state,
      );
    }
    await sleep(250);
  }
}

/** A start failure; the message carries every node's log tail (CI must show why). */
export class KafkaStartError extends Error {
  constructor(reason, state, portTaken = false) {
    const tails = state.nodes
      .map((n) => `--- ${n.logPath} (last 40 lines) ---\n${logTail(n.logPath, 40)}`)
      .join('\n');
    super(`${reason}\n${tails}`);
    this.name = 'KafkaStartError';
    this.portTaken = portTaken;
  }
}

/** The last `lines` lines of a file ('' if it does not exist). */
export function logTail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines - 1).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Whole cluster
// ---------------------------------------------------------------------------------------------

/**
 * Installs if needed, formats a fresh cluster under `dir`, starts all nodes and waits until it
 * serves clients; writes <dir>/state.json. Retries with new ports when one was taken between
 * choosing it and the JVM binding it. On failure every JVM it started is killed.
 * @param {import('./kafka-lib.d.mts').StartClusterOptions} options
 */
export async function startCluster({
  dir,
  nodes = 1,
  detached = false,
  timeoutMs = DEFAULT_START_TIMEOUT_MS,
  useCds = true,
  extraJvmArgs = [],
  log = defaultLog,
}) {
  const paths = await ensureInstalled({ log });
  for (let attempt = 1; ; attempt++) {
    const state = await prepareCluster({ dir, nodes, paths });
    if (!useCds) state.cdsArchive = null;
    state.extraJvmArgs = extraJvmArgs;
    try {
      for (const node of state.nodes) startNodeProcess(state, node.index, { detached });
      await waitForCluster(state, { timeoutMs });
      writeState(state);
      return state;
    } catch (err) {
      await stopCluster(state, { signal: 'SIGKILL' });
      if (err instanceof KafkaStartError && err.portTaken && attempt < BIND_RETRIES) {
        log(`a port was taken by another program; retrying with new ports (${attempt})`);
        continue;
      }
      throw err;
    }
  }
}

export function statePath(dir) {
  return path.join(path.resolve(dir), 'state.json');
}

export function writeState(state) {
  writeFileSync(statePath(state.dir), `${JSON.stringify(state, null, 2)}\n`);
}

/** The cluster recorded in <dir>/state.json, or null when there is none. */
export function readState(dir) {
  try {
    return JSON.parse(readFileSync(statePath(dir), 'utf8'));
  } catch {
    return null;
  }
}
