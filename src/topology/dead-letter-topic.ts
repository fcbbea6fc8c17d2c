import '../components/builtin.js';
import type { Kafka } from 'kafkajs';
import { loadRunConfig } from '../config/run-config.js';
import { ConfigError } from '../core/errors.js';
import { createKafkaClient, type KafkaConnectionConfig } from '../kafka/connection.js';
import type { Logger } from '../core/logger.js';

/**
 * The Kafka dead-letter topic of a run config, for the commands that read it (`quarantine list|
 * show|release -c run.yaml`): a client with the dead-letter sink's connection (brokers, SASL, TLS:
 * the same credentials the processor produces with) and its topic. `brokers` and `topic` given on
 * the command line take precedence. Throws ConfigError naming what is missing: a config whose
 * dead letter is not a Kafka topic, or whose topic is a template (`audit.dlq.{source_topic}`)
 * when no `--topic` names one.
 */
export function deadLetterTopicOf(
  configFile: string,
  overrides: { brokers?: string | undefined; topic?: string | undefined },
  logger: Logger,
): { kafka: Kafka; topic: string } {
  const { config, source } = loadRunConfig(configFile);
  const deadLetter = config.dead_letter as Record<string, unknown> & { type: string };
  if (deadLetter.type !== 'kafka')
    throw new ConfigError(source, [
      {
        path: 'dead_letter.type',
        message: `the dead letter of this config is a ${deadLetter.type}, not a Kafka topic: give its file to the command instead of --config`,
      },
    ]);
  const configured = String(deadLetter.topic ?? '');
  const topic = overrides.topic ?? (configured.includes('{') ? undefined : configured);
  if (!topic)
    throw new ConfigError(source, [
      {
        path: 'dead_letter.topic',
        message: `is a template (${configured}): name the dead-letter topic to read with --topic`,
      },
    ]);
  const connection = { ...deadLetter } as unknown as KafkaConnectionConfig;
  if (overrides.brokers !== undefined)
    connection.brokers = overrides.brokers
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean);
  return { kafka: createKafkaClient(connection, logger, 'quarantine'), topic };
}
