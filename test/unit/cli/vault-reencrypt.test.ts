import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { recipientKeyId } from '../../../src/quarantine/keys.js';
import type { VaultLine } from '../../../src/vault/vault-file.js';
import { runCli } from '../../helpers/cli.js';

/** `auditmask vault reencrypt` (issue 20, key rotation of the token vault). */

const KEY = { AUDITMASK_HMAC_KEY: `hex:${'5a'.repeat(32)}`, AUDITMASK_HMAC_KEY_FILE: undefined };
// Public example material: example.com addresses.
const EMAILS = ['jane.roe@example.com', 'john.doe@example.org', 'ana.lima@example.net'];

type Line = VaultLine;
const linesOf = (path: string): Line[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

async function opens(line: Line, identity: string): Promise<boolean> {
  const d = new Decrypter();
  d.addIdentity(identity);
  try {
    await d.decrypt(armor.decode(line.age), 'uint8array');
    return true;
  } catch {
    return false;
  }
}

describe('auditmask vault reencrypt', () => {
  let oldId: string;
  let newId: string;
  let newRecipient: string;
  beforeAll(async () => {
    oldId = await generateIdentity();
    newId = await generateIdentity();
    newRecipient = await identityToRecipient(newId);
  });

  /** A vault written by `mask --vault` to the old recipient, and the identity files. */
  async function vaultWithThreePairs() {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-rot-'));
    const vault = join(dir, 'vault.jsonl');
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    const input = EMAILS.map((e) => `${JSON.stringify({ user: e })}\n`).join('');
    const r = await runCli(
      ['mask', '-q', '--policy', join(dir, 'policy.yaml'), '--vault', vault, '--vault-recipient', await identityToRecipient(oldId)],
      input,
      KEY,
    );
    expect(r.code).toBe(0);
    const tokens = r.stdout
      .trim()
      .split('\n')
      .map((l) => (/<EMAIL:[a-z]{12}>/.exec(l) as RegExpExecArray)[0]);
    const oldKey = join(dir, 'old.key');
    const newKey = join(dir, 'new.key');
    writeFileSync(oldKey, `# old\n${oldId}\n`, { mode: 0o600 });
    writeFileSync(newKey, `${newId}\n`, { mode: 0o600 });
    return { dir, vault, tokens, oldKey, newKey };
  }

  it('re-seals every line to the new recipient: the old identity no longer opens any, the new one does, reveal works', async () => {
    const { dir, vault, tokens, oldKey, newKey } = await vaultWithThreePairs();
    const before = linesOf(vault);
    expect(before).toHaveLength(3);
    const r = await runCli(['vault', 'reencrypt', vault, '-i', oldKey, '-r', newRecipient]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 vault lines re-sealed');
    const after = linesOf(vault);
    expect(after.map(({ time, token, entity, hmac_key }) => ({ time, token, entity, hmac_key }))).toEqual(
      before.map(({ time, token, entity, hmac_key }) => ({ time, token, entity, hmac_key })),
    );
    for (const line of after) {
      expect(line.key_ids).toEqual([recipientKeyId(newRecipient)]);
      expect(await opens(line, oldId)).toBe(false);
      expect(await opens(line, newId)).toBe(true);
    }
    expect(statSync(vault).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const trail = join(dir, 'trail.jsonl');
    const reveal = (token: string, key: string) =>
      runCli(['reveal', token, '--vault', vault, '-i', key, '--reason', 'ROT-1 test', '--trail', trail]);
    for (const [i, token] of tokens.entries()) {
      const ok = await reveal(token, newKey);
      expect(ok.code).toBe(0);
      expect(ok.stdout.trim()).toBe(EMAILS[i]);
    }
    const refused = await reveal(tokens[0] as string, oldKey);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(linesOf(trail).map((l) => (l as unknown as { outcome: string }).outcome)).toEqual([
      'revealed',
      'revealed',
      'revealed',
      'refused',
    ]);
  });

  it('each line names its token construction (v2); a line without it (an earlier release: v1) is still re-sealed and revealed', async () => {
    const { dir, vault, tokens, oldKey, newKey } = await vaultWithThreePairs();
    const written = linesOf(vault);
    expect(written.map((l) => l.tok)).toEqual(['v2', 'v2', 'v2']);
    // The first line as an earlier release wrote it: no `tok`.
    const { tok: _dropped, ...legacy } = written[0] as Line;
    writeFileSync(vault, [legacy, ...written.slice(1)].map((l) => `${JSON.stringify(l)}\n`).join(''));
    const r = await runCli(['vault', 'reencrypt', vault, '-i', oldKey, '-r', newRecipient]);
    expect(r.code).toBe(0);
    // Re-sealing keeps what each line says about its token, and invents nothing.
    expect(linesOf(vault).map((l) => l.tok)).toEqual([undefined, 'v2', 'v2']);
    const ok = await runCli([
      'reveal',
      tokens[0] as string,
      '--vault',
      vault,
      '-i',
      newKey,
      '--reason',
      'ROT-2 test',
      '--trail',
      join(dir, 't.jsonl'),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toBe(EMAILS[0]);
  });

  it('refuses without the identity or a recipient (exit 2) and leaves the vault as it was', async () => {
    const { vault, oldKey } = await vaultWithThreePairs();
    const before = readFileSync(vault, 'utf8');
    const noId = await runCli(['vault', 'reencrypt', vault, '-r', newRecipient]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--identity');
    const noRecipient = await runCli(['vault', 'reencrypt', vault, '-i', oldKey]);
    expect(noRecipient.code).toBe(2);
    expect(noRecipient.stderr).toContain('--recipient');
    const badRecipient = await runCli(['vault', 'reencrypt', vault, '-i', oldKey, '-r', 'age1bad']);
    expect(badRecipient.code).toBe(2);
    expect(badRecipient.stderr).toContain('--recipient[0]');
    expect(readFileSync(vault, 'utf8')).toBe(before);
  });

  it('an identity that does not open every line changes nothing (exit 1), naming the line and its key ids', async () => {
    const { vault, newKey } = await vaultWithThreePairs();
    const before = readFileSync(vault, 'utf8');
    const r = await runCli(['vault', 'reencrypt', vault, '-i', newKey, '-r', newRecipient]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/vault\.jsonl:1: no identity given opens it \(sealed to age-[0-9a-f]{12}\); nothing changed/);
    expect(readFileSync(vault, 'utf8')).toBe(before);
  });

  it('drops a torn last line (an interrupted append) with a note; a broken line elsewhere changes nothing', async () => {
    const { vault, oldKey } = await vaultWithThreePairs();
    appendFileSync(vault, '{"time":"2024-01-01T00:00:00Z","token":"<EMAIL:abc');
    const r = await runCli(['vault', 'reencrypt', vault, '-i', oldKey, '-r', newRecipient]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('torn');
    expect(linesOf(vault)).toHaveLength(3);

    const second = await vaultWithThreePairs();
    const text = readFileSync(second.vault, 'utf8').split('\n');
    text.splice(1, 0, 'not a vault line');
    writeFileSync(second.vault, text.join('\n'));
    const broken = await runCli(['vault', 'reencrypt', second.vault, '-i', second.oldKey, '-r', newRecipient]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('vault.jsonl:2: not JSON; nothing changed');
    expect(broken.stderr).not.toContain('not a vault line');
  });
});
