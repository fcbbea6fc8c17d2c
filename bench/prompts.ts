import { createEngine } from '../src/engine/index.js';
import { maskJsonString } from '../src/record/json-codec.js';
import { mulberry32 } from './records.js';

/**
 * bench/prompts: AI-agent records whose cost is one long prompt (2–8 KB of prose, as agents log
 * them), against JSON.parse + JSON.stringify of the same records, on one thread. Long free text is
 * where detection cost grows with the text, not with the number of fields: a pattern tried at every
 * position, or a keyword pass per character, shows here first. A third of the prompts name a secret
 * (`api key`, `session token`, `password`), which switches on the keyword-gated secret detectors;
 * a third carry an email or a phone number. Every round reads records nothing has seen before.
 * Prints each engine's cost in round trips and a JSON last line with `ratio_vs_roundtrip`.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WORDS =
  'the a to of and in for is on with that this it as be by at from or an are you your we can will order invoice report summary customer account update status pipeline deploy error retry request response service agent tool database query result please could should check'.split(
    ' ',
  );
const SECRETS = ['rotate the api key for the billing service', 'the session token expired again', 'reset the password of the staging user'];

export function promptRecords(count: number, seed: number): string[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 350 + Math.floor(rnd() * 1050) }, () => pick(WORDS));
    const kind = i % 3;
    if (kind === 0) words.splice(Math.floor(rnd() * words.length), 0, pick(SECRETS));
    if (kind === 1)
      words.splice(
        Math.floor(rnd() * words.length),
        0,
        `mail me at user${Math.floor(rnd() * 1e6)}@example.com or call +1 415-555-${1000 + Math.floor(rnd() * 8999)}`,
      );
    const prompt = words.join(' ');
    return JSON.stringify({
      timestamp: new Date(Date.UTC(2026, 10, 1) + Math.floor(rnd() * 1e9)).toISOString(),
      event: 'agent.prompt',
      trace_id: Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join(''),
      agent: { id: `agent-${Math.floor(rnd() * 1e6)}`, model: 'claude-sonnet-4' },
      'gen_ai.prompt': prompt,
    });
  });
}

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-bench' });
const candidates: Record<string, (line: string) => string | undefined> = {
  roundtrip: (line) => JSON.stringify(JSON.parse(line)),
  engine: (line) => maskJsonString(engine, line).output,
};
function measure(fn: (line: string) => string | undefined, records: readonly string[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const r of records) sink += fn(r)?.length ?? 0;
  if (sink === 0) throw new Error('benchmark produced nothing');
  return Number(process.hrtime.bigint() - start) / records.length;
}
for (const fn of Object.values(candidates)) measure(fn, promptRecords(COUNT, 1));
const ns: Record<string, number[]> = { roundtrip: [], engine: [] };
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  const records = promptRecords(COUNT, 100 + round);
  bytes += records.reduce((n, r) => n + r.length, 0) / records.length / ROUNDS;
  for (const [name, fn] of Object.entries(candidates)) ns[name]?.push(measure(fn, records));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const engineNs = median(ns.engine ?? []);
const roundtripNs = median(ns.roundtrip ?? []);
process.stdout.write(
  `records: ${COUNT} (${Math.round(bytes)} bytes average), rounds: ${ROUNDS}, node ${process.version}\n` +
    `engine     ${(engineNs / 1000).toFixed(1)} µs/record\n` +
    `roundtrip  ${(roundtripNs / 1000).toFixed(1)} µs/record (JSON.parse + JSON.stringify)\n`,
);
process.stdout.write(
  `${JSON.stringify({ bench: 'prompts', engine_us: Number((engineNs / 1000).toFixed(1)), roundtrip_us: Number((roundtripNs / 1000).toFixed(1)), ratio_vs_roundtrip: Number((roundtripNs / engineNs).toFixed(3)) })}\n`,
);
