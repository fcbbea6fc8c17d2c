import { randomUUID } from 'node:crypto';
import type { IHeaders } from 'kafkajs';
import { CONTROL_MEMBER, ChainLinker, type ControlBody } from './chain.js';

/**
 * The evidence chain on Kafka (docs/evidence.md): one chain per topic partition, its link in the
 * `auditmask-chain` header as `<seq>:<mac base64url>`. A Kafka record is not one byte string, so
 * the mac covers an unambiguous encoding of it (`kafkaCanonical`): key, value and every header but
 * the link, each length-prefixed, headers sorted by name. Genesis, checkpoint and seal records
 * carry `{"_auditmask_control":{…}}` as value and an `auditmask-control` header (input headers
 * named `auditmask-*` never pass the sink, so a record cannot pose as one).
 */
export const CHAIN_HEADER = 'auditmask-chain';
export const CONTROL_HEADER = 'auditmask-control';

type HeaderValue = string | Buffer | (string | Buffer)[] | undefined;

function lengthPrefixed(parts: Buffer[], b: Buffer | null): void {
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32BE(b === null ? 0xffffffff : b.length);
  parts.push(len);
  if (b !== null) parts.push(b);
}

const asBuffer = (v: string | Buffer): Buffer => (typeof v === 'string' ? Buffer.from(v) : v);

/** The bytes the mac of a Kafka record covers. */
export function kafkaCanonical(
  key: Buffer | string | null | undefined,
  value: Buffer | string | null | undefined,
  headers: Record<string, HeaderValue> | undefined,
): Buffer {
  const parts: Buffer[] = [Buffer.from('auditmask-kafka-v1\n')];
  lengthPrefixed(parts, key == null ? null : asBuffer(key));
  lengthPrefixed(parts, value == null ? null : asBuffer(value));
  const names = Object.keys(headers ?? {})
    .filter((n) => n !== CHAIN_HEADER)
    .sort();
  for (const name of names) {
    const v = (headers as Record<string, HeaderValue>)[name];
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      lengthPrefixed(parts, Buffer.from(name));
      lengthPrefixed(parts, asBuffer(item));
    }
  }
  return Buffer.concat(parts);
}

export function formatLinkHeader(seq: number, mac: Buffer): string {
  return `${seq}:${mac.toString('base64url')}`;
}

export function parseLinkHeader(v: HeaderValue): { seq: number; mac: Buffer } | undefined {
  if (v === undefined || Array.isArray(v)) return undefined;
  const m = /^(0|[1-9]\d{0,15}):([A-Za-z0-9_-]{43})$/.exec(asBuffer(v).toString('latin1'));
  if (!m) return undefined;
  return { seq: Number(m[1]), mac: Buffer.from(m[2] as string, 'base64url') };
}

/** A message to chain: its key, value and headers (the link header is added). */
export interface ChainableMessage {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
}

interface PartitionChain {
  stream: string;
  linker: ChainLinker;
  records: number;
  sinceCheckpoint: number;
  lastCheckpointAt: number;
}

export interface KafkaChainOptions {
  key: Buffer;
  keyId: string;
  writer: string;
  checkpointEvery: number;
  checkpointIntervalMs: number;
  now?: () => number;
}

/**
 * The chains of every partition a sink writes to. `link` returns the messages to send to one
 * partition for one record, in order: a genesis first when the partition's chain starts, the
 * record with its link header, and a checkpoint when due. After a failed send, `reset` the
 * partitions involved: their next record starts a new stream (the old one ends open), so no link
 * ever points at a record the broker may not have.
 */
export class KafkaChains {
  readonly #o: KafkaChainOptions;
  readonly #chains = new Map<string, PartitionChain>();

  constructor(options: KafkaChainOptions) {
    this.#o = options;
  }

  link(topic: string, partition: number, message: ChainableMessage, policy: string | null): ChainableMessage[] {
    const id = `${topic}/${partition}`;
    const out: ChainableMessage[] = [];
    let chain = this.#chains.get(id);
    if (!chain) {
      chain = { stream: randomUUID(), linker: new ChainLinker(this.#o.key), records: 0, sinceCheckpoint: 0, lastCheckpointAt: this.#now() };
      this.#chains.set(id, chain);
      out.push(
        this.#control(chain, {
          type: 'genesis',
          v: 1,
          stream: chain.stream,
          chain_key: this.#o.keyId,
          policy,
          started: new Date(this.#now()).toISOString(),
          writer: `${this.#o.writer} ${id}`,
        }),
      );
    }
    out.push(this.#linked(chain, message));
    chain.records++;
    chain.sinceCheckpoint++;
    const due =
      (this.#o.checkpointEvery > 0 && chain.sinceCheckpoint >= this.#o.checkpointEvery) ||
      this.#now() - chain.lastCheckpointAt >= this.#o.checkpointIntervalMs;
    if (due) out.push(this.#checkpoint(chain));
    return out;
  }

  /** Checkpoints of partitions with records since their last one and the interval passed. */
  dueCheckpoints(): { topic: string; partition: number; message: ChainableMessage }[] {
    const out: { topic: string; partition: number; message: ChainableMessage }[] = [];
    for (const [id, chain] of this.#chains) {
      if (chain.sinceCheckpoint === 0 || this.#now() - chain.lastCheckpointAt < this.#o.checkpointIntervalMs) continue;
      const [topic, partition] = splitId(id);
      out.push({ topic, partition, message: this.#checkpoint(chain) });
    }
    return out;
  }

  /** Seals of every partition chain (clean shutdown); the chains are then forgotten. */
  seals(): { topic: string; partition: number; message: ChainableMessage }[] {
    const out = [...this.#chains].map(([id, chain]) => {
      const [topic, partition] = splitId(id);
      return {
        topic,
        partition,
        message: this.#control(chain, {
          type: 'seal',
          stream: chain.stream,
          records: chain.records,
          next: false,
          at: new Date(this.#now()).toISOString(),
        }),
      };
    });
    this.#chains.clear();
    return out;
  }

  reset(ids: Iterable<{ topic: string; partition: number }>): void {
    for (const { topic, partition } of ids) this.#chains.delete(`${topic}/${partition}`);
  }

  #checkpoint(chain: PartitionChain): ChainableMessage {
    chain.sinceCheckpoint = 0;
    chain.lastCheckpointAt = this.#now();
    return this.#control(chain, {
      type: 'checkpoint',
      stream: chain.stream,
      records: chain.records,
      at: new Date(chain.lastCheckpointAt).toISOString(),
    });
  }

  #control(chain: PartitionChain, body: ControlBody): ChainableMessage {
    return this.#linked(chain, {
      key: null,
      value: Buffer.from(JSON.stringify({ [CONTROL_MEMBER]: body })),
      headers: { [CONTROL_HEADER]: body.type },
    });
  }

  #linked(chain: PartitionChain, message: ChainableMessage): ChainableMessage {
    const headers: IHeaders = { ...(message.headers ?? {}) };
    delete headers[CHAIN_HEADER];
    const { seq, mac } = chain.linker.linkCanonical(kafkaCanonical(message.key, message.value, headers as Record<string, HeaderValue>));
    headers[CHAIN_HEADER] = formatLinkHeader(seq, mac);
    return { ...message, headers };
  }

  #now(): number {
    return this.#o.now?.() ?? Date.now();
  }
}

function splitId(id: string): [string, number] {
  const at = id.lastIndexOf('/');
  return [id.slice(0, at), Number(id.slice(at + 1))];
}
