import { describe, expect, it } from 'vitest';
import { RecordError } from '../../../src/core/errors.js';
import { TEST_KEY_ID, testEngine } from '../../helpers/engine.js';

const engine = testEngine();

describe('Engine.maskValue', () => {
  it('masks by field name in any case style, and whole sub-trees under a sensitive name', () => {
    const { value, findings } = engine.maskValue({
      userEmail: 'Jane@Example.com',
      PASSWORD: 'hunter2',
      credentials: { user: 'svc', pass: ['a1', 'b2'] },
      has_password: true,
      password_length: 12,
    });
    expect(value).toEqual({
      userEmail: expect.stringMatching(/^<EMAIL:[a-z]{12}>$/),
      PASSWORD: expect.stringMatching(/^<SECRET:[a-z]{12}>$/),
      credentials: {
        user: expect.stringMatching(/^<SECRET:/),
        pass: [expect.stringMatching(/^<SECRET:/), expect.stringMatching(/^<SECRET:/)],
      },
      has_password: true,
      password_length: 12,
    });
    expect(findings.map((f) => `${f.path}:${f.entity}:${f.detector}`)).toEqual([
      'userEmail:EMAIL:key',
      'PASSWORD:SECRET:key',
      'credentials.user:SECRET:key',
      'credentials.pass[0]:SECRET:key',
      'credentials.pass[1]:SECRET:key',
    ]);
  });

  it('gives a value found by name and the same value found in text the same token (joins keep working)', () => {
    const { value } = engine.maskValue({ email: 'jane@example.com', note: 'mail JANE@example.com' }) as {
      value: { email: string; note: string };
    };
    expect(value.note).toBe(`mail ${value.email}`);
  });

  it('scans large integers as text (card numbers stored as JSON numbers), leaves other numbers', () => {
    const { value } = engine.maskValue({ amount: 4111111111111111, count: 42, ts: 1732785600123 });
    expect(value).toEqual({ amount: expect.stringMatching(/^<CREDIT_CARD:/), count: 42, ts: 1732785600123 });
  });

  it('keeps booleans and null, keeps key order and nesting', () => {
    const input = { a: null, b: false, c: { d: [1, 'x', { e: 'jane@example.com' }] }, f: 'ok' };
    const { value } = engine.maskValue(structuredClone(input));
    expect(Object.keys(value as object)).toEqual(['a', 'b', 'c', 'f']);
    expect(value).toEqual({ ...input, c: { d: [1, 'x', { e: expect.stringMatching(/^<EMAIL:/) }] } });
  });

  it('replaces a reserved evidence field coming in (no spoofed or raw evidence passes through)', () => {
    const { value } = engine.maskValue({ _auditmask: { findings: 'jane@example.com' }, x: 1 });
    expect(value).toEqual({ x: 1 });
  });

  it('rejects records nested deeper than the limit with a RecordError, never half-masked', () => {
    let deep: unknown = 'jane@example.com';
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(() => engine.maskValue(deep)).toThrow(RecordError);
    try {
      engine.maskValue(deep);
    } catch (err) {
      expect((err as RecordError).reason).toBe('depth_exceeded');
      expect((err as Error).message).not.toContain('jane');
    }
  });

  it('drop removes the field; in arrays it leaves null so positions keep their meaning', () => {
    const e = testEngine('actions:\n  entities:\n    EMAIL: drop\n');
    const { value, findings } = e.maskValue({ to: ['a@example.com', 'ok'], note: 'write to b@example.com', keep: 1 });
    expect(value).toEqual({ to: [null, 'ok'], keep: 1 });
    expect(findings.every((f) => f.action === 'drop')).toBe(true);
  });

  it('a string that comes again (answered from the scan memo) gives the same output and findings at its own path', () => {
    const e = testEngine();
    const prompt = 'refund jane@example.com on card 4111 1111 1111 1111 please';
    const clean = 'nothing to see in this sentence at all';
    const first = e.maskValue({ a: prompt, b: clean });
    for (let i = 0; i < 3; i++) {
      const again = e.maskValue({ x: { y: prompt }, z: clean, w: [prompt] });
      const v = again.value as { x: { y: string }; z: string; w: string[] };
      expect(v.x.y).toBe((first.value as { a: string }).a);
      expect(v.w[0]).toBe(v.x.y);
      expect(v.z).toBe(clean);
      expect(again.findings.map((f) => `${f.path}:${f.entity}:${f.detector}:${f.action}`)).toEqual([
        'x.y:EMAIL:email:token',
        'x.y:CREDIT_CARD:credit_card:token',
        'w[0]:EMAIL:email:token',
        'w[0]:CREDIT_CARD:credit_card:token',
      ]);
    }
  });

  it('the scan memo never answers for another action: per-path actions and drop see the string afresh', () => {
    const e = testEngine('paths:\n  - path: notes\n    action: redact\nactions:\n  entities:\n    CREDIT_CARD: drop\n');
    const text = 'mail jane@example.com today';
    for (let i = 0; i < 3; i++) {
      const { value, findings } = e.maskValue({ a: text, notes: text, list: [text, 'card 4111 1111 1111 1111'] });
      expect(value).toEqual({
        a: expect.stringMatching(/^mail <EMAIL:[a-z]{12}> today$/),
        notes: 'mail <EMAIL> today',
        list: [expect.stringMatching(/^mail <EMAIL:/), null],
      });
      expect(findings.map((f) => `${f.path}:${f.action}`)).toEqual(['a:token', 'notes:redact', 'list[0]:token', 'list[1]:drop']);
    }
    // Where drop is not allowed (free text), a dropped entity is redacted, and that answer is not
    // the one for a field.
    expect(e.maskText('card 4111 1111 1111 1111').value).toBe('card <CREDIT_CARD>');
    expect(e.maskValue({ c: 'card 4111 1111 1111 1111' }).value).toEqual({});
  });

  it('a long string (a prompt logged twice in one record) is answered from the memo with the same rules', () => {
    const e = testEngine('paths:\n  - path: notes\n    action: redact\n');
    const prompt = `${'summarise the refund request please '.repeat(8)}for jane@example.com on card 4111 1111 1111 1111`;
    expect(prompt.length).toBeGreaterThan(200);
    for (let i = 0; i < 3; i++) {
      const { value, findings } = e.maskValue({ prompt, tool: { args: { query: prompt } }, notes: prompt });
      const v = value as { prompt: string; tool: { args: { query: string } }; notes: string };
      expect(v.prompt).toMatch(/for <EMAIL:[a-z]{12}> on card <CREDIT_CARD:[a-z]{12}>$/);
      expect(v.tool.args.query).toBe(v.prompt);
      expect(v.notes).toMatch(/for <EMAIL> on card <CREDIT_CARD>$/);
      expect(findings.map((f) => `${f.path}:${f.entity}:${f.action}`)).toEqual([
        'prompt:EMAIL:token',
        'prompt:CREDIT_CARD:token',
        'tool.args.query:EMAIL:token',
        'tool.args.query:CREDIT_CARD:token',
        'notes:EMAIL:redact',
        'notes:CREDIT_CARD:redact',
      ]);
    }
    expect(e.maskText(prompt).value).toMatch(/for <EMAIL:[a-z]{12}> on card <CREDIT_CARD:[a-z]{12}>$/);
  });

  it('oversize strings are replaced whole, not scanned', () => {
    const e = testEngine('limits:\n  max_string_bytes: 1024\n');
    const { value, findings } = e.maskValue({ blob: 'x'.repeat(2000) });
    expect(value).toEqual({ blob: '<OVERSIZE_TEXT>' });
    expect(findings[0]).toMatchObject({ entity: 'OVERSIZE_TEXT', path: 'blob' });
  });

  it('collapses repeated findings of one kind at one path into a count', () => {
    const { findings } = engine.maskText('a@example.com b@example.com c@example.com');
    expect(findings).toEqual([{ path: '', entity: 'EMAIL', detector: 'email', action: 'token', count: 3 }]);
  });

  it('evidence names policy, key and token construction (right after the key), never values', () => {
    const { findings } = engine.maskValue({ email: 'jane@example.com' });
    const evidence = engine.evidence(findings);
    expect(Object.keys(evidence)).toEqual(['v', 'policy', 'key', 'tok', 'findings']);
    expect(evidence).toEqual({
      v: 1,
      policy: expect.stringMatching(/^sha256:/),
      key: TEST_KEY_ID,
      tok: 'v2',
      findings: [{ path: 'email', entity: 'EMAIL', detector: 'key', action: 'token' }],
    });
    expect(JSON.stringify(evidence)).not.toContain('jane');
  });

  it('masking twice equals masking once', () => {
    const input = { email: 'jane@example.com', note: 'card 4111 1111 1111 1111, ip 203.0.113.9, password=hunter22' };
    const once = engine.maskValue(structuredClone(input)).value;
    const twice = engine.maskValue(structuredClone(once));
    expect(twice.value).toEqual(once);
    expect(twice.findings).toEqual([]);
  });
});

describe('Engine.maskField', () => {
  it('applies the field-name rules and text detectors to one attribute', () => {
    const findings: import('../../../src/engine/index.js').Finding[] = [];
    expect(engine.maskField('user.email', 'jane@example.com', 'attributes.user.email', findings)).toMatch(/^<EMAIL:/);
    expect(engine.maskField('message', 'ip 203.0.113.9', 'body', findings)).toMatch(/^ip <IP_ADDRESS:/);
    expect(engine.maskField('trace_id', 'jane@example.com', 'trace_id', findings)).toBe('jane@example.com');
    expect(findings.map((f) => f.path)).toEqual(['attributes.user.email', 'body']);
  });
});
