import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// OpenTelemetry telemetry as instrumentation writes it (red-team round 70): attribute names from the
// semantic-conventions registry (enduser.id, process.owner, user.name, feature_flag.context.id,
// db.operation.parameter.<n>, db.query.text), OTLP/JSON AnyValue wrappers, the Collector debug
// exporter's `-> name: Str(…)` lines, Datadog's `usr.id`, OpenFeature's `targetingKey`. Values are
// made up for these tests (other names than the corpus's); RFC 2606 e-mail domains.
const engine = testEngine();
const masked = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('logins under telemetry names', () => {
  it.each([
    ['OTel enduser.id', { 'enduser.id': 'tkowalczyk' }, 'tkowalczyk'],
    ['OTel process.owner', { 'process.owner': 'mdelacroix' }, 'mdelacroix'],
    ['Datadog usr.id, flat', { 'usr.id': 'hbergstrom' }, 'hbergstrom'],
    ['Datadog usr.id, nested', { usr: { id: 'hbergstrom', email: 'h.bergstrom@example.org' } }, 'hbergstrom'],
    ['OpenFeature targetingKey', { targetingKey: 'aosei.mensah' }, 'aosei.mensah'],
    ['OTel feature_flag.context.id', { 'feature_flag.context.id': 'aosei.mensah' }, 'aosei.mensah'],
    ['OTLP/JSON stringValue under user.name', { attributes: [{ key: 'user.name', value: { stringValue: 'rvanhoek' } }] }, 'rvanhoek'],
    ['OTLP/JSON stringValue under enduser.id', { attributes: [{ key: 'enduser.id', value: { stringValue: 'rvanhoek' } }] }, 'rvanhoek'],
  ])('masks %s', (_, input, login) => {
    expect(masked(input)).not.toContain(login);
  });

  it.each([
    ['a record id under enduser.id', { 'enduser.id': 'cust_55120' }, 'cust_55120'],
    ['a UUID targeting key', { targetingKey: '9b2f6d1e-4c3a-4e8b-a7d5-0f1e2d3c4b5a' }, '9b2f6d1e-4c3a-4e8b-a7d5-0f1e2d3c4b5a'],
    ['a system account under process.owner', { 'process.owner': 'www-data' }, 'www-data'],
    ['root under process.owner', { 'process.owner': 'root' }, 'root'],
    ['digits under usr.id', { usr: { id: '771204' } }, '771204'],
    ['a bare id elsewhere', { order: { id: 'ord-77120' }, session: { id: 'a1b2c3d4' } }, 'ord-77120'],
    ['a service name in OTLP/JSON', { attributes: [{ key: 'service.name', value: { stringValue: 'cart-api' } }] }, 'cart-api'],
  ])('keeps %s', (_, input, kept) => {
    expect(masked(input)).toContain(kept);
  });
});

describe('Collector debug exporter attribute lines', () => {
  const dump = [
    'Resource attributes:',
    '     -> service.name: Str(ledger-sync)',
    '     -> process.owner: Str(bnakamura)',
    '     -> process.pid: Int(8812)',
    '     -> user.name: Str(svc_ledger)',
    '     -> http.request.header.cookie: Slice(["sid=8f14e45fceea167a5a36dedd4bea2543"])',
    '     -> enduser.id: Str(cust_20931)',
  ].join('\n');

  it('masks a login and a cookie by their attribute names', () => {
    const out = maskText(engine, dump).text;
    expect(out).not.toContain('bnakamura');
    expect(out).not.toContain('8f14e45fceea167a5a36dedd4bea2543');
  });

  it('keeps service names, system accounts, ids, numbers and the value types', () => {
    const out = maskText(engine, dump).text;
    for (const kept of ['Str(ledger-sync)', 'Str(svc_ledger)', 'Str(cust_20931)', 'Int(8812)', '-> process.owner: Str(']) {
      expect(out).toContain(kept);
    }
  });
});

describe('a feature flag evaluation context', () => {
  it('masks the name of the user a flag was evaluated for', () => {
    const out = masked({
      'feature_flag.key': 'dark-mode',
      'feature_flag.context': '{"targetingKey":"u-8812","email":"isolde.farnham@example.com","name":"Isolde Farnham","country":"GB"}',
    });
    expect(out).not.toContain('Isolde Farnham');
    expect(out).toContain('dark-mode');
    expect(out).toContain('u-8812');
  });

  it('masks it in a logfmt line holding the context as JSON', () => {
    const out = maskText(
      engine,
      'level=debug msg="flag evaluated" flag=dark-mode context={"kind":"user","name":"Isolde Farnham","email":"isolde.farnham@example.com"}',
    ).text;
    expect(out).not.toContain('Isolde Farnham');
    expect(out).toContain('flag=dark-mode');
  });

  it('keeps the name of a context with no e-mail, phone or login beside it', () => {
    const out = masked({ context: { name: 'eu-west-prod', cluster: 'eks-blue', namespace: 'payments' } });
    expect(out).toContain('eu-west-prod');
    const line = maskText(engine, 'level=info service={"name":"ledger-sync","owner_email":"ops@example.com"}').text;
    expect(line).toContain('ledger-sync');
  });
});

