import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, defaultPolicy, loadPolicyFile } from '../../src/engine/index.js';
import { maskJsonBytes } from '../../src/record/json-codec.js';
import { TEST_KEY, TEST_KEY_ID } from '../helpers/engine.js';

/**
 * Golden files: each `<case>.input.jsonl` beside its `<case>.expected.jsonl`, masked under the test
 * key with the folder's `policy.yaml` (or the built-in policy). When detection changes on purpose,
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the diff line by line.
 */
const root = new URL('./', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const folder = new URL(`${dir.name}/`, root);
  const files = readdirSync(folder);
  const policy = files.includes('policy.yaml') ? loadPolicyFile(new URL('policy.yaml', folder).pathname) : defaultPolicy();
  describe(`golden/${dir.name}`, () => {
    for (const input of files.filter((f) => f.endsWith('.input.jsonl'))) {
      it(input, () => {
        const engine = createEngine({ policy, key: TEST_KEY, keyId: TEST_KEY_ID });
        const lines = readFileSync(new URL(input, folder)).toString('utf8').trimEnd().split('\n');
        const actual = lines.map((l) => maskJsonBytes(engine, Buffer.from(l)).output ?? 'REJECTED').join('\n') + '\n';
        const expectedUrl = new URL(input.replace('.input.', '.expected.'), folder);
        if (update) writeFileSync(expectedUrl, actual);
        expect(actual).toBe(readFileSync(expectedUrl, 'utf8'));
      });
    }
  });
}
