import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  files: string[];
  allowScripts?: Record<string, boolean>;
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

describe('package.json', () => {
  it('`files` lists only paths that exist (dist/ after a build)', () => {
    for (const f of pkg.files) expect(f === 'dist' || existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('allowScripts (npm 11.16+) decides on every dependency with an install script in the lockfile', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path.startsWith('node_modules/') && p.hasInstallScript)
      .map(([path, p]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: p.version }));
    expect(withScripts.map((p) => p.name)).toContain('re2');
    const allow = pkg.allowScripts ?? {};
    for (const p of withScripts) {
      const decided = Object.hasOwn(allow, p.name) || Object.hasOwn(allow, `${p.name}@${p.version}`);
      expect(decided, `${p.name}@${p.version} has an install script: add it to allowScripts`).toBe(true);
    }
    // re2 compiles its native module in its install script: it must be allowed to run.
    expect(allow.re2 ?? allow['re2@1.24.0']).toBe(true);
  });

  it('the README shows the sample masked with a command whose stdout is only JSON Lines (no npm banner)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // Plain `npm run mask:sample` prints npm's "> auditmask@… mask:sample" banner into stdout.
    expect(readme).not.toMatch(/npm run mask:sample/);
    expect(readme).toMatch(/npm run --silent mask:sample/);
    expect(pkg.scripts['mask:sample']).toMatch(/^npm run build --silent && node bin\/auditmask\.js mask /);
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'auditmask.js'), 'mask', '--threads', '1', join(ROOT, 'samples', 'audit-records.jsonl')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBe(readFileSync(join(ROOT, 'samples', 'audit-records.jsonl'), 'utf8').trimEnd().split('\n').length);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
