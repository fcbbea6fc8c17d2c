import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyIntake } from '../../../src/sources/otlp/body-intake.js';

/** The minimum body rate and the reading places of the OTLP/HTTP receiver (issue 16, item 3). */

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function serve(intake: BodyIntake): Promise<{ port: number; results: unknown[] }> {
  const results: unknown[] = [];
  const server = http.createServer((req, res) => {
    intake.read(req, 1 << 20).then(
      (r) => {
        results.push(Buffer.isBuffer(r) ? r.length : r);
        res.end('done');
      },
      (err: Error) => results.push(err.message),
    );
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, results };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 50));
  return cond();
};

describe('BodyIntake', () => {
  it('cuts off a body that trickles below the minimum rate after the grace period', async () => {
    const intake = new BodyIntake({ maxReading: 4, maxPerAddress: 2, minBytesPerSecond: 1000, graceMs: 300 });
    const { port, results } = await serve(intake);
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { 'content-length': 5000 } });
    req.on('error', () => {});
    req.write('x');
    const trickle = setInterval(() => req.write('x'), 200);
    try {
      expect(await until(() => results.length > 0)).toBe(true);
      expect(results).toEqual(['too_slow']);
    } finally {
      clearInterval(trickle);
      req.destroy();
    }
  });

  it('reads a body sent at once', async () => {
    const intake = new BodyIntake({ maxReading: 4, maxPerAddress: 2, minBytesPerSecond: 1000, graceMs: 300 });
    const { port, results } = await serve(intake);
    const req = http.request({ port, host: '127.0.0.1', method: 'POST' });
    req.end(Buffer.alloc(3000, 1));
    expect(await until(() => results.length > 0)).toBe(true);
    expect(results).toEqual([3000]);
  });

  it('caps reading places in all and per address', () => {
    const intake = new BodyIntake({ maxReading: 3, maxPerAddress: 2, minBytesPerSecond: 1, graceMs: 1 });
    expect(intake.enter('a')).toBe(true);
    expect(intake.enter('a')).toBe(true);
    expect(intake.enter('a')).toBe(false);
    expect(intake.enter('b')).toBe(true);
    expect(intake.enter('c')).toBe(false);
    intake.leave('a');
    expect(intake.enter('c')).toBe(true);
    expect(intake.reading).toBe(3);
  });
});
