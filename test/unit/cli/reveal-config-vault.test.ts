import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

/** `reveal -c run.yaml`: the run config's vault is read when no --vault, --brokers or --topic names one. */

const KEY = { AUDITMASK_HMAC_KEY: `hex:${'3c'.repeat(32)}`, AUDITMASK_HMAC_KEY_FILE: undefined };
const SOURCES =
  'sources: [{ id: f, type: file, path: in.jsonl }]\nsinks: [{ id: o, type: stdout }]\ndead_letter: { type: file, encrypt: false }\n';

describe('reveal --config', () => {
  it("reads the config's vault file; the trail names it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-reveal-cfg-'));
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    const vault = join(dir, 'vault.jsonl');
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    const masked = await runCli(
      ['mask', '-q', '--policy', join(dir, 'policy.yaml'), '--vault', vault, '--vault-recipient', recipient],
      '{"user":"jane.roe@example.com"}\n',
      KEY,
    );
    const token = (/<EMAIL:[a-z]{12}>/.exec(masked.stdout) as RegExpExecArray)[0];
    writeFileSync(join(dir, 'run.yaml'), `${SOURCES}vault: { path: ${JSON.stringify(vault)}, recipients: [${recipient}] }\n`);
    writeFileSync(join(dir, 'reid.key'), `${identity}\n`, { mode: 0o600 });
    const trail = join(dir, 'trail.jsonl');
    const r = await runCli([
      'reveal',
      token,
      '-c',
      join(dir, 'run.yaml'),
      '-i',
      join(dir, 'reid.key'),
      '--reason',
      'DSR-9',
      '--trail',
      trail,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('jane.roe@example.com');
    expect(JSON.parse(readFileSync(trail, 'utf8').trim())).toMatchObject({ token, vault, outcome: 'revealed' });
  });

  it('a config without a vault is a usage error; so is -c beside --vault without --trail-sink', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-reveal-cfg-'));
    writeFileSync(join(dir, 'run.yaml'), SOURCES);
    writeFileSync(join(dir, 'reid.key'), `${await generateIdentity()}\n`, { mode: 0o600 });
    const trail = join(dir, 'trail.jsonl');
    const args = ['-i', join(dir, 'reid.key'), '--reason', 'DSR-10', '--trail', trail];
    const none = await runCli(['reveal', '<EMAIL:abcdefghijkl>', '-c', join(dir, 'run.yaml'), ...args]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no vault');
    const both = await runCli(['reveal', '<EMAIL:abcdefghijkl>', '-c', join(dir, 'run.yaml'), '--vault', join(dir, 'v.jsonl'), ...args]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--trail-sink');
  });
});
