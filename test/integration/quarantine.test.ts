import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';
import { runCli } from '../helpers/cli.js';

const KEY = `hex:${'ab'.repeat(32)}`;
const EMAIL = 'mallory.quarantine@example.org';
const SSN = '078-05-1120';

/** A record nested deeper than the default policy's max_depth (64): it is dead-lettered, raw values inside. */
function poison(): string {
  let inner: unknown = { email: EMAIL, ssn: SSN };
  for (let i = 0; i < 70; i++) inner = { n: inner };
  return JSON.stringify({ event: 'login', payload: inner });
}

const hasAge = spawnSync('age', ['--version']).status === 0;

describe('encrypted quarantine: run → list/show/release/reencrypt', () => {
  const dirs: string[] = [];
  let identity: string;
  let recipient: string;
  let otherIdentity: string;
  beforeAll(async () => {
    identity = await generateIdentity();
    recipient = await identityToRecipient(identity);
    otherIdentity = await generateIdentity();
  });
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    delete process.env.AUDITMASK_QTEST_KEY;
  });
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'auditmask-quarantine-'));
    dirs.push(d);
    return d;
  };

  /** Runs `auditmask run` over 3 records (the middle one poison) until 2 are out and 1 is quarantined. */
  async function runWithPoison(dir: string, deadLetter: string): Promise<{ code: number; stderr: string; dl: string }> {
    writeFileSync(
      join(dir, 'in.jsonl'),
      `${JSON.stringify({ i: 1, email: 'ok1@example.net' })}\n${poison()}\n${JSON.stringify({ i: 3, email: 'ok3@example.net' })}\n`,
    );
    const config = join(dir, 'run.yaml');
    const dl = join(dir, 'dl.jsonl');
    writeFileSync(
      config,
      `key: { env: AUDITMASK_QTEST_KEY }\nsources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))} }]\nsinks: [{ id: fout, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]\ndead_letter: { type: file, path: ${JSON.stringify(dl)}${deadLetter} }\npool: { threads: 1 }\n`,
    );
    process.env.AUDITMASK_QTEST_KEY = KEY;
    const stderr: string[] = [];
    const err = new PassThrough();
    err.on('data', (c: Buffer) => stderr.push(c.toString()));
    const stop = new AbortController();
    const running = runCommand({ config }, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err }, stop.signal);
    const outLines = () => {
      try {
        return readdirSync(join(dir, 'out')).flatMap((f) =>
          readFileSync(join(dir, 'out', f), 'utf8')
            .split('\n')
            .filter(Boolean),
        );
      } catch {
        return [];
      }
    };
    const dlLines = () => (existsSync(dl) ? readFileSync(dl, 'utf8').split('\n').filter(Boolean) : []);
    let settled = false;
    void running.finally(() => {
      settled = true;
    });
    for (let i = 0; i < 1500 && !settled && (outLines().length < 2 || dlLines().length < 1); i++)
      await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    const code = await running;
    return { code, stderr: stderr.join(''), dl };
  }

  it('a poison record is sealed: unreadable without the identity, opens with it, release masks it', async () => {
    const dir = tmp();
    const { code, stderr, dl } = await runWithPoison(dir, `, recipients: [${recipient}]`);
    expect(code).toBe(0);
    expect(stderr).not.toContain('NOT encrypted');
    const text = readFileSync(dl, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    // Neither the values nor the record's base64 appear; the triage fields do.
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(SSN);
    expect(text).not.toContain(Buffer.from(poison()).toString('base64').slice(0, 40));
    const line = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(line.reason).toBe('depth_exceeded');
    expect(line.origin).toEqual({ kind: 'file', path: join(dir, 'in.jsonl'), line: 2 });
    expect(line.sealed).toBe('age');
    expect(line.key_ids).toHaveLength(1);
    expect(line.value_base64).toBeUndefined();

    // list: no key needed.
    const list = await runCli(['quarantine', 'list', dl, '--json']);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as { by_reason: Record<string, number>; records: { line: number; sealed: string[] }[] };
    expect(listed.by_reason).toEqual({ depth_exceeded: 1 });
    expect(listed.records[0]?.sealed).toEqual(line.key_ids);

    // show: refused without an identity, fails with the wrong one, opens with the right one.
    expect((await runCli(['quarantine', 'show', dl, '--line', '1'], '', { AUDITMASK_QUARANTINE_IDENTITY_FILE: undefined })).code).toBe(2);
    writeFileSync(join(dir, 'other.key'), `# other\n${otherIdentity}\n`, { mode: 0o600 });
    const wrong = await runCli(['quarantine', 'show', dl, '--line', '1', '--identity', join(dir, 'other.key')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).not.toContain(EMAIL);
    expect(wrong.stderr).toContain('no identity given opens this record');
    writeFileSync(join(dir, 'q.key'), `# created: test\n# public key: ${recipient}\n${identity}\n`, { mode: 0o600 });
    const shown = await runCli(['quarantine', 'show', dl, '--line', '1', '--identity', join(dir, 'q.key')]);
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { value: string }).value).toBe(poison());

    // release under a policy that now accepts the depth: masked, with the original's lineage.
    writeFileSync(join(dir, 'deep.yaml'), 'limits:\n  max_depth: 200\n');
    const out = join(dir, 'released.jsonl');
    const released = await runCli(
      ['quarantine', 'release', dl, '--identity', join(dir, 'q.key'), '--policy', join(dir, 'deep.yaml'), '--out', out],
      '',
      { AUDITMASK_HMAC_KEY: KEY },
    );
    expect(released.stderr).toContain('1 released masked');
    expect(released.code).toBe(0);
    const clean = readFileSync(out, 'utf8');
    expect(clean).not.toContain(EMAIL);
    expect(clean).not.toContain(SSN);
    const rec = JSON.parse(clean.trim()) as { event: string; _auditmask: { released_from: Record<string, unknown> } };
    expect(rec.event).toBe('login');
    expect(rec._auditmask.released_from).toMatchObject({ quarantine: dl, line: 1, reason: 'depth_exceeded', origin: line.origin });

    // release under the policy that rejected it: the record stays in quarantine, nothing is written raw.
    const again = await runCli(['quarantine', 'release', dl, '--identity', join(dir, 'q.key')], '', { AUDITMASK_HMAC_KEY: KEY });
    expect(again.code).toBe(1);
    expect(again.stdout).not.toContain(EMAIL);
    expect(again.stderr).toContain('still cannot be masked (depth_exceeded)');
  }, 60_000);

  it.skipIf(!hasAge)(
    'the standard age CLI opens a quarantined record (age -d)',
    async () => {
      const dir = tmp();
      const { dl } = await runWithPoison(dir, `, recipients: [${recipient}]`);
      const line = JSON.parse(readFileSync(dl, 'utf8').split('\n')[0] as string) as { age: string };
      writeFileSync(join(dir, 'record.age'), line.age);
      writeFileSync(join(dir, 'q.key'), `${identity}\n`, { mode: 0o600 });
      writeFileSync(join(dir, 'other.key'), `${otherIdentity}\n`, { mode: 0o600 });
      const opened = JSON.parse(execFileSync('age', ['-d', '-i', join(dir, 'q.key'), join(dir, 'record.age')], { encoding: 'utf8' })) as {
        value_base64: string;
      };
      expect(Buffer.from(opened.value_base64, 'base64').toString('utf8')).toBe(poison());
      const refused = spawnSync('age', ['-d', '-i', join(dir, 'other.key'), join(dir, 'record.age')]);
      expect(refused.status).not.toBe(0);
      expect(refused.stdout.toString()).not.toContain('value_base64');
    },
    60_000,
  );

  it('reencrypt moves every record to a new recipient: the new identity opens it, the old no longer does', async () => {
    const dir = tmp();
    const { dl } = await runWithPoison(dir, `, recipients: [${recipient}]`);
    writeFileSync(join(dir, 'old.key'), `${identity}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'new.key'), `${otherIdentity}\n`, { mode: 0o600 });
    const rotated = join(dir, 'dl-rotated.jsonl');
    const re = await runCli([
      'quarantine',
      'reencrypt',
      dl,
      '--identity',
      join(dir, 'old.key'),
      '--recipient',
      await identityToRecipient(otherIdentity),
      '--out',
      rotated,
    ]);
    expect(re.code).toBe(0);
    const before = JSON.parse(readFileSync(dl, 'utf8').trim()) as Record<string, unknown>;
    const after = JSON.parse(readFileSync(rotated, 'utf8').trim()) as Record<string, unknown>;
    expect({ ...after, key_ids: undefined, age: undefined }).toEqual({ ...before, key_ids: undefined, age: undefined });
    expect(after.key_ids).not.toEqual(before.key_ids);
    expect((await runCli(['quarantine', 'show', rotated, '-l', '1', '-i', join(dir, 'old.key')])).code).toBe(1);
    const shown = await runCli(['quarantine', 'show', rotated, '-l', '1', '-i', join(dir, 'new.key')]);
    expect((JSON.parse(shown.stdout) as { value: string }).value).toBe(poison());
    // The output file is never overwritten.
    expect((await runCli(['quarantine', 'reencrypt', dl, '-i', join(dir, 'old.key'), '-r', recipient, '-o', rotated])).code).toBe(1);
  }, 60_000);

  it('plaintext quarantine only with encrypt: false, and a warning at start', async () => {
    const dir = tmp();
    const { code, stderr, dl } = await runWithPoison(dir, ', encrypt: false');
    expect(code).toBe(0);
    expect(stderr).toContain('quarantine is NOT encrypted');
    expect(Buffer.from((JSON.parse(readFileSync(dl, 'utf8').trim()) as { value_base64: string }).value_base64, 'base64').toString()).toBe(
      poison(),
    );
    const list = await runCli(['quarantine', 'list', dl]);
    expect(list.stdout).toMatch(/^1\t\S+\tdepth_exceeded\t\S+in\.jsonl:2\tplaintext$/m);
    expect(list.stdout).toContain('by reason: depth_exceeded 1');
    const shown = await runCli(['quarantine', 'show', dl, '--line', '1'], '', { AUDITMASK_QUARANTINE_IDENTITY_FILE: undefined });
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { value: string }).value).toBe(poison());
  }, 60_000);

  it('no recipient without encrypt: false, encrypt: true without a recipient, or a malformed recipient: the start fails with exit 2', async () => {
    const flipped = `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}`;
    for (const bad of ['', ', encrypt: true', `, recipients: [${flipped}]`, ', recipients: [age1notakey]']) {
      const dir = tmp();
      const config = join(dir, 'run.yaml');
      writeFileSync(
        config,
        `key: { random_ok: true }\nsources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))} }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}${bad} }\n`,
      );
      writeFileSync(join(dir, 'in.jsonl'), '{}\n');
      const { code, stderr } = await runCli(['run', '--config', config]);
      expect(code).toBe(2);
      expect(stderr).toContain('dead_letter.recipients');
      if (bad === '') expect(stderr).toContain('auditmask quarantine keygen');
      expect(existsSync(join(dir, 'dl.jsonl'))).toBe(false);
    }
  }, 60_000);
});
