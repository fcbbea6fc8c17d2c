import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gunzip, inflate } from 'node:zlib';
import { BodyIntake, DEFAULT_BODY_GRACE_MS, DEFAULT_MIN_BODY_BYTES_PER_SECOND } from './body-intake.js';
import { type DecodedLogs, decodeRequestToJson } from '../../otlp/fast-decode.js';
import { type Outcome, type Receiver, toDecoded } from './receiver.js';
import { encodeResponse, encodeStatus, OtlpPayloadError, parseRequestJson } from '../../otlp/wire.js';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);

/** google.rpc.Code values used in error bodies. */
const CODE = { INVALID_ARGUMENT: 3, NOT_FOUND: 5, RESOURCE_EXHAUSTED: 8, UNAUTHENTICATED: 16, UNAVAILABLE: 14, UNIMPLEMENTED: 12 } as const;

export interface HttpFrontOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
  tls: { cert: Buffer; key: Buffer } | undefined;
  /** Bodies read at once (default 4 × max_concurrent_requests, at least 16); see body-intake.ts. */
  maxReadingBodies?: number;
  /** Bodies read at once from one client address (default max_concurrent_requests, at least 4). */
  maxReadingBodiesPerAddress?: number;
  minBodyBytesPerSecond?: number;
  bodyGraceMs?: number;
}

/**
 * OTLP/HTTP: `POST /v1/logs`, `application/x-protobuf` or `application/json` (the response uses the
 * request's type), `Content-Encoding: gzip` (or deflate) accepted, body capped at `maxBodyBytes`
 * after decompression (413). Error bodies are a `google.rpc.Status` as the OTLP spec asks.
 */
export class HttpFront {
  readonly #server: Server;
  readonly #receiver: Receiver;
  readonly #options: HttpFrontOptions;
  readonly #intake: BodyIntake;

