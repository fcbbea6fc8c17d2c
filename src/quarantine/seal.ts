import { Decrypter, Encrypter } from 'age-encryption';
import { recipientKeyId } from './keys.js';

/** What a quarantined record holds besides its triage headers: everything that came from the record. */
export interface QuarantinePayload {
  value: Buffer;
  key?: Buffer | null;
  headers?: Record<string, Buffer | string>;
}

/** The payload's JSON form inside the age file (bytes as base64, header buffers as `base64:…`). */
interface PayloadJson {
  value_base64: string;
  key_base64?: string;
  headers?: Record<string, string>;
}

export function payloadJson(p: QuarantinePayload): PayloadJson {
  const json: PayloadJson = { value_base64: p.value.toString('base64') };
  if (p.key) json.key_base64 = p.key.toString('base64');
  if (p.headers && Object.keys(p.headers).length > 0) {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.headers)) headers[k] = Buffer.isBuffer(v) ? `base64:${v.toString('base64')}` : v;
    json.headers = headers;
  }
  return json;
}

export function payloadFromJson(json: PayloadJson): QuarantinePayload {
  const p: QuarantinePayload = { value: Buffer.from(json.value_base64, 'base64') };
  if (json.key_base64 !== undefined) p.key = Buffer.from(json.key_base64, 'base64');
  if (json.headers) {
    p.headers = {};
    for (const [k, v] of Object.entries(json.headers)) p.headers[k] = v.startsWith('base64:') ? Buffer.from(v.slice(7), 'base64') : v;
  }
  return p;
}

/**
 * Encrypts quarantine payloads to every configured recipient (several during a rotation: any one
 * identity opens the record). Holds public keys only: what it sealed, it cannot open.
 */
export class QuarantineSealer {
  readonly keyIds: readonly string[];
  constructor(private readonly recipients: readonly string[]) {
    if (recipients.length === 0) throw new Error('a quarantine sealer needs at least one recipient');
    this.keyIds = recipients.map(recipientKeyId);
  }

  /** One age file (binary) holding the payload as JSON. */
  async seal(payload: QuarantinePayload): Promise<Uint8Array> {
    return this.sealBytes(Buffer.from(JSON.stringify(payloadJson(payload)), 'utf8'));
  }

  async sealBytes(bytes: Uint8Array): Promise<Uint8Array> {
    const e = new Encrypter();
    for (const r of this.recipients) e.addRecipient(r);
    return e.encrypt(bytes);
  }
}

/** Decrypts an age file sealed by QuarantineSealer#seal. Throws when no identity matches. */
export async function openPayload(sealed: Uint8Array, identities: readonly string[]): Promise<QuarantinePayload> {
  return payloadFromJson(JSON.parse(Buffer.from(await openBytes(sealed, identities)).toString('utf8')) as PayloadJson);
}

export async function openBytes(sealed: Uint8Array, identities: readonly string[]): Promise<Uint8Array> {
  const d = new Decrypter();
  for (const i of identities) d.addIdentity(i);
  return d.decrypt(sealed, 'uint8array');
}
