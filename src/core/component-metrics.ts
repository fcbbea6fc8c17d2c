// What a component may record, as an interface handed to it (ComponentDeps.metrics): the
// implementation and every metric's name are src/telemetry/metrics.ts. Ground floor: imports nothing.

/** Stages whose batch latency is measured. */
export const STAGES = ['decode', 'mask', 'sink', 'dead_letter'] as const;
export type Stage = (typeof STAGES)[number];

export const ALERT_OUTCOMES = ['emitted', 'suppressed', 'failed'] as const;

/**
 * What components (sources, sinks, the worker pool) may record, handed to them in
 * `ComponentDeps.metrics` / `MaskPoolOptions.metrics` — as the OpenTelemetry Collector hands
 * TelemetrySettings to a factory — instead of imported as module globals. Labels are closed sets
 * or ids from the config, never record content.
 */
export interface ComponentMetrics {
  otlpRequest(transport: string, status: string): void;
  timeStage(stage: Stage, component: string): () => void;
  registerTopics(topics: Iterable<string>): void;
  setConsumerLag(topic: string, partition: number, lag: number): void;
  clearConsumerLag(topic: string, partition: number): void;
  exposureAlert(entity: string, outcome: (typeof ALERT_OUTCOMES)[number]): void;
  poolTaskRetried(reason: 'worker_crash' | 'timeout'): void;
}
