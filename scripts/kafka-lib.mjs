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
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const POM_PATH = path.join(REPO_ROOT, 'kafka', 'pom.xml');

const MARKER = '.complete';
const CDS_ARCHIVE = 'kafka-broker.jsa';
const DEFAULT_START_TIMEOUT_MS = Number(process.env.AUDITMASK_KAFKA_START_TIMEOUT_MS) || 120_000;
const DEFAULT_STOP_TIMEOUT_MS = 30_000;
const BIND_RETRIES = 3;
/**
 * __consumer_offsets partitions. Kafka's default is 50; 10 makes group coordination ready about
 * twice as fast on 3 nodes (30 replicas to create and load instead of 150) and changes nothing
 * clients can see. The readiness check places one probe group on each partition.
 */
const OFFSETS_TOPIC_PARTITIONS = 10;

const HAS_PROCFS = existsSync('/proc/self/cmdline');

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
  const home = process.env.AUDITMASK_KAFKA_HOME || path.join(os.homedir(), '.cache', 'auditmask', `kafka-${version}`);
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

/** Runs a tool quietly; its output (Maven's, mostly escape codes with -q) is shown only on failure. */
function run(command, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${Buffer.concat(output).toString()}`)),
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
      try {
        renameSync(partial, paths.lib);
      } catch (err) {
        if (!isInstalled(paths)) throw err;
        rmSync(partial, { recursive: true, force: true }); // a concurrent install got there first
      }
    }
    fetched = true;
    log(`fetched ${jars.length} jars in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const wantCds = cds ?? process.env.AUDITMASK_KAFKA_CDS !== '0';
  if (wantCds && !existsSync(paths.cdsArchive)) {
    try {
      const t1 = Date.now();
      await buildCdsArchive(paths, log);
      log(`AppCDS archive built in ${((Date.now() - t1) / 1000).toFixed(1)} s: ${paths.cdsArchive}`);
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
 * -XX:ArchiveClassesAtExit). Later JVMs map it instead of parsing thousands of classes from jars:
 * one broker JVM reached "Kafka Server started" in 2.2-2.4 s instead of 3.1-3.9 s here, and whole
 * cluster starts were 30-40% faster. A JDK upgrade makes the JVM ignore it with a warning in
 * broker.log (default -Xshare:auto), nothing worse.
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
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
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
    'offsets.topic.num.partitions': OFFSETS_TOPIC_PARTITIONS,
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
 * ports. Removes only what an earlier run of this module created there (node-*, state.json, pids).
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
      runJava(state, node, ['kafka.tools.StorageTool', 'format', '-t', state.clusterId, '-c', node.configPath, '--ignore-formatted']),
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
    ...(state.cdsArchive && existsSync(state.cdsArchive) ? [`-XX:SharedArchiveFile=${state.cdsArchive}`] : []),
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
        : reject(new Error(`${mainAndArgs[0]} failed for node ${node.nodeId} (exit ${code}):\n${logTail(node.logPath)}`)),
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
  if (HAS_PROCFS) {
    try {
      return readFileSync(`/proc/${node.pid}/cmdline`, 'utf8').includes(node.configPath);
    } catch {
      return false;
    }
  }
  // No procfs (macOS): fall back to "some process has this pid".
  try {
    process.kill(node.pid, 0);
    return true;
  } catch {
    return false;
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
export async function stopNodeProcess(state, index, { signal = 'SIGTERM', timeoutMs = DEFAULT_STOP_TIMEOUT_MS } = {}) {
  const node = nodeAt(state, index);
  if (isNodeRunning(node) && node.pid) {
    signalPid(node.pid, signal);
    signalPid(node.pid, 'SIGCONT'); // a frozen (SIGSTOPped) node must run to act on SIGTERM
    if (!(await waitUntil(() => !isNodeRunning(node), timeoutMs)) && signal !== 'SIGKILL') {
      signalPid(node.pid, 'SIGKILL');
      await waitUntil(() => !isNodeRunning(node), 10_000);
    }
  }
  node.pid = null;
  writePidFile(state);
}

/**
 * Stops every node in parallel, SIGKILL after 8 s by default. The bound is short on purpose: when
 * all nodes of a 3-node cluster stop, the last one has no controller quorum left to ack its
 * controlled shutdown and would wait for minutes. Graceful shutdown buys nothing here: a cluster
 * is never started again from its data (only single nodes are, see stopNodeProcess).
 */
export async function stopCluster(state, { signal = 'SIGTERM', timeoutMs = 8_000 } = {}) {
  await Promise.all(state.nodes.map((node) => stopNodeProcess(state, node.index, { signal, timeoutMs })));
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
 * Kills the JVMs of the cluster in `dir` with SIGKILL when process `ownerPid` dies without
 * stopping them (a crashed or SIGKILLed test runner). A detached `sh` polling once a second;
 * stop it with the returned function. Reads <dir>/pids only when it fires, so it can start
 * before the cluster does and covers node restarts.
 */
export function startOrphanWatchdog(dir, ownerPid = process.pid) {
  const pidFile = path.join(path.resolve(dir), 'pids');
  const script = 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; [ -f "$2" ] && kill -9 $(cat "$2") 2>/dev/null; exit 0';
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
// Readiness: real Kafka requests (the versions kafkajs 2.2.4 itself sends, all kept by Kafka 4.x)
// ---------------------------------------------------------------------------------------------

/** Minimal encoder for non-flexible request bodies. */
class Writer {
  parts = [];
  int8(v) {
    const b = Buffer.alloc(1);
    b.writeInt8(v);
    this.parts.push(b);
    return this;
  }
  int16(v) {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int32(v) {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  string(s) {
    const bytes = Buffer.from(s, 'utf8');
    this.int16(bytes.length);
    this.parts.push(bytes);
    return this;
  }
  buffer() {
    return Buffer.concat(this.parts);
  }
}

/** Minimal decoder for non-flexible response bodies. */
class Reader {
  o = 0;
  constructor(buf) {
    this.buf = buf;
  }
  int16() {
    const v = this.buf.readInt16BE(this.o);
    this.o += 2;
    return v;
  }
  int32() {
    const v = this.buf.readInt32BE(this.o);
    this.o += 4;
    return v;
  }
  /** string or nullable string (length -1 = null) */
  string() {
    const len = this.int16();
    if (len < 0) return null;
    const s = this.buf.toString('utf8', this.o, this.o + len);
    this.o += len;
    return s;
  }
  bytes() {
    const len = this.int32();
    if (len > 0) this.o += len;
  }
  array(readItem) {
    const n = this.int32();
    return Array.from({ length: Math.max(n, 0) }, () => readItem());
  }
}

/**
 * One request/response round trip on a fresh connection (request header v1, response header v0).
 * @returns {Promise<Reader>} positioned after the correlation id
 */
function kafkaRequest(host, port, apiKey, apiVersion, body, timeoutMs = 3_000) {
  return new Promise((resolve, reject) => {
    const header = new Writer().int16(apiKey).int16(apiVersion).int32(1).string('auditmask-kafka-probe').buffer();
    const payload = Buffer.concat([header, body]);
    const size = new Writer().int32(payload.length).buffer();
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    const finish = (err, value) => {
      clearTimeout(timer);
      socket.destroy();
      err ? reject(err) : resolve(value);
    };
    const timer = setTimeout(() => finish(new Error(`no response to api ${apiKey} within ${timeoutMs} ms`)), timeoutMs);
    socket.on('connect', () => socket.write(Buffer.concat([size, payload])));
    socket.on('error', (err) => finish(err));
    socket.on('close', () => finish(new Error(`connection closed before a response to api ${apiKey}`)));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      const reader = new Reader(received.subarray(4, 4 + received.readInt32BE(0)));
      reader.int32(); // correlation id
      finish(null, reader);
    });
  });
}

/**
 * Metadata v6 for no topics: the brokers the cluster reports. In KRaft only registered,
 * unfenced brokers are listed, so "every node lists all N node ids" means it serves clients.
 * @returns {Promise<{ clusterId: string | null, controllerId: number, brokers: { nodeId: number, host: string, port: number }[] }>}
 */
export async function probeMetadata(host, port, timeoutMs = 3_000) {
  // topics: empty array (null would mean all topics); allow_auto_topic_creation: false
  const r = await kafkaRequest(host, port, 3, 6, new Writer().int32(0).int8(0).buffer(), timeoutMs);
  r.int32(); // throttle_time_ms
  const brokers = r.array(() => {
    const nodeId = r.int32();
    const brokerHost = r.string() ?? '';
    const brokerPort = r.int32();
    r.string(); // rack
    return { nodeId, host: brokerHost, port: brokerPort };
  });
  const clusterId = r.string();
  const controllerId = r.int32();
  return { clusterId, controllerId, brokers };
}

/** FindCoordinator v2 (group): error code and coordinator address. Creates __consumer_offsets. */
async function findGroupCoordinator(host, port, groupId) {
  const r = await kafkaRequest(host, port, 10, 2, new Writer().string(groupId).int8(0).buffer());
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  r.string(); // error_message
  const nodeId = r.int32();
  const coordinatorHost = r.string() ?? '';
  return { errorCode, nodeId, host: coordinatorHost, port: r.int32() };
}

/** DescribeGroups v2: error code per group (0 once the group's offsets partition is loaded). */
async function describeGroupErrors(host, port, groupIds) {
  const body = new Writer().int32(groupIds.length);
  for (const g of groupIds) body.string(g);
  const r = await kafkaRequest(host, port, 15, 2, body.buffer());
  r.int32(); // throttle_time_ms
  return new Map(
    r.array(() => {
      const errorCode = r.int16();
      const groupId = r.string() ?? '';
      r.string(); // group_state
      r.string(); // protocol_type
      r.string(); // protocol_data
      r.array(() => {
        r.string(); // member_id
        r.string(); // client_id
        r.string(); // client_host
        r.bytes(); // member_metadata
        r.bytes(); // member_assignment
      });
      return [groupId, errorCode];
    }),
  );
}

/** Java's String.hashCode, to place group ids on __consumer_offsets partitions like Kafka does. */
function javaHashCode(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** One group id per __consumer_offsets partition (Kafka: (hashCode & 0x7fffffff) % partitions). */
function groupPerOffsetsPartition(partitions) {
  const groups = new Map();
  for (let k = 0; groups.size < partitions; k++) {
    const id = `auditmask-warmup-${k}`;
    const p = (javaHashCode(id) & 0x7fffffff) % partitions;
    if (!groups.has(p)) groups.set(p, id);
  }
  return [...groups.values()];
}

/**
 * Makes group coordination ready before the first test needs it. Without this the first consumer
 * of a fresh cluster gets "The group coordinator is not available" while __consumer_offsets is
 * created, then "This is not the correct coordinator for this group" while its partitions load;
 * kafkajs exhausts its retries within a second and restarts the consumer (KafkaJSNumberOfRetriesExceeded).
 * Here: FindCoordinator creates the topic; then every partition must answer DescribeGroups.
 * @returns {Promise<string>} '' when ready, else what is still missing
 */
async function groupCoordinationProblem(state, groups) {
  const running = state.nodes.filter((n) => n.pid !== null);
  const first = running[0];
  if (!first) return 'no running node';
  const found = await findGroupCoordinator('localhost', first.port, groups[0]);
  if (found.errorCode !== 0) return `FindCoordinator error ${found.errorCode}`;
  const ready = new Set();
  // Each broker answers for the partitions it leads (others: NOT_COORDINATOR), so ask them all.
  const answers = await Promise.allSettled(running.map((n) => describeGroupErrors('localhost', n.port, groups)));
  for (const answer of answers) {
    if (answer.status !== 'fulfilled') continue;
    for (const [group, errorCode] of answer.value) if (errorCode === 0) ready.add(group);
  }
  return ready.size === groups.length ? '' : `${groups.length - ready.size} __consumer_offsets partitions not loaded`;
}

/**
 * Waits until every running node answers Metadata listing every running node, then (unless
 * `groupCoordination` is false) until consumer groups can be coordinated on every
 * __consumer_offsets partition. Fails fast, with the log tails, when a JVM exits meanwhile.
 */
export async function waitForCluster(state, { timeoutMs = DEFAULT_START_TIMEOUT_MS, groupCoordination = true } = {}) {
  const deadline = Date.now() + timeoutMs;
  const groups = groupPerOffsetsPartition(OFFSETS_TOPIC_PARTITIONS);
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
    const results = await Promise.allSettled(expected.map((n) => probeMetadata('localhost', n.port)));
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
    if (!lastProblem && groupCoordination) {
      lastProblem = await groupCoordinationProblem(state, groups).catch((err) => `group coordination: ${err.message}`);
    }
    if (!lastProblem) return;
    if (Date.now() >= deadline) {
      throw new KafkaStartError(`Kafka cluster not ready after ${timeoutMs} ms (${lastProblem.trim()})`, state);
    }
    await sleep(250);
  }
}

/** A start failure; the message carries every node's log tail (CI must show why). */
export class KafkaStartError extends Error {
  constructor(reason, state, portTaken = false) {
    const tails = state.nodes.map((n) => `--- ${n.logPath} (last 40 lines) ---\n${logTail(n.logPath, 40)}`).join('\n');
    super(`${reason}\n${tails}`);
    this.name = 'KafkaStartError';
    this.portTaken = portTaken;
  }
}

/** The last `lines` lines of a file ('' if it does not exist). */
export function logTail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
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
      const t0 = Date.now();
      await waitForCluster(state, { timeoutMs, groupCoordination: false });
      const t1 = Date.now();
      await waitForCluster(state, { timeoutMs: Math.max(1, timeoutMs - (t1 - t0)) });
      log(`brokers answered after ${t1 - t0} ms, group coordination ready ${Date.now() - t1} ms later`);
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
