import { describe, expect, it } from 'vitest';
import { keccak256Hex, crc32 } from '../../../src/engine/detect/validators-crypto.js';
import * as v from '../../../src/engine/detect/validators-ids.js';
import { luhnValid } from '../../../src/engine/detect/validators.js';
import { createEngine, policyFromText } from '../../../src/engine/index.js';

/**
 * A corpus of generated, realistic audit records mixing every entity type in three places: under
 * a field whose name marks it as sensitive, under a neutral field name, and inside free text with
 * the words people write around such a value. Plus look-alikes that must stay untouched. Values
 * come from a seeded generator (reproducible); check-digit types are generated valid.
 *
 * Asserts: recall 100% under sensitive keys; a floor for free text and for standalone types under
 * neutral keys; every look-alike untouched. Prints the per-type table (run with --reporter verbose
 * or look at stdout).
 */

let seed = 0x5eed1234;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
const fromSet = (set: string, n: number) => Array.from({ length: n }, () => set[int(set.length)]).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Draws until `valid` accepts (check-digit types: one draw in 10–100 passes). */
function until(gen: () => string, valid: (s: string) => boolean): string {
  for (;;) {
    const s = gen();
    if (valid(s)) return s;
  }
}
function luhnComplete(prefix: string, length: number): string {
  const body = prefix + digits(length - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
  return r;
}
function iban(): string {
  const bban = `WEST${digits(14)}`;
  const check = String(98 - mod97(`${bban}GB00`)).padStart(2, '0');
  return `GB${check}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}
function githubToken(prefix: string): string {
  const body = fromSet(ALNUM, 30);
  let n = crc32(body);
  let c = '';
  while (n > 0) {
    c = B62[n % 62] + c;
    n = Math.floor(n / 62);
  }
  return `${prefix}${body}${c.padStart(6, '0')}`;
}
function eip55(): string {
  const hex = fromSet('0123456789abcdef', 40);
  const h = keccak256Hex(hex);
  return `0x${[...hex].map((c, i) => (Number.parseInt(h[i]!, 16) >= 8 ? c.toUpperCase() : c)).join('')}`;
}
const b64 = (n: number) => fromSet(`${ALNUM}+/`, n);

interface TypeSpec {
  /** Detector-level entity name (report row). */
  type: string;
  gen(): string;
  /** A field name the key rules classify as sensitive. */
  key: string;
  /** Free text around the value: context words before it. */
  text(value: string): string;
  /** Found by its value alone (no keyword needed): recall under a neutral key is asserted. */
  standalone: boolean;
}

const TYPES: TypeSpec[] = [
  {
    type: 'EMAIL',
    gen: () => `${pick(['jane', 'li.wei', 'o.brien', 'm_ruiz'])}${int(999)}@${pick(['example.com', 'corp.example.org', 'mail.test.io'])}`,
    key: 'userEmail',
    text: (x) => `please contact ${x} about the refund`,
    standalone: true,
  },
  {
    type: 'PHONE',
    gen: () => pick(['+44 20 7946 0958', '+1 415-555-2671', '+49 30 901820', '+33 1 42 68 53 00', '+91 98765 43210', '(212) 555-0187']),
    key: 'phone_number',
    text: (x) => `call me on ${x} tomorrow`,
    standalone: true,
  },
  {
    type: 'CREDIT_CARD',
    gen: () => luhnComplete(pick(['4', '51', '55', '2221']), 16).replace(/(\d{4})(?=\d)/g, '$1 '),
    key: 'card_number',
    text: (x) => `charged card ${x} for the order`,
    standalone: true,
  },
  { type: 'IBAN', gen: iban, key: 'iban', text: (x) => `wire to ${x} today`, standalone: true },
  {
    type: 'US_SSN',
    gen: () => `${String(1 + int(665)).padStart(3, '0')}-${String(1 + int(99)).padStart(2, '0')}-${String(1 + int(9999)).padStart(4, '0')}`,
    key: 'ssn',
    text: (x) => `my SSN is ${x}`,
    standalone: true,
  },
  {
    type: 'IP_ADDRESS',
    gen: () => `${pick([23, 54, 81, 104, 185, 203])}.${int(256)}.${int(256)}.${1 + int(254)}`,
    key: 'client_ip',
    text: (x) => `login from ${x} blocked`,
    standalone: true,
  },
  {
    type: 'JWT',
    gen: () =>
      `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: digits(8) })).toString('base64url')}.${fromSet(`${ALNUM}-_`, 43)}`,
    key: 'id_token',
    text: (x) => `session started with ${x}`,
    standalone: true,
  },
  {
    type: 'AWS_ACCESS_KEY_ID',
    gen: () => `AKIA${fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    key: 'aws_access_key',
    text: (x) => `used key ${x} from CI`,
    standalone: true,
  },
  {
    type: 'AWS_SECRET_KEY',
    gen: () =>
      until(
        () => b64(40),
        (s) => /[a-z]/.test(s) && /[A-Z]/.test(s),
      ),
    key: 'aws_secret_access_key',
    text: (x) => `aws secret ${x} leaked`,
    standalone: false,
  },
  {
    type: 'GITHUB_TOKEN',
    gen: () => githubToken(pick(['ghp_', 'gho_', 'ghs_'])),
    key: 'github_token',
    text: (x) => `pushed with ${x}`,
    standalone: true,
  },
  {
    type: 'GITLAB_TOKEN',
    gen: () => `glpat-${fromSet(ALNUM, 20)}`,
    key: 'gitlab_token',
    text: (x) => `runner uses ${x}`,
    standalone: true,
  },
  {
    type: 'SLACK_TOKEN',
    gen: () => `xoxb-${digits(10)}-${digits(12)}-${fromSet(ALNUM, 24)}`,
    key: 'slack_bot_token',
    text: (x) => `bot ${x} posted`,
    standalone: true,
  },
  {
    type: 'STRIPE_KEY',
    gen: () => `sk_live_${fromSet(ALNUM, 24)}`,
    key: 'stripe_secret',
    text: (x) => `billing with ${x}`,
    standalone: true,
  },
  {
    type: 'OPENAI_API_KEY',
    gen: () => `sk-proj-${fromSet(`${ALNUM}_-`, 40)}x`,
    key: 'openai_api_key',
    text: (x) => `agent configured with ${x}`,
    standalone: true,
  },
  {
    type: 'ANTHROPIC_API_KEY',
    gen: () => `sk-ant-api03-${fromSet(`${ALNUM}_-`, 90)}AA`,
    key: 'anthropic_api_key',
    text: (x) => `model key ${x}`,
    standalone: true,
  },
  {
    type: 'GOOGLE_API_KEY',
    gen: () => `AIza${fromSet(`${ALNUM}_-`, 35)}`,
    key: 'maps_api_key',
    text: (x) => `maps request key ${x}`,
    standalone: true,
  },
  {
    type: 'SENDGRID_API_KEY',
    gen: () => `SG.${fromSet(`${ALNUM}_-`, 22)}.${fromSet(`${ALNUM}_-`, 43)}`,
    key: 'sendgrid_api_key',
    text: (x) => `mailer ${x}`,
    standalone: true,
  },
  {
    type: 'HUGGINGFACE_TOKEN',
    gen: () => `hf_${fromSet(UPPER + UPPER.toLowerCase(), 34)}`,
    key: 'hf_token',
    text: (x) => `download with ${x}`,
    standalone: true,
  },
  { type: 'NPM_TOKEN', gen: () => githubToken('npm_'), key: 'npm_token', text: (x) => `publish ${x}`, standalone: true },
  {
    type: 'PRIVATE_KEY',
    gen: () => `-----BEGIN RSA PRIVATE KEY-----\nMII${b64(60)}\n${b64(64)}\n-----END RSA PRIVATE KEY-----`,
    key: 'private_key',
    text: (x) => `key material:\n${x}`,
    standalone: true,
  },
  {
    type: 'DB_CREDENTIALS',
    gen: () => `postgres://svc_${int(99)}:${fromSet(ALNUM, 14)}@db${int(9)}.internal:5432/app`,
    key: 'database_url',
    text: (x) => `connecting to ${x}`,
    standalone: true,
  },
  {
    type: 'PASSWORD_HASH',
    gen: () => `$2b$12$${fromSet(`${ALNUM}./`, 53)}`,
    key: 'password_hash',
    text: (x) => `stored hash ${x}`,
    standalone: true,
  },
  {
    type: 'UK_NINO',
    gen: () => `${pick(['AB', 'JG', 'CE', 'PR', 'TW'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`,
    key: 'nino',
    text: (x) => `NI number ${x}`,
    standalone: true,
  },
  {
    type: 'UK_NHS',
    gen: () => until(() => digits(10), v.nhsValid).replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'),
    key: 'nhs_number',
    text: (x) => `NHS number ${x}`,
    standalone: false,
  },
  {
    type: 'CA_SIN',
    gen: () => until(() => `${1 + int(7)}${digits(8)}`, v.caSinValid).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'),
    key: 'sin',
    text: (x) => `SIN ${x}`,
    standalone: false,
  },
  {
    type: 'IN_AADHAAR',
    gen: () => until(() => `${2 + int(8)}${digits(11)}`, v.aadhaarValid).replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3'),
    key: 'aadhaar',
    text: (x) => `Aadhaar ${x}`,
    standalone: false,
  },
  {
    type: 'IN_PAN',
    gen: () => `${fromSet(UPPER, 3)}P${fromSet(UPPER, 1)}${String(1 + int(9998)).padStart(4, '0')}${fromSet(UPPER, 1)}`,
    key: 'pan_number',
    text: (x) => `PAN ${x}`,
    standalone: true,
  },
  {
    type: 'ES_NIF',
    gen: () => {
      const n = digits(8);
      return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]}`;
    },
    key: 'nif',
    text: (x) => `DNI ${x}`,
    standalone: true,
  },
  {
    type: 'IT_FISCAL_CODE',
    gen: () =>
      until(
        () =>
          `${fromSet(UPPER, 6)}${digits(2)}${pick(['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'])}${String(1 + int(28)).padStart(2, '0')}${fromSet(UPPER, 1)}${digits(3)}${fromSet(UPPER, 1)}`,
        v.itFiscalCodeValid,
      ),
    key: 'codice_fiscale',
    text: (x) => `codice fiscale ${x}`,
    standalone: true,
  },
  {
    type: 'FR_NIR',
    gen: () => {
      const body = `${1 + int(2)}${digits(2)}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(95)).padStart(2, '0')}${digits(6)}`;
      return `${body}${String(97 - (Number(body) % 97)).padStart(2, '0')}`;
    },
    key: 'nir',
    text: (x) => `sécurité sociale ${x}`,
    standalone: true,
  },
  {
    type: 'BR_CPF',
    gen: () => until(() => digits(11), v.brCpfValid).replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, '$1.$2.$3-$4'),
    key: 'cpf',
    text: (x) => `CPF ${x}`,
    standalone: true,
  },
  {
    type: 'BR_CNPJ',
    gen: () => until(() => `${digits(8)}0001${digits(2)}`, v.brCnpjValid).replace(/(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})/, '$1.$2.$3/$4-$5'),
    key: 'cnpj',
    text: (x) => `CNPJ ${x}`,
    standalone: true,
  },
  { type: 'AU_TFN', gen: () => until(() => digits(9), v.auTfnValid), key: 'tfn', text: (x) => `TFN ${x}`, standalone: false },
  {
    type: 'AU_ABN',
    gen: () => until(() => `${1 + int(9)}${digits(10)}`, v.auAbnValid),
    key: 'abn',
    text: (x) => `ABN ${x}`,
    standalone: false,
  },
  {
    type: 'AU_MEDICARE',
    gen: () => until(() => `${2 + int(5)}${digits(9)}`, v.auMedicareValid),
    key: 'medicare_number',
    text: (x) => `Medicare ${x}`,
    standalone: false,
  },
  {
    type: 'SG_NRIC',
    gen: () => until(() => `${pick(['S', 'T', 'F', 'G'])}${digits(7)}${fromSet(UPPER, 1)}`, v.sgNricValid),
    key: 'nric',
    text: (x) => `NRIC ${x}`,
    standalone: true,
  },
  {
    type: 'PL_PESEL',
    gen: () =>
      until(() => `${digits(2)}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(28)).padStart(2, '0')}${digits(5)}`, v.plPeselValid),
    key: 'pesel',
    text: (x) => `PESEL ${x}`,
    standalone: false,
  },
  {
    type: 'KR_RRN',
    gen: () =>
      until(
        () =>
          `${String(50 + int(49)).padStart(2, '0')}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(28)).padStart(2, '0')}-${1 + int(2)}${digits(6)}`,
        v.krRrnValid,
      ),
    key: 'rrn',
    text: (x) => `RRN ${x}`,
    standalone: true,
  },
  {
    type: 'US_ITIN',
    gen: () => `9${digits(2)}-${pick(['70', '78', '88', '90', '94'])}-${String(1 + int(9998)).padStart(4, '0')}`,
    key: 'itin',
    text: (x) => `ITIN ${x}`,
    standalone: true,
  },
  { type: 'US_NPI', gen: () => until(() => `1${digits(9)}`, v.npiValid), key: 'npi', text: (x) => `NPI ${x}`, standalone: false },
  {
    type: 'ABA_ROUTING',
    gen: () => until(() => `0${digits(8)}`, v.abaRoutingValid),
    key: 'routing_number',
    text: (x) => `routing number ${x}`,
    standalone: false,
  },
  { type: 'BANK_ACCOUNT', gen: () => digits(12), key: 'account_number', text: (x) => `account number ${x}`, standalone: false },
  {
    type: 'PASSPORT',
    gen: () => `${fromSet(UPPER, 1)}${digits(8)}`,
    key: 'passport_number',
    text: (x) => `passport no. ${x}`,
    standalone: false,
  },
  {
    type: 'VIN',
    gen: () => until(() => fromSet('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17), v.vinValid),
    key: 'vin',
    text: (x) => `vehicle ${x} registered`,
    standalone: true,
  },
  { type: 'IMEI', gen: () => luhnComplete(`35${digits(6)}`, 15), key: 'imei', text: (x) => `IMEI ${x}`, standalone: false },
  {
    type: 'MAC_ADDRESS',
    gen: () =>
      Array.from({ length: 6 }, () => fromSet('0123456789abcdef', 2))
        .join(':')
        .replace(/^00:00/, '0a:1b'),
    key: 'mac_address',
    text: (x) => `device ${x} joined`,
    standalone: true,
  },
  { type: 'CRYPTO_WALLET', gen: eip55, key: 'wallet_address', text: (x) => `payout to ${x}`, standalone: true },
  {
    type: 'GEO_COORDINATES',
    gen: () => `${(rnd() * 120 - 60).toFixed(5)}, ${(rnd() * 300 - 150).toFixed(5)}`,
    key: 'geo_location',
    text: (x) => `location: ${x}`,
    standalone: false,
  },
  {
    type: 'DATE_OF_BIRTH',
    gen: () => `${1940 + int(60)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
    key: 'dob',
    text: (x) => `date of birth ${x}`,
    standalone: false,
  },
  { type: 'CARD_SECURITY_CODE', gen: () => String(100 + int(900)), key: 'cvv', text: (x) => `cvv ${x}`, standalone: false },
  { type: 'SECRET', gen: () => `${fromSet(ALNUM, 18)}${int(10)}`, key: 'db_password', text: (x) => `password=${x}`, standalone: false },
  {
    type: 'SESSION_COOKIE',
    gen: () => fromSet('0123456789ABCDEF', 32),
    key: 'cookie',
    text: (x) => `Cookie: JSESSIONID=${x}`,
    standalone: false,
  },
];

