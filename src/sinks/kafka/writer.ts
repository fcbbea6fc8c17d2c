import { CompressionTypes, type Kafka, type Message, type Producer, type Sender, type TopicMessages } from 'kafkajs';
import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { RecordOrigin } from '../../core/record.js';
import {
  CHOSEN_PARTITION,
  createKafkaClient,
  type KafkaConnectionConfig,
  partitioner,
  SOURCE_PARTITION,
  sameCluster,
  type Tagged,
} from '../../kafka/connection.js';
import { transactionFor } from '../../kafka/transactions.js';

/** Topic routing and producer settings shared by the Kafka sink and the Kafka dead-letter sink. */
export function kafkaTopicOptions(what: string, example: string) {
  return {
    topic: z
      .string()
      .min(1)
      .describe(
        `${what}: a fixed name, or a template where \`{source_topic}\` is the topic the record was read from, after \`strip_prefix\` (e.g. \`${example}\`).`,
      ),
    strip_prefix: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Removed from the start of the source topic before it replaces `{source_topic}`: with `strip_prefix: audit.raw.` and `topic: audit.clean.{source_topic}`, `audit.raw.payments` → `audit.clean.payments`.',
      ),
    default_topic: z
      .string()
      .min(1)
      .optional()
      .describe('With a `{source_topic}` template: the topic for records that did not come from Kafka (OTLP, files).'),
    compression: z.enum(['none', 'gzip']).default('gzip').describe('Compression of the produced record batches.'),
  };
}

export interface KafkaTopicConfig {
  topic: string;
  strip_prefix?: string | undefined;
  default_topic?: string | undefined;
  compression: 'none' | 'gzip';
}

const SOURCE_TOPIC = '{source_topic}';

/** Where a record goes, or an error message (a record without a route fails its write). */
export function topicRouter(config: KafkaTopicConfig): (origin: RecordOrigin) => string | Error {
  if (!config.topic.includes(SOURCE_TOPIC)) {
    const fixed = config.topic;
    return () => fixed;
  }
  const strip = config.strip_prefix ?? '';
  return (origin) => {
    if (origin.kind !== 'kafka') {
      return config.default_topic ?? new Error(`a record from a ${origin.kind} source has no source topic: set default_topic`);
    }
    const name = strip && origin.topic.startsWith(strip) ? origin.topic.slice(strip.length) : origin.topic;
    return config.topic.split(SOURCE_TOPIC).join(name);
  };
}

/** A message to produce, with where it came from (for routing, transactions and null-key partitioning). */
export interface Outgoing {
  origin: RecordOrigin;
  message: Message;
}

/**
 * One idempotent producer (`acks: -1`, one request in flight per broker, so order is kept) that
 * writes a list of messages and resolves when the brokers acknowledged every one. Messages whose
 * origin partition has an open exactly-once transaction of a source on the same cluster are sent
 * inside that transaction instead. Writes are served one at a time, in call order.
 */
export class KafkaWriter {
  readonly #kafka: Kafka;
  readonly #brokers: readonly string[];
  readonly #route: (origin: RecordOrigin) => string | Error;
  readonly #compression: CompressionTypes;
  readonly #log: Logger;
  readonly #id: string;
  #producer: Producer | undefined;
  #state: 'new' | 'started' | 'stopped' = 'new';
  #chain: Promise<unknown> = Promise.resolve();
  #warnedCluster = false;
  readonly stats = { messages: 0, transactional: 0 };

  constructor(config: KafkaConnectionConfig & KafkaTopicConfig, logger: Logger, id: string) {
    if (config.topic.includes(SOURCE_TOPIC) && config.topic.split(SOURCE_TOPIC).join('x').length === 0) {
      throw new ConfigError(undefined, [{ path: 'topic', message: 'the topic template needs more than {source_topic}' }]);
    }
    this.#kafka = createKafkaClient(config, logger, id);
    this.#brokers = config.brokers;
    this.#route = topicRouter(config);
    this.#compression = config.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None;
    this.#log = logger;
    this.#id = id;
  }

