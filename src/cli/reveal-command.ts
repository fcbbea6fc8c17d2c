import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Kafka } from 'kafkajs';
import { loadRunConfig } from '../config/run-config.js';
import { ConfigError } from '../core/errors.js';
import { createLogger, silentLogger } from '../log/logger.js';
import { readIdentityFile } from '../quarantine/keys.js';
import { fileRevealTrail, type RevealAudit, type RevealTrail, sinkRevealTrail } from '../vault/reveal-trail.js';
import { findVaultLines, openVaultLine, type VaultLine } from '../vault/vault-file.js';
import type { Io } from './mask-command.js';

export interface RevealOptions {
  /** The vault file; or `brokers` and `topic` for a Kafka vault topic. Exactly one of the two. */
  vault?: string;
  brokers?: string;
  topic?: string;
  identity: string;
  reason: string;
  /** The trail file. At least one of `trail` and `trailSink`. */
  trail?: string;
  /** A sink id of the run config `config` (default: the built-in default's). */
  trailSink?: string;
  config?: string;
  who?: string;
}

/** The trails asked for: the file, a sink of the run config, or both. Throws ConfigError. */
async function openTrails(opts: RevealOptions, stderr: NodeJS.WritableStream): Promise<RevealTrail[]> {
  if (!opts.trail && !opts.trailSink)
    throw new ConfigError(undefined, [
      { path: '--trail', message: 'say where every reveal is recorded: --trail FILE and/or --trail-sink ID (a sink of --config)' },
    ]);
  // --config with neither --trail-sink nor a vault flag is used for its vault (vaultSource); with a vault flag it must name the sink.
  if (opts.config && !opts.trailSink && !vaultFromConfig(opts))
    throw new ConfigError(undefined, [{ path: '--trail-sink', message: 'name the sink of --config that receives the trail' }]);
  const trails: RevealTrail[] = [];
  if (opts.trail) trails.push(fileRevealTrail(opts.trail));
  if (opts.trailSink) {
    const { config, source } = loadRunConfig(opts.config);
    const logger = createLogger({ level: 'warn', stream: stderr, base: { app: 'auditmask', command: 'reveal' } });
    // The component catalogue (and its libraries) is loaded only when a sink receives the trail.
    const { createSinkById } = await import('../topology/components.js');
    trails.push(sinkRevealTrail(createSinkById(config, opts.trailSink, source, logger), `sink ${opts.trailSink}`));
  }
  return trails;
}

/**
 * `auditmask reveal TOKEN`: the original value behind a vault token, for an authorised person with
 * the re-identification identity. Every attempt — revealed, not found or refused — is appended to
 * every trail asked for (a file, a sink of the run config; who, when, token, reason; never the
 * value) and acknowledged BEFORE the value is printed, so no value leaves without its audit record:
 * when a trail refuses it, nothing is printed (exit 1). Exit 0 revealed, 1 not found, refused or
 * not recorded, 2 usage.
 */
export async function revealCommand(token: string, opts: RevealOptions, io: Io): Promise<number> {
  if (opts.reason.trim().length < 3)
    throw new ConfigError(undefined, [{ path: '--reason', message: 'say why (a case or ticket reference)' }]);
  // A run config names its components by type: the built-in types (and their libraries) are
  // registered only when one is read.
  if (opts.config !== undefined) await import('../components/builtin.js');
  const trails = await openTrails(opts, io.stderr);
  try {
    return await reveal(token, opts, trails, io);
  } finally {
    for (const t of trails) await t.close().catch(() => {});
  }
}

/** Every trail records the audit, or the caller is told which did not (and must not reveal). */
async function record(trails: readonly RevealTrail[], audit: RevealAudit, io: Io): Promise<boolean> {
  let ok = true;
  for (const t of trails) {
    try {
      await t.append(audit);
    } catch (err) {
      ok = false;
      io.stderr.write(`auditmask: the reveal could not be recorded in ${t.name} (${(err as Error).message})\n`);
    }
  }
  return ok;
}

/** True when the vault is the run config's (`--config` and no --vault, --brokers or --topic). */
const vaultFromConfig = (opts: RevealOptions): boolean =>
  opts.config !== undefined && opts.vault === undefined && opts.brokers === undefined && opts.topic === undefined;

/**
 * The run config's vault: its file, or its Kafka topic read with the vault's own connection
 * (brokers, SASL, TLS). Throws ConfigError when the config has no vault.
 */
function configVault(configFile: string): { vault: string } | { kafka: () => Promise<Kafka>; topic: string } {
  const { config, source } = loadRunConfig(configFile);
  if (config.vault?.path !== undefined) return { vault: config.vault.path };
  const options = config.vault?.kafka;
  if (options !== undefined)
    return {
      kafka: async () => (await import('../kafka/connection.js')).createKafkaClient(options, silentLogger, 'reveal'),
      topic: options.topic,
    };
  throw new ConfigError(source, [{ path: 'vault', message: 'this config has no vault: give --vault FILE, or --brokers and --topic' }]);
}

