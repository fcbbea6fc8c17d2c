import type { IHeaders } from 'kafkajs';
import { type ComponentConfig, type ComponentDeps, registerSink } from '../../core/registry.js';
import type { MaskedRecord, Sink } from '../../core/component.js';
import { describeOrigin, type RecordOrigin } from '../../core/record.js';
import { kafkaConnectionOptions, TOMBSTONE_HEADER } from '../../kafka/connection.js';
import { KafkaChainStage, kafkaChainOptions } from './chained.js';
import { KafkaWriter, kafkaTopicOptions, type Outgoing } from './writer.js';
import { z } from 'zod';

export const kafkaSinkOptions = {
  ...kafkaConnectionOptions,
  ...kafkaTopicOptions('Clean topic', 'audit.clean.{source_topic}'),
  evidence_headers: z
    .boolean()
    .default(true)
    .describe(
      'Add `auditmask-policy`, `auditmask-key` (the token key id), `auditmask-tok` (the token construction, `v2`) and `auditmask-findings` (JSON, never with values) headers.',
    ),
  lineage_headers: z
    .boolean()
    .default(true)
    .describe(
      'Add `auditmask-source-topic`, `auditmask-source-partition` and `auditmask-source-offset` (or `auditmask-source` for records not from Kafka): every clean record traces back to its raw origin.',
    ),
  chain: kafkaChainOptions,
};

export type KafkaSinkConfig = ComponentConfig<typeof kafkaSinkOptions>;

/** Header names auditmask sets; an input header of the same name is replaced, never trusted. */
export const HEADER = {
  policy: 'auditmask-policy',
  key: 'auditmask-key',
  tok: 'auditmask-tok',
  findings: 'auditmask-findings',
  sourceTopic: 'auditmask-source-topic',
  sourcePartition: 'auditmask-source-partition',
  sourceOffset: 'auditmask-source-offset',
  source: 'auditmask-source',
  reason: 'auditmask-reason',
  error: 'auditmask-error',
} as const;

/** Lineage headers of a record's origin. */
export function lineageHeaders(origin: RecordOrigin): IHeaders {
  if (origin.kind === 'kafka') {
    return {
      [HEADER.sourceTopic]: origin.topic,
      [HEADER.sourcePartition]: String(origin.partition),
      [HEADER.sourceOffset]: origin.offset,
    };
  }
  return { [HEADER.source]: describeOrigin(origin) };
}

/** Input headers without any `auditmask-*` one (ours are set after). */
export function inputHeaders(h: Record<string, Buffer | string> | undefined): IHeaders {
  const out: IHeaders = Object.create(null); // header names are untrusted (`__proto__`)
  if (h) for (const [name, v] of Object.entries(h)) if (!name.toLowerCase().startsWith('auditmask-')) out[name] = v;
  return out;
}

/**
 * The clean-topic sink: each masked record is produced with its (masked) key, its (masked)
 * headers plus evidence and lineage headers, to the topic given by `topic`. Resolves once every
 * broker acknowledged (`acks: -1`, idempotent producer). In exactly-once mode its records are
 * sent inside the source partition's transaction (src/kafka/transactions.ts).
 */
export function createKafkaSink(config: KafkaSinkConfig, deps: ComponentDeps): Sink & { readonly writer: KafkaWriter } {
  const writer = new KafkaWriter(config, deps.logger, config.id);
  const toOutgoing = (r: MaskedRecord): Outgoing => {
    const headers = inputHeaders(r.headers);
    if (config.evidence_headers) {
      headers[HEADER.policy] = r.evidence.policy;
      headers[HEADER.key] = r.evidence.key;
      if (r.evidence.tok !== undefined) headers[HEADER.tok] = r.evidence.tok;
      headers[HEADER.findings] = JSON.stringify(r.evidence.findings);
    }
    if (config.lineage_headers) Object.assign(headers, lineageHeaders(r.origin));
    // A tombstone in, a tombstone out (under the masked key), so compaction deletes it.
    const tombstone = r.headers?.[TOMBSTONE_HEADER] !== undefined;
    return { origin: r.origin, message: { key: r.key ?? null, value: tombstone ? null : r.value, headers } };
  };
  if (config.chain?.enabled) return chainedKafkaSink(config, deps, writer, toOutgoing);
  return {
    id: config.id,
    writer,
    async start() {
      await writer.start();
      deps.logger.info({ topic: config.topic }, 'Kafka sink ready');
    },
    write: (records) => writer.write(records.map(toOutgoing)),
    stop: () => writer.stop(),
  };
}

/**
 * The Kafka sink with its evidence chain (src/sinks/kafka/chained.ts): records are linked per
 * partition, timed checkpoints are sent between batches, every partition is sealed at stop. One
 * write (or checkpoint) at a time, so links follow the order the broker receives.
 */
function chainedKafkaSink(
  config: KafkaSinkConfig,
  deps: ComponentDeps,
  writer: KafkaWriter,
  toOutgoing: (r: MaskedRecord) => Outgoing,
): Sink & { readonly writer: KafkaWriter } {
  const stage = new KafkaChainStage(config, deps.logger, config.id);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
  const send = async (messages: Outgoing[]) => {
    try {
      await writer.write(messages);
    } catch (err) {
      stage.failed(messages);
      throw err;
    }
  };
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  return {
    id: config.id,
    writer,
    async start() {
      await writer.start();
      await stage.start();
      running = true;
      timer = setInterval(
        () => {
          void serial(async () => {
            const due = stage.dueCheckpoints();
            if (due.length > 0 && running) await send(due);
          }).catch(() => {});
        },
        Math.max(100, Math.min(config.chain.checkpoint_interval_ms, 5000)),
      );
      timer.unref();
      deps.logger.info({ topic: config.topic, chained: true }, 'Kafka sink ready');
    },
    write: (records) =>
      serial(async () => {
        const prepared = await stage.prepare(records.map(toOutgoing), (i) => records[i]?.evidence.policy ?? null);
        await send(prepared);
      }),
    async stop() {
      if (timer) clearInterval(timer);
      if (running) {
        running = false;
        await serial(async () => {
          const seals = stage.seals();
          if (seals.length > 0) await send(seals);
        }).catch((err: Error) => deps.logger.warn({ error: err.message }, 'the chain seals could not be written'));
      }
      await writer.stop();
      await stage.stop();
    },
  };
}

registerSink({
  type: 'kafka',
  description: 'Kafka clean topic: masked records with their key, headers, evidence and lineage; idempotent, acks=all.',
  options: kafkaSinkOptions,
  create: (config, deps) => createKafkaSink(config, deps),
});
