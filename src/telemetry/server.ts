import { createServer, type Server } from 'node:http';
import type { Health } from './health.js';
import type { Metrics } from './metrics.js';

/** Paths served by the telemetry server (the deploy/ manifests' probes use these). */
export const TELEMETRY_PATHS = { metrics: '/metrics', live: '/healthz', ready: '/readyz' } as const;

export interface TelemetryServerOptions {
  /** `host:port`; port 0 picks a free one. */
  listen: string;
  metrics: Metrics;
  health: Health;
  /** False while the process is starting or shutting down (readiness fails with that reason). */
  running: () => boolean;
}

/**
 * The operator's HTTP endpoint: `GET /metrics` (Prometheus text format), `GET /healthz` (200 while
 * the process serves HTTP: liveness), `GET /readyz` (200 when every source, sink and the pool are
 * ready, else 503; both with a JSON report naming each check and why it is not ready).
 * Nothing here ever includes record content.
 */
export class TelemetryServer {
  readonly #o: TelemetryServerOptions;
  #server: Server | undefined;
  #address: string | undefined;

  constructor(options: TelemetryServerOptions) {
    this.#o = options;
  }

  /** The bound `host:port` once listening. */
  get address(): string | undefined {
    return this.#address;
  }

  async listen(): Promise<string> {
    const { host, port } = splitHostPort(this.#o.listen);
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
        return;
      }
      if (path === TELEMETRY_PATHS.metrics) {
        this.#o.metrics.registry.metrics().then(
          (text) => res.writeHead(200, { 'Content-Type': this.#o.metrics.registry.contentType }).end(text),
          () => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics collection failed\n'),
        );
        return;
      }
      if (path === TELEMETRY_PATHS.live) {
        json(res, 200, { status: 'ok' });
        return;
      }
      if (path === TELEMETRY_PATHS.ready) {
        const report = this.#o.health.report();
        const running = this.#o.running();
        const ready = running && report.ready;
        json(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          ...(running ? {} : { reason: 'auditmask is starting or shutting down' }),
          ...(ready || !running ? {} : { reason: Object.values(report.checks).find((c) => !c.ready)?.reason ?? 'not ready' }),
          checks: report.checks,
        });
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: try /metrics, /healthz, /readyz\n');
    });
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#server = server;
    const a = server.address();
    this.#address = a && typeof a === 'object' ? `${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}` : this.#o.listen;
    return this.#address;
  }

  /** Stops listening and closes open connections. Safe before listen and twice. */
  async close(): Promise<void> {
    const s = this.#server;
    this.#server = undefined;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
}

function json(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  res
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) })
    .end(text);
}

export function splitHostPort(endpoint: string): { host: string; port: number } {
  const i = endpoint.lastIndexOf(':');
  let host = endpoint.slice(0, i);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host, port: Number(endpoint.slice(i + 1)) };
}
