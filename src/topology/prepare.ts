// Loading everything a pipeline run needs from a config file, checked at once (issue 17: topology
// layer, shared by `auditmask run` and `auditmask replay`).
// The built-in component types register themselves on import: the topology, which builds pipelines
// from configs, is where they are loaded (not the config loader).
import '../components/builtin.js';
import { readFileSync } from 'node:fs';
import { type HmacKey, randomHmacKey, readHmacKey } from '../config/hmac-key.js';
import { type ComponentEntry, loadRunConfig, type RunConfig } from '../config/run-config.js';
import { defaultPolicy, type LoadedPolicy, policyFromText } from '../engine/index.js';
import { type ConfigIssue, ConfigError } from '../core/errors.js';
import { type OtlpExportPlan, otlpExportPlan, selfExportLoop } from '../telemetry/otlp-export.js';
import { vaultEntities } from '../vault/entities.js';

/** Everything `auditmask run` needs, validated: config, policy (text for the workers) and key. */
export interface PreparedRun {
  config: RunConfig;
  configSource: string;
  policy: LoadedPolicy;
  /** The policy YAML for the workers; undefined → built-in policy. */
  policyText: string | undefined;
  key: HmacKey;
  /** Where auditmask's own spans and logs go over OTLP; undefined: nowhere. */
  selfExport: OtlpExportPlan | undefined;
  /** The token vault with its entity types resolved from the policy; undefined: no vault. */
  vault?: {
    /** The vault file; absent when the vault is the Kafka topic `kafka`. */
    path?: string;
    kafka?: NonNullable<NonNullable<RunConfig['vault']>['kafka']>;
    recipients: string[];
    entities: string[];
    deprecatedEntities: boolean;
  };
}

/** Listen addresses of the OTLP sources in the config (their defaults when not set). */
function ownOtlpAddresses(config: RunConfig): string[] {
  return (config.sources as ComponentEntry[])
    .filter((s) => s.type === 'otlp')
    .flatMap((s) => [s.http_endpoint ?? '127.0.0.1:4318', s.grpc_endpoint ?? '127.0.0.1:4317'])
    .filter((a): a is string => typeof a === 'string');
}

/**
 * Loads and checks the config, the policy and the key, reporting every problem at once (one
 * ConfigError, exit code 2). The key never appears in messages.
 */
export function prepareRun(file: string | undefined): PreparedRun {
  const { config, source } = loadRunConfig(file);
  const issues: ConfigIssue[] = [];
  let policy = defaultPolicy();
  let policyText: string | undefined;
  if (config.policy !== undefined) {
    try {
      policyText = readFileSync(config.policy, 'utf8');
      policy = policyFromText(policyText, config.policy);
    } catch (err) {
      issues.push(...nested('policy', err));
    }
  }
  let key: HmacKey | undefined;
  try {
    key = resolveKey(config);
  } catch (err) {
    issues.push(...nested('key', err));
  }
  if (!key && issues.every((i) => i.path !== 'key')) {
    if (config.key.random_ok) key = randomHmacKey();
    else {
      issues.push({
        path: 'key',
        message: `no token key found (key.file, $${config.key.env}, $AUDITMASK_HMAC_KEY_FILE): provide one (e.g. \`openssl rand -hex 32\`, written as hex:<digits>), or set key.random_ok: true for development`,
      });
    }
  }
  let vault: PreparedRun['vault'];
  if (config.vault) {
    try {
      const { entities, deprecated } = vaultEntities(policy.policy, config.vault.entities, 'vault.entities');
      vault = {
        ...(config.vault.path !== undefined ? { path: config.vault.path } : {}),
        ...(config.vault.kafka !== undefined ? { kafka: config.vault.kafka } : {}),
        recipients: config.vault.recipients,
        entities,
        deprecatedEntities: deprecated,
      };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      issues.push(...err.issues);
    }
  }
  const selfExport = otlpExportPlan(config.telemetry.otlp);
  const loop = selfExport && selfExportLoop(selfExport, ownOtlpAddresses(config));
  if (loop) {
    issues.push({
      path: 'telemetry.otlp.endpoint',
      message: `auditmask's own telemetry would be sent to ${loop}, which is this process's own OTLP source: its logs would come back in as records. Point it at your collector (or unset OTEL_EXPORTER_OTLP_ENDPOINT)`,
    });
  }
  if (issues.length > 0 || !key) throw new ConfigError(source, issues);
  return { config, configSource: source, policy, policyText, key, selfExport, ...(vault ? { vault } : {}) };
}

function resolveKey(config: RunConfig): HmacKey | undefined {
  if (config.key.file) return readHmacKey({ keyFile: config.key.file });
  return readHmacKey({
    env: {
      AUDITMASK_HMAC_KEY_FILE: process.env.AUDITMASK_HMAC_KEY_FILE,
      AUDITMASK_HMAC_KEY: process.env[config.key.env],
      AUDITMASK_HMAC_KEY_ID: process.env.AUDITMASK_HMAC_KEY_ID,
    },
  });
}

/** Re-homes the issues of a nested ConfigError (the policy file, the key) under `path`. */
function nested(path: string, err: unknown): ConfigIssue[] {
  if (err instanceof ConfigError) {
    return err.issues.map((i) => ({
      path,
      message: `${err.file ?? ''}${i.line === undefined ? '' : `:${i.line}`} ${i.path ? `${i.path}: ` : ''}${i.message}`.trim(),
    }));
  }
  const e = err as NodeJS.ErrnoException;
  return [{ path, message: `cannot read ${e.path ?? 'it'} (${e.code ?? e.name}): check the path and permissions` }];
}