  constructor(receiver: Receiver, options: HttpFrontOptions) {
    this.#receiver = receiver;
    this.#options = options;
    const slots = receiver.options.maxConcurrent;
    this.#intake = new BodyIntake({
      maxReading: options.maxReadingBodies ?? Math.max(16, slots * 4),
      maxPerAddress: options.maxReadingBodiesPerAddress ?? Math.max(4, slots),
      minBytesPerSecond: options.minBodyBytesPerSecond ?? DEFAULT_MIN_BODY_BYTES_PER_SECOND,
      graceMs: options.bodyGraceMs ?? DEFAULT_BODY_GRACE_MS,
    });
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      this.#handle(req, res).catch(() => {
        // #handle answers every request itself; this only guards against a bug leaving it open.
        if (!res.headersSent) sendText(res, 500, 'internal error');
        else res.destroy();
      });
    };
    this.#server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createHttpServer(listener);
    this.#server.keepAliveTimeout = 30_000;
    this.#server.headersTimeout = 30_000;
    this.#server.requestTimeout = 0; // the pipeline may legitimately take long; clients have deadlines
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#options.port, this.#options.host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const a = this.#server.address() as AddressInfo;
    return a.family === 'IPv6' ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`;
  }

  /** Stops accepting connections and closes idle ones; in-flight requests are left to finish. */
  stopAccepting(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeIdleConnections();
    return closed;
  }

  closeAll(): void {
    this.#server.closeAllConnections();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/v1/logs') {
      req.resume();
      return sendStatus(res, 404, CODE.NOT_FOUND, 'not found: this receiver serves OTLP logs on POST /v1/logs', true);
    }
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('Allow', 'POST');
      return sendStatus(res, 405, CODE.UNIMPLEMENTED, 'method not allowed: send POST /v1/logs', true);
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const json = type === 'application/json';
    if (!json && type !== 'application/x-protobuf') {
      req.resume();
      return sendStatus(res, 415, CODE.INVALID_ARGUMENT, 'unsupported Content-Type: send application/x-protobuf or application/json', true);
    }
    const denied = this.#receiver.authenticate(req.headers.authorization);
    if (denied) return this.#reject(req, res, denied, json);
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate') {
      return this.#reject(req, res, { kind: 'invalid', message: 'unsupported Content-Encoding: send gzip or no encoding' }, json, 415);
    }
    const max = this.#options.maxBodyBytes;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) return this.#reject(req, res, tooLarge(max), json);
    // The body is read before a pipeline slot is taken (body-intake.ts): slow senders hold none.
    const address = req.socket.remoteAddress ?? '';
    if (!this.#intake.enter(address)) {
      return this.#reject(
        req,
        res,
        {
          kind: 'throttle',
          message: 'too many request bodies being received; retry later',
          retryAfterSeconds: this.#receiver.options.retryAfterSeconds,
        },
        json,
      );
    }
    let request: DecodedLogs;
    try {
      const raw = await this.#intake.read(req, max);
      if (raw === 'too_slow') {
        const rate = this.#intake.options.minBytesPerSecond;
        return this.#reject(
          req,
          res,
          { kind: 'invalid', message: `request body sent slower than ${rate} bytes/s; send it at once` },
          json,
          408,
        );
      }
      if (raw === undefined) return this.#reject(req, res, tooLarge(max), json);
      let body: Buffer;
      if (encoding === 'identity') body = raw;
      else {
        try {
          body =
            encoding === 'deflate' ? await inflateAsync(raw, { maxOutputLength: max }) : await gunzipAsync(raw, { maxOutputLength: max });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return this.#reject(req, res, tooLarge(max), json);
          return this.#answer(
            res,
            { kind: 'invalid', message: `the body is not valid ${encoding === 'deflate' ? 'deflate' : 'gzip'} data` },
            json,
          );
        }
      }
      try {
        request = json ? toDecoded(parseRequestJson(body.toString('utf8'))) : decodeRequestToJson(body);
      } catch (err) {
        const message = err instanceof OtlpPayloadError ? err.message : 'payload cannot be decoded as an ExportLogsServiceRequest';
        return this.#answer(res, { kind: 'invalid', message }, json);
      }
    } catch (err) {
      // A client that went away mid-body: nothing to answer.
      if (req.destroyed || (err as NodeJS.ErrnoException).code === 'ECONNRESET') {
        res.destroy();
        return;
      }
      throw err;
    } finally {
      this.#intake.leave(address);
    }
    const busy = this.#receiver.admit();
    if (busy) return this.#answer(res, busy, json);
    try {
      const sock = req.socket;
      const outcome = await this.#receiver.export(request, `otlp-http:${sock.remoteAddress ?? ''}:${sock.remotePort ?? 0}`);
      this.#receiver.count(outcome, 'http');
      return sendOutcome(res, outcome, json);
    } finally {
      this.#receiver.release();
    }
  }

  #answer(res: ServerResponse, outcome: Outcome, json: boolean): void {
    this.#receiver.count(outcome, 'http');
    sendOutcome(res, outcome, json);
  }

  /** Answers without reading the body; the connection is closed so the unread body is discarded. */
  #reject(req: IncomingMessage, res: ServerResponse, outcome: Outcome, json: boolean, status?: number): void {
    res.setHeader('Connection', 'close');
    this.#receiver.count(outcome, 'http');
    sendOutcome(res, outcome, json, status);
    req.resume();
  }
}

function tooLarge(max: number): Outcome {
  return { kind: 'too_large', message: `request body larger than max_body_bytes (${max} bytes after decompression); send smaller batches` };
}

function sendOutcome(res: ServerResponse, outcome: Outcome, json: boolean, status?: number): void {
  if (outcome.kind === 'ok') {
    const body = encodeResponse(outcome.partial, json);
    res.writeHead(200, { 'Content-Type': json ? 'application/json' : 'application/x-protobuf', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  let retryAfter: number | undefined;
  let http: number;
  let code: number;
  switch (outcome.kind) {
    case 'invalid':
      [http, code] = [status ?? 400, CODE.INVALID_ARGUMENT];
      break;
    case 'unauthenticated':
      res.setHeader('WWW-Authenticate', 'Bearer');
      [http, code] = [401, CODE.UNAUTHENTICATED];
      break;
    case 'too_large':
      [http, code] = [413, CODE.RESOURCE_EXHAUSTED];
      break;
    default:
      retryAfter = outcome.retryAfterSeconds;
      res.setHeader('Retry-After', String(retryAfter));
      [http, code] = outcome.kind === 'throttle' ? [429, CODE.RESOURCE_EXHAUSTED] : [503, CODE.UNAVAILABLE];
  }
  sendStatus(res, http, code, outcome.message, json, retryAfter);
}

function sendStatus(res: ServerResponse, status: number, code: number, message: string, json: boolean, retryAfter?: number): void {
  const body = encodeStatus(code, message, retryAfter, json);
  res.writeHead(status, {
    'Content-Type': json ? 'application/json' : 'application/x-protobuf',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}
