// Every registered source, sink and dead-letter type runs the shared component suite
// (test/helpers/component-suite.ts; issue 17, item 7). A new type without a suite fails here.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import '../../../src/components/builtin.js';
import { type ComponentKind, componentTypes } from '../../../src/core/registry.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const KINDS: readonly ComponentKind[] = ['source', 'sink', 'dead_letter'];
/** How a suite call names its component (SuiteComponent in the helper). */
const SUITE_COMPONENT = /component:\s*\{\s*kind:\s*'([a-z_]+)',\s*type:\s*'([a-z0-9_-]+)'\s*\}/g;

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** `kind type` of every component a test file runs the suite for. */
function suitedComponents(text: string): string[] {
  if (!/\b(?:sinkSuite|sourceSuite)\s*(?:<[^(]*>)?\s*\(/.test(text)) return [];
  return [...text.matchAll(SUITE_COMPONENT)].map((m) => `${m[1]} ${m[2]}`);
}

describe('component suite coverage', () => {
  it('reads the component of a suite call, and nothing from a file without one', () => {
    const call = "sinkSuite<unknown, string>({\n  name: 'x',\n  component: { kind: 'sink', type: 'file' },\n});";
    expect(suitedComponents(call)).toEqual(['sink file']);
    expect(suitedComponents("const c = { component: { kind: 'sink', type: 'file' } };")).toEqual([]);
  });

  it('every registered type (placeholders aside) has a suite in test/', () => {
    const suited = new Set(testFiles(join(ROOT, 'test')).flatMap((f) => suitedComponents(readFileSync(f, 'utf8'))));
    const registered = KINDS.flatMap((kind) =>
      componentTypes(kind)
        .filter((d) => !d.placeholder)
        .map((d) => `${kind} ${d.type}`),
    );
    expect(registered.length).toBeGreaterThanOrEqual(10);
    expect(registered.filter((c) => !suited.has(c))).toEqual([]);
  });
});
