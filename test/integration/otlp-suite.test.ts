import { z } from 'zod';
import { silentLogger } from '../../src/log/logger.js';
import type { BatchHandler, SourceBatch } from '../../src/core/component.js';
import { createOtlpSink, otlpSinkOptions } from '../../src/sinks/otlp/index.js';
import { createOtlpSource, type OtlpSource, otlpSourceOptions } from '../../src/sources/otlp/index.js';
import { sinkSuite, sourceSuite } from '../helpers/component-suite.js';
import { attr, makeClient, startSource } from '../helpers/otlp-harness.js';

// The shared component suite (test/helpers/component-suite.ts) for the OTLP source and sink.

sourceSuite<{ port: number }>({
  name: 'otlp source (OTLP/HTTP protobuf, OpenTelemetry SDK client)',
  component: { kind: 'source', type: 'otlp' },
  setup: () => ({ port: 0 }),
  create: () =>
    createOtlpSource(
      { ...z.strictObject(otlpSourceOptions).parse({ http_endpoint: '127.0.0.1:0', grpc_endpoint: false }), id: 'otlp', type: 'otlp' },
      { logger: silentLogger },
    ),
  async produce(_ctx, numbers, source) {
    const client = makeClient('http/protobuf', (source as OtlpSource).addresses().http as string, { 'service.name': 'suite' });
    client.emit(numbers.length, (i) => ({ body: `record ${numbers[i]}`, attributes: { suite: numbers[i] } }));
    await client.flush();
    await client.close();
  },
  numbersOf: (b: SourceBatch) =>
    b.records.map((r) =>
      Number(attr((JSON.parse(r.value.toString()) as { logRecord: { attributes: unknown } }).logRecord.attributes, 'suite')?.intValue),
    ),
  // The OTLP client is the one that retries: a refused batch is answered 503 + Retry-After, and the
  // SDK sends it again.
  atLeastOnce: 'redeliver',
});

interface SinkCtx {
  down: OtlpSource;
  batches: SourceBatch[];
}

sinkSuite<never, SinkCtx>({
  name: 'otlp sink (to a downstream OTLP/HTTP receiver)',
  component: { kind: 'sink', type: 'otlp' },
  async setup() {
    const batches: SourceBatch[] = [];
    const handler: BatchHandler = async (b) => {
      batches.push(b);
      return { written: b.records.length, deadLettered: 0 };
    };
    return { down: await startSource(handler, { grpc_endpoint: false }), batches };
  },
  teardown: (ctx) => ctx.down.stop(),
  create: (ctx) =>
    createOtlpSink(
      { ...z.strictObject(otlpSinkOptions).parse({ endpoint: `http://${ctx.down.addresses().http}` }), id: 'siem', type: 'otlp' },
      { logger: silentLogger },
    ) as never,
  async readBack(ctx) {
    // suiteRecords are `json` records: the sink sends their masked text as the log body.
    return ctx.batches.flatMap((b) =>
      b.records.map((r) => {
        const doc = JSON.parse(r.value.toString()) as { logRecord: { body: { stringValue: string } } };
        return (JSON.parse(doc.logRecord.body.stringValue) as { suite: number }).suite;
      }),
    );
  },
});
