import type { Kafka, Producer } from 'kafkajs';
import { ConfigError } from '../core/errors.js';
import { createKafkaClient, type KafkaConnectionConfig } from './connection.js';
import { readTopicToEnd } from './read-topic.js';
import type { Logger } from '../core/logger.js';
import type { VaultLine } from '../vault/vault-file.js';

/**
 * The token vault as a compacted Kafka topic: one message per (token, value) pair, keyed by the
 * token, whose value is the vault line as the file holds it (JSON: token, entity, time, token key
 * id, key ids, and the pair sealed with age). Compaction keeps the newest line per token, so the
 * topic stays the size of the set of tokens kept. The value is never in the clear.
 */

export type KafkaVaultConfig = KafkaConnectionConfig & { topic: string };

/** Writes sealed vault lines to the topic (idempotent producer, acks from every in-sync replica). */
export class KafkaVaultWriter {
  readonly #kafka: Kafka;
  readonly #topic: string;
  readonly #logger: Logger;
  #producer: Producer | undefined;
  #state: 'new' | 'started' | 'stopped' = 'new';

  constructor(config: KafkaVaultConfig, logger: Logger) {
    this.#kafka = createKafkaClient(config, logger, 'vault');
    this.#topic = config.topic;
    this.#logger = logger;
  }

  /**
   * Checks the topic (creating it compacted when missing) and connects the producer. Throws a
   * ConfigError naming `vault.kafka.topic` when the topic exists without `cleanup.policy=compact`:
   * a deleting retention would lose pairs whose tokens are still in the clean data.
   */
  async start(): Promise<void> {
    if (this.#state !== 'new') return;
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      const existing = await admin.listTopics();
      if (!existing.includes(this.#topic)) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: [{ topic: this.#topic, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
        });
        this.#logger.info({ topic: this.#topic }, 'vault topic created (cleanup.policy=compact)');
      } else {
        const described = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: 2 /* TOPIC */, name: this.#topic, configNames: ['cleanup.policy'] }],
        });
        const policy = described.resources[0]?.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue ?? '';
        if (!policy.split(',').includes('compact'))
          throw new ConfigError(undefined, [
            {
              path: 'vault.kafka.topic',
              message: `${this.#topic} has cleanup.policy=${policy || 'delete'}: a vault topic must be compacted (kafka-configs --alter --add-config cleanup.policy=compact), or it loses pairs whose tokens are still in the clean data`,
            },
          ]);
      }
    } finally {
      await admin.disconnect().catch(() => {});
    }
    this.#producer = this.#kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await this.#producer.connect();
    this.#state = 'started';
    this.#logger.info({ topic: this.#topic }, 'token vault topic ready');
  }

  /** Produces the lines, keyed by token; resolves once every in-sync replica has them. */
  async write(lines: readonly VaultLine[]): Promise<void> {
    if (this.#state !== 'started' || !this.#producer) throw new Error('the vault topic writer is not started');
    if (lines.length === 0) return;
    await this.#producer.send({
      topic: this.#topic,
      acks: -1,
      messages: lines.map((l) => ({ key: l.token, value: JSON.stringify(l) })),
    });
  }

  /** Safe before start and twice. */
  async stop(): Promise<void> {
    if (this.#state === 'stopped') return;
    this.#state = 'stopped';
    await this.#producer?.disconnect().catch(() => {});
  }
}

/**
 * The vault lines of `token` in the topic (newest first), read from the first offset to the end
 * offsets at the start of the call. A message that is not a vault line is skipped.
 */
export async function findVaultLinesInTopic(kafka: Kafka, topic: string, token: string): Promise<VaultLine[]> {
  const found: VaultLine[] = [];
  await readTopicToEnd(kafka, topic, (_partition, m) => {
    if (m.key?.toString('utf8') !== token || !m.value) return;
    try {
      const line = JSON.parse(m.value.toString('utf8')) as VaultLine;
      if (line.token === token && typeof line.age === 'string') found.unshift(line);
    } catch {
      // Not a vault line: never quoted, skipped.
    }
  });
  return found;
}