/** Look-alikes that must come out unchanged, wherever they stand. */
const NEGATIVES: { kind: string; gen(): string }[] = [
  {
    kind: 'uuid',
    gen: () =>
      `${fromSet('0123456789abcdef', 8)}-${fromSet('0123456789abcdef', 4)}-4${fromSet('0123456789abcdef', 3)}-a${fromSet('0123456789abcdef', 3)}-${fromSet('0123456789abcdef', 12)}`,
  },
  { kind: 'trace id', gen: () => fromSet('0123456789abcdef', 32) },
  { kind: 'span id', gen: () => fromSet('0123456789abcdef', 16) },
  { kind: 'git sha', gen: () => fromSet('0123456789abcdef', 40) },
  { kind: 'sha256', gen: () => fromSet('0123456789abcdef', 64) },
  {
    kind: 'timestamp',
    gen: () =>
      `2026-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}.${digits(3)}Z`,
  },
  { kind: 'epoch ms', gen: () => `17${digits(11)}` },
  { kind: 'version', gen: () => `${int(10)}.${int(30)}.${int(100)}${pick(['', '-rc.1', '-beta.2', '+build.7'])}` },
  { kind: 'order number', gen: () => `ORD-2026-${digits(6)}` },
  { kind: 'ticket', gen: () => `${pick(['JIRA', 'OPS', 'SEC', 'INC'])}-${1 + int(99999)}` },
  { kind: 'port', gen: () => `localhost:${pick([80, 443, 5432, 6379, 8080, 9092])}` },
  {
    kind: 'bad luhn card',
    gen: () => {
      const c = luhnComplete('4', 16);
      return c.slice(0, 15) + ((Number(c[15]) + 1) % 10);
    },
  },
  { kind: 'bad ssn area', gen: () => `${pick(['000', '666'])}-${digits(2)}-${digits(4)}` },
  {
    kind: 'bad nhs check',
    gen: () =>
      until(
        () => digits(10),
        (s) => !v.nhsValid(s),
      ).replace(/^/, 'NHS number '),
  },
  {
    kind: 'bad iban',
    gen: () => {
      const i = iban().replace(/ /g, '');
      return `${i.slice(0, 2)}${String((Number(i.slice(2, 4)) + 1) % 100).padStart(2, '0')}${i.slice(4)}`;
    },
  },
  { kind: 'amount', gen: () => `${int(100000)}.${digits(2)} EUR` },
  { kind: 'duration', gen: () => `${int(5000)}ms` },
  { kind: 'http route', gen: () => `/api/v1/orders/${digits(6)}/items` },
];

