import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/evidence/report-html.js';
import { emptyStats } from '../../../src/evidence/trail-stats.js';
import { runCli } from '../../helpers/cli.js';

const run = promisify(execFile);
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const env = {
  AUDITMASK_CHAIN_KEY: `hex:${'d5'.repeat(32)}`,
  AUDITMASK_CHAIN_KEY_FILE: undefined,
  AUDITMASK_HMAC_KEY: `hex:${'b2'.repeat(32)}`,
};

/** Audit records over three days, with emails, cards and secrets (public test values). */
function input(): string {
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const ts = new Date(Date.UTC(2026, 10, 1) + i * 36 * 60_000).toISOString();
    lines.push(JSON.stringify({ timestamp: ts, event: 'login', user: { email: `user${i}@example.com` }, ip: `10.1.${i % 250}.7` }));
    if (i % 4 === 0) lines.push(JSON.stringify({ timestamp: ts, event: 'payment', card_number: '4111111111111111', note: 'ok' }));
    if (i % 9 === 0) lines.push(JSON.stringify({ timestamp: ts, event: 'deploy', env: { password: 'hunter2hunter2' } }));
  }
  return `${lines.join('\n')}\n`;
}

async function chromium(args: string[], profile: string): Promise<string> {
  const { stdout } = await run(
    CHROMIUM as string,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { timeout: 90_000, maxBuffer: 1 << 26 },
  );
  return stdout;
}

describe('auditmask report', () => {
  let dir: string;
  let trail: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'auditmask-report-'));
    trail = join(dir, 'trail.jsonl');
    const masked = await runCli(
      ['mask', '-q', '--chain', '--checkpoint-every', '50', '--checkpoints', join(dir, 'cp.jsonl')],
      input(),
      env,
    );
    if (masked.code !== 0) throw new Error(masked.stderr);
    writeFileSync(trail, masked.stdout);
    writeFileSync(
      join(dir, 'dl.jsonl'),
      '{"reason":"invalid_json","message":"m"}\n{"reason":"depth_exceeded","message":"m"}\n{"reason":"invalid_json","message":"m"}\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one self-contained page: evidence counts, charts, chain and leak results, no value, no network', async () => {
    const out = join(dir, 'report.html');
    const r = await runCli(
      ['report', '--checkpoints', join(dir, 'cp.jsonl'), '--dead-letter', join(dir, 'dl.jsonl'), '--out', out, trail],
      '',
      env,
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<b id="records">164</b>');
    expect(html).toContain('<b id="chain-result"><span class="badge ok">intact</span>');
    expect(html).toContain('<b id="leak-result"><span class="badge ok">no leak</span>');
    expect(html).toMatch(/<td>invalid_json<\/td><td>2<\/td>/);
    expect(html).toMatch(/<td>CREDIT_CARD<\/td>/);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    for (const value of ['user7@example.com', '4111111111111111', 'hunter2hunter2']) expect(html).not.toContain(value);
    // Self-contained: nothing fetched (no script, no external reference).
    expect(html).not.toMatch(/<script|<link |src="http|href="http|url\(/i);
  });

  it('shows a changed trail as not intact, naming the line', async () => {
    const lines = readFileSync(trail, 'utf8').split('\n');
    lines[5] = (lines[5] as string).replace('"event":"login"', '"event":"logout"');
    const tampered = join(dir, 'tampered.jsonl');
    writeFileSync(tampered, lines.join('\n'));
    const out = join(dir, 'tampered.html');
    expect((await runCli(['report', '--out', out, tampered], '', env)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<span class="badge bad">NOT INTACT</span>');
    expect(html).toContain(`<td>${tampered}:6</td><td>changed</td>`);
  });

  it('without a chain key, says the chain was not checked', async () => {
    const out = join(dir, 'nokey.html');
    expect((await runCli(['report', '--out', out, trail], '', { ...env, AUDITMASK_CHAIN_KEY: undefined })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<b id="chain-result"><span class="badge warn">not checked</span>');
  });

  it('escapes every text it shows', () => {
    const stats = emptyStats();
    stats.findings.set('<img src=x onerror=alert(1)>', new Map([['token', 1]]));
    const html = renderReport({
      generatedAt: 'now',
      paths: ['"><script>alert(1)</script>'],
      stats,
      chain: { checked: false, reason: 'r' },
      leaks: { checked: false, reason: 'r' },
      deadLetter: undefined,
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  // Under CI the browser is installed by .ci/run: a missing one fails the run instead of skipping.
  describe.skipIf(!CHROMIUM && process.env.CI !== 'true')('in headless Chromium (Debian package `chromium`, installed by .ci/run)', () => {
    it('renders with its content and charts, and a full-page screenshot has size and colour', async () => {
      const out = join(dir, 'report.html');
      if (!existsSync(out)) await runCli(['report', '--out', out, trail], '', env);
      const dom = await chromium(['--dump-dom', `file://${out}`], join(dir, 'profile-dom'));
      expect(dom).toContain('Audit trail evidence report');
      expect(dom).toContain('<b id="records">164</b>');
      expect(dom.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
      expect(dom).toContain('<rect');

      const png = join(dir, 'report.png');
      await chromium(['--hide-scrollbars', '--window-size=1100,1800', `--screenshot=${png}`, `file://${out}`], join(dir, 'profile-shot'));
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1100);
      expect(bytes.readUInt32BE(20)).toBe(1800);
      // A blank or unstyled page compresses to a few kilobytes; charts and tables do not.
      expect(bytes.length).toBeGreaterThan(40_000);
    }, 120_000);
  });
});
