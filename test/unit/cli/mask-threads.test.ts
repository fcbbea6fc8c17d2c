import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputLine } from '../../../src/cli/input.js';
import { type MaskedLine, maskLine } from '../../../src/cli/mask-line.js';
import { maskLinesThreaded } from '../../../src/cli/mask-threads.js';
import { Secret } from '../../../src/core/secret.js';
import { createEngine, defaultPolicy } from '../../../src/engine/index.js';
import { runCli } from '../../helpers/cli.js';

const KEY = {
  AUDITMASK_HMAC_KEY: 'hex:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  AUDITMASK_HMAC_KEY_FILE: undefined,
};
const GOLDEN = new URL('../../golden/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'auditmask-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The golden inputs repeated until they span many worker chunks (256 lines each) well past the
 * lines masked in-thread while the workers start, with lines
 * every path of `mask` treats apart: free text, invalid UTF-8, too deep to mask, over
 * --max-line-bytes, empty.
 */
function corpus(inputs: string[]): Buffer {
  const odd = [
    Buffer.from('plain text line from jane.doe@example.com\n'),
    Buffer.concat([Buffer.from('{"note":"bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' bytes","email":"bob@example.net"}\n')]),
    Buffer.from(`${'{"a":'.repeat(300)}1${'}'.repeat(300)}\n`),
    Buffer.from(`{"blob":"${'x'.repeat(5000)}"}\n`),
    Buffer.from('\n'),
  ];
  const round = Buffer.concat([...inputs.map((file) => Buffer.from(`${readFileSync(file, 'utf8').trimEnd()}\n`)), ...odd]);
  const linesPerRound = round.toString('latin1').split('\n').length - 1;
  // Past the 4096 lines `mask` masks in its own thread before it starts the workers.
  return Buffer.concat(Array.from({ length: Math.ceil(9000 / linesPerRound) }, () => round));
}

describe('auditmask mask --threads', () => {
  for (const folder of readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    it(`golden/${folder.name}: --threads 2 writes the same bytes, messages and dead letters as one thread`, async () => {
      const files = readdirSync(join(GOLDEN, folder.name));
      const inputs = files.filter((f) => f.endsWith('.input.jsonl')).map((f) => join(GOLDEN, folder.name, f));
      const policy = files.includes('policy.yaml') ? ['--policy', join(GOLDEN, folder.name, 'policy.yaml')] : [];
      const input = join(dir, `${folder.name}.jsonl`);
      writeFileSync(input, corpus(inputs));
      const lineCount = readFileSync(input, 'utf8').split('\n').length - 1;
      expect(lineCount).toBeGreaterThan(4096 + 8 * 256);

      const run = async (threads: string) => {
        const deadLetter = join(dir, `${folder.name}-${threads}.dead.jsonl`);
        const r = await runCli(
          [
            'mask',
            ...policy,
            '--threads',
            threads,
            '--max-line-bytes',
            '4096',
            '--dead-letter',
            deadLetter,
            '--dead-letter-plaintext',
            input,
          ],
          '',
          KEY,
        );
        // Every dead letter but its `time`, which differs between the two runs.
        const dead = readFileSync(deadLetter, 'utf8').replace(/"time":"[^"]*",/g, '');
        return { ...r, stderr: r.stderr.replaceAll(deadLetter, 'DEAD'), dead };
      };
      const one = await run('1');
      const two = await run('2');
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stdout.split('\n').length - 1).toBe(lineCount);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.dead).toBe(one.dead);
      expect(one.dead).toContain('"reason":"line_too_long"');
      expect(one.stderr).toContain('invalid UTF-8');
      expect(one.stderr).toContain('line_too_long');
      expect(one.stdout).not.toContain('jane.doe@example.com');
    });
  }

  it('maskLinesThreaded: small chunks straight to the workers give the outcomes of maskLine, in order', async () => {
    const policy = defaultPolicy();
    const key = { key: new Secret(Buffer.alloc(32, 3)), id: 'k-test', source: 'test' as const };
    const engine = createEngine({ policy, key: key.key.reveal(), keyId: key.id });
    const lines = readFileSync(join(GOLDEN, 'default', 'audit-records.input.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const input = Array.from({ length: 300 }, (_, i) => `${lines[i % lines.length]}`).concat([
      'not json at all: bob@example.net',
      '{"a":[1,2',
    ]);
    async function* source(): AsyncGenerator<InputLine> {
      for (const [i, l] of input.entries()) yield { source: 'mem', line: { number: i + 1, bytes: Buffer.from(l) } };
    }
    const got: MaskedLine[] = [];
    for await (const o of maskLinesThreaded(source(), { threads: 2, engine, key, chunkLines: 7, inThreadLines: 0 }))
      got.push(o.result as MaskedLine);
    expect(got).toEqual(input.map((l) => maskLine(engine, Buffer.from(l))));
  });

  it('reads stdin too, in order', async () => {
    const lines = Array.from({ length: 6000 }, (_, i) => JSON.stringify({ seq: i, email: `user${i}@example.com` }));
    const r = await runCli(['mask', '--threads', '2', '-q'], `${lines.join('\n')}\n`, KEY);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(Array.from({ length: 6000 }, (_, i) => i));
    expect(r.stdout).not.toMatch(/user\d+@example\.com/);
  });

  it('refuses a thread count that is not a whole number from 1 to 256', async () => {
    for (const bad of ['0', '-1', '1.5', 'many', '999']) {
      const r = await runCli(['mask', '--threads', bad], '', KEY);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a whole number of threads');
    }
  });
});
