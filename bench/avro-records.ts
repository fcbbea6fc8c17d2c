import { mulberry32 } from './records.js';

/** An Avro schema for audit events and seeded records for it (bench/avro, tests). */
export const AUDIT_EVENT_SCHEMA = {
  type: 'record',
  name: 'AuditEvent',
  namespace: 'com.acme.audit',
  fields: [
    { name: 'event_id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'timestamp', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'event', type: { type: 'enum', name: 'EventType', symbols: ['TOOL_CALL', 'HTTP_REQUEST', 'DB_QUERY', 'LOGIN'] } },
    { name: 'trace_id', type: 'string' },
    { name: 'span_id', type: 'string' },
    {
      name: 'actor',
      type: {
        type: 'record',
        name: 'Actor',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'email', type: ['null', 'string'], default: null },
          { name: 'first_name', type: ['null', 'string'], default: null },
          { name: 'ip', type: ['null', 'string'], default: null },
        ],
      },
    },
    { name: 'tool', type: ['null', 'string'], default: null },
    { name: 'prompt', type: ['null', 'string'], default: null },
    { name: 'http_path', type: ['null', 'string'], default: null },
    { name: 'status', type: 'int' },
    { name: 'latency_ms', type: 'long' },
    { name: 'amount', type: ['null', { type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2 }], default: null },
    { name: 'card_number', type: ['null', 'long'], default: null },
    { name: 'labels', type: { type: 'map', values: 'string' } },
    { name: 'tags', type: { type: 'array', items: 'string' } },
  ],
};

const FIRST = ['Jane', 'John', 'Amira', 'Wei', 'Lucas', 'Priya', 'Olga', 'Kenji', 'Fatima', 'Diego'];
const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'corp.example.io'];
const CARDS = [4111111111111111, 5555555555554444, 4012888888881881, 6011111111111117];
const PHONES = ['+1 415-555-2671', '+44 20 7946 0958', '(212) 555-0147'];
const WORDS =
  'the a to of and in for is on with that this it as be by at from or an are you your we can will order invoice report summary customer account update status pipeline deploy error retry request response service agent tool database query result'.split(
    ' ',
  );

/**
 * Audit events as Avro values (wrapped unions, as compileSchema reads them), seeded. `clean`:
 * no personal data at all (no IP, email, name, card; prompts without contact details).
 */
export function generateAvroEvents(count: number, seed = 7, { clean = false }: { clean?: boolean } = {}): unknown[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const ip = () => `${Math.floor(rnd() * 223) + 1}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 254) + 1}`;
  const opt = (v: string | null) => (v === null ? null : { string: v });
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const pii = !clean && rnd() < 0.35;
    const first = pick(FIRST);
    const email = `${first.toLowerCase()}${Math.floor(rnd() * 100)}@${pick(DOMAINS)}`;
    const event = pick(['TOOL_CALL', 'HTTP_REQUEST', 'DB_QUERY', 'LOGIN'] as const);
    out.push({
      event_id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      timestamp: Date.UTC(2026, 10, 1) + Math.floor(rnd() * 86_400_000 * 20),
      event,
      trace_id: hex(32),
      span_id: hex(16),
      actor: {
        id: `u-${Math.floor(rnd() * 1e6)}`,
        email: opt(pii ? email : null),
        first_name: opt(pii ? first : null),
        ip: opt(clean ? null : ip()),
      },
      tool: opt(event === 'TOOL_CALL' ? pick(['crm.lookup', 'billing.refund', 'search.docs']) : null),
      prompt: opt(
        event === 'TOOL_CALL'
          ? pii
            ? `${words(10)} my email is ${email}, call me at ${pick(PHONES)}. ${words(14)}`
            : `${words(22)} order ORD-${Math.floor(rnd() * 1e6)} ${words(8)}`
          : null,
      ),
      http_path: opt(event === 'HTTP_REQUEST' ? `/v1/accounts/${Math.floor(rnd() * 1e5)}/orders?page=${Math.floor(rnd() * 9)}` : null),
      status: pick([200, 200, 200, 201, 404, 500]),
      latency_ms: Math.floor(rnd() * 2000),
      amount: event === 'DB_QUERY' ? { bytes: Buffer.from([0, Math.floor(rnd() * 255), Math.floor(rnd() * 255)]) } : null,
      card_number: pii && rnd() < 0.3 ? { long: pick(CARDS) } : null,
      labels: { env: 'prod', region: pick(['eu-west-1', 'us-east-1']), service: pick(['gateway', 'agent', 'billing']) },
      tags: [pick(['audit', 'agent', 'http']), pick(['v2', 'v3'])],
    });
  }
  return out;
}
