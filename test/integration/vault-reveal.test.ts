import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';
import { runCli } from '../helpers/cli.js';

const KEY = `hex:${'5a'.repeat(32)}`;
// Test values from public example material: an example.com address and the Visa test card.
const EMAIL = 'jane.roe@example.com';
const CARD = '4111 1111 1111 1111';

describe('token vault and reveal', () => {
  const dirs: string[] = [];
  let identity: string;
  let recipient: string;
  let outsider: string;
  beforeAll(async () => {
    identity = await generateIdentity();
    recipient = await identityToRecipient(identity);
    outsider = await generateIdentity();
  });
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** Masks two records with a vault; the types come from the policy, or from the deprecated flag. */
  async function maskWithVault(
    choose: 'policy' | 'flag' = 'policy',
  ): Promise<{ dir: string; vault: string; tokens: Record<string, string>; stderr: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-'));
    dirs.push(dir);
    const vault = join(dir, 'vault.jsonl');
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'vault: { entities: [EMAIL] }\n');
    const input = `${JSON.stringify({ user: { email: EMAIL }, note: `paid with ${CARD}` })}\n${JSON.stringify({ user: { email: EMAIL } })}\n`;
    const types = choose === 'policy' ? ['--policy', policy] : ['--vault-entities', 'EMAIL'];
    const res = await runCli(['mask', '-q', '--vault', vault, '--vault-recipient', recipient, ...types], input, {
      AUDITMASK_HMAC_KEY: KEY,
    });
    expect(res.code).toBe(0);
    const first = res.stdout.split('\n')[0] as string;
    const tokens: Record<string, string> = {};
    for (const m of first.matchAll(/<([A-Z_]+):[a-z]{12}>/g)) tokens[m[1] as string] = m[0];
    expect(tokens.EMAIL).toBeDefined();
    expect(tokens.CREDIT_CARD).toBeDefined();
    return { dir, vault, tokens, stderr: res.stderr };
  }

  it('the deprecated --vault-entities still chooses the types, with a notice; it may not contradict the policy', async () => {
    const { vault, tokens, stderr } = await maskWithVault('flag');
    expect(stderr).toContain('--vault-entities is deprecated');
    const entities = readFileSync(vault, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { entity: string; token: string }).token);
    expect(entities).toEqual([tokens.EMAIL]);
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    const both = await runCli(
      [
        'mask',
        '-q',
        '--policy',
        join(dir, 'policy.yaml'),
        '--vault',
        join(dir, 'v.jsonl'),
        '--vault-recipient',
        recipient,
        '--vault-entities',
        'PERSON',
      ],
      `${JSON.stringify({ email: EMAIL })}\n`,
      { AUDITMASK_HMAC_KEY: KEY },
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--vault-entities.*\[PERSON\].*\[EMAIL\]/);
    expect(existsSync(join(dir, 'v.jsonl'))).toBe(false);
  });

  it('keeps only the chosen types, sealed: no value in the clear, the file 0600', async () => {
    const { vault, tokens } = await maskWithVault();
    const text = readFileSync(vault, 'utf8');
    expect(statSync(vault).mode & 0o777).toBe(0o600);
    expect(text).not.toContain('jane.roe');
    expect(text).not.toContain('4111');
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { token: string; entity: string });
    // The same email twice: one pair. The card (not chosen) never reaches the vault.
    expect(lines.map((l) => l.entity)).toEqual(['EMAIL']);
    expect(lines[0]?.token).toBe(tokens.EMAIL);
    expect(text).not.toContain(tokens.CREDIT_CARD as string);
  });

  it('reveals a chosen token with the identity and records it; refuses without it; every attempt is in the trail', async () => {
    const { dir, vault, tokens } = await maskWithVault();
    const trail = join(dir, 'reveals.jsonl');
    writeFileSync(join(dir, 'reid.key'), `${identity}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'outsider.key'), `${outsider}\n`, { mode: 0o600 });
    const base = ['reveal', '--vault', vault, '--trail', trail, '--who', 'dpo@example.com', '--reason', 'DSR-2041 access request'];

    const refused = await runCli([...base.slice(0, 1), tokens.EMAIL as string, ...base.slice(1), '-i', join(dir, 'outsider.key')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');

    const revealed = await runCli([...base.slice(0, 1), tokens.EMAIL as string, ...base.slice(1), '-i', join(dir, 'reid.key')]);
    expect(revealed.code).toBe(0);
    expect(revealed.stdout.trim()).toBe(EMAIL);

    const card = await runCli([...base.slice(0, 1), tokens.CREDIT_CARD as string, ...base.slice(1), '-i', join(dir, 'reid.key')]);
    expect(card.code).toBe(1);
    expect(card.stdout).toBe('');

    const noReason = await runCli([
      'reveal',
      tokens.EMAIL as string,
      '--vault',
      vault,
      '--trail',
      trail,
      '--reason',
      '',
      '-i',
      join(dir, 'reid.key'),
    ]);
    expect(noReason.code).toBe(2);

    const trailText = readFileSync(trail, 'utf8');
    expect(trailText).not.toContain('jane.roe');
    const audits = trailText
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { who: string; token: string; reason: string; outcome: string; time: string });
    expect(audits.map((a) => [a.token, a.outcome])).toEqual([
      [tokens.EMAIL, 'refused'],
      [tokens.EMAIL, 'revealed'],
      [tokens.CREDIT_CARD, 'not_found'],
    ]);
    expect(
      audits.every((a) => a.who === 'dpo@example.com' && a.reason === 'DSR-2041 access request' && !Number.isNaN(Date.parse(a.time))),
    ).toBe(true);
  });

  it('the trail also goes through a sink of the run config; a trail that cannot record it means no reveal', async () => {
    const { dir, vault, tokens } = await maskWithVault();
    writeFileSync(join(dir, 'reid.key'), `${identity}\n`, { mode: 0o600 });
    const config = join(dir, 'run.yaml');
    writeFileSync(
      config,
      `key: { random_ok: true }\nsources: [{ id: fin, type: file, path: in.jsonl }]\nsinks:\n  - { id: clean, type: stdout }\n  - { id: audit_trail, type: file, dir: ${JSON.stringify(join(dir, 'audit'))} }\n  - { id: broken, type: file, dir: ${JSON.stringify(join(dir, 'a-file', 'sub'))} }\ndead_letter: { type: file, encrypt: false }\n`,
    );
    writeFileSync(join(dir, 'a-file'), '');
    const base = ['reveal', tokens.EMAIL as string, '--vault', vault, '-i', join(dir, 'reid.key'), '--who', 'dpo@example.com'];

    const both = await runCli([
      ...base,
      '--reason',
      'DSR-2042',
      '--trail',
      join(dir, 'trail.jsonl'),
      '-c',
      config,
      '--trail-sink',
      'audit_trail',
    ]);
    expect(both.code).toBe(0);
    expect(both.stdout.trim()).toBe(EMAIL);
    const sinkLines = readdirSync(join(dir, 'audit')).flatMap((f) =>
      readFileSync(join(dir, 'audit', f), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
    expect(sinkLines).toHaveLength(1);
    expect(sinkLines[0]).not.toContain('jane.roe');
    expect(JSON.parse(sinkLines[0] as string)).toMatchObject({
      event: 'reveal',
      who: 'dpo@example.com',
      token: tokens.EMAIL,
      reason: 'DSR-2042',
      outcome: 'revealed',
      _auditmask: { findings: [] },
    });
    expect(readFileSync(join(dir, 'trail.jsonl'), 'utf8')).toContain('"reason":"DSR-2042"');

    // A sink that cannot take the audit: the value is not printed.
    const broken = await runCli([...base, '--reason', 'DSR-2043', '-c', config, '--trail-sink', 'broken']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('could not be recorded in sink broken');

    // An unknown sink id, or no trail at all: usage errors before anything is opened.
    const unknown = await runCli([...base, '--reason', 'DSR-2044', '-c', config, '--trail-sink', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('clean, audit_trail, broken');
    expect(unknown.stdout).toBe('');
    const none = await runCli([...base, '--reason', 'DSR-2045']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--trail-sink');
  });

  it('the vault is off by default; on, it needs a recipient and types named in the policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-'));
    dirs.push(dir);
    const off = await runCli(['mask', '-q'], `${JSON.stringify({ email: EMAIL })}\n`, { AUDITMASK_HMAC_KEY: KEY });
    expect(off.code).toBe(0);
    const half = await runCli(['mask', '-q', '--vault', join(dir, 'v.jsonl')], `${JSON.stringify({ email: EMAIL })}\n`, {
      AUDITMASK_HMAC_KEY: KEY,
    });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--vault-recipient');
    expect(half.stderr).toContain('vault: { entities: [EMAIL, PERSON] }');
  });
  it('auditmask run: the workers keep the chosen types in the vault, reveal opens them, the card never gets there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-vault-run-'));
    dirs.push(dir);
    const vault = join(dir, 'vault.jsonl');
    const records = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({ i, user: { email: `user${i % 5}@example.com` }, note: `paid with ${CARD}` }),
    );
    writeFileSync(join(dir, 'in.jsonl'), `${records.join('\n')}\n`);
    const config = join(dir, 'run.yaml');
    // The types come from the policy; the run config's vault has only the file and the recipient.
    writeFileSync(join(dir, 'policy.yaml'), 'vault: { entities: [EMAIL] }\n');
    writeFileSync(
      config,
      `key: { env: AUDITMASK_VTEST_KEY }\npolicy: ${JSON.stringify(join(dir, 'policy.yaml'))}\nsources: [{ id: fin, type: file, path: ${JSON.stringify(join(dir, 'in.jsonl'))}, batch_records: 4 }]\nsinks: [{ id: fout, type: file, dir: ${JSON.stringify(join(dir, 'out'))} }]\ndead_letter: { type: file, path: ${JSON.stringify(join(dir, 'dl.jsonl'))}, encrypt: false }\nvault: { path: ${JSON.stringify(vault)}, recipients: [${recipient}] }\npool: { threads: 2 }\n`,
    );
    process.env.AUDITMASK_VTEST_KEY = KEY;
    const stop = new AbortController();
    const running = runCommand({ config }, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() }, stop.signal);
    const out = () => {
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
    for (let i = 0; i < 1500 && out().length < 20; i++) await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    expect(await running).toBe(0);
    delete process.env.AUDITMASK_VTEST_KEY;
    const clean = out();
    expect(clean).toHaveLength(20);
    expect(existsSync(vault)).toBe(true);
    const text = readFileSync(vault, 'utf8');
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('4111');
    const entries = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { token: string; entity: string });
    expect(new Set(entries.map((e) => e.entity))).toEqual(new Set(['EMAIL']));
    // Every email token in the clean output is in the vault (two workers may both have written one).
    const emailTokens = new Set(clean.flatMap((l) => [...l.matchAll(/<EMAIL:[a-z]{12}>/g)].map((m) => m[0])));
    expect(emailTokens.size).toBe(5);
    expect(new Set(entries.map((e) => e.token))).toEqual(emailTokens);
    const cardToken = /<CREDIT_CARD:[a-z]{12}>/.exec(clean[0] as string)?.[0];
    expect(cardToken).toBeDefined();
    expect(text).not.toContain(cardToken as string);

    writeFileSync(join(dir, 'reid.key'), `${identity}\n`, { mode: 0o600 });
    const first = JSON.parse(clean[0] as string) as { i: number; user: { email: string } };
    const revealed = await runCli([
      'reveal',
      first.user.email,
      '--vault',
      vault,
      '-i',
      join(dir, 'reid.key'),
      '--reason',
      'INC-77 fraud case',
      '--trail',
      join(dir, 'trail.jsonl'),
    ]);
    expect(revealed.code).toBe(0);
    expect(revealed.stdout.trim()).toBe(`user${first.i % 5}@example.com`);
    expect(readFileSync(join(dir, 'trail.jsonl'), 'utf8')).toContain('"outcome":"revealed"');
  }, 60_000);
});
