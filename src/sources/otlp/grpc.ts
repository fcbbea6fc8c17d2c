import * as grpc from '@grpc/grpc-js';
import type { Outcome, Receiver } from './receiver.js';
import { LOGS_EXPORT_PATH } from '../../otlp/schema.js';
import { type DecodedLogs, decodeRequestToJson } from '../../otlp/fast-decode.js';
import { encodeResponse, encodeStatus, OtlpPayloadError } from '../../otlp/wire.js';

export interface GrpcFrontOptions {
  /** `host:port`. */
  address: string;
  maxBodyBytes: number;
  tls: { cert: Buffer; key: Buffer } | undefined;
}

/**
 * OTLP/gRPC: `opentelemetry.proto.collector.logs.v1.LogsService/Export`. The request is taken as
 * raw bytes and decoded here, so a malformed message is answered INVALID_ARGUMENT with our own
 * message. Retry-later outcomes carry a `google.rpc.RetryInfo` in `grpc-status-details-bin`.
 * Messages above `maxBodyBytes` (after decompression) are refused by grpc-js with RESOURCE_EXHAUSTED.
 */
export class GrpcFront {
  readonly #server: grpc.Server;
  readonly #receiver: Receiver;
  readonly #options: GrpcFrontOptions;

  constructor(receiver: Receiver, options: GrpcFrontOptions) {
    this.#receiver = receiver;
    this.#options = options;
    this.#server = new grpc.Server({
      'grpc.max_receive_message_length': options.maxBodyBytes,
      'grpc.max_concurrent_streams': Math.max(1, receiver.options.maxConcurrent * 2),
    });
    const identity = (b: Buffer) => b;
    this.#server.addService(
      {
        export: {
          path: LOGS_EXPORT_PATH,
          requestStream: false,
          responseStream: false,
          requestDeserialize: identity,
          requestSerialize: identity,
          responseSerialize: identity,
          responseDeserialize: identity,
        },
      },
      {
        export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
          this.#export(call).then(
            (outcome) => {
              this.#receiver.count(outcome, 'grpc');
              respond(callback, outcome);
            },
            () => callback({ code: grpc.status.INTERNAL, details: 'internal error' }),
          );
        },
      },
    );
  }

  async listen(): Promise<string> {
    const creds = this.#options.tls
      ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: this.#options.tls.cert, private_key: this.#options.tls.key }], false)
      : grpc.ServerCredentials.createInsecure();
    const port = await new Promise<number>((resolve, reject) => {
      this.#server.bindAsync(this.#options.address, creds, (err, p) => (err ? reject(err) : resolve(p)));
    });
    const host = this.#options.address.slice(0, this.#options.address.lastIndexOf(':'));
    return `${host}:${port}`;
  }

  /** Refuses new calls and waits for running ones (bounded by the caller), then closes. */
  shutdown(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.#server.forceShutdown();
        resolve();
      }, timeoutMs);
      t.unref?.();
      this.#server.tryShutdown(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  forceShutdown(): void {
    this.#server.forceShutdown();
  }

  async #export(call: grpc.ServerUnaryCall<Buffer, Buffer>): Promise<Outcome> {
    const auth = call.metadata.get('authorization')[0];
    const denied = this.#receiver.authenticate(typeof auth === 'string' ? auth : auth?.toString('utf8'));
    if (denied) return denied;
    const busy = this.#receiver.admit();
    if (busy) return busy;
    try {
      let request: DecodedLogs;
      try {
        request = decodeRequestToJson(call.request);
      } catch (err) {
        return {
          kind: 'invalid',
          message: err instanceof OtlpPayloadError ? err.message : 'payload cannot be decoded as an ExportLogsServiceRequest',
        };
      }
      return await this.#receiver.export(request, `otlp-grpc:${call.getPeer()}`);
    } finally {
      this.#receiver.release();
    }
  }
}

function respond(callback: grpc.sendUnaryData<Buffer>, outcome: Outcome): void {
  switch (outcome.kind) {
    case 'ok':
      callback(null, Buffer.from(encodeResponse(outcome.partial, false) as Uint8Array));
      return;
    case 'invalid':
      callback({ code: grpc.status.INVALID_ARGUMENT, details: outcome.message });
      return;
    case 'unauthenticated':
      callback({ code: grpc.status.UNAUTHENTICATED, details: outcome.message });
      return;
    case 'too_large':
      callback({ code: grpc.status.RESOURCE_EXHAUSTED, details: outcome.message });
      return;
    case 'throttle':
    case 'unavailable': {
      const code = outcome.kind === 'throttle' ? grpc.status.RESOURCE_EXHAUSTED : grpc.status.UNAVAILABLE;
      const metadata = new grpc.Metadata();
      metadata.set(
        'grpc-status-details-bin',
        Buffer.from(encodeStatus(code, outcome.message, outcome.retryAfterSeconds, false) as Uint8Array),
      );
      callback({ code, details: outcome.message, metadata });
    }
  }
}
