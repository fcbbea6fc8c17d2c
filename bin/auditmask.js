#!/usr/bin/env node
// Entry for the installed binary: runs the compiled CLI (npm run build produces dist/).
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.8+ keeps V8's compiled code of our modules on disk (the OS temp dir; code only, never
// data), so a one-shot command such as `auditmask mask` starts in about half the time from its
// second run on. NODE_DISABLE_COMPILE_CACHE=1 turns it off; Node 20 has no such cache.
module.enableCompileCache?.();

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('auditmask: dist/ is missing; run `npm run build` first\n');
  process.exit(1);
}
const daemon = process.argv[2] === 'run' || process.argv[2] === 'replay';
// A reader that closes the pipe early (`auditmask mask big.jsonl | head`) ends a one-shot command
// as it ends `cat`: at once, quietly, with the status of a death by SIGPIPE (128 + 13), instead of
// an unhandled EPIPE stack trace. Whatever was not written yet is simply not written.
if (!daemon) {
  process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(141);
  });
}
const { main } = await import(entry.href);
const code = await main(process.argv);
process.exitCode = code;
// `run` and `replay` return only after a clean stop (drained, flushed, committed). A client
// library may still hold a socket or timer open (seen with kafkajs after a broker restart), which
// would keep a stopped daemon alive: give the event loop a grace period to empty, then end.
if (daemon) setTimeout(() => process.exit(code), 5000).unref();
