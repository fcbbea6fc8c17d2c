import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { recipientKeyId } from '../../../src/quarantine/keys.js';
import { runCli } from '../../helpers/cli.js';

/** `mask --dead-letter` follows the run config's rule (issue 20): sealed, or plaintext only when asked. */

const KEY = {
  AUDITMASK_HMAC_KEY: 'hex:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  AUDITMASK_HMAC_KEY_FILE: undefined,
  AUDITMASK_DEAD_LETTER_RECIPIENTS: undefined,
};
const SECRET = 'jane.poison@example.com';
const deep = `${'{"a":'.repeat(300)}"${SECRET}"${'}'.repeat(300)}`;
const INPUT = `{"ok":1}\n${deep}\n{"user":"bob@example.net"}\n`;

const tmp = () => mkdtempSync(join(tmpdir(), 'auditmask-dl-sealed-'));

describe('auditmask mask --dead-letter, sealed', () => {
  let identity: string;
  let recipient: string;
  let otherIdentity: string;
  beforeAll(async () => {
    identity = await generateIdentity();
    recipient = await identityToRecipient(identity);
    otherIdentity = await generateIdentity();
  });

  const identityFile = (dir: string, id: string) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.key`);
    writeFileSync(path, `${id}\n`, { mode: 0o600 });
    return path;
  };

  it('seals the rejected record to --dead-letter-recipient: no raw value in the file; quarantine list/show/release read it', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const r = await runCli(['mask', '-q', '--dead-letter', dl, '--dead-letter-recipient', recipient], INPUT, KEY);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('NOT encrypted');
    const text = readFileSync(dl, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(deep).toString('base64').slice(0, 40));
    const [line] = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(line).toMatchObject({
      reason: 'depth_exceeded',
      origin: { kind: 'file', path: '<stdin>', line: 2 },
      sealed: 'age',
      key_ids: [recipientKeyId(recipient)],
    });
    expect(typeof line.time).toBe('string');

    const list = await runCli(['quarantine', 'list', dl, '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).records).toEqual([
      expect.objectContaining({ line: 1, reason: 'depth_exceeded', sealed: [recipientKeyId(recipient)] }),
    ]);

    const show = await runCli(['quarantine', 'show', dl, '--line', '1', '-i', identityFile(dir, identity)]);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).value).toBe(deep);

    const refused = await runCli(['quarantine', 'show', dl, '--line', '1', '-i', identityFile(dir, otherIdentity)]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('no identity given opens this record');
  });

  it('takes the recipients from $AUDITMASK_DEAD_LETTER_RECIPIENTS (comma separated) when no flag names one', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const second = await identityToRecipient(otherIdentity);
    const r = await runCli(['mask', '-q', '--dead-letter', dl], INPUT, {
      ...KEY,
      AUDITMASK_DEAD_LETTER_RECIPIENTS: `${recipient},${second}`,
    });
    expect(r.code).toBe(0);
    const line = JSON.parse(readFileSync(dl, 'utf8').trim());
    expect(line.key_ids).toEqual([recipientKeyId(recipient), recipientKeyId(second)]);
    const show = await runCli(['quarantine', 'show', dl, '--line', '1', '-i', identityFile(dir, otherIdentity)]);
    expect(JSON.parse(show.stdout).value).toBe(deep);
  });

  it('a line over --max-line-bytes is listed with its reason, holds no record, and release leaves it in quarantine', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const r = await runCli(
      ['mask', '-q', '--max-line-bytes', '1k', '--dead-letter', dl, '--dead-letter-recipient', recipient],
      `{"blob":"${'x'.repeat(5000)}"}\n`,
      KEY,
    );
    expect(r.code).toBe(0);
    const list = await runCli(['quarantine', 'list', dl, '--json']);
    expect(JSON.parse(list.stdout).by_reason).toEqual({ line_too_long: 1 });
    const release = await runCli(['quarantine', 'release', dl, '-i', identityFile(dir, identity)], '', KEY);
    expect(release.code).toBe(1);
    expect(release.stdout).toBe('');
    expect(release.stderr).toContain('holds no record');
  });
});

describe('auditmask mask --dead-letter, plaintext and usage', () => {
  it('--dead-letter with neither recipients nor --dead-letter-plaintext is a usage error naming both fixes; nothing written', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const r = await runCli(['mask', '--dead-letter', dl], INPUT, KEY);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--dead-letter-recipient');
    expect(r.stderr).toContain('--dead-letter-plaintext');
    expect(existsSync(dl)).toBe(false);
  });

  it('refuses a malformed recipient, both modes at once, and a recipient without --dead-letter', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const bad = await runCli(['mask', '--dead-letter', dl, '--dead-letter-recipient', 'age1nope'], INPUT, KEY);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--dead-letter-recipient[0]');
    const badEnv = await runCli(['mask', '--dead-letter', dl], INPUT, { ...KEY, AUDITMASK_DEAD_LETTER_RECIPIENTS: 'ssh-ed25519 AAAA' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('$AUDITMASK_DEAD_LETTER_RECIPIENTS[0]');
    const recipient = await identityToRecipient(await generateIdentity());
    const both = await runCli(['mask', '--dead-letter', dl, '--dead-letter-recipient', recipient, '--dead-letter-plaintext'], INPUT, KEY);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const orphan = await runCli(['mask', '--dead-letter-recipient', recipient], INPUT, KEY);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('needs --dead-letter FILE');
    expect(existsSync(dl)).toBe(false);
  });

  it('--dead-letter-plaintext writes the run config plaintext line (time, reason, origin, value_base64) with a warning', async () => {
    const dir = tmp();
    const dl = join(dir, 'dead.jsonl');
    const r = await runCli(['mask', '-q', '--dead-letter', dl, '--dead-letter-plaintext'], INPUT, KEY);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is NOT encrypted');
    expect(r.stderr).not.toContain(SECRET);
    const line = JSON.parse(readFileSync(dl, 'utf8').trim());
    expect(line).toMatchObject({ reason: 'depth_exceeded', origin: { kind: 'file', path: '<stdin>', line: 2 } });
    expect(Buffer.from(line.value_base64, 'base64').toString('utf8')).toBe(deep);
    expect(typeof line.time).toBe('string');
    const show = await runCli(['quarantine', 'show', dl, '--line', '1']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).value).toBe(deep);
  });
});
