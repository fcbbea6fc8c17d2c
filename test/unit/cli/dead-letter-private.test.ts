import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { createDeadLetterFileSink } from '../../../src/sinks/dead-letter-file/index.js';
import { runCli } from '../../helpers/cli.js';

/** Files that hold raw records (issue 16, item 8): 0600, never through a symlink, CLI and daemon alike. */

const KEY = {
  AUDITMASK_HMAC_KEY: 'hex:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  AUDITMASK_HMAC_KEY_FILE: undefined,
};
const deep = `${'{"a":'.repeat(300)}"jane@example.com"${'}'.repeat(300)}`;
const INPUT = `{"ok":1}\n${deep}\n`;

const tmp = () => mkdtempSync(join(tmpdir(), 'auditmask-dl-private-'));
const modeOf = (p: string) => statSync(p).mode & 0o777;

describe('auditmask mask --dead-letter', () => {
  it('creates the file 0600', async () => {
    const path = join(tmp(), 'dead.jsonl');
    const r = await runCli(['mask', '--dead-letter', path, '--dead-letter-plaintext'], INPUT, KEY);
    expect(r.code).toBe(0);
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('tightens an existing 0644 file to 0600 before appending raw records, and says so', async () => {
    const path = join(tmp(), 'dead.jsonl');
    writeFileSync(path, '{"earlier":true}\n');
    chmodSync(path, 0o644);
    const r = await runCli(['mask', '--dead-letter', path, '--dead-letter-plaintext'], INPUT, KEY);
    expect(r.code).toBe(0);
    expect(modeOf(path)).toBe(0o600);
    expect(r.stderr).toContain('tightened from 644 to 600');
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('refuses a symbolic link: exit 1, nothing written through it, nothing on stdout', async () => {
    const dir = tmp();
    const target = join(dir, 'elsewhere.jsonl');
    writeFileSync(target, '');
    chmodSync(target, 0o644);
    const link = join(dir, 'dead.jsonl');
    symlinkSync(target, link);
    const r = await runCli(['mask', '--dead-letter', link, '--dead-letter-plaintext'], INPUT, KEY);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolic link');
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe('');
    expect(modeOf(target)).toBe(0o644);
  });
});

describe('the daemon dead-letter file sink', () => {
  it('refuses to start on a symbolic link', async () => {
    const dir = tmp();
    const target = join(dir, 'elsewhere.jsonl');
    writeFileSync(target, '');
    const link = join(dir, 'dead.jsonl');
    symlinkSync(target, link);
    const sink = createDeadLetterFileSink(
      { id: 'dead_letter', type: 'file', path: link, fsync: false, recipients: [], encrypt: false },
      { logger: silentLogger },
    );
    await expect(sink.start()).rejects.toThrow(/symbolic link/);
    await sink.stop();
  });

  it('refuses a directory at the path', async () => {
    const dir = tmp();
    const sink = createDeadLetterFileSink(
      { id: 'dead_letter', type: 'file', path: dir, fsync: false, recipients: [], encrypt: false },
      { logger: silentLogger },
    );
    await expect(sink.start()).rejects.toThrow(/cannot open|not a regular file/);
  });
});
