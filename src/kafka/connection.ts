import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import {
  type ICustomPartitioner,
  Kafka,
  type KafkaConfig,
  type logCreator,
  logLevel,
  type Message,
  Partitioners,
  type SASLOptions,
} from 'kafkajs';
import type { z } from 'zod';
import { kafkaConnectionOptions } from '../config/kafka-connection-options.js';
import type { Secret } from '../core/secret.js';
import { ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { registerInfrastructureHosts } from '../log/logger.js';
import { isRoutineKafkaEvent } from './log-routing.js';

// The schema lives with the config (src/config/kafka-connection-options.ts) so a run config section
// that connects to Kafka (the vault topic) is validated without loading kafkajs.
export { kafkaConnectionOptions };

export type KafkaConnectionConfig = z.output<z.ZodObject<typeof kafkaConnectionOptions>>;

/** The TLS options for kafkajs (files read now, so a missing file fails at startup). */
function tlsOptions(tls: KafkaConnectionConfig['tls'], component: string): boolean | ConnectionOptions | undefined {
  if (tls === undefined || typeof tls === 'boolean') return tls;
  const read = (file: string | undefined, field: string): Buffer | undefined => {
    if (!file) return undefined;
    try {
      return readFileSync(file);
    } catch (err) {
      throw new ConfigError(undefined, [
        { path: `tls.${field}`, message: `${component}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
      ]);
    }
  };
  const out: ConnectionOptions = { rejectUnauthorized: tls.reject_unauthorized };
  const ca = read(tls.ca_file, 'ca_file');
  const cert = read(tls.cert_file, 'cert_file');
  const key = read(tls.key_file, 'key_file');
  if (ca) out.ca = [ca];
  if (cert) out.cert = cert;
  if (key) out.key = key;
  if (tls.key_passphrase) out.passphrase = (tls.key_passphrase as Secret).reveal();
  if (tls.servername) out.servername = tls.servername;
  return out;
}

function saslOptions(sasl: KafkaConnectionConfig['sasl']): SASLOptions | undefined {
  if (!sasl) return undefined;
  const password = (sasl.password as Secret).reveal();
  return { mechanism: sasl.mechanism, username: sasl.username, password } as SASLOptions;
}

/**
 * kafkajs' own log lines, routed to ours at warn and above (info is too chatty: every join,
 * every connection). kafkajs never logs message values; its error text is passed as is.
 */
function kafkajsLogs(logger: Logger): logCreator {
  return () =>
    ({ level, log }) => {
      const {
        message,
        timestamp: _t,
        logger: _l,
        stack: _s,
        broker,
        clientId,
        groupId,
        memberId,
        topic,
        partition,
        ...extra
      } = log as Record<string, unknown>;
      const text = `kafkajs: ${String(message)}`;
      // Which broker, client, group: infrastructure, kept readable (logger TRUSTED_FIELDS).
      if (typeof broker === 'string') registerInfrastructureHosts([broker]);
      const fields: Record<string, unknown> = { kafkajs: extra };
      for (const [k, v] of [
        ['broker', broker],
        ['client_id', clientId],
        ['group_id', groupId],
        ['member_id', memberId],
        ['topic', topic],
        ['partition', partition],
      ] as const) {
        if (v !== undefined) fields[k] = v;
      }
      // Rebalances, coordinator moves, leader elections: routine, not errors (log-routing.ts).
      const routine = level <= logLevel.WARN && isRoutineKafkaEvent(String(message), extra.error);
      if (routine) logger.info(fields, text);
      else if (level === logLevel.ERROR) logger.error(fields, text);
      else if (level === logLevel.WARN) logger.warn(fields, text);
      else logger.debug(fields, text);
    };
}

/** A kafkajs client for one component. */
export function createKafkaClient(config: KafkaConnectionConfig, logger: Logger, component: string): Kafka {
  const sasl = saslOptions(config.sasl);
  const ssl = tlsOptions(config.tls, component);
  registerInfrastructureHosts(config.brokers);
  const options: KafkaConfig = {
    clientId: config.client_id,
    brokers: config.brokers,
    connectionTimeout: config.connection_timeout_ms,
    requestTimeout: config.request_timeout_ms,
    logLevel: logLevel.WARN,
    logCreator: kafkajsLogs(logger),
    // Reconnects are retried with backoff; the consumer restarts itself after a crash.
    retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 8 },
  };
  if (sasl) options.sasl = sasl;
  if (ssl !== undefined) options.ssl = ssl;
  return new Kafka(options);
}

/**
 * A client for the `--brokers host:port,…` flag of a one-shot command (`verify`, `quarantine`,
 * `reveal`): plain connection, kafkajs' own log silenced (the command reports its errors).
 */
export function brokersFlagClient(brokers: string, clientId: string): Kafka {
  return new Kafka({ brokers: brokers.split(',').map((b) => b.trim()), clientId, logLevel: logLevel.NOTHING });
}

/**
 * The same cluster? True when the bootstrap lists share a broker (the exactly-once sinks write
 * into the source's transactions only then).
 */
export function sameCluster(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a.map((s) => s.trim().toLowerCase()));
  return b.some((s) => set.has(s.trim().toLowerCase()));
}

/**
 * Marks a record whose Kafka value was null (a tombstone: "delete this key" on a compacted topic)
 * on its way through the pipeline: the worker masks its key, and the Kafka sink writes a
 * tombstone again under the masked key. Set only by the Kafka source (an input header of this
 * name is dropped there), removed by the Kafka sink.
 */
export const TOMBSTONE_HEADER = 'auditmask-tombstone';

/** Carried on a message object for our partitioner only (kafkajs hands the same object over). */
export const SOURCE_PARTITION = Symbol('auditmask.sourcePartition');
/** Set by our partitioner: the partition kafkajs sent the message to. */
export const CHOSEN_PARTITION = Symbol('auditmask.chosenPartition');

export type Tagged = Message & { [SOURCE_PARTITION]?: number; [CHOSEN_PARTITION]?: number };

/**
 * Keyed records go where Kafka's default (Java-compatible murmur2) partitioner puts them, so equal
 * keys (and equal tokens of sensitive keys) share a partition; records without a key keep their
 * source partition number (modulo the clean topic's partitions), so a partition's order survives.
 */
export const partitioner: ICustomPartitioner = () => {
  const byKey = Partitioners.DefaultPartitioner();
  const choose = (args: Parameters<typeof byKey>[0]): number => {
    const message = args.message as Tagged;
    if (message.partition != null) return message.partition;
    const source = message[SOURCE_PARTITION];
    if (message.key == null && source !== undefined && args.partitionMetadata.length > 0) {
      const ids = args.partitionMetadata.map((p) => p.partitionId).sort((a, b) => a - b);
      return ids[source % ids.length] as number;
    }
    return byKey(args);
  };
  return (args) => {
    const partition = choose(args);
    (args.message as Tagged)[CHOSEN_PARTITION] = partition;
    return partition;
  };
};