/** Where the vault is, checked before anything is read: a file, a topic on brokers, or the run config's. */
function vaultSource(opts: RevealOptions): { name: string; find: (token: string) => Promise<VaultLine[]> } {
  if (vaultFromConfig(opts)) {
    const fromConfig = configVault(opts.config as string);
    if ('kafka' in fromConfig) return topicVault(fromConfig.kafka, fromConfig.topic);
    const { config: _config, ...flags } = opts;
    return vaultSource({ ...flags, vault: fromConfig.vault });
  }
  const kafka = opts.brokers !== undefined || opts.topic !== undefined;
  if (kafka && opts.vault !== undefined)
    throw new ConfigError(undefined, [{ path: '--vault', message: 'give the vault file or --brokers and --topic, not both' }]);
  if (kafka && (opts.brokers === undefined || opts.topic === undefined))
    throw new ConfigError(undefined, [{ path: '--topic', message: 'a vault topic needs both --brokers and --topic' }]);
  if (!kafka && opts.vault === undefined)
    throw new ConfigError(undefined, [
      { path: '--vault', message: 'give the vault file (--vault), or the vault topic (--brokers and --topic)' },
    ]);
  if (!kafka) {
    const file = opts.vault as string;
    return {
      name: file,
      find: async (token) => {
        try {
          return await findVaultLines(file, token);
        } catch (err) {
          throw new ConfigError(undefined, [
            { path: '--vault', message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
          ]);
        }
      },
    };
  }
  const brokers = opts.brokers as string;
  const client = async () => (await import('../kafka/connection.js')).brokersFlagClient(brokers, 'auditmask-reveal');
  return topicVault(client, opts.topic as string);
}

/** A vault topic; kafkajs is loaded when the topic is read, so a file vault starts without it. */
function topicVault(connect: () => Promise<Kafka>, topic: string): { name: string; find: (token: string) => Promise<VaultLine[]> } {
  return {
    name: topic,
    find: async (token) => {
      try {
        const [client, { findVaultLinesInTopic }] = await Promise.all([connect(), import('../kafka/vault-topic.js')]);
        return await findVaultLinesInTopic(client, topic, token);
      } catch (err) {
        throw new ConfigError(undefined, [{ path: '--topic', message: `cannot read ${topic} (${(err as Error).message})` }]);
      }
    },
  };
}

async function reveal(token: string, opts: RevealOptions, trails: readonly RevealTrail[], io: Io): Promise<number> {
  const vault = vaultSource(opts);
  let identities: string[];
  try {
    identities = readIdentityFile(opts.identity);
  } catch (err) {
    throw new ConfigError(undefined, [{ path: '--identity', message: (err as Error).message }]);
  }
  const lines = await vault.find(token);
  const audit = (outcome: RevealAudit['outcome']): RevealAudit => ({
    time: new Date().toISOString(),
    event: 'reveal',
    who: opts.who ?? userInfo().username,
    token,
    reason: opts.reason,
    vault: vault.name,
    outcome,
  });
  if (lines.length === 0) {
    await record(trails, audit('not_found'), io);
    io.stderr.write(`auditmask: ${token} is not in the vault (only the entity types chosen for the vault are kept)\n`);
    return 1;
  }
  let value: string | undefined;
  for (const line of lines) {
    try {
      value = await openVaultLine(line, identities);
      break;
    } catch {
      // Try an older line: it may be sealed to a key this identity holds (rotation).
    }
  }
  if (value === undefined) {
    await record(trails, audit('refused'), io);
    io.stderr.write(
      `auditmask: no identity given opens ${token} (sealed to ${[...new Set(lines.flatMap((l) => l.key_ids))].join(', ')})\n`,
    );
    return 1;
  }
  if (!(await record(trails, audit('revealed'), io))) {
    io.stderr.write(`auditmask: ${token} not revealed: every reveal must be recorded first\n`);
    return 1;
  }
  io.stdout.write(`${value}\n`);
  return 0;
}

export function addRevealCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('reveal')
    .description('Print the original value behind a vault token (re-identification); every attempt is recorded in the trail')
    .argument('<token>', 'the token as it appears in the clean output, e.g. "<EMAIL:abcdefghijkl>"')
    .option('--vault <file>', 'the token vault file (or --brokers and --topic)')
    .option('-b, --brokers <list>', 'with --topic: read a Kafka vault topic (to the end offsets at start)')
    .option('-t, --topic <name>', 'the compacted vault topic (with --brokers)')
    .requiredOption('-i, --identity <file>', 'the re-identification age identity file')
    .requiredOption('--reason <text>', 'why (a case or ticket reference): recorded in the trail')
    .option('--trail <file>', 'the reveal audit trail file (appended, created 0600)')
    .option('--trail-sink <id>', 'also (or instead) record the trail through this sink of the run config (file, kafka, otlp…)')
    .option(
      '-c, --config <file>',
      'the run config that holds --trail-sink (default: the built-in default); without --vault/--brokers/--topic, its vault (file, or Kafka topic with its SASL/TLS) is read',
    )
    .option('--who <name>', 'who asks (default: the OS user name)')
    .addHelpText('after', '\nExit: 0 revealed, 1 not found or refused, 2 usage.\n')
    .action(async (token: string, opts: RevealOptions) => setExitCode(await revealCommand(token, opts, io)));
}
