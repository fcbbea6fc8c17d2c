// Types for registry-lib.mjs (plain JS so it runs before any build; TS strict imports these).

export declare const REPO_ROOT: string;
export declare const REGISTRY_VERSION: string;
export declare const CCOMPAT_PATH: string;

export interface RegistryInstallPaths {
  version: string;
  /** $AUDITMASK_REGISTRY_HOME or ~/.cache/auditmask/apicurio-registry-<version>. */
  home: string;
  jar: string;
  marker: string;
}

export interface RegistryState {
  pid: number | undefined;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The Confluent-compatible API: <url>/apis/ccompat/v7 */
  ccompatUrl: string;
  logPath: string;
  dir: string;
  version: string;
}

export declare function installPaths(): RegistryInstallPaths;
export declare function isInstalled(paths?: RegistryInstallPaths): boolean;
export declare function javaCommand(): string;
export declare function install(options?: {
  force?: boolean;
  log?: (msg: string) => void;
}): Promise<RegistryInstallPaths & { fetched: boolean; ms: number }>;
export declare function ensureInstalled(options?: { log?: (msg: string) => void }): Promise<RegistryInstallPaths>;
export declare function freePort(): Promise<number>;
export declare function probe(url: string, timeoutMs?: number): Promise<boolean>;
export declare function isRunning(pid: number | undefined): boolean;
export declare function logTail(file: string, lines?: number): string;
export declare function startRegistry(options?: {
  dir?: string;
  /** Default: a free port. */
  port?: number;
  detached?: boolean;
  timeoutMs?: number;
  log?: (msg: string) => void;
}): Promise<RegistryState>;
export declare function stopRegistry(state: RegistryState | undefined, options?: { timeoutMs?: number }): Promise<void>;
export declare function statePath(dir: string): string;
export declare function writeState(state: RegistryState): void;
export declare function readState(dir: string): RegistryState | undefined;
