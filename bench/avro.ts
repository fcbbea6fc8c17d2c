import { createEngine } from '../src/engine/index.js';
import { type AvroTaskOptions, compileSchema, DEFAULT_SENTINELS, frame, maskAvroBytes } from '../src/record/avro-codec.js';
import { AUDIT_EVENT_SCHEMA, generateAvroEvents } from './avro-records.js';

/**
 * bench/avro: on one thread, in the same run, the Avro codec (decode + mask + encode, Confluent
 * framing) against decode + encode pass-through of the same records with the same compiled type
 * (the floor for Avro in, Avro out). Records: audit events of an AI agent / API gateway with a
 * realistic schema (logical types, enum, optional fields, nested record, map, array), about a
 * third carrying personal data or secrets. Prints a JSON last line with the ratio.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SCHEMA_ID = 101;

const schemaText = JSON.stringify(AUDIT_EVENT_SCHEMA);
const type = compileSchema(schemaText);
const records = generateAvroEvents(COUNT).map((v) => frame(SCHEMA_ID, type.toBuffer(v)));
// The same events without any personal data: nothing is found, the original bytes are forwarded.
const cleanRecords = generateAvroEvents(COUNT, 7, { clean: true }).map((v) => frame(SCHEMA_ID, type.toBuffer(v)));
const bytes = records.reduce((n, r) => n + r.length, 0);
const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-bench' });
const options: AvroTaskOptions = { schemas: { [SCHEMA_ID]: schemaText }, nonString: 'null_or_sentinel', sentinels: DEFAULT_SENTINELS };

const candidates: Record<string, (b: Buffer) => Buffer | undefined> = {
  passthrough: (b) => {
    const id = b.readInt32BE(1);
    const { value } = type.decode(b, 5);
    return frame(id, type.toBuffer(value));
  },
  masked: (b) => maskAvroBytes(engine, b, options).value,
};

let withFindings = 0;
let rejected = 0;
for (const r of records) {
  const m = maskAvroBytes(engine, r, options);
  if (m.rejected) rejected++;
  else if (m.evidence.findings.length > 0) withFindings++;
}
const cleanWithFindings = cleanRecords.filter((r) => maskAvroBytes(engine, r, options).evidence.findings.length > 0).length;
if (rejected > 0) throw new Error(`${rejected} records rejected: the benchmark records must all mask`);

function measure(fn: (b: Buffer) => Buffer | undefined, set: Buffer[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const r of set) sink += fn(r)?.length ?? 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === 0) throw new Error('benchmark produced nothing');
  return set.length / seconds;
}

for (const fn of Object.values(candidates)) measure(fn, records);
const rates: Record<string, number[]> = { passthrough: [], masked: [], clean_passthrough: [], clean_masked: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(candidates)) {
    rates[name]?.push(measure(fn, records));
    rates[`clean_${name}`]?.push(measure(fn, cleanRecords));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const maskedRps = median(rates.masked ?? []);
const passRps = median(rates.passthrough ?? []);
const cleanMaskedRps = median(rates.clean_masked ?? []);
const cleanPassRps = median(rates.clean_passthrough ?? []);
process.stdout.write(
  `records: ${COUNT} (${Math.round(bytes / COUNT)} bytes average, ${withFindings} with findings), rounds: ${ROUNDS}, node ${process.version}\n` +
    `masked       ${Math.round(maskedRps).toLocaleString('en')} records/s (decode + mask + encode)\n` +
    `passthrough  ${Math.round(passRps).toLocaleString('en')} records/s (decode + encode, same type)\n` +
    `clean set (no personal data, ${cleanWithFindings} with findings): masked ${Math.round(cleanMaskedRps).toLocaleString('en')} records/s, passthrough ${Math.round(cleanPassRps).toLocaleString('en')} records/s\n`,
);
process.stdout.write(
  `${JSON.stringify({
    bench: 'avro',
    records: COUNT,
    avg_bytes: Math.round(bytes / COUNT),
    with_findings: withFindings,
    masked_rps: Math.round(maskedRps),
    passthrough_rps: Math.round(passRps),
    ratio: Number((maskedRps / passRps).toFixed(3)),
    clean_masked_rps: Math.round(cleanMaskedRps),
    clean_passthrough_rps: Math.round(cleanPassRps),
    clean_ratio: Number((cleanMaskedRps / cleanPassRps).toFixed(3)),
  })}\n`,
);
