import { type ComponentConfig, type ComponentDeps, registerDeadLetter } from '../../core/registry.js';
import type { DeadLetterSink, RejectedRecord } from '../../core/component.js';
import { kafkaConnectionOptions } from '../../kafka/connection.js';
import { quarantineEncryptionOptions, quarantineSealer } from '../../quarantine/options.js';
import { sealedKafkaMessage } from './sealed-message.js';
import { HEADER, inputHeaders, lineageHeaders } from '../kafka/index.js';
import { KafkaWriter, kafkaTopicOptions, type Outgoing } from '../kafka/writer.js';

export const kafkaDeadLetterOptions = {
  ...kafkaConnectionOptions,
  ...kafkaTopicOptions('Dead-letter topic (holds RAW data: restrict it with ACLs and a short retention)', 'audit.dlq.{source_topic}'),
  ...quarantineEncryptionOptions,
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
  const sealer = quarantineSealer(config, deps.logger);
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
      deps.logger.info(
        { topic: config.topic, key_ids: sealer?.keyIds ?? [] },
        sealer ? 'Kafka dead-letter topic ready (records sealed with age)' : 'Kafka dead-letter topic ready (holds raw data)',
      );
    },
    write: async (records) => {
      if (!sealer) return writer.write(records.map(toOutgoing));
      return writer.write(await Promise.all(records.map((r) => sealedKafkaMessage(r, sealer))));
    },
    stop: () => writer.stop(),
  };
}

registerDeadLetter({
  type: 'kafka',
  description:
    'Rejected records to a Kafka dead-letter topic, reason and origin in headers, the record sealed with age to `recipients` (raw only with `encrypt: false`).',
  options: kafkaDeadLetterOptions,
  create: (config, deps) => createKafkaDeadLetterSink(config, deps),
});
