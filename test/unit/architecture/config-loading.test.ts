// Loading a run config loads no component (issue 17): the built-in types are registered by the
// topology (src/topology/), so `config check`-style tools and tests that only read a config do not
// pull in kafkajs, the OTLP servers or the sinks.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportGraph, importGraph } from '../../helpers/import-graph.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every module `start` reaches through static imports, itself included. */
function reachable(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  for (let m = todo.pop(); m !== undefined; m = todo.pop()) {
    for (const next of graph.get(m) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

describe('loading a run config', () => {
  const graph = importGraph(ROOT, ['src']);

  it('reaches the component registry but no component module', () => {
    const reached = reachable(graph, 'src/config/run-config.ts');
    expect(reached.has('src/core/registry.ts')).toBe(true);
    const components = [...reached].filter((m) => /^src\/(sources|sinks|kafka|otlp)\/|^src\/components\/builtin\.ts$/.test(m));
    expect(components).toEqual([]);
  });

  it('reaches no module that imports kafkajs', () => {
    const reached = reachable(graph, 'src/config/run-config.ts');
    const kafkajs = [...reached].filter((m) => /from ['"]kafkajs['"]/.test(readFileSync(join(ROOT, m), 'utf8')));
    expect(kafkajs).toEqual([]);
  });

  it('the topology does register the built-in types (the check above is not vacuous)', () => {
    expect(graph.get('src/topology/prepare.ts')).toContain('src/components/builtin.ts');
    expect(reachable(graph, 'src/components/builtin.ts').has('src/kafka/connection.ts')).toBe(true);
  });
});
