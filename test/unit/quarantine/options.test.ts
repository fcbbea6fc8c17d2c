import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Decrypter, Encrypter } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRunConfig, runConfigFromText } from '../../../src/config/run-config.js';
import { ConfigError } from '../../../src/core/errors.js';
import { createLogger } from '../../../src/log/logger.js';
import { readIdentityFile } from '../../../src/quarantine/keys.js';
import { quarantineEncryptionIssues, quarantineSealer } from '../../../src/quarantine/options.js';
import { runCli } from '../../helpers/cli.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

// The recipient from the age specification's README example (public test material).
const SPEC_RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => {
    for (const l of c.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  return { logger: createLogger({ level: 'debug', stream }), lines };
}

function configIssues(text: string): ConfigError['issues'] {
  try {
    runConfigFromText(text, 'run.yaml');
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  return [];
}

const BASE = 'sources: [{ id: in, type: file, path: a.jsonl }]\nsinks: [{ id: out, type: stdout }]\n';

describe('plaintext quarantine needs an explicit encrypt: false', () => {
  it('no recipient and encrypt unset: an issue at recipients naming keygen and encrypt: false', () => {
    const issues = quarantineEncryptionIssues({ recipients: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('recipients');
    expect(issues[0]?.message).toContain('auditmask quarantine keygen -o quarantine.key');
    expect(issues[0]?.message).toContain('encrypt: false');
    expect(quarantineEncryptionIssues({})).toHaveLength(1);
  });

  it('the sink factory refuses it too (a config built in code fails closed)', () => {
    expect(() => quarantineSealer({ recipients: [] }, capture().logger)).toThrow(ConfigError);
    expect(() => quarantineSealer({ encrypt: true }, capture().logger)).toThrow(/encrypt: true needs at least one age recipient/);
  });

  it('encrypt: false gives no sealer and logs the warning', async () => {
    const { logger, lines } = capture();
    expect(quarantineSealer({ recipients: [], encrypt: false }, logger)).toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(lines.some((l) => l.level === 'warn' && String(l.msg).includes('quarantine is NOT encrypted'))).toBe(true);
  });

  it('a recipient gives a sealer and no issue; a malformed one is named by index', () => {
    expect(quarantineEncryptionIssues({ recipients: [SPEC_RECIPIENT] })).toEqual([]);
    expect(quarantineSealer({ recipients: [SPEC_RECIPIENT] }, capture().logger)?.keyIds).toHaveLength(1);
    expect(quarantineEncryptionIssues({ recipients: [SPEC_RECIPIENT, 'age1nope'] }).map((i) => i.path)).toEqual(['recipients[1]']);
  });

  it('a run config without a dead_letter section is a config error at dead_letter.recipients', () => {
    const issues = configIssues(BASE);
    expect(issues.map((i) => i.path)).toEqual(['dead_letter.recipients']);
    expect(issues[0]?.message).toContain('auditmask quarantine keygen');
  });

  it('a Kafka dead letter without recipients is refused with its line; a malformed recipient too', () => {
    const text = `${BASE}dead_letter:\n  type: kafka\n  brokers: [k:9092]\n  topic: dlq\n`;
    const issues = configIssues(text);
    expect(issues).toEqual([expect.objectContaining({ path: 'dead_letter.recipients', line: 4 })]);
    const bad = configIssues(`${BASE}dead_letter: { type: file, recipients: [${SPEC_RECIPIENT}, age1bad] }\n`);
    expect(bad.map((i) => i.path)).toEqual(['dead_letter.recipients[1]']);
  });

  it('an explicit encrypt: false, or a recipient, is accepted', () => {
    expect(configIssues(`${BASE}dead_letter: { type: file, encrypt: false }\n`)).toEqual([]);
    expect(configIssues(`${BASE}dead_letter: { type: kafka, brokers: [k:9092], topic: dlq, recipients: [${SPEC_RECIPIENT}] }\n`)).toEqual(
      [],
    );
  });

  it('the built-in default (npm start) keeps plaintext explicitly, so it runs with no key and no service', () => {
    expect(loadRunConfig().config.dead_letter).toMatchObject({ type: 'file', encrypt: false });
  });

  it('config check names the path and the fix, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-qopt-'));
    try {
      const file = join(dir, 'run.yaml');
      writeFileSync(file, BASE);
      const r = await runCli(['config', 'check', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('dead_letter.recipients');
      expect(r.stderr).toContain('encrypt: false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('auditmask quarantine keygen', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-keygen-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('-o writes a new identity file 0600 and prints its recipient, which it opens', async () => {
    const file = join(tmp(), 'q.key');
    const r = await runCli(['quarantine', 'keygen', '-o', file]);
    expect(r.code).toBe(0);
    const recipient = r.stdout.trim();
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(`# public key: ${recipient}`);
    expect(r.stdout).not.toContain('AGE-SECRET-KEY');
    expect(r.stderr).not.toContain('AGE-SECRET-KEY');
    const e = new Encrypter();
    e.addRecipient(recipient);
    const d = new Decrypter();
    for (const id of readIdentityFile(file)) d.addIdentity(id);
    expect(await d.decrypt(await e.encrypt('opens'), 'text')).toBe('opens');
    // The recipient printed is accepted by the run config.
    expect(configIssues(`${BASE}dead_letter: { type: file, recipients: [${recipient}] }\n`)).toEqual([]);
  });

  it('never overwrites an existing file (it may be the only copy of an identity)', async () => {
    const file = join(tmp(), 'q.key');
    writeFileSync(file, 'precious');
    const r = await runCli(['quarantine', 'keygen', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('never overwritten');
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('without -o: the identity on stdout, the recipient on stderr (as age-keygen)', async () => {
    const r = await runCli(['quarantine', 'keygen']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# created: .*\n# public key: age1\S+\nAGE-SECRET-KEY-1\S+\n$/);
    expect(r.stderr).toMatch(/Public key: age1/);
  });
});
