import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const KEY = {
  AUDITMASK_HMAC_KEY: 'hex:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  AUDITMASK_HMAC_KEY_FILE: undefined,
};
const SAMPLE = readFileSync(new URL('../../../samples/audit-records.jsonl', import.meta.url), 'utf8');
const RAW_VALUES = [
  'jane.doe@example.com',
  '415-555-2671',
  '4111 1111 1111 1111',
  '536-22-8145',
  '1985-03-15',
  'GB82 WEST 1234 5698 7654 32',
  '5555555555554444',
  '203.0.113.42',
  'hunter2!',
  'S3cr3t-P4ss',
  'AKIAIOSFODNN7EXAMPLE',
  '2001:db8:85a3::8a2e:370:7334',
  'a3f1c9e2b7d54e8f9a0b1c2d3e4f5a6b',
  '(212) 555-0147',
  'bob@example.net',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'Pa55w0rd',
  'MIIEowIBAAKCAQEAx5Gz',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
];
const LOOK_ALIKES = [
  'ORD-2026-000123',
  '4bf92f3577b34da6a3ce929d0e0e4736',
  '550e8400-e29b-41d4-a716-446655440000',
  '2026-11-02T09:14:03.512Z',
  '"version":"1.2.3"',
  'TCK-48213',
  '2026.11.1',
  'u-88231',
];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'auditmask-cli-'));
}

