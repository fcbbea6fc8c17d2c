/**
 * Benchmark runner: `npm run bench -- <name> [args]` runs bench/<name>.ts (compiled to dist/bench).
 * Each benchmark measures its baseline in the same run and prints a JSON last line with ratios:
 * timings on shared machines are noisy, ratios much less so.
 */
const name = process.argv[2];
const known = ['engine', 'engine-parts', 'prompts', 'pool', 'mask-threads', 'otlp', 'kafka', 'replay', 'avro', 'verify'];
if (!name || !known.includes(name)) {
  process.stderr.write(`usage: npm run bench -- <${known.join('|')}> [options]\n`);
  process.exit(2);
}
await import(`./${name}.js`);
