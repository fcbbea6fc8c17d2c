import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSink } from '../../core/registry.js';
import type { Sink } from '../../core/component.js';
import { encodeLine } from '../file/index.js';

export const stdoutSinkOptions = {
  stream: z.enum(['stdout', 'stderr']).default('stdout').describe('Which standard stream receives the masked JSON Lines.'),
};

export type StdoutSinkConfig = ComponentConfig<typeof stdoutSinkOptions>;

/**
 * Masked records as JSON Lines on stdout (one line per record, as the file sink writes them). A
 * write resolves once the stream accepted the data (no fsync: a pipe has none).
 */
export function createStdoutSink(config: StdoutSinkConfig, deps: ComponentDeps, out?: NodeJS.WritableStream): Sink {
  const stream = out ?? (config.stream === 'stderr' ? process.stderr : process.stdout);
  let stopped = false;
  let pending: Promise<void> = Promise.resolve();
  return {
    id: config.id,
    async start() {
      deps.logger.debug('stdout sink ready');
    },
    write(records) {
      if (stopped) return Promise.reject(new Error(`stdout sink ${config.id} is stopped`));
      const parts: Buffer[] = [];
      for (const r of records) parts.push(encodeLine(r), Buffer.from('\n'));
      const chunk = Buffer.concat(parts);
      const p = new Promise<void>((resolve, reject) => {
        stream.write(chunk, (err) => (err ? reject(err) : resolve()));
      });
      pending = p.catch(() => {});
      return p;
    },
    async stop() {
      stopped = true;
      await pending;
    },
  };
}

registerSink({
  type: 'stdout',
  description: 'Masked records as JSON Lines on standard output (or standard error).',
  options: stdoutSinkOptions,
  create: (config, deps) => createStdoutSink(config, deps),
});