describe('auditmask mask', () => {
  it('on the bundled sample: one line per line, every raw value gone, look-alikes kept', async () => {
    const r = await runCli(['mask', 'samples/audit-records.jsonl'], '', KEY);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(SAMPLE.trimEnd().split('\n').length);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    for (const raw of RAW_VALUES) expect(r.stdout).not.toContain(raw);
    for (const keep of LOOK_ALIKES) expect(r.stdout).toContain(keep);
    expect(r.stderr).toMatch(/7 records, \d+ findings, 1 read as text, 0 rejected/);
    expect(r.stderr).not.toContain('random key');
  });

  it('reads stdin, is deterministic under one key, and says when it had to make a random key', async () => {
    const input = '{"email":"jane@example.com"}\n';
    const a = await runCli(['mask', '-q'], input, KEY);
    const b = await runCli(['mask', '-q'], input, KEY);
    expect(a.stdout).toBe(b.stdout);
    const c = await runCli(['mask', '-q'], input, { AUDITMASK_HMAC_KEY: undefined, AUDITMASK_HMAC_KEY_FILE: undefined });
    expect(c.stderr).toMatch(/using a random key for this run \(id k-[0-9a-f]{8}\)/);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('keeps going through bad input: invalid JSON, invalid UTF-8, 5 MiB line, 10,000-deep nesting', async () => {
    const dir = tmp();
    const deep = `${'['.repeat(10_000)}"jane@example.com"${']'.repeat(10_000)}`;
    const big = JSON.stringify({ blob: `${'z'.repeat(5 * 1024 * 1024)} jane@example.com` });
    const input = Buffer.concat([
      Buffer.from('{"ok":1}\n'),
      Buffer.from('not json jane@example.com\n'),
      Buffer.from('{"note":"x'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
      Buffer.from(`${big}\n`),
      Buffer.from(`${deep}\n`),
      Buffer.from('{"last":true}\n'),
    ]);
    const deadLetter = join(dir, 'dead.jsonl');
    const r = await runCli(['mask', '--dead-letter', deadLetter, '--dead-letter-plaintext'], input, KEY);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(r.stdout).not.toContain('jane@example.com');
    expect(JSON.parse(lines[4] ?? '')._auditmask.rejected).toBe('depth_exceeded');
    expect(JSON.parse(lines[5] ?? '')).toMatchObject({ last: true });
    expect(r.stderr).toContain('<stdin>:3: invalid UTF-8');
    expect(r.stderr).toContain('<stdin>:5: rejected (depth_exceeded)');
    expect(r.stderr).not.toContain('jane');
    const dead = readFileSync(deadLetter, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ reason: 'depth_exceeded', origin: { kind: 'file', path: '<stdin>', line: 5 } });
  });

  it('rejects a line over --max-line-bytes without buffering it, and goes on', async () => {
    const r = await runCli(['mask', '--max-line-bytes', '1k', '-q'], `${'x'.repeat(5000)}\n{"a":1}\n`, KEY);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')._auditmask.rejected).toBe('line_too_long');
    expect(r.stderr).toContain('rejected (line_too_long)');
  });

  it('a missing input file or key file is a clear error', async () => {
    const missing = await runCli(['mask', 'no-such-file.jsonl'], '', KEY);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot open no-such-file.jsonl (ENOENT)');
    const noKey = await runCli(['mask', '--key-file', '/nonexistent/key'], '{}\n', KEY);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('/nonexistent/key');
    expect(noKey.stderr).toContain('ENOENT');
  });

  it('a bad policy stops it before any output, naming the line', async () => {
    const dir = tmp();
    const policy = join(dir, 'p.yaml');
    writeFileSync(policy, 'rules:\n  - id: x\n    entity: X_ID\n    pattern: "(a+)\\\\1"\n');
    const r = await runCli(['mask', '--policy', policy], '{"a":1}\n', KEY);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${policy}:4:14 rules[0].pattern: backreferences`);
  });
});

describe('auditmask scan', () => {
  it('reports counts per entity and per path, never values', async () => {
    const r = await runCli(['scan', '--format', 'json', 'samples/audit-records.jsonl'], '', KEY);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.records).toBe(7);
    expect(report.read_as_text).toBe(1);
    expect(report.entities.EMAIL).toBeGreaterThanOrEqual(4);
    expect(report.paths).toContainEqual({ path: 'rows[*].card_number', entity: 'CREDIT_CARD', detector: 'key', count: 1 });
    for (const raw of RAW_VALUES) expect(r.stdout).not.toContain(raw);
  });
  it('prints masked paths for sensitive map keys and the synthetic path of name/value siblings', async () => {
    const file = join(tmp(), 'keys.jsonl');
    writeFileSync(file, '{"quota":{"jane.doe@example.com":3},"env":[{"name":"DB_PASSWORD","value":"xK9#mq2Lp0vR"}]}\n');
    const r = await runCli(['scan', '--format', 'json', file], '', KEY);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('jane.doe');
    const report = JSON.parse(r.stdout);
    expect(report.paths).toContainEqual({ path: 'env[*].DB_PASSWORD', entity: 'SECRET', detector: 'key:sibling', count: 1 });
    expect(report.paths).toContainEqual(
      expect.objectContaining({ path: expect.stringMatching(/^quota\.<EMAIL:[a-z]+>$/), entity: 'EMAIL' }),
    );
  });
  it('prints a table by default', async () => {
    const r = await runCli(['scan', 'samples/audit-records.jsonl'], '', KEY);
    expect(r.stdout).toMatch(/^records: 7 {3}with findings: \d+/);
    expect(r.stdout).toMatch(/ENTITY +FINDINGS/);
  });
});

describe('auditmask rules, policy, help', () => {
  it('rules lists every detector with its validation', async () => {
    const r = await runCli(['rules'], '', KEY);
    for (const id of [
      'email',
      'credit_card',
      'iban',
      'us_ssn',
      'phone',
      'ipv4',
      'ipv6',
      'jwt',
      'aws_access_key_id',
      'private_key',
      'authorization',
      'secret_assignment',
      'date_of_birth',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    }
  });
  it('policy check passes a good file and fails a bad one with exit 2', async () => {
    const dir = tmp();
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'actions:\n  entities:\n    EMAIL: partial\n');
    const ok = await runCli(['policy', 'check', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: .*good\.yaml \(sha256:[0-9a-f]{16}\)/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'actions:\n  entities:\n    EMAIL: scramble\n');
    const ko = await runCli(['policy', 'check', bad]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('bad.yaml:3:12 actions.entities.EMAIL');
  });
  it('policy show prints the defaults; --help works on every command', async () => {
    expect((await runCli(['policy', 'show'])).stdout).toContain('max_depth: 64');
    for (const cmd of [[], ['mask'], ['scan'], ['rules'], ['policy'], ['policy', 'check']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: auditmask');
    }
  });
  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['mask', '--frob'])).code).toBe(2);
  });
});
