// ENGINE_VERSION (issue 17, item 6): derived from what decides a masking, so the policy hash in the
// evidence changes whenever a decision can change, and equal in every process.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ValueDetector } from '../../../src/engine/detect/types.js';
import { regexDetector } from '../../../src/engine/detect/values/helpers.js';
import { defaultPolicy, policyHash } from '../../../src/engine/policy/load.js';
import { builtinEngineParts, ENGINE_REVISION, ENGINE_VERSION, type EngineParts, engineVersionOf } from '../../../src/engine/version.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function toyDetector(over: { pattern?: RegExp; keywords?: string[]; entity?: string } = {}): ValueDetector {
  return regexDetector({ ...toyDetectorSpec(), ...over });
}

function parts(detectors: ValueDetector[], o: Partial<EngineParts> = {}): EngineParts {
  return { revision: 1, detectors, keyRules: [{ phrase: 'password', entity: 'PASSWORD' }], structureHandlers: ['urls'], ...o };
}

describe('ENGINE_VERSION', () => {
  it('names the hand-bumped revision and a hash of the built-in parts', () => {
    expect(ENGINE_VERSION).toMatch(new RegExp(`^${ENGINE_REVISION}-[0-9a-f]{12}$`));
    expect(engineVersionOf(builtinEngineParts())).toBe(ENGINE_VERSION);
  });

  it('changes when a detector pattern, keyword or entity changes, and stays for an equal spec', () => {
    const base = engineVersionOf(parts([toyDetector()]));
    expect(engineVersionOf(parts([toyDetector()]))).toBe(base);
    expect(engineVersionOf(parts([toyDetector({ pattern: /toy-\d{5}/g })]))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector({ pattern: /toy-\d{4}/gi })]))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector({ keywords: ['toy_'] })]))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector({ entity: 'TOY2' })]))).not.toBe(base);
  });

  it('changes with the detector order, the key rules, the structure handlers and the revision', () => {
    const other = regexDetector({ ...toyDetectorSpec(), id: 'other' });
    const base = engineVersionOf(parts([toyDetector(), other]));
    expect(engineVersionOf(parts([other, toyDetector()]))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector(), other], { keyRules: [{ phrase: 'passwort', entity: 'PASSWORD' }] }))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector(), other], { structureHandlers: ['urls', 'headers'] }))).not.toBe(base);
    expect(engineVersionOf(parts([toyDetector(), other], { revision: 2 }))).not.toBe(base);
  });

  it('a built-in detector with its pattern changed gives another version', () => {
    const builtin = builtinEngineParts();
    const [first, ...rest] = builtin.detectors;
    if (first === undefined) throw new Error('empty catalog');
    const changed = regexDetector({ ...toyDetectorSpec(), id: first.id, entity: first.entity });
    expect(engineVersionOf({ ...builtin, detectors: [changed, ...rest] })).not.toBe(ENGINE_VERSION);
  });

  it('is part of the policy hash: the same policy under another engine version hashes differently', () => {
    const { policy, hash } = defaultPolicy();
    expect(policyHash(policy)).toBe(hash);
    expect(policyHash(policy, ENGINE_VERSION)).toBe(hash);
    expect(policyHash(policy, `${ENGINE_REVISION + 1}-000000000000`)).not.toBe(hash);
  });

  it('is the same in another process running the compiled engine (dist/, built by `npm run build`)', () => {
    const compiled = join(ROOT, 'dist', 'src', 'engine', 'version.js');
    expect(existsSync(compiled), 'dist/ is missing: run `npm run build` first').toBe(true);
    const script = `import(${JSON.stringify(`file://${compiled}`)}).then((m) => process.stdout.write(m.ENGINE_VERSION))`;
    const run = (): string => execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const first = run();
    expect(run()).toBe(first);
    expect(first).toBe(ENGINE_VERSION);
  });
});

function toyDetectorSpec() {
  return {
    id: 'toy',
    entity: 'TOY',
    description: 'a toy detector',
    validation: 'none',
    context: false,
    example: 'toy-1234',
    keywords: ['toy-'],
    prefilter: () => true,
    pattern: /toy-\d{4}/g,
    validate: (v: string) => v,
  };
}
