import { createHmac } from 'node:crypto';
import { createEngine } from '../src/engine/index.js';
import { maskJsonString } from '../src/record/json-codec.js';
import { digitRedrawer, generateRecords } from './records.js';

/**
 * bench/engine: on one thread, in the same run, the engine (scan the record's text, mask, splice
 * the evidence in) against JSON.parse + JSON.stringify of the same records (the floor for JSON in,
 * JSON out) and against a naive masker (parse, walk, apply the same kinds of patterns one after
 * another with a fresh HMAC per match, stringify); and the engine against the round trip on records
 * of the same shapes that hold no sensitive value (`clean`: what a record without findings costs),
 * and on the same shapes with their digits re-drawn (`unique`: every id, phone, card and time new,
 * as in a live stream; the generator draws them from small pools, which verdict caches answer).
 * Prints a JSON last line with the ratios.
 *
 * Every round reads records that no candidate has seen before (a new seed per round): the engine
 * remembers recent strings and tokens, and records read again would measure those caches rather
 * than the masking of a stream, where ids, prompts and addresses do not come back whole.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const sets = Array.from({ length: ROUNDS + 1 }, (_, round) => generateRecords(COUNT, 42 + round));
const cleanSets = Array.from({ length: ROUNDS + 1 }, (_, round) => generateRecords(COUNT, 4242 + round, { clean: true }));
const uniqueSets = Array.from({ length: ROUNDS + 1 }, (_, round) => generateRecords(COUNT, 4343 + round).map(digitRedrawer(round)));
const bytes = sets.flat().reduce((n, r) => n + Buffer.byteLength(r), 0) / sets.length;
const key = Buffer.alloc(32, 7);
const engine = createEngine({ key, keyId: 'k-bench' });

const NAIVE_PATTERNS: [string, RegExp][] = [
  ['PRIVATE_KEY', /-----BEGIN[A-Z ]*PRIVATE KEY-----[\s\S]*?-----END[A-Z ]*PRIVATE KEY-----/g],
  ['JWT', /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g],
  ['AWS_ACCESS_KEY_ID', /(?:AKIA|ASIA)[A-Z2-7]{16}/g],
  ['AUTH_CREDENTIAL', /(?:Bearer|Basic) [A-Za-z0-9._~+/=-]{8,}/g],
  ['SECRET', /(?:password|passwd|pwd|secret|token|api[_-]?key)["']?\s*[:=]\s*["']?[^\s"',;]+/gi],
  ['EMAIL', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ['CREDIT_CARD', /\b(?:\d[ -]?){12,18}\d\b/g],
  ['IBAN', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g],
  ['US_SSN', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['IP_ADDRESS', /\b(?:\d{1,3}\.){3}\d{1,3}\b/g],
  ['IP_ADDRESS', /\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b/g],
  ['DATE_OF_BIRTH', /(?:born|birth|dob)\D{0,20}\d{4}-\d{2}-\d{2}/gi],
  ['PHONE', /\+?\d[\d ().-]{6,18}\d/g],
];
const NAIVE_KEYS = /password|secret|token|authorization|email|ssn|card|phone|first_?name|last_?name|dob|iban/i;

function naiveMask(line: string): string {
  const tok = (entity: string, v: string) =>
    `<${entity}:${createHmac('sha256', key).update(`${entity}\0${v}`).digest('hex').slice(0, 12)}>`;
  const walk = (v: unknown, sensitive: boolean): unknown => {
    if (typeof v === 'string') {
      if (sensitive) return tok('KEY', v);
      let s = v;
      for (const [entity, re] of NAIVE_PATTERNS) s = s.replace(re, (m) => tok(entity, m));
      return s;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, sensitive));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, sensitive || NAIVE_KEYS.test(k));
      return out;
    }
    return v;
  };
  return JSON.stringify(walk(JSON.parse(line), false));
}

const candidates: Record<string, (line: string) => string | undefined> = {
  roundtrip: (line) => JSON.stringify(JSON.parse(line)),
  engine: (line) => maskJsonString(engine, line).output,
  naive: naiveMask,
};

function measure(fn: (line: string) => string | undefined, records: readonly string[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  // Reading a character flattens a concatenated output, as writing it would: every candidate pays for its output.
  for (const r of records) {
    const out = fn(r);
    if (out !== undefined) sink += out.length + out.charCodeAt(out.length >> 1);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === 0) throw new Error('benchmark produced nothing');
  return records.length / seconds;
}

// Warm up every candidate, then interleave rounds (each on its own records) and keep the median.
for (const fn of Object.values(candidates)) measure(fn, sets[0]!);
const rates: Record<string, number[]> = {
  roundtrip: [],
  engine: [],
  naive: [],
  roundtrip_clean: [],
  engine_clean: [],
  roundtrip_unique: [],
  engine_unique: [],
};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(candidates)) rates[name]?.push(measure(fn, sets[round + 1]!));
  rates.roundtrip_clean?.push(measure(candidates.roundtrip!, cleanSets[round + 1]!));
  rates.engine_clean?.push(measure(candidates.engine!, cleanSets[round + 1]!));
  rates.roundtrip_unique?.push(measure(candidates.roundtrip!, uniqueSets[round + 1]!));
  rates.engine_unique?.push(measure(candidates.engine!, uniqueSets[round + 1]!));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const engineRps = median(rates.engine ?? []);
const roundtripRps = median(rates.roundtrip ?? []);
const naiveRps = median(rates.naive ?? []);
const cleanEngineRps = median(rates.engine_clean ?? []);
const cleanRoundtripRps = median(rates.roundtrip_clean ?? []);
const uniqueEngineRps = median(rates.engine_unique ?? []);
const uniqueRoundtripRps = median(rates.roundtrip_unique ?? []);
process.stdout.write(
  `records: ${COUNT} (${Math.round(bytes / COUNT)} bytes average), rounds: ${ROUNDS}, node ${process.version}\n` +
    `engine     ${Math.round(engineRps).toLocaleString('en')} records/s\n` +
    `roundtrip  ${Math.round(roundtripRps).toLocaleString('en')} records/s (JSON.parse + JSON.stringify)\n` +
    `naive      ${Math.round(naiveRps).toLocaleString('en')} records/s\n` +
    `clean records (no sensitive value): engine ${Math.round(cleanEngineRps).toLocaleString('en')} records/s, roundtrip ${Math.round(cleanRoundtripRps).toLocaleString('en')} records/s\n` +
    `unique values (digits re-drawn): engine ${Math.round(uniqueEngineRps).toLocaleString('en')} records/s, roundtrip ${Math.round(uniqueRoundtripRps).toLocaleString('en')} records/s\n`,
);
process.stdout.write(
  `${JSON.stringify({
    engine_rps: Math.round(engineRps),
    roundtrip_rps: Math.round(roundtripRps),
    naive_rps: Math.round(naiveRps),
    ratio_vs_roundtrip: Number((engineRps / roundtripRps).toFixed(3)),
    ratio_vs_naive: Number((engineRps / naiveRps).toFixed(3)),
    clean_engine_rps: Math.round(cleanEngineRps),
    clean_roundtrip_rps: Math.round(cleanRoundtripRps),
    ratio_clean_vs_roundtrip: Number((cleanEngineRps / cleanRoundtripRps).toFixed(3)),
    ratio_unique_vs_roundtrip: Number((uniqueEngineRps / uniqueRoundtripRps).toFixed(3)),
  })}\n`,
);
