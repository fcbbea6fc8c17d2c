import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRules } from '../../../src/cli/rules-command.js';
import { builtinDetectors } from '../../../src/engine/detect/catalog.js';
import { defaultPolicy } from '../../../src/engine/index.js';

/**
 * docs/detectors.md is generated from the code (`npm run docs`); this test regenerates it in
 * process and fails when the committed file and the catalog disagree, so the docs cannot drift.
 */
describe('docs/detectors.md', () => {
  const committed = readFileSync(new URL('../../../docs/detectors.md', import.meta.url), 'utf8');

  it('equals the markdown that `auditmask rules --format markdown` prints', () => {
    expect(formatRules(defaultPolicy(), 'markdown')).toBe(committed);
  });

  it('lists every built-in detector once, with its entity and example token', () => {
    for (const d of builtinDetectors({ phoneRegions: ['US'] })) {
      const row = committed.split('\n').filter((l) => l.startsWith(`| \`${d.id}\` |`));
      expect(row, d.id).toHaveLength(1);
      expect(row[0]).toContain(`| ${d.entity} |`);
      expect(row[0]).toContain(`<${d.entity}:`);
    }
  });

  it('has at least 60 detectors and 60 entity types', () => {
    const detectors = builtinDetectors({ phoneRegions: ['US'] });
    expect(detectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(detectors.map((d) => d.entity)).size).toBeGreaterThanOrEqual(60);
  });

  it('`auditmask rules` (table) names the same detectors', () => {
    const text = formatRules(defaultPolicy(), 'table');
    for (const d of builtinDetectors({ phoneRegions: ['US'] })) expect(text).toContain(d.id);
  });
});
