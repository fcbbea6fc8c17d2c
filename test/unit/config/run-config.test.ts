import { describe, expect, it } from 'vitest';
import { displayConfig, loadRunConfig, runConfigFromText } from '../../../src/config/run-config.js';
import { ConfigError } from '../../../src/core/errors.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

function issuesOf(text: string) {
  try {
    runConfigFromText(text, 'run.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

describe('run config', () => {
  it('fills every default', () => {
    const c = runConfigFromText(
      'sources: [{ id: in, type: file, path: a.jsonl }]\nsinks: [{ id: out, type: stdout }]\ndead_letter: { type: file, encrypt: false }\n',
    );
    expect(c.pool.threads).toBeGreaterThanOrEqual(1);
    expect(c.pool.max_queue).toBe('auto');
    expect(c.pool.task_timeout_ms).toBe(30_000);
    expect(c.key).toEqual({ env: 'AUDITMASK_HMAC_KEY', random_ok: false });
    expect(c.dead_letter).toMatchObject({ type: 'file', fsync: true });
    expect(String((c.dead_letter as { path: string }).path)).toMatch(/dead-letter\.jsonl$/);
    expect(c.sources[0]).toMatchObject({ id: 'in', type: 'file', path: 'a.jsonl', format: 'json', batch_records: 256 });
    expect(c.shutdown_timeout_ms).toBe(30_000);
  });

  it('reports an unknown key with its line', () => {
    const issues = issuesOf(
      'sources:\n  - id: in\n    type: file\n    path: a\nsinks:\n  - id: out\n    type: stdout\npool:\n  treads: 3\n',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'pool.treads', line: 9 });
    expect(issues[0]?.message).toContain('threads');
  });

  it('reports an unknown key inside a component with its line', () => {
    const issues = issuesOf('sources:\n  - id: in\n    type: file\n    path: a\n    bogus: 1\nsinks:\n  - id: out\n    type: stdout\n');
    expect(issues[0]).toMatchObject({ path: 'sources[0].bogus', line: 5 });
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(
      'sources:\n  - id: In\n    type: nope\nsinks:\n  - id: out\n    type: file\n    max_bytes: -1\npool:\n  threads: 0\nshutdown_timeout_ms: soon\nextra: 1\n',
    );
    const paths = issues.map((i) => i.path).sort();
    expect(paths).toEqual(['extra', 'pool.threads', 'shutdown_timeout_ms', 'sinks[0].max_bytes', 'sources[0].type'].sort());
    for (const i of issues) expect(i.line).toBeGreaterThan(0);
  });

  it('refuses duplicate component ids', () => {
    const issues = issuesOf('sources: [{ id: a, type: file, path: x }]\nsinks: [{ id: a, type: stdout }]\n');
    expect(issues[0]).toMatchObject({ path: 'sinks[0].id', line: 2 });
  });

  it('requires at least one source and one sink', () => {
    const issues = issuesOf('sources: []\nsinks: []\n');
    expect(issues.map((i) => i.path).sort()).toEqual(['sinks', 'sources']);
  });

  it('has a built-in default: otlp in, files out, random key allowed', () => {
    const { config, source } = loadRunConfig();
    expect(source).toBe('built-in default');
    expect(config.sources).toEqual([expect.objectContaining({ id: 'otlp', type: 'otlp' })]);
    expect(config.sinks).toEqual([expect.objectContaining({ id: 'files', type: 'file' })]);
    expect(config.key.random_ok).toBe(true);
  });

  it('names a missing file', () => {
    expect(() => loadRunConfig('/nonexistent/run.yaml')).toThrow(/cannot read the config file \(ENOENT\)/);
  });

  it('prints secrets as [secret]', async () => {
    const { Secret } = await import('../../../src/core/secret.js');
    expect(displayConfig({ a: { token: new Secret('hunter2') }, b: [1] })).toEqual({ a: { token: '[secret]' }, b: [1] });
  });
});
