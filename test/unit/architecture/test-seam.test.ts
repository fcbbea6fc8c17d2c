// Fault injection reaches production code only through the documented seam (src/core/test-faults.ts:
// explicit options set from a hidden CLI flag), never through environment variables that a
// production deployment could carry by accident (issue 17).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Modules that mention an environment variable reserved for tests. */
function testEnvReaders(files: string[]): string[] {
  return files.filter((f) => /AUDITMASK_TEST_/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
}

describe('test seam', () => {
  it('the finder sees a module that reads a test environment variable', () => {
    const self = fileURLToPath(import.meta.url);
    expect(testEnvReaders([self])).toEqual([relative(ROOT, self)]);
  });

  it('no module of src/ or workers/ reads an AUDITMASK_TEST_* environment variable', () => {
    expect(testEnvReaders([...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'workers'))])).toEqual([]);
  });
});