describe('database span parameters by their placeholders', () => {
  it('masks a positional parameter as the column its placeholder stands for', () => {
    const out = masked({
      'db.system.name': 'postgresql',
      'db.query.text': 'UPDATE members SET email = $1, postcode = $2 WHERE member_no = $3',
      'db.operation.parameter.0': 'priya.raman@example.net',
      'db.operation.parameter.1': 'EH3 9QG',
      'db.operation.parameter.2': 'M-44120',
    });
    expect(out).not.toContain('priya.raman@example.net');
    expect(out).not.toContain('EH3 9QG');
    expect(out).toContain('M-44120');
  });

  it('reads the older db.statement with `?` placeholders', () => {
    const out = masked({
      'db.statement': 'SELECT id FROM patients WHERE last_name = ? AND status = ?',
      'db.operation.parameter.0': 'Okonjo-Hale',
      'db.operation.parameter.1': 'active',
    });
    expect(out).not.toContain('Okonjo-Hale');
    expect(out).toContain('"active"');
  });

  it('keeps parameters of columns that name nothing sensitive, and parameters without a statement', () => {
    const out = masked({
      'db.query.text': 'SELECT * FROM orders WHERE order_no = $1 AND region = $2',
      'db.operation.parameter.0': 'ORD-20931',
      'db.operation.parameter.1': 'eu-west',
    });
    expect(out).toContain('ORD-20931');
    expect(out).toContain('eu-west');
    expect(masked({ 'db.operation.parameter.0': 'Harrow Lane' })).toContain('Harrow Lane');
  });
});

describe('a login spelled from the e-mail of its row', () => {
  it('masks the initial-and-family login beside its e-mail in a header-less row', () => {
    const out = maskText(engine, '2024-05-02T10:11:12Z,GET /cart,pmbeki,192.0.2.10,precious.mbeki@example.org,200').text;
    expect(out).not.toContain('pmbeki');
    expect(out).toContain('GET /cart');
  });

  it('keeps other cells of such a row', () => {
    const out = maskText(engine, '2024-05-02T10:11:12Z,login,admin,deploy,precious.mbeki@example.org,200').text;
    expect(out).toContain(',admin,deploy,');
  });
});

describe('names after introductions and account holders', () => {
  it.each([
    ['German `ich heiße`', 'Ich heiße Wiebke Hollander und brauche Hilfe', 'Wiebke Hollander'],
    ['Spanish `a nombre de`', 'la cuenta ya existe a nombre de Ramiro Echeverri', 'Ramiro Echeverri'],
    ['French `au nom de`', 'un compte existe au nom de Gaspard Lemoine', 'Gaspard Lemoine'],
    ['`Name on card:` in capitals', 'Name on card: OTTILIE MARCHBANK  Expiry: 09/29', 'OTTILIE MARCHBANK'],
  ])('%s', (_, text, name) => {
    expect(maskText(engine, text).text).not.toContain(name);
  });

  it('keeps what follows these words when it is no name', () => {
    expect(maskText(engine, 'a nombre de la empresa').text).toContain('a nombre de la empresa');
    expect(maskText(engine, 'stored on card reader 4').text).toContain('stored on card reader 4');
  });
});

describe('a Redis command as a database span records it', () => {
  it.each([
    ['AUTH with a user', 'AUTH default Kestrel-77-Orbit', 'Kestrel-77-Orbit', 'AUTH default '],
    ['AUTH alone', 'AUTH Kestrel-77-Orbit', 'Kestrel-77-Orbit', 'AUTH '],
    ['HSET under a password field', "HSET account:4471 password 'Kestrel-77-Orbit' tier silver", 'Kestrel-77-Orbit', 'tier silver'],
  ])('masks %s', (_, text, secret, kept) => {
    const out = maskText(engine, text).text;
    expect(out).not.toContain(secret);
    expect(out).toContain(kept);
  });

  it.each([
    ['an AUTH outcome', 'AUTH failed'],
    ['the semantic conventions example', "HMSET myhash field1 'Hello' field2 'World'"],
    ['a key without a sensitive name', 'SET cache:page:home 3600'],
  ])('keeps %s', (_, text) => {
    expect(maskText(engine, text).text).toBe(text);
  });
});
