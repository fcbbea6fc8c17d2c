// Types for kafka-lib.mjs (plain JS so it runs before any build; TS strict imports these).

export declare const REPO_ROOT: string;
export declare const POM_PATH: string;

export interface InstallPaths {
  /** Kafka version pinned in kafka/pom.xml. */
  version: string;
  /** $AUDITMASK_KAFKA_HOME or ~/.cache/auditmask/kafka-<version>. */
  home: string;
  /** Folder of jars: the broker's classpath is `<lib>/*`. */
  lib: string;
  marker: string;
  cdsArchive: string;
}

export interface KafkaNodeState {
  /** 0-based position in `nodes` (the index the start/stop functions take). */
  index: number;
  /** Kafka node.id: index + 1. */
  nodeId: number;
  /** PLAINTEXT port clients use (advertised as localhost:<port>). */
  port: number;
  /** CONTROLLER port (KRaft quorum only; never give it to clients). */
  controllerPort: number;
  /** Broker JVM pid while started by this module, else null. */
  pid: number | null;
  dir: string;
  dataDir: string;
  configPath: string;
  logPath: string;
}

export interface KafkaClusterState {
  kafkaVersion: string;
  clusterId: string;
  dir: string;
  lib: string;
  cdsArchive: string | null;
  extraJvmArgs: string[];
  /** Bootstrap servers, `localhost:<port>`, one per node in node order. */
  brokers: string[];
  nodes: KafkaNodeState[];
  startedAt: string;
}

export interface StartClusterOptions {
  dir: string;
  nodes?: 1 | 3;
  /** Let the JVMs outlive this Node process (CLI). Default false. */
  detached?: boolean;
  /** Readiness bound; default $AUDITMASK_KAFKA_START_TIMEOUT_MS or 120 000. */
  timeoutMs?: number;
  useCds?: boolean;
  extraJvmArgs?: string[];
  log?: (msg: string) => void;
}

export interface StopOptions {
  /** First signal; default SIGTERM (controlled shutdown). */
  signal?: NodeJS.Signals;
  /** SIGKILL after this long; default 30 000 for one node, 8 000 for stopCluster. */
  timeoutMs?: number;
}

export interface MetadataProbe {
  clusterId: string | null;
  controllerId: number;
  brokers: { nodeId: number; host: string; port: number }[];
}

export declare function kafkaVersion(): string;
export declare function installPaths(): InstallPaths;
export declare function isInstalled(paths?: InstallPaths): boolean;
export declare function javaCommand(): string;
export declare function commandWorks(command: string, args: string[]): boolean;
/** Human-readable list of missing tools (empty when a broker can be started). */
export declare function prerequisitesMissing(): string[];
export declare function install(options?: {
  force?: boolean;
  cds?: boolean;
  log?: (msg: string) => void;
}): Promise<InstallPaths & { fetched: boolean; ms: number }>;
export declare function ensureInstalled(options?: { log?: (msg: string) => void }): Promise<InstallPaths>;

export declare function freePort(): Promise<number>;
export declare function serverProperties(node: KafkaNodeState, nodeCount: number, voters: string): string;
export declare function prepareCluster(options: { dir: string; nodes?: 1 | 3; paths?: InstallPaths }): Promise<KafkaClusterState>;

export declare function isNodeRunning(node: KafkaNodeState): boolean;
export declare function startNodeProcess(state: KafkaClusterState, index: number, options?: { detached?: boolean }): number;
export declare function stopNodeProcess(state: KafkaClusterState, index: number, options?: StopOptions): Promise<void>;
export declare function stopCluster(state: KafkaClusterState, options?: StopOptions): Promise<void>;
/** Returns a function that stops the watchdog. */
export declare function startOrphanWatchdog(dir: string, ownerPid?: number): () => void;

export declare function probeMetadata(host: string, port: number, timeoutMs?: number): Promise<MetadataProbe>;
/** Metadata from every running node lists all of them, then (by default) group coordination works. */
export declare function waitForCluster(
  state: KafkaClusterState,
  options?: { timeoutMs?: number; groupCoordination?: boolean },
): Promise<void>;
export declare class KafkaStartError extends Error {
  constructor(reason: string, state: KafkaClusterState, portTaken?: boolean);
  readonly portTaken: boolean;
}
export declare function logTail(file: string, lines?: number): string;

export declare function startCluster(options: StartClusterOptions): Promise<KafkaClusterState>;
export declare function statePath(dir: string): string;
export declare function writeState(state: KafkaClusterState): void;
export declare function readState(dir: string): KafkaClusterState | null;
