import { PassThrough } from 'node:stream';
import { silentLogger } from '../../../src/log/logger.js';
import { createStdoutSink } from '../../../src/sinks/stdout/index.js';
import { sinkSuite } from '../../helpers/component-suite.js';

sinkSuite<unknown, { out: PassThrough; text: string[] }>({
  name: 'stdout sink',
  component: { kind: 'sink', type: 'stdout' },
  setup: () => {
    const out = new PassThrough();
    const ctx = { out, text: [] as string[] };
    out.on('data', (c: Buffer) => ctx.text.push(c.toString()));
    return ctx;
  },
  create: (ctx) => createStdoutSink({ id: 'out', type: 'stdout', stream: 'stdout' }, { logger: silentLogger }, ctx.out),
  readBack: async (ctx) =>
    ctx.text
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { suite: number }).suite),
  durable: true,
});
