import { describe, expect, it } from 'vitest';
import { createEngine, policyFromText } from '../../../../src/engine/index.js';

const key = Buffer.alloc(32, 7);
const engine = createEngine({ key, keyId: 'k-test' });
const withPolicy = (yaml: string) => createEngine({ policy: policyFromText(yaml), key, keyId: 'k-test' });

function mask(value: unknown, e = engine) {
  const out = e.maskValue(structuredClone(value));
  return { value: out.value as Record<string, unknown>, findings: out.findings };
}

describe('JSON held in a string', () => {
  const record = { payload: JSON.stringify({ user: { email: 'jane@example.com', password: 'hunter2', role: 'admin' }, count: 3 }) };

  it('is parsed, masked inside with key rules and detectors, and re-serialised as JSON', () => {
    const { value, findings } = mask(record);
    const inner = JSON.parse(value.payload as string);
    expect(inner.user.email).toMatch(/^<EMAIL:[a-z]+>$/);
    expect(inner.user.password).toMatch(/^<SECRET:[a-z]+>$/);
    expect(inner.user.role).toBe('admin');
    expect(inner.count).toBe(3);
    expect(findings.map((f) => f.path)).toEqual(['payload.user.email', 'payload.user.password']);
  });

  it('keeps the original text (formatting) when nothing inside is sensitive', () => {
    const text = '{ "a": 1,   "b": [ "x" ] }';
    expect(mask({ doc: text }).value.doc).toBe(text);
  });

  it('opens JSON nested in JSON strings up to json_max_nesting, then scans as text', () => {
    const level3 = JSON.stringify({ email: 'deep@example.com' });
    const doc = { d: JSON.stringify({ inner: JSON.stringify({ inner: level3 }) }) };
    const { value } = mask(doc);
    expect(JSON.stringify(value)).not.toContain('deep@example.com');
    const shallow = withPolicy('structure: { json_max_nesting: 1 }');
    const out = mask(doc, shallow);
    // Beyond the limit the string is still scanned as text: the email detector finds it anyway.
    expect(JSON.stringify(out.value)).not.toContain('deep@example.com');
    expect(out.findings.some((f) => f.path === 'd.inner')).toBe(true);
  });

  it('a string that only looks like JSON is scanned as text', () => {
    const { value } = mask({ note: '{not json, mail jane@example.com}' });
    expect(value.note).toMatch(/^\{not json, mail <EMAIL:[a-z]+>\}$/);
  });

  it('can be switched off: then a key rule inside is not applied', () => {
    const off = withPolicy('structure: { json_strings: false }');
    const { value } = mask({ payload: JSON.stringify({ first_name: 'Jane' }) }, off);
    expect(value.payload).toBe('{"first_name":"Jane"}');
  });
});

describe('URLs', () => {
  const url = 'https://api.example.com/v1/items?id=42&token=abc123XYZ&api_key=k-777&page=2&X-Amz-Signature=9f8e7d#access_token=zzzz1234';

  it('masks sensitive query and fragment parameters and keeps the rest readable', () => {
    const out = mask({ url }).value.url as string;
    expect(out.startsWith('https://api.example.com/v1/items?id=42&token=<')).toBe(true);
    expect(out).toContain('&page=2&');
    for (const secret of ['abc123XYZ', 'k-777', '9f8e7d', 'zzzz1234']) expect(out).not.toContain(secret);
  });

  it('uses the key rules for other parameter names (email=)', () => {
    const out = mask({ u: 'https://x.test/unsubscribe?email=jane%40example.com&list=7' }).value.u as string;
    expect(out).toMatch(/email=<EMAIL:[a-z]+>&list=7$/);
  });

  it('masks user:password@ and leaves a URL without secrets alone', () => {
    const out = mask({ u: 'https://bob:Sup3rS3cret@git.example.com/r.git' }).value.u as string;
    expect(out).toMatch(/^https:\/\/<URL_CREDENTIALS:[a-z]+>@git\.example\.com\/r\.git$/);
    const plain = 'https://example.com/search?q=shoes&page=2';
    expect(mask({ u: plain }).value.u).toBe(plain);
  });
});

