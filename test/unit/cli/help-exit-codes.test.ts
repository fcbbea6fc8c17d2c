import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'auditmask-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the CLI says matches what it does', () => {
  it('`policy check` and `config check`: the exit code their --help promises for an invalid file is the one they return', async () => {
    const badPolicy = join(dir, 'bad-policy.yaml');
    writeFileSync(badPolicy, 'actions:\n  entities:\n    EMAIL: scramble\n');
    const badConfig = join(dir, 'bad-config.yaml');
    writeFileSync(badConfig, 'sources: []\n');
    for (const [cmd, file] of [
      [['policy', 'check'], badPolicy],
      [['config', 'check'], badConfig],
    ] as const) {
      const help = await runCli([...cmd, '--help']);
      const promised = /exit\s+(\d)\s+when\s+invalid/.exec(help.stdout)?.[1];
      expect(promised, `${cmd.join(' ')} --help names its exit code`).toBeDefined();
      const r = await runCli([...cmd, file]);
      expect(r.code, cmd.join(' ')).toBe(Number(promised));
    }
  });

  it('`scan` prints no token, so it does not warn about a random key; `mask` does', async () => {
    const noKey = { AUDITMASK_HMAC_KEY: undefined, AUDITMASK_HMAC_KEY_FILE: undefined };
    const scan = await runCli(['scan', 'samples/audit-records.jsonl'], '', noKey);
    expect(scan.code).toBe(0);
    expect(scan.stderr).not.toContain('random key');
    const mask = await runCli(['mask', '--threads', '1', 'samples/audit-records.jsonl'], '', noKey);
    expect(mask.stderr).toContain('using a random key for this run');
  });
});