const engine = createEngine({ key: Buffer.alloc(32, 9), keyId: 'k-corpus' });
const RECORDS = 3000;

describe('corpus of generated audit records', () => {
  const stats = new Map<string, { key: [number, number]; neutral: [number, number]; text: [number, number] }>();
  const neg = new Map<string, [number, number]>();
  const misses: string[] = [];

  for (let r = 0; r < RECORDS; r++) {
    const t = TYPES[r % TYPES.length]!;
    const value = t.gen();
    const negative = NEGATIVES[r % NEGATIVES.length]!;
    const nv = negative.gen();
    const record = {
      ts: '2026-11-02T09:14:03.512Z',
      event: pick(['agent.tool_call', 'db.query', 'http.access', 'user.update']),
      trace_id: fromSet('0123456789abcdef', 32),
      user: { [t.key]: value, plan: 'pro' },
      data: { note: value },
      message: t.text(value),
      lookalike: { ref: nv, message: `processed ${nv} in ${int(900)}ms` },
    };
    const out = engine.maskValue(structuredClone(record)).value as typeof record;
    const s = stats.get(t.type) ?? { key: [0, 0], neutral: [0, 0], text: [0, 0] };
    const hit = (cell: [number, number], masked: boolean) => {
      cell[0] += masked ? 1 : 0;
      cell[1]++;
    };
    hit(s.key, !JSON.stringify(out.user).includes(JSON.stringify(value).slice(1, -1)));
    hit(s.neutral, !JSON.stringify(out.data).includes(JSON.stringify(value).slice(1, -1)));
    const textMasked = !out.message.includes(value);
    hit(s.text, textMasked);
    if (!textMasked && misses.length < 20) misses.push(`${t.type} in text`);
    stats.set(t.type, s);
    const n = neg.get(negative.kind) ?? [0, 0];
    const untouched = out.lookalike.ref === nv && out.lookalike.message === record.lookalike.message;
    n[0] += untouched ? 1 : 0;
    if (!untouched && misses.length < 40)
      misses.push(`${negative.kind}: ${JSON.stringify(engine.maskText(nv).findings.map((f) => f.detector))}`);
    n[1]++;
    neg.set(negative.kind, n);
  }

  const rate = ([a, b]: [number, number]) => (b === 0 ? 1 : a / b);
  const pct = (c: [number, number]) => `${(100 * rate(c)).toFixed(1)}%`;
  console.table(
    [...stats].map(([type, s]) => ({
      type,
      n: s.key[1],
      'sensitive key': pct(s.key),
      'neutral key': pct(s.neutral),
      'free text': pct(s.text),
    })),
  );
  if (misses.length > 0) console.log(misses.join('\n'));
  console.table([...neg].map(([kind, c]) => ({ 'look-alike': kind, n: c[1], untouched: pct(c) })));

  it('covers every type and look-alike kind many times', () => {
    expect(stats.size).toBe(TYPES.length);
    for (const s of stats.values()) expect(s.key[1]).toBeGreaterThanOrEqual(RECORDS / TYPES.length - 1);
  });

  it('masks 100% of values under sensitive field names', () => {
    for (const [type, s] of stats) expect(rate(s.key), type).toBe(1);
  });

  it('masks values in free text written with their usual words (≥ 99% per type)', () => {
    for (const [type, s] of stats) expect(rate(s.text), type).toBeGreaterThanOrEqual(0.99);
  });

  it('masks standalone types under neutral field names (≥ 99% per type)', () => {
    for (const t of TYPES.filter((x) => x.standalone)) expect(rate(stats.get(t.type)!.neutral), t.type).toBeGreaterThanOrEqual(0.99);
  });

  it('leaves every look-alike untouched', () => {
    for (const [kind, c] of neg) expect(rate(c), kind).toBe(1);
  });

  it('masking a masked record changes nothing (structure handlers and detectors skip tokens)', () => {
    const samples = [
      'GET https://api.example.com/x?token=abc123XYZ&page=2 Authorization: Bearer abcdefghijk12345',
      "SELECT * FROM users WHERE email = 'john@x.org' AND first_name = 'Jo'",
      'level=info password=hunter2 sig=9f8e7d#access_token=zzzz1234 user=bob',
      JSON.stringify({
        'gen_ai.input.messages': JSON.stringify([
          { role: 'user', parts: [{ type: 'text', content: 'card 4111111111111111, NHS number 401 023 2137' }] },
        ]),
      }),
    ];
    for (const r of [...samples, ...TYPES.map((t) => t.text(t.gen()))]) {
      const once = engine.maskValue({ v: r }).value as { v: string };
      const twice = engine.maskValue(structuredClone(once)).value as { v: string };
      expect(twice.v).toBe(once.v);
    }
  });

  it('an allowlisted IP stays; the same IP elsewhere is masked', () => {
    const allow = createEngine({ policy: policyFromText("allow: { values: ['10.20.30.40'] }"), key: Buffer.alloc(32, 9), keyId: 'k' });
    const out = allow.maskValue({ msg: 'from 10.20.30.40 and 10.20.30.41' }).value as { msg: string };
    expect(out.msg).toMatch(/^from 10\.20\.30\.40 and <IP_ADDRESS:[a-z]+>$/);
  });
});
