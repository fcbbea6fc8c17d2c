import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { defaultPolicy, policyFromText } from '../../../src/engine/index.js';
import { matchPath, parsePathPattern } from '../../../src/engine/policy/path-pattern.js';
import { maskText, testEngine } from '../../helpers/engine.js';

function policyError(yaml: string): ConfigError {
  try {
    policyFromText(yaml, 'p.yaml');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('policy loading', () => {
  it('the empty policy is the built-in default, with the same hash', () => {
    expect(policyFromText('').hash).toBe(defaultPolicy().hash);
    expect(defaultPolicy().hash).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('hashes content, not layout: key order and comments do not change the hash; a rule does', () => {
    const a = policyFromText('actions:\n  default: redact\nkeys:\n  enabled: true\n');
    const b = policyFromText('# comment\nkeys: { enabled: true }\nactions: { default: redact }\n');
    expect(a.hash).toBe(b.hash);
    expect(policyFromText('actions: { default: token }').hash).not.toBe(a.hash);
  });

  it('reports every problem at once, each with its path, line and a fix', () => {
    const err = policyError(
      [
        'version: 1',
        'actoins:',
        '  default: token',
        'rules:',
        '  - id: Bad-Id',
        '    entity: ticket',
        '    pattern: "x"',
        'limits:',
        '  max_depth: 0',
      ].join('\n'),
    );
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(byPath.actoins?.line).toBe(2);
    expect(byPath.actoins?.message).toContain('did you mean "actions"');
    expect(byPath['rules[0].id']?.line).toBe(5);
    expect(byPath['rules[0].id']?.message).toContain('lower_snake_case');
    expect(byPath['rules[0].entity']?.line).toBe(6);
    expect(byPath['limits.max_depth']?.line).toBe(9);
    expect(err.issues).toHaveLength(4);
    expect(err.message).toContain('p.yaml:2:1 actoins');
  });

  it('reports YAML syntax errors with their line', () => {
    const err = policyError('keys:\n  enabled: true\n   bad: [\n');
    expect(err.issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(err.message).toContain('YAML syntax');
  });

  it('refuses patterns that cannot run in linear time, naming the construct and the rule', () => {
    const err = policyError(
      'rules:\n  - id: rep\n    entity: X_ID\n    pattern: "(a)\\\\1"\n  - id: look\n    entity: X_ID\n    pattern: "foo(?=bar)"\n  - id: broken\n    entity: X_ID\n    pattern: "(unclosed"\n',
    );
    const messages = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(messages['rules[0].pattern']?.message).toContain('backreferences');
    expect(messages['rules[0].pattern']?.line).toBe(4);
    expect(messages['rules[1].pattern']?.message).toContain('lookahead');
    expect(messages['rules[2].pattern']?.message).toContain('not a valid RE2 pattern');
  });

  it('unknown detector ids and bad paths are errors', () => {
    const err = policyError('detectors:\n  disabled: [emial]\nallow:\n  paths: ["a..b"]\n');
    expect(err.issues.map((i) => i.path).sort()).toEqual(['allow.paths[0]', 'detectors.disabled[0]']);
  });
});

describe('custom rules', () => {
  it('a catastrophic-backtracking pattern runs on RE2 and cannot hang', () => {
    const engine = testEngine('rules:\n  - id: evil\n    entity: EVIL\n    pattern: "(a+)+$"\n');
    const input = `${'a'.repeat(50_000)}!`;
    const out = engine.maskText(input);
    expect(out.value).toBe(input);
  });

  it('masks matches, honours keywords and its own action', () => {
    const engine = testEngine(
      'rules:\n  - id: ticket\n    entity: TICKET\n    pattern: "TKT-[0-9]{6}"\n    keywords: [tkt-]\n    action: redact\n',
    );
    expect(maskText(engine, 'see TKT-123456 and TKT-1').text).toBe('see <TICKET> and TKT-1');
    expect(engine.maskText('see TKT-123456').findings[0]).toMatchObject({ entity: 'TICKET', detector: 'rule:ticket', action: 'redact' });
  });
});

describe('actions and allowlists', () => {
  it('per-entity actions', () => {
    const engine = testEngine('actions:\n  entities:\n    EMAIL: partial\n    IP_ADDRESS: keep\n');
    const out = maskText(engine, 'jane@example.com from 203.0.113.42');
    expect(out.text).toBe('<EMAIL:***@example.com> from 203.0.113.42');
    expect(out.entities).toEqual(['EMAIL', 'IP_ADDRESS']);
  });

  it('per-path actions apply at and below the path; the last match wins', () => {
    const engine = testEngine(
      'paths:\n  - path: "debug.**"\n    action: drop\n  - path: "user.*"\n    action: redact\n  - path: "user.contact"\n    action: keep\n',
    );
    const { value } = engine.maskValue({
      debug: { dump: 'password=hunter22', n: 1 },
      user: { email: 'jane@example.com', contact: 'jane@example.com', note: 'ok' },
    });
    expect(value).toEqual({ debug: { n: 1 }, user: { email: '<EMAIL>', contact: 'jane@example.com', note: 'ok' } });
  });

  it('allow.paths are never inspected; allow.values and allow.patterns are never masked', () => {
    const engine = testEngine(
      'allow:\n  paths: [trace_id, "meta.raw"]\n  values: ["203.0.113.1"]\n  patterns: ["10\\\\.0\\\\.[0-9]+\\\\.[0-9]+"]\n',
    );
    const { value, findings } = engine.maskValue({
      trace_id: 'jane@example.com',
      meta: { raw: 'jane@example.com', other: 'jane@example.com' },
      ips: '203.0.113.1 10.0.4.17 198.51.100.7',
    });
    expect(value).toMatchObject({ trace_id: 'jane@example.com', meta: { raw: 'jane@example.com' } });
    expect((value as { meta: { other: string } }).meta.other).toMatch(/^<EMAIL:/);
    expect((value as { ips: string }).ips).toMatch(/^203\.0\.113\.1 10\.0\.4\.17 <IP_ADDRESS:[a-z]{12}>$/);
    expect(findings.map((f) => f.path)).toEqual(['meta.other', 'ips']);
  });

  it('disabled detectors do not run; extra keys and ignored keys apply', () => {
    const engine = testEngine(
      'detectors:\n  disabled: [email]\nkeys:\n  extra:\n    - name: employee code\n      entity: EMPLOYEE_ID\n  ignore: [email]\n',
    );
    const { value } = engine.maskValue({ note: 'jane@example.com', email: 'x', employeeCode: 'E-1234' });
    expect(value).toEqual({ note: 'jane@example.com', email: 'x', employeeCode: expect.stringMatching(/^<EMPLOYEE_ID:[a-z]{12}>$/) });
  });
});

describe('path patterns', () => {
  it.each([
    ['user.email', ['user', 'email'], true],
    ['user.email', ['x', 'user', 'email'], false],
    ['trace_id', ['a', 'b', 'trace_id'], true],
    ['rows[*].ssn', ['rows', 3, 'ssn'], true],
    ['rows[0].ssn', ['rows', 1, 'ssn'], false],
    ['**.password', ['a', 'b', 'password'], true],
    ['a.*.c', ['a', 'b', 'c'], true],
    ['a.*.c', ['a', 'b', 'x', 'c'], false],
    // Keys with dots (OpenTelemetry attributes) are matched by their dotted names, as evidence shows them.
    ['attributes.user.email', ['attributes', 'user.email'], true],
    ['resource.service.name', ['resource', 'service.name'], true],
    ['a.b.c', ['a.b', 'c'], true],
    ['a.b.c', ['a.b.c'], true],
    ['a.b', ['a', 'b.c'], false],
    ['a.b.c', ['a', 'b.c.d'], false],
    ['a.bc', ['a', 'b.c'], false],
    ['a.b.c', ['a', 'bb.c'], false],
    ['a.*', ['a', 'x.y'], true],
    ['**.user.email', ['x', 'attributes', 'user.email'], true],
    ['attributes.user.*', ['attributes', 'user.email'], false],
    // A name never matches an array index.
    ['notes', ['list', 0], false],
    ['a.0', ['a', 0], false],
    ['a[0]', ['a', 0], true],
  ] as const)('%s vs %j → %s', (source, path, expected) => {
    const { pattern } = parsePathPattern(source);
    expect(pattern).toBeDefined();
    expect(matchPath(pattern!, path)).toBe(expected);
  });
  it.each(['a..b', '.a', 'a.', '', 'a[b]'])('rejects %j', (source) => {
    expect(parsePathPattern(source).error).toBeDefined();
  });
});
