import { type ComponentConfig, type ComponentDeps, registerDeadLetter } from '../../components/registry.js';
import type { DeadLetterSink, RejectedRecord } from '../../pipeline/types.js';
import { kafkaConnectionOptions } from '../../sources/kafka/connection.js';
import { HEADER, inputHeaders, lineageHeaders } from '../kafka/index.js';
import { KafkaWriter, kafkaTopicOptions, type Outgoing } from '../kafka/writer.js';

export const kafkaDeadLetterOptions = {
  ...kafkaConnectionOptions,
  ...kafkaTopicOptions('Dead-letter topic (holds RAW data: restrict it with ACLs and a short retention)', 'audit.dlq.{source_topic}'),
};

export type KafkaDeadLetterConfig = ComponentConfig<typeof kafkaDeadLetterOptions>;

/**
 * Dead-letter topic: a record that cannot be decoded or masked is produced here with its
 * ORIGINAL value, key and headers (raw data, for a replay once the cause is fixed), plus
 * `auditmask-reason`, `auditmask-error` (a message that never quotes the record) and the lineage
 * headers. It never reaches the clean topic.
 */
export function createKafkaDeadLetterSink(
  config: KafkaDeadLetterConfig,
  deps: ComponentDeps,
): DeadLetterSink & { readonly writer: KafkaWriter } {
  const writer = new KafkaWriter(config, deps.logger, config.id);
  const toOutgoing = (r: RejectedRecord): Outgoing => {
    const headers = inputHeaders(r.record.headers);
    headers[HEADER.reason] = r.reason;
    headers[HEADER.error] = r.message;
    Object.assign(headers, lineageHeaders(r.record.origin));
    return { origin: r.record.origin, message: { key: r.record.key ?? null, value: r.record.value, headers } };
  };
  return {
    id: config.id,
    writer,
    async start() {
      await writer.start();
      deps.logger.info({ topic: config.topic }, 'Kafka dead-letter topic ready (holds raw data)');
    },
    write: (records) => writer.write(records.map(toOutgoing)),
    stop: () => writer.stop(),
  };
}

registerDeadLetter({
  type: 'kafka',
  description: 'Rejected records, raw, to a Kafka dead-letter topic with the reason and origin in headers.',
  options: kafkaDeadLetterOptions,
  create: (config, deps) => createKafkaDeadLetterSink(config, deps),
});
