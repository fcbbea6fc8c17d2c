// No import circle in src/ and workers/ (issue 17): a circle makes the load order decide which
// module sees the other half-initialised, and it ties layers that should stand apart.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from '../../helpers/import-graph.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('import circles', () => {
  it('the circle finder finds a circle of three and a self-import, and no circle in a chain', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'outside.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(
      importCircles(
        new Map([
          ['x.ts', ['y.ts']],
          ['y.ts', ['z.ts']],
          ['z.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the imports of the real tree (a known edge is present)', () => {
    const graph = importGraph(ROOT, ['src', 'workers']);
    expect(graph.get('src/engine/version.ts')).toContain('src/engine/detect/catalog.ts');
  });

  it('src/ and workers/ have none', () => {
    const circles = importCircles(importGraph(ROOT, ['src', 'workers']));
    expect(circles.map((c) => `circle: ${c.join(', ')}`)).toEqual([]);
  });
});
