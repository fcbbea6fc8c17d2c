import { describe, expect, it } from 'vitest';
import { maskJsonBytes, maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

const engine = testEngine();

describe('maskJsonBytes', () => {
  it('masks a JSON object and appends the evidence as its last field', () => {
    const r = maskJsonBytes(engine, Buffer.from('{"email":"jane@example.com","n":1}'));
    const out = JSON.parse(r.output ?? '');
    expect(Object.keys(out)).toEqual(['email', 'n', '_auditmask']);
    expect(out._auditmask.findings).toEqual([{ path: 'email', entity: 'EMAIL', detector: 'key', action: 'token' }]);
    expect(r.input).toBe('json');
  });

  it('masks a line that is not JSON as free text and never echoes it raw', () => {
    const r = maskJsonBytes(engine, Buffer.from('login jane@example.com from 203.0.113.9 {oops'));
    const out = JSON.parse(r.output ?? '');
    expect(out.text).toMatch(/^login <EMAIL:[a-z]{12}> from <IP_ADDRESS:[a-z]{12}> \{oops$/);
    expect(out._auditmask.input).toBe('text');
    expect(r.output).not.toContain('jane@example.com');
  });

  it('wraps JSON values that are not objects', () => {
    const r = maskJsonBytes(engine, Buffer.from('"jane@example.com"'));
    expect(JSON.parse(r.output ?? '')).toMatchObject({ value: expect.stringMatching(/^<EMAIL:/), _auditmask: { v: 1 } });
  });

  it('replaces invalid UTF-8 before masking and says so without quoting the content', () => {
    const bytes = Buffer.concat([Buffer.from('{"note":"jane@example.com '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const r = maskJsonBytes(engine, bytes);
    expect(r.warnings).toEqual(['invalid UTF-8: invalid bytes were replaced with U+FFFD before masking']);
    const out = JSON.parse(r.output ?? '');
    expect(out.note).toMatch(/^<EMAIL:[a-z]{12}> \uFFFD\uFFFD$/);
  });

  it('rejects 10,000-deep nesting (fail closed) with a reason and no content in the message', () => {
    const deep = `${'{"a":'.repeat(10_000)}"jane@example.com"${'}'.repeat(10_000)}`;
    const r = maskJsonString(engine, deep);
    expect(r.output).toBeUndefined();
    expect(r.rejected?.reason).toBe('depth_exceeded');
    expect(r.rejected?.message).not.toContain('jane');
  });

  it('masks a 5 MiB record', () => {
    const big = JSON.stringify({ blob: `${'lorem ipsum '.repeat(450_000)} jane@example.com` });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = maskJsonString(engine, big);
    expect(r.output).not.toContain('jane@example.com');
    expect(r.findings[0]?.entity).toBe('EMAIL');
  });
});