  async start(): Promise<void> {
    if (this.#state !== 'new') return;
    // Idempotent: kafkajs retries without limit (a broker restart only delays the write).
    const producer = this.#kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: partitioner,
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: Number.MAX_SAFE_INTEGER },
    });
    await producer.connect();
    this.#producer = producer;
    this.#state = 'started';
  }

  write(items: Outgoing[]): Promise<void> {
    if (this.#state !== 'started') return Promise.reject(new Error(`Kafka sink ${this.#id} is not running`));
    const run = this.#chain.then(() => this.#send(items));
    this.#chain = run.catch(() => {});
    return run;
  }

  async #send(items: Outgoing[]): Promise<void> {
    if (items.length === 0) return;
    // Group by sender (a transaction or our producer), then by topic, keeping the order of each.
    const groups = new Map<Sender, Map<string, Message[]>>();
    const own = this.#producer as Producer;
    for (const { origin, message } of items) {
      const topic = this.#route(origin);
      if (topic instanceof Error) throw new Error(`Kafka sink ${this.#id}: ${topic.message}`);
      let sender: Sender = own;
      const tx = transactionFor(origin);
      if (tx) {
        if (sameCluster(tx.brokers, this.#brokers)) sender = tx.transaction;
        else if (!this.#warnedCluster) {
          this.#warnedCluster = true;
          this.#log.warn(
            {},
            'exactly_once: this sink writes to another cluster than the source, so it cannot join its transactions (at least once here)',
          );
        }
      }
      if (origin.kind === 'kafka') (message as Tagged)[SOURCE_PARTITION] = origin.partition;
      let byTopic = groups.get(sender);
      if (!byTopic) groups.set(sender, (byTopic = new Map()));
      let list = byTopic.get(topic);
      if (!list) byTopic.set(topic, (list = []));
      list.push(message);
    }
    await Promise.all(
      [...groups].map(async ([sender, byTopic]) => {
        const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
        await sendChecked(sender, topicMessages, this.#compression, this.#log, this.#id);
        this.stats.messages += topicMessages.reduce((n, t) => n + t.messages.length, 0);
        if (sender !== own) this.stats.transactional += topicMessages.reduce((n, t) => n + t.messages.length, 0);
      }),
    );
  }

  async stop(): Promise<void> {
    if (this.#state === 'stopped') return;
    const wasStarted = this.#state === 'started';
    this.#state = 'stopped';
    await this.#chain;
    if (wasStarted) await this.#producer?.disconnect().catch(() => {});
  }
}

/**
 * sendBatch, then checks that the brokers acknowledged every partition written to: kafkajs
 * 2.2.4 can resolve a send spanning several leaders without writing the partitions of a leader
 * that died mid-request (tulios/kafkajs #1303; see test/integration/kafka-cluster.test.ts). The
 * messages of a partition missing from the answer are sent again to that same partition (so
 * its order holds); after a few tries the write fails and the source redelivers the batch.
 */
export async function sendChecked(
  sender: Sender,
  topicMessages: TopicMessages[],
  compression: CompressionTypes,
  log: Logger,
  id: string,
): Promise<void> {
  let pending = topicMessages;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const result = await sender.sendBatch({ topicMessages: pending, acks: -1, compression: compression });
    const acked = new Set(result.filter((r) => r.errorCode === 0).map((r) => `${r.partition}\u0000${r.topicName}`));
    pending = pending
      .map(({ topic, messages }) => ({
        topic,
        messages: (messages as Tagged[]).filter((m) => {
          const partition = m[CHOSEN_PARTITION] ?? m.partition;
          return partition == null || !acked.has(`${partition}\u0000${topic}`);
        }),
      }))
      .filter((t) => t.messages.length > 0);
    if (pending.length === 0) return;
    const missing = pending.map((t) => `${t.topic}/${[...new Set((t.messages as Tagged[]).map((m) => m[CHOSEN_PARTITION]))].join(',')}`);
    if (attempt >= 5) throw new Error(`Kafka sink ${id}: partitions ${missing.join(' ')} not acknowledged after ${attempt} sends`);
    log.warn(
      { partitions: missing, attempt },
      'the brokers did not acknowledge every partition of a send (kafkajs #1303); sending those again',
    );
    for (const t of pending) for (const m of t.messages as Tagged[]) if (m[CHOSEN_PARTITION] != null) m.partition = m[CHOSEN_PARTITION];
  }
}