describe('HTTP headers as raw text', () => {
  const raw =
    'POST /login HTTP/1.1\r\nHost: a.example\r\nAuthorization: Bearer abcdefghijk12345\r\nCookie: theme=dark; sid=s3ss10nvalue99\r\nX-Api-Key: 0123456789abcdef\r\nSet-Cookie: session=Zm9vYmFy12345; Path=/; HttpOnly\r\nUser-Agent: curl/8.4.0\r\n';

  it('keeps header names, the auth scheme and Set-Cookie attributes; masks credentials and cookie values', () => {
    const out = mask({ raw }).value.raw as string;
    expect(out).toContain('Authorization: Bearer <AUTH_CREDENTIAL:');
    expect(out).toContain('sid=<');
    expect(out).toContain('X-Api-Key: <');
    expect(out).toMatch(/Set-Cookie: session=<[A-Z_]+:[a-z]+>; Path=\/; HttpOnly/);
    expect(out).toContain('Host: a.example');
    expect(out).toContain('User-Agent: curl/8.4.0');
    for (const secret of ['abcdefghijk12345', 's3ss10nvalue99', '0123456789abcdef', 'Zm9vYmFy12345']) expect(out).not.toContain(secret);
  });

  it('masks the vendor key headers of New Relic Insights and Honeycomb (red-team round 19), keeping their neighbours', () => {
    const out = mask({
      raw: 'POST /v1/accounts/1/events HTTP/1.1\r\nX-Insert-Key: abcDEF123ghiJKL456mno\r\nX-Honeycomb-Team: kZKcr8xUYHJQajRYQLuT8x\r\nX-Honeycomb-Dataset: prod-api\r\n',
    }).value.raw as string;
    expect(out).toContain('X-Insert-Key: <');
    expect(out).toContain('X-Honeycomb-Team: <');
    expect(out).toContain('X-Honeycomb-Dataset: prod-api');
    for (const secret of ['abcDEF123ghiJKL456mno', 'kZKcr8xUYHJQajRYQLuT8x']) expect(out).not.toContain(secret);
  });

  it("keeps a vendor prefix written out with x's in .env samples and header lines, and masks a real value beside it (red-team round 19)", () => {
    const out = mask({
      raw: '# .env.example\nSLACK_BOT_TOKEN=xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx\nPRIVATE-TOKEN: glpat-XXXXXXXXXXX-XXXXXXXX\nDB_PASSWORD=Zq8-vT2!mW9r\n',
    }).value.raw as string;
    expect(out).toContain('SLACK_BOT_TOKEN=xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx');
    expect(out).toContain('PRIVATE-TOKEN: glpat-XXXXXXXXXXX-XXXXXXXX');
    expect(out).not.toContain('Zq8-vT2!mW9r');
  });

  it('keeps documented placeholders that are not x alone, also quoted in source code, and masks a real value beside them', () => {
    const out = mask({
      raw: 'GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA\nclient_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\napiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\napiKey: "Q7b2LmN9pR4sT6vW8x"\n',
    }).value.raw as string;
    expect(out).toContain('glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA');
    expect(out).toContain('bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    expect(out).toContain('AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(out).not.toContain('Q7b2LmN9pR4sT6vW8x');
  });

  it("keeps a vendor's own scheme word at a line start and masks the credential after it", () => {
    const out = mask({ raw: 'GET /api/v1/users HTTP/1.1\r\nAuthorization: SSWS 00JIBRGk12UbkjQaaw4L7VYy9EE8zAEEkIeqGNcSQm\r\n' }).value
      .raw as string;
    expect(out).toContain('Authorization: SSWS <');
    expect(out).not.toContain('00JIBRGk12UbkjQaaw4L7VYy9EE8zAEEkIeqGNcSQm');
  });

  it('masks every value of a Cookie header', () => {
    const out = mask({ h: 'Cookie: a=1234; prefs=compact' }).value.h as string;
    expect(out).toMatch(/^Cookie: .*; prefs=<SESSION_COOKIE:[a-z]+>$/);
    expect(out).not.toContain('1234');
    expect(out).not.toContain('compact');
  });

  it('headers given as a map are masked by their names', () => {
    const { value } = mask({ headers: { Authorization: 'Basic dXNlcjpwYXNz', 'X-Request-Id': 'req-123', 'set-cookie': 'a=b' } });
    const h = value.headers as Record<string, string>;
    // The value detectors pick the specific type of a key-flagged value (issue 13 item 6): the
    // Basic credential is the AUTH_CREDENTIAL it is in free text, with its scheme kept.
    expect(h.Authorization).toMatch(/^Basic <AUTH_CREDENTIAL:[a-z]+>$/);
    expect(h['set-cookie']).toMatch(/^</);
    expect(h['X-Request-Id']).toBe('req-123');
  });
});

describe('SQL text', () => {
  it('masks literals compared with sensitive columns and keeps the query shape', () => {
    const sql = "SELECT id FROM users u WHERE u.email = 'john@x.org' AND first_name LIKE 'Jo%' AND status = 'active' AND id IN (1, 2)";
    const out = mask({ sql }).value.sql as string;
    expect(out).toMatch(
      /^SELECT id FROM users u WHERE u\.email = '<EMAIL:[a-z]+>' AND first_name LIKE '<PERSON:[a-z]+>' AND status = 'active' AND id IN \(1, 2\)$/,
    );
  });

  it('maps INSERT values to their columns', () => {
    const sql = "INSERT INTO customers (tier, last_name, phone) VALUES ('gold', 'Doe', '555-0100'), ('silver', 'Roe', '555-0101')";
    const out = mask({ sql }).value.sql as string;
    expect(out).toMatch(
      /^INSERT INTO customers \(tier, last_name, phone\) VALUES \('gold', '<PERSON:[a-z]+>', '<PHONE:[a-z]+>'\), \('silver', '<PERSON:[a-z]+>', '<PHONE:[a-z]+>'\)$/,
    );
  });

  it('ends the VALUES rows at the first group that does not follow VALUES or a comma (a stack frame after a Hibernate INSERT)', () => {
    const log =
      'Hibernate: insert into customer (email, phone) values (?, ?)\n\tat org.example.Dao.save(Dao.java:59)\n\tat org.example.Api.call(Api.java:12)';
    const out = mask({ log }).value.log as string;
    expect(out).toBe(log);
    const rows = "INSERT INTO t (email, last_name) VALUES ('a@example.com', 'Doe') , ('b@example.org', 'Roe')";
    expect(mask({ rows }).value.rows).toMatch(
      /^INSERT INTO t \(email, last_name\) VALUES \('<EMAIL:[a-z]+>', '<PERSON:[a-z]+>'\) , \('<EMAIL:[a-z]+>', '<PERSON:[a-z]+>'\)$/,
    );
  });

  it('with sql_all_literals every other literal becomes SQL_LITERAL', () => {
    const all = withPolicy('structure: { sql_all_literals: true }');
    const out = mask({ sql: "UPDATE orders SET status = 'shipped' WHERE total > 250" }, all).value.sql as string;
    expect(out).toMatch(/^UPDATE orders SET status = '<SQL_LITERAL:[a-z]+>' WHERE total > <SQL_LITERAL:[a-z]+>$/);
    const plain = "UPDATE orders SET status = 'shipped' WHERE total > 250";
    expect(mask({ sql: plain }).value.sql).toBe(plain);
  });

  it('reads an UPDATE by its ` set ` in any case (found by the keyword pass), and prose that says update stays', () => {
    const all = withPolicy('structure: { sql_all_literals: true }');
    for (const sql of ["update orders set status = 'shipped' where id = 250", "Update orders Set status = 'shipped' where id = 250"]) {
      expect(mask({ sql }, all).value.sql).toMatch(/ = '<SQL_LITERAL:[a-z]+>' where id = <SQL_LITERAL:[a-z]+>$/);
    }
    const prose = "please update the ticket with status 'shipped' for order 7 and settle it";
    expect(mask({ prose }, all).value.prose).toBe(prose);
  });
});

describe('key=value / logfmt', () => {
  it('masks values of sensitive keys, keeps others and placeholders', () => {
    const line = 'level=info user=bob password=hunter2 db_password="p a s s" msg="login ok" token=${TOKEN} first_name=Jane';
    const out = mask({ line }).value.line as string;
    expect(out).toMatch(
      // Stop 37: a person's login after `user=` is masked (a system account such as `root` stays).
      /^level=info user=<USERNAME:[a-z]+> password=<SECRET:[a-z]+> db_password="<SECRET:[a-z]+>" msg="login ok" token=\$\{TOKEN\} first_name=<PERSON:[a-z]+>$/,
    );
  });

  it('masks a bank account changed under new= / old= when the line names a bank account field', () => {
    const line = 'action=DIRECT_DEPOSIT_UPDATE old=****6789 new=000123456789 aba=021000021 split=100%';
    const out = mask({ line }).value.line as string;
    expect(out).toMatch(/ old=\*\*\*\*6789 new=<BANK_ACCOUNT:[a-z]+> aba=<ABA_ROUTING:[a-z]+> split=100%$/);
    expect(mask({ l: 'field=bank_acct from=12345678 to=87654321' }).value.l).not.toMatch(/\d{8}/);
  });

  it('masks an unquoted passphrase with blanks to the next key= pair or the end of the line', () => {
    const out = mask({ l: 'wifi detail: ssid=HomeNet psk=correct horse battery staple band=5g' }).value.l as string;
    expect(out).toMatch(/^wifi detail: ssid=HomeNet psk=<SECRET:[a-z]+> band=5g$/);
    const two = mask({ l: 'wpa_passphrase=open sesame now\nchannel 6' }).value.l as string;
    for (const word of ['open', 'sesame', 'now']) expect(two).not.toContain(word);
    expect(two).toMatch(/\nchannel 6$/);
  });

  it('masks a latitude,longitude pair that is a pair value whole, whatever its name', () => {
    const out = mask({ l: 'trip=T-1 pu=52.520008,13.404954 do=52.4862,13.4241 fare_eur=18.40' }).value.l as string;
    expect(out).toMatch(/^trip=T-1 pu=<GEO_COORDINATES:[a-z]+> do=<GEO_COORDINATES:[a-z]+> fare_eur=18\.40$/);
  });

  it('keeps pairs of ratios, short decimals, versions and longer lists', () => {
    for (const l of ['weights=0.2500,0.7500', 'ratio=1.5,2.5', 'v=1.2.3,4.5.6', 's=12.3456,78.9012,5', 'r=95.1234,13.4241'])
      expect(mask({ l }).value.l).toBe(l);
  });

  it('ends other bare secrets at their first blank, as before', () => {
    expect(mask({ l: 'password=hunter2 login failed' }).value.l).toMatch(/^password=<SECRET:[a-z]+> login failed$/);
  });

  it('keeps change values of a line that names no bank account, and non-digit ones', () => {
    for (const l of [
      'quota account=acme old=1000000 new=2000000',
      'field=timeout old=30000000 new=60000000',
      'deposit old=pending new=settled',
    ])
      expect(mask({ l }).value.l).toBe(l);
  });

  it('can be switched off', () => {
    const off = withPolicy('structure: { key_value: false }');
    expect(mask({ l: 'first_name=Jane' }, off).value.l).toBe('first_name=Jane');
  });
});

describe('OpenTelemetry GenAI attributes', () => {
  const messages = [
    { role: 'system', parts: [{ type: 'text', content: 'You are a support agent.' }] },
    { role: 'user', parts: [{ type: 'text', content: 'my email is a@b.co and card 4111111111111111' }] },
    {
      role: 'assistant',
      parts: [{ type: 'tool_call', id: 'call_1', name: 'lookup', arguments: { email: 'a@b.co', note: 'x' } }],
      finish_reason: 'stop',
    },
    { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_1', response: 'SSN on file 078-05-1121' }] },
  ];

  it('masks content, arguments and results inside gen_ai.input.messages (a JSON string), keeping role/type/id', () => {
    const { value } = mask({ 'gen_ai.input.messages': JSON.stringify(messages) });
    const out = JSON.parse(value['gen_ai.input.messages'] as string);
    expect(out.map((m: { role: string }) => m.role)).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(out[0].parts[0].content).toBe('You are a support agent.');
    expect(out[1].parts[0].content).toMatch(/^my email is <EMAIL:[a-z]+> and card <CREDIT_CARD:[a-z]+>$/);
    expect(out[2].parts[0]).toMatchObject({ type: 'tool_call', id: 'call_1', name: 'lookup' });
    expect(out[2].parts[0].arguments.email).toMatch(/^<EMAIL:/);
    expect(out[2].finish_reason).toBe('stop');
    expect(out[3].parts[0].response).toMatch(/<US_SSN:/);
  });

  it('works on structured attribute values, on OTLP-style attribute paths, and with json_strings off', () => {
    const off = withPolicy('structure: { json_strings: false }');
    const structured = mask({ attributes: { 'gen_ai.output.messages': structuredClone(messages) } }, off).value;
    expect(JSON.stringify(structured)).not.toContain('4111111111111111');
    const asString = mask({ 'gen_ai.input.messages': JSON.stringify(messages) }, off).value;
    expect(JSON.parse(asString['gen_ai.input.messages'] as string)[2].parts[0].arguments.email).toMatch(/^<EMAIL:/);
    const findings: import('../../../../src/engine/index.js').Finding[] = [];
    const field = engine.maskField(
      'gen_ai.system_instructions',
      JSON.stringify([{ type: 'text', content: 'escalate to jane@example.com' }]),
      'attributes.gen_ai.system_instructions',
      findings,
    );
    expect(field).toContain('"type":"text"');
    expect(field).not.toContain('jane@example.com');
  });

  it('opens tool-call arguments held as a JSON string inside a message (OpenAI style)', () => {
    const msgs = [
      {
        role: 'assistant',
        tool_calls: [
          {
            id: 'call_9',
            type: 'function',
            function: { name: 'refund', arguments: JSON.stringify({ iban: 'GB82 WEST 1234 5698 7654 32', amount: 12 }) },
          },
        ],
      },
    ];
    const { value } = mask({ 'gen_ai.output.messages': JSON.stringify(msgs) });
    const out = JSON.parse(value['gen_ai.output.messages'] as string);
    const args = JSON.parse(out[0].tool_calls[0].function.arguments);
    expect(args.iban).toMatch(/^<IBAN:[a-z]+>$/);
    expect(args.amount).toBe(12);
    expect(out[0].tool_calls[0]).toMatchObject({ id: 'call_9', type: 'function' });
  });

  it('masks the legacy gen_ai.prompt / gen_ai.completion attributes as text', () => {
    const { value } = mask({
      'gen_ai.prompt': 'ssn 078-05-1121 please',
      'gen_ai.completion.0.content': 'Sure, emailing a@b.co',
      'gen_ai.completion.0.role': 'assistant',
    });
    expect(value['gen_ai.prompt']).toMatch(/^ssn <US_SSN:[a-z]+> please$/);
    expect(value['gen_ai.completion.0.content']).toMatch(/<EMAIL:/);
    expect(value['gen_ai.completion.0.role']).toBe('assistant');
  });
});

describe('policy structure section', () => {
  it('rejects an unknown switch with its path', () => {
    expect(() => policyFromText('structure:\n  jsons: true\n')).toThrow(/structure\.jsons/);
  });
  it('defaults every handler on and sql_all_literals off', () => {
    const p = policyFromText('{}').policy.structure;
    expect(p).toEqual({
      json_strings: true,
      json_max_nesting: 4,
      urls: true,
      headers: true,
      sql: true,
      sql_all_literals: false,
      key_value: true,
      csv: true,
      command_lines: true,
      hl7: true,
      x12: true,
      fhir: true,
      genai: true,
    });
  });
});

describe('a JSON object written into a log line after other text (red-team round 7)', () => {
  it('masks the members whose names are sensitive, and keeps the others and the prefix', () => {
    // BambooHR "Get Employee" fields; Presidio's test SSN.
    const line =
      'DEBUG bamboohr.sync GET /api/v1/employees/4017 -> 200 {"id":"4017","firstName":"Charlotte","lastName":"Abbott","ssn":"078-05-1123","note":"say \\"hi\\""}';
    const out = engine.maskText(line).value;
    expect(out).not.toContain('Abbott');
    expect(out).not.toContain('078-05-1123');
    expect(out).toContain('DEBUG bamboohr.sync GET /api/v1/employees/4017 -> 200 {"id":"4017"');
    expect(out).toContain('"note":"say \\"hi\\""}');
  });
  it('keeps placeholders and members of names that are not sensitive', () => {
    for (const line of ['msg "lastName": "***" ok', 'saw {"name":"build","status":"ok","lastName":"${LAST_NAME}"}']) {
      expect(engine.maskText(line).value).toBe(line);
    }
  });
});

describe('international records and document-AI output (red-team round 10)', () => {
  it('reads member names in any script in a JSON object written after other text', () => {
    const line = 'INFO [order-svc] 订单已创建 {"订单号":"DD202612010001","收货人":"张三","手机号":"13123456789"}';
    const out = engine.maskText(line).value;
    expect(out).not.toContain('张三');
    expect(out).not.toContain('13123456789');
    expect(out).toContain('"订单号":"DD202612010001"');
  });

  it('masks a Document AI entity by its type: mentionText and normalizedValue', () => {
    const { value } = mask({
      entities: [
        { type: 'Family Name', mentionText: 'ERIKSSON', confidence: 0.99 },
        { type: 'Date Of Birth', mentionText: '12 AUG 1974', normalizedValue: { text: '1974-08-12' } },
        { type: 'invoice_id', mentionText: 'INV-3337' },
      ],
    });
    const text = JSON.stringify(value);
    expect(text).not.toContain('ERIKSSON');
    expect(text).not.toContain('12 AUG 1974');
    expect(text).not.toContain('1974-08-12');
    expect(text).toContain('INV-3337');
  });

  it('masks fields named in Japanese, Korean, Russian and Arabic, and leaves the others', () => {
    const { value } = mask({
      氏名: '山田 太郎',
      件名: 'マイナンバーの登録',
      주소: '서울특별시 종로구',
      телефон: '+7 912 345-67-89',
      الاسم: 'فلان',
    });
    expect(value.氏名).toMatch(/^<PERSON:/);
    expect(value.주소).toMatch(/^<ADDRESS:/);
    expect(value.телефон).toMatch(/^<PHONE:/);
    expect(value.الاسم).toMatch(/^<PERSON:/);
    expect(value.件名).toBe('マイナンバーの登録');
  });
});
