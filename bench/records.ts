/**
 * Realistic audit records for benchmarks and load tests, generated from a seeded PRNG so every run
 * measures the same bytes: an AI agent's tool call with its prompt, a database query audit with
 * result rows, an HTTP access log with headers, an OpenTelemetry-style log with attributes.
 * 0.3–3 KB each; roughly a third carry personal data or secrets, the rest only look-alikes.
 * With `clean`, the same shapes without any sensitive value (no emails, names, IPs, cards,
 * credentials): what the engine's clean-record path costs.
 *
 * Every record is returned as a source hands it to the engine: a string decoded from the record's
 * UTF-8 bytes (`asReceived`), flat, as the CLI, file and Kafka paths decode a line or a message
 * value. `JSON.stringify` of a large object builds its result from parts (a V8 cons string), and
 * code timed on such strings reads them differently from a decoded one.
 */

/** The text as a source hands it to the engine: decoded from its UTF-8 bytes, a flat string. */
export function asReceived(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jane', 'John', 'Amira', 'Wei', 'Lucas', 'Priya', 'Olga', 'Kenji', 'Fatima', 'Diego'];
const LAST = ['Doe', 'Smith', 'Haddad', 'Chen', 'Martin', 'Patel', 'Ivanova', 'Tanaka', 'Okafor', 'Garcia'];
const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'corp.example.io'];
const CARDS = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4012888888881881'];
const PHONES = ['+1 415-555-2671', '+44 20 7946 0958', '(212) 555-0147', '+49 30 901820', '+33 1 42 68 53 00'];
const WORDS =
  'the a to of and in for is on with that this it as be by at from or an are you your we can will order invoice report summary customer account update status pipeline deploy error retry request response service agent tool database query result'.split(
    ' ',
  );

/**
 * A seeded function that re-draws the digits of a text, all but the first of each run of digits
 * (1–9, so numbers stay valid JSON): the same shapes with every id, phone number, card and time
 * unique, as in a live stream (generateRecords draws them from small pools), so no memo or verdict
 * cache answers a repeat and the validators do their work. The first digit stays, as it does in
 * real data: a Unix time starts with 1, a card with its network's digit, a phone number with its
 * country code's.
 */
export function digitRedrawer(seed: number): (text: string) => string {
  const rnd = mulberry32(seed);
  const digit = () => String(1 + Math.floor(rnd() * 9));
  return (text) => text.replace(/\d+/g, (run) => run[0] + run.slice(1).replace(/\d/g, digit));
}

export function generateRecords(count: number, seed = 42, options: { clean?: boolean } = {}): string[] {
  const clean = options.clean === true;
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const ts = () => new Date(Date.UTC(2026, 10, 1) + Math.floor(rnd() * 86_400_000 * 20)).toISOString();
  const person = () => {
    const first = pick(FIRST);
    const last = pick(LAST);
    return { first, last, email: `${first.toLowerCase()}.${last.toLowerCase()}${Math.floor(rnd() * 100)}@${pick(DOMAINS)}` };
  };
  const ip = () => `${Math.floor(rnd() * 223) + 1}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 254) + 1}`;
  const sensitive = () => !clean && rnd() < 0.35;

  const agentCall = () => {
    const p = person();
    const pii = sensitive();
    const prompt = pii
      ? `${words(12)} my email is ${p.email} and my card ${pick(CARDS)} was charged twice; call me at ${pick(PHONES)}. ${words(20)}`
      : `${words(30)} order ORD-${Math.floor(rnd() * 1e6)} version 2.${Math.floor(rnd() * 20)}.${Math.floor(rnd() * 9)} ${words(15)}`;
    return {
      timestamp: ts(),
      event: 'agent.tool_call',
      trace_id: hex(32),
      span_id: hex(16),
      agent: { id: `agent-${hex(6)}`, model: 'claude-sonnet-4', session: `sess-${hex(12)}` },
      gen_ai: { operation: 'execute_tool', usage: { input_tokens: Math.floor(rnd() * 4000), output_tokens: Math.floor(rnd() * 800) } },
      tool: { name: pick(['crm.lookup', 'billing.refund', 'search.docs', 'tickets.create']), arguments: { query: prompt, limit: 10 } },
      prompt,
      user: { id: `u-${Math.floor(rnd() * 1e6)}`, ...(pii ? { email: p.email, first_name: p.first, last_name: p.last } : {}) },
    };
  };
  const dbQuery = () => {
    const rows = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => {
      const p = person();
      return {
        id: 1000 + i,
        ...(clean ? { region: pick(['eu-west-1', 'us-east-2']) } : { email: p.email, name: `${p.first} ${p.last}` }),
        created_at: ts(),
        plan: pick(['free', 'pro', 'team']),
        balance: Math.floor(rnd() * 1e5) / 100,
      };
    });
    const p = person();
    return {
      timestamp: ts(),
      event: 'db.query',
      trace_id: hex(32),
      db: {
        system: 'postgresql',
        user: 'svc_billing',
        name: 'billing',
        statement: sensitive()
          ? `SELECT id, email, name FROM customers WHERE email = '${p.email}' LIMIT 10`
          : `SELECT id, plan FROM accounts WHERE id = ${Math.floor(rnd() * 1e5)}`,
      },
      rows,
      row_count: rows.length,
      duration_ms: Math.floor(rnd() * 5000) / 100,
    };
  };
  const httpAccess = () => ({
    timestamp: ts(),
    event: 'http.access',
    http: {
      method: pick(['GET', 'POST', 'PUT', 'DELETE']),
      url: `/api/v1/${pick(['payments', 'users', 'orders', 'reports'])}/${Math.floor(rnd() * 1e5)}?page=${Math.floor(rnd() * 10)}`,
      status: pick([200, 201, 204, 400, 401, 404, 500]),
      ...(clean ? { client_region: pick(['eu', 'us', 'apac']) } : { client_ip: ip() }),
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
      headers: {
        ...(clean ? { 'cache-control': 'no-cache' } : { authorization: `Bearer ${hex(40)}` }),
        'x-request-id': `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
        'content-type': 'application/json',
        'accept-language': 'en-US,en;q=0.9',
      },
      bytes: Math.floor(rnd() * 1e5),
      latency_ms: Math.floor(rnd() * 1000),
    },
  });
  const otelLog = () => {
    const pii = sensitive();
    return {
      timeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
      severityText: pick(['INFO', 'WARN', 'ERROR']),
      body: pii
        ? `payment failed for ${person().email} from ${ip()}: password=${hex(10)} ${words(8)}`
        : `${words(10)} took ${Math.floor(rnd() * 900)}ms build 2026.11.${Math.floor(rnd() * 28)} request ${hex(8)}`,
      resource: {
        'service.name': pick(['billing-api', 'agent-gateway', 'search']),
        'service.version': '1.4.2',
        'host.name': `ip-10-0-${Math.floor(rnd() * 9)}-${Math.floor(rnd() * 200)}`,
      },
      attributes: {
        'http.route': '/api/v1/payments',
        'user.id': `u-${Math.floor(rnd() * 1e6)}`,
        'retry.count': Math.floor(rnd() * 3),
        ...(clean ? { 'peer.port': 443 + Math.floor(rnd() * 3) } : { 'peer.ip': ip() }),
      },
      traceId: hex(32),
      spanId: hex(16),
    };
  };
  const makers = [agentCall, dbQuery, httpAccess, otelLog];
  return Array.from({ length: count }, (_, i) => asReceived(JSON.stringify((makers[i % makers.length] as () => object)())));
}
