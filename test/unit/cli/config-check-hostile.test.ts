import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

/**
 * `auditmask config check` (issue 16, items 9 and 10): every problem in one round (config schema,
 * policy schema and policy semantics, components), ports and addresses validated, and a warning
 * for a receiver reachable beyond loopback without TLS or a token.
 */

const KEY = { CHECK_TEST_KEY: 'hex:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff' };
const tmp = () => mkdtempSync(join(tmpdir(), 'auditmask-check-'));

function configFile(dir: string, body: string): string {
  const file = join(dir, 'auditmask.yaml');
  writeFileSync(file, `${body}\nkey: { env: CHECK_TEST_KEY }\n`);
  return file;
}

describe('config check validates ports and addresses', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an OTLP port above 65535',
      'sources: [{ id: in, type: otlp, http_endpoint: "127.0.0.1:99999" }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
      /port 99999 is out of range/,
    ],
    [
      'a metrics port above 65535',
      'sources: [{ id: in, type: otlp }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\ntelemetry: { metrics: { enabled: true, listen: "0.0.0.0:70000" } }',
      /port 70000 is out of range/,
    ],
    [
      'an IPv4 address with a part above 255',
      'sources: [{ id: in, type: otlp, grpc_endpoint: "300.1.1.1:4317" }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
      /300\.1\.1\.1 is not an IPv4 address/,
    ],
    [
      'a Kafka broker on port 0',
      'sources: [{ id: in, type: kafka, brokers: ["kafka:0"], topics: [t], group_id: g }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
      /port 0 is out of range: use 1–65535/,
    ],
  ];
  for (const [name, yaml, message] of cases) {
    it(`refuses ${name} (exit 2)`, async () => {
      const r = await runCli(['config', 'check', configFile(tmp(), yaml)], '', KEY);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }

  it('accepts port 0 for listeners (a free port) and 65535', async () => {
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          tmp(),
          'sources: [{ id: in, type: otlp, http_endpoint: "127.0.0.1:0", grpc_endpoint: "127.0.0.1:65535" }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
        ),
      ],
      '',
      KEY,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('config check reports every problem at once', () => {
  it('a policy with schema errors and semantic errors: all of them in one round', async () => {
    const dir = tmp();
    const policy = join(dir, 'policy.yaml');
    writeFileSync(
      policy,
      [
        'actions:',
        '  EMAIL: explode', // schema: not an action
        'detectors:',
        '  disabled: [no_such_detector]', // semantic: unknown detector id
        'rules:',
        '  - id: Bad-Id', // schema: id format
        '    entity: TICKET',
        '    pattern: "(a)\\\\1"', // semantic: backreference
        '  - id: ok_rule',
        '    entity: TICKET',
        '    pattern: "(?=x)y"', // semantic: lookahead
        'allow:',
        '  paths: ["a[[["]', // semantic: bad path
      ].join('\n'),
    );
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          dir,
          `policy: ${policy}\nsources: [{ id: in, type: otlp }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }`,
        ),
      ],
      '',
      KEY,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/actions\.EMAIL/);
    expect(r.stderr).toMatch(/rules\[0\]\.id/);
    expect(r.stderr).toMatch(/no built-in detector "no_such_detector"/);
    expect(r.stderr).toMatch(/backreferences/);
    expect(r.stderr).toMatch(/lookahead/);
    expect(r.stderr).toMatch(/allow\.paths\[0\]/);
  });

  it('policy problems and component problems together', async () => {
    const dir = tmp();
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'rules:\n  - id: r\n    entity: T\n    pattern: "(?!x)"\n');
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          dir,
          `policy: ${policy}\nsources: [{ id: in, type: otlp, auth_token_env: CHECK_UNSET_TOKEN_VAR }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }`,
        ),
      ],
      '',
      { ...KEY, CHECK_UNSET_TOKEN_VAR: undefined },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lookahead/);
    expect(r.stderr).toMatch(/CHECK_UNSET_TOKEN_VAR is empty or unset/);
  });
});

describe('config check warns about receivers reachable from the network', () => {
  it('0.0.0.0 without TLS or a token: a warning naming both, exit 0', async () => {
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          tmp(),
          'sources: [{ id: in, type: otlp, http_endpoint: "0.0.0.0:4318", grpc_endpoint: false }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
        ),
      ],
      '',
      KEY,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: sources\[0\] \(in\): http_endpoint 0\.0\.0\.0:4318 listens beyond loopback without TLS and a bearer token/,
    );
  });

  it('a token but no TLS: warns about clear text only', async () => {
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          tmp(),
          'sources: [{ id: in, type: otlp, grpc_endpoint: "[::]:4317", http_endpoint: false, auth_token_env: CHECK_TOKEN }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
        ),
      ],
      '',
      { ...KEY, CHECK_TOKEN: 't0ken' },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/grpc_endpoint \[::\]:4317 listens beyond loopback without TLS:/);
    expect(r.stderr).not.toMatch(/bearer token/);
  });

  it('loopback endpoints: no warning', async () => {
    const r = await runCli(
      [
        'config',
        'check',
        configFile(
          tmp(),
          'sources: [{ id: in, type: otlp }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }',
        ),
      ],
      '',
      KEY,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
