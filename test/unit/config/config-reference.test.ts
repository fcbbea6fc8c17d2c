import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configReference } from '../../../src/config/config-reference.js';
import { runConfigFromText } from '../../../src/config/run-config.js';
// Loading a config needs the component types registered (the CLI's topology does it in production).
import '../../../src/components/builtin.js';

const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'configuration.md');

describe('docs/configuration.md', () => {
  it('is what the run config schema generates (run `npm run docs:config` after changing a field)', () => {
    // UPDATE_DOCS=1 rewrites it (same as `npm run docs:config`, without a build).
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, configReference());
    expect(readFileSync(DOC, 'utf8')).toBe(configReference());
  });

  it('lists every top-level field and every registered component type, with machine-dependent defaults written symbolically', () => {
    const doc = configReference();
    const config = runConfigFromText(
      'sources: [{ id: a, type: file, path: x }]\nsinks: [{ id: b, type: stdout }]\ndead_letter: { type: file, encrypt: false }\n',
    );
    for (const key of Object.keys(config)) expect(doc).toContain(`| \`${key}\``);
    for (const t of ['### `type: otlp`', '### `type: file`', '### `type: stdout`']) expect(doc).toContain(t);
    expect(doc).toContain('| `pool.threads` | integer (≥ 1, ≤ 256) | one per core |');
    expect(doc).toContain('| `telemetry.metrics.listen` | string | `"127.0.0.1:9464"` |');
    expect(doc).toContain('$AUDITMASK_DATA_DIR/masked');
    expect(doc).not.toContain(process.cwd());
  });
});
