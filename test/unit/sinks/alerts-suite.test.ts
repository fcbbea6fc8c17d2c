// The alerts sink through the shared component suite, with its file target: each record exposes
// one credential token, numbered, so the alerts file reads back as the record numbers.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/log/logger.js';
import type { MaskedRecord } from '../../../src/core/component.js';
import { createAlertsSink } from '../../../src/sinks/alerts/index.js';
import { sinkSuite } from '../../helpers/component-suite.js';

/** Record n exposes the AWS key token `<AWS_ACCESS_KEY_ID:suite0000n>` (distinct, so no de-duplication). */
function exposing(n: number, start: number): MaskedRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const token = `<AWS_ACCESS_KEY_ID:suite${String(start + i).padStart(5, '0')}>`;
    return {
      value: Buffer.from(JSON.stringify({ suite: start + i, k: token })),
      key: null,
      headers: {},
      origin: { kind: 'file', path: 'suite', line: start + i + 1 },
      format: 'json',
      evidence: {
        v: 1,
        policy: 'sha256:suite',
        key: 'suite',
        findings: [{ path: 'k', entity: 'AWS_ACCESS_KEY_ID', detector: 'aws_access_key_id', action: 'token' }],
      },
    };
  });
}

sinkSuite<MaskedRecord, string>({
  name: 'alerts sink (file target)',
  component: { kind: 'sink', type: 'alerts' },
  setup: () => mkdtempSync(join(tmpdir(), 'auditmask-alerts-suite-')),
  teardown: (dir) => rmSync(dir, { recursive: true, force: true }),
  create: (dir) =>
    createAlertsSink(
      {
        id: 'alerts',
        type: 'alerts',
        entities: ['AWS_ACCESS_KEY_ID'],
        window_ms: 60_000,
        max_pending: 100,
        timeout_ms: 5000,
        file: { path: join(dir, 'alerts.jsonl') },
      },
      { logger: silentLogger },
    ),
  items: exposing,
  readBack: async (dir) => {
    let text = '';
    try {
      text = readFileSync(join(dir, 'alerts.jsonl'), 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => Number(/suite(\d+)>/.exec((JSON.parse(l) as { fingerprint: string }).fingerprint)?.[1]));
  },
});
