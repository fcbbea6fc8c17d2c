import type { Admin, PartitionMetadata } from 'kafkajs';
import { z } from 'zod';
import { chainKeyOptionFields, readChainKey } from '../../config/chain-key.js';
import { ConfigError } from '../../core/errors.js';
import { KafkaChains } from '../../evidence/kafka-chain.js';
import type { Logger } from '../../core/logger.js';
import type { RecordOrigin } from '../../core/record.js';
import { createKafkaClient, type KafkaConnectionConfig, partitioner, SOURCE_PARTITION } from '../../kafka/connection.js';
import { type KafkaTopicConfig, type Outgoing, topicRouter } from './writer.js';

/** The `chain:` options of the Kafka sink (docs/evidence.md). */
export const kafkaChainOptions = z
  .object({
    enabled: z
      .boolean()
      .default(false)
      .describe('Chain every partition written: a keyed link in the `auditmask-chain` header, genesis, checkpoint and seal records.'),
    ...chainKeyOptionFields,
    checkpoint_every: z
      .number()
      .int()
      .min(0)
      .default(10_000)
      .describe('A checkpoint record on a partition after this many records (0: only by time).'),
    checkpoint_interval_ms: z
      .number()
      .int()
      .min(100)
      .default(60_000)
      .describe('A checkpoint record once this long passed since the last one, when records were written since.'),
  })
  .strict()
  .prefault({})
  .describe('Evidence chain of the clean topic, one per partition, checked by `auditmask verify --brokers … --topic …`.');

export type KafkaChainConfig = z.output<typeof kafkaChainOptions>;

/**
 * Chains what the Kafka sink writes: decides each record's partition up front (with the sink's own
 * partitioner, from the topic's metadata), so the link can follow the previous record of that same
 * partition, and adds the genesis, checkpoint and seal records. Partition counts are read once per
 * topic: adding partitions to a clean topic while auditmask runs needs a restart.
 */
export class KafkaChainStage {
  readonly chains: KafkaChains;
  readonly #route: (origin: RecordOrigin) => string | Error;
  readonly #admin: Admin;
  readonly #metadata = new Map<string, PartitionMetadata[]>();
  readonly #lastOrigin = new Map<string, RecordOrigin>();
  readonly #choose = partitioner();

  constructor(config: KafkaConnectionConfig & KafkaTopicConfig & { chain: KafkaChainConfig }, logger: Logger, id: string) {
    const key = readChainKey({ keyFile: config.chain.key_file, envVar: config.chain.key_env });
    if (!key) {
      throw new ConfigError(undefined, [
        {
          path: 'chain',
          message: `chain.enabled needs a chain key: set chain.key_file, $${config.chain.key_env} or $AUDITMASK_CHAIN_KEY_FILE (e.g. hex: followed by \`openssl rand -hex 32\`)`,
        },
      ]);
    }
    this.chains = new KafkaChains({
      key: key.key.reveal(),
      keyId: key.id,
      writer: `kafka sink ${id}`,
      checkpointEvery: config.chain.checkpoint_every,
      checkpointIntervalMs: config.chain.checkpoint_interval_ms,
    });
    this.#route = topicRouter(config);
    this.#admin = createKafkaClient(config, logger, `${id}-chain`).admin();
  }

  async start(): Promise<void> {
    await this.#admin.connect();
  }

  async stop(): Promise<void> {
    await this.#admin.disconnect().catch(() => {});
  }

  /** The messages to send for `items`, each with its partition set, links and control records added. */
  async prepare(items: readonly Outgoing[], policyOf: (i: number) => string | null): Promise<Outgoing[]> {
    const out: Outgoing[] = [];
    for (const [i, item] of items.entries()) {
      const topic = this.#route(item.origin);
      if (topic instanceof Error) {
        out.push(item); // the writer fails the batch with the routing message
        continue;
      }
      const partitionMetadata = await this.#partitions(topic);
      const partition = this.#choose({ topic, partitionMetadata, message: { ...item.message, ...sourcePartitionTag(item) } });
      this.#lastOrigin.set(`${topic}/${partition}`, item.origin);
      for (const m of this.chains.link(topic, partition, item.message as never, policyOf(i))) {
        out.push({ origin: item.origin, message: { ...m, partition } as Outgoing['message'] });
      }
    }
    return out;
  }

  /** After a failed send: the partitions it touched start new chains. */
  failed(sent: readonly Outgoing[]): void {
    this.chains.reset(
      sent.flatMap((o) => (typeof o.message.partition === 'number' ? [{ topic: this.#topicOf(o), partition: o.message.partition }] : [])),
    );
  }

  dueCheckpoints(): Outgoing[] {
    return this.#withOrigins(this.chains.dueCheckpoints());
  }

  seals(): Outgoing[] {
    return this.#withOrigins(this.chains.seals());
  }

  #withOrigins(list: { topic: string; partition: number; message: { key?: unknown; value: unknown; headers?: unknown } }[]): Outgoing[] {
    return list.flatMap(({ topic, partition, message }) => {
      const origin = this.#lastOrigin.get(`${topic}/${partition}`);
      return origin ? [{ origin, message: { ...message, partition } as Outgoing['message'] }] : [];
    });
  }

  #topicOf(o: Outgoing): string {
    const t = this.#route(o.origin);
    return t instanceof Error ? '' : t;
  }

  async #partitions(topic: string): Promise<PartitionMetadata[]> {
    let p = this.#metadata.get(topic);
    if (!p) {
      const { topics } = await this.#admin.fetchTopicMetadata({ topics: [topic] });
      p = topics[0]?.partitions ?? [];
      if (p.length === 0) throw new Error(`topic ${topic} has no partitions (does it exist?)`);
      this.#metadata.set(topic, p);
    }
    return p;
  }
}

/** Our partitioner keeps a keyless record's source partition: pass it the same tag the writer sets. */
function sourcePartitionTag(item: Outgoing): Record<symbol, number> {
  return item.origin.kind === 'kafka' ? { [SOURCE_PARTITION]: item.origin.partition } : {};
}
