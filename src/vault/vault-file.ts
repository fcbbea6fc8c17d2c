import { open, readFile } from 'node:fs/promises';
import { armor } from 'age-encryption';
import { openBytes, type QuarantineSealer } from '../quarantine/seal.js';

/**
 * The token vault file: JSON Lines, created 0600. Each line: `time`, `token` (as in the clean
 * output, e.g. `<EMAIL:abcdefghijkl>`), `entity`, `hmac_key` (the token key id), `key_ids` (the
 * re-identification recipients) and `age`, an armored age file of `{"token","entity","value"}`.
 * The value is never in the clear; the token is (it is already in every clean record).
 */
export interface VaultLine {
  time: string;
  token: string;
  entity: string;
  hmac_key: string;
  key_ids: string[];
  age: string;
}

/** Collects (token, value) pairs and appends them, sealed, to the vault file. */
export class VaultFileWriter {
  #pending: { entity: string; value: string; token: string }[] = [];
  constructor(
    private readonly path: string,
    private readonly sealer: QuarantineSealer,
    private readonly hmacKeyId: string,
  ) {}

  /** Pairs added and not yet flushed. */
  get pending(): number {
    return this.#pending.length;
  }

  add(entity: string, value: string, token: string): void {
    this.#pending.push({ entity, value, token });
  }

  /** Seals and appends what was added since the last flush; resolves once on disk (fdatasync). */
  async flush(): Promise<number> {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return 0;
    const time = new Date().toISOString();
    const lines = await Promise.all(
      batch.map(async ({ entity, value, token }) => {
        const sealed = await this.sealer.sealBytes(Buffer.from(JSON.stringify({ token, entity, value }), 'utf8'));
        const line: VaultLine = {
          time,
          token,
          entity,
          hmac_key: this.hmacKeyId,
          key_ids: [...this.sealer.keyIds],
          age: armor.encode(sealed),
        };
        return `${JSON.stringify(line)}\n`;
      }),
    );
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.appendFile(lines.join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    return batch.length;
  }
}

/** The vault lines for `token` (last written first), read without any key. */
export async function findVaultLines(path: string, token: string): Promise<VaultLine[]> {
  const found: VaultLine[] = [];
  for (const raw of (await readFile(path, 'utf8')).split('\n')) {
    if (!raw.includes(token)) continue;
    try {
      const line = JSON.parse(raw) as VaultLine;
      if (line.token === token) found.unshift(line);
    } catch {
      // A torn last line (a crash mid-append) is skipped; every whole line is still read.
    }
  }
  return found;
}

/**
 * The sealed pair of a vault line, decrypted: its JSON bytes and value. Throws when no identity
 * opens it, or when the pair inside names another token than the line (a line moved or forged).
 */
export async function openVaultPair(line: VaultLine, identities: readonly string[]): Promise<{ bytes: Uint8Array; value: string }> {
  const bytes = await openBytes(armor.decode(line.age), identities);
  const pair = JSON.parse(Buffer.from(bytes).toString('utf8')) as { token: string; value: string };
  if (pair.token !== line.token) throw new Error('the sealed pair does not belong to this token');
  return { bytes, value: pair.value };
}

/** The value a vault line holds. Throws when no identity opens it. */
export async function openVaultLine(line: VaultLine, identities: readonly string[]): Promise<string> {
  return (await openVaultPair(line, identities)).value;
}
