import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFileAtomically } from '../../../src/vault/reencrypt.js';

describe('replaceFileAtomically', () => {
  it('replaces the file with the new text, 0600, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-replace-'));
    const path = join(dir, 'vault.jsonl');
    writeFileSync(path, 'old\n', { mode: 0o644 });
    await replaceFileAtomically(path, 'new\n', 4);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['vault.jsonl']);
  });

  it('refuses when the file grew since it was read (a writer appended): the appended lines are kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-replace-'));
    const path = join(dir, 'vault.jsonl');
    writeFileSync(path, 'old\nappended meanwhile\n');
    await expect(replaceFileAtomically(path, 'new\n', 4)).rejects.toThrow(/changed while it was re-encrypted/);
    expect(readFileSync(path, 'utf8')).toBe('old\nappended meanwhile\n');
    expect(readdirSync(dir)).toEqual(['vault.jsonl']);
  });
});
