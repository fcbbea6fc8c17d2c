import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Smoke test of the container image (deploy/Dockerfile): builds it with `npm run image`, then runs
 * it as a batch job and as `mask`. Needs a Docker engine; where none answers (as on the
 * development machines) the suite is skipped and says so. Run it alone with
 * `npx vitest run test/integration/image.test.ts` on a machine with Docker (the build takes
 * several minutes: re2 compiles).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const IMAGE = 'auditmask:0.1.0';

function dockerEngine(): string | undefined {
  const r = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8', timeout: 15_000 });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

const engine = dockerEngine();
if (!engine) {
  process.stderr.write(
    'test/integration/image.test.ts: skipped: no Docker engine answers `docker version` here. On a machine with Docker: npx vitest run test/integration/image.test.ts\n',
  );
}

describe.skipIf(!engine)(`container image (Docker ${engine ?? 'absent'})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'auditmask-image-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds with `npm run image`', () => {
    execFileSync('npm', ['run', '--silent', 'image'], { cwd: ROOT, stdio: 'inherit', timeout: 1_200_000 });
    const user = execFileSync('docker', ['image', 'inspect', IMAGE, '--format', '{{.Config.User}}'], { encoding: 'utf8' }).trim();
    expect(user).toBe('10001:10001');
  }, 1_300_000);

  it('runs a batch job over a mounted file and exits 0 with every record masked', () => {
    const records = Array.from({ length: 50 }, (_, i) => JSON.stringify({ seq: i, email: `person${i}@example.com` }));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'in.jsonl'), `${records.join('\n')}\n`);
    chmodSync(join(dir, 'data'), 0o777);
    mkdirSync(join(dir, 'etc'));
    writeFileSync(
      join(dir, 'etc', 'auditmask.yaml'),
      [
        'key: { random_ok: true }',
        'sources: [{ id: batch, type: file, path: /data/in.jsonl }]',
        'sinks: [{ id: out, type: file, dir: /data/out }]',
        'dead_letter: { type: file, path: /data/dead.jsonl, encrypt: false }',
        '',
      ].join('\n'),
    );
    const r = spawnSync(
      'docker',
      ['run', '--rm', '-v', `${join(dir, 'etc')}:/etc/auditmask:ro`, '-v', `${join(dir, 'data')}:/data`, IMAGE],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = readdirSync(join(dir, 'data', 'out')).flatMap((f) =>
      readFileSync(join(dir, 'data', 'out', f), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
    expect(out).toHaveLength(50);
    expect(out.join('\n')).not.toMatch(/person\d+@example\.com/);
  }, 180_000);

  it('masks stdin with `mask`', () => {
    const r = spawnSync('docker', ['run', '--rm', '-i', IMAGE, 'mask', '--threads', '1'], {
      input: '{"email":"jane.doe@example.com"}\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('_auditmask');
    expect(r.stdout).not.toContain('jane.doe@example.com');
  }, 90_000);
});
