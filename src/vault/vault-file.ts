import { open, readFile } from 'node:fs/promises';
import { armor } from 'age-encryption';
import type { TokenConstruction } from '../core/evidence.js';
import { TOKEN_CONSTRUCTION } from '../engine/mask/token.js';
import { openBytes, type QuarantineSealer } from '../quarantine/seal.js';

/**
 * The token vault file: JSON Lines, created 0600. Each line: `time`, `token` (as in the clean
 * output, e.g. `<EMAIL:abcdefghijkl>`), `entity`, `hmac_key` (the token key id; the member keeps
 * its first name), `tok` (the token construction, as `tok` in the evidence of the records that
 * carry the token), `key_ids` (the re-identification recipients) and `age`, an armored age file
 * of `{"token","entity","value"}`. The value is never in the clear; the token is (it is already in
 * every clean record).
 */
export interface VaultLine {
  time: string;
  token: string;
  entity: string;
  hmac_key: string;
  /**
   * Tokens v2 and this member ship in the same release: a line without it was written by an
   * earlier release, and its token is v1 (HMAC-SHA256). Readers accept both.
   */
  tok?: TokenConstruction;
  key_ids: string[];
  age: string;
}

/**
 * Collects (token, value) pairs and seals them into vault lines, for a writer that ships them
 * elsewhere (the Kafka vault: the worker returns the sealed lines, the pool produces them). The
 * value never leaves the collector unsealed.
 */
export class VaultCollector {
  #pending: { entity: string; value: string; token: string }[] = [];
  constructor(
    private readonly sealer: QuarantineSealer,
    private readonly hmacKeyId: string,
  ) {}

  /** Pairs added and not yet sealed. */
  get pending(): number {
    return this.#pending.length;
  }

  add(entity: string, value: string, token: string): void {
    this.#pending.push({ entity, value, token });
  }

  /** Seals what was added since the last call, and forgets it. */
  async seal(): Promise<VaultLine[]> {
    const batch = this.#pending;
    this.#pending = [];
    const time = new Date().toISOString();
    return Promise.all(
      batch.map(async ({ entity, value, token }) => ({
        time,
        token,
        entity,
        hmac_key: this.hmacKeyId,
        tok: TOKEN_CONSTRUCTION,
        key_ids: [...this.sealer.keyIds],
        age: armor.encode(await this.sealer.sealBytes(Buffer.from(JSON.stringify({ token, entity, value }), 'utf8'))),
      })),
    );
  }
}

/** Collects (token, value) pairs and appends them, sealed, to the vault file. */
export class VaultFileWriter {
  readonly #collector: VaultCollector;
  constructor(
    private readonly path: string,
    sealer: QuarantineSealer,
    hmacKeyId: string,
  ) {
    this.#collector = new VaultCollector(sealer, hmacKeyId);
  }

  /** Pairs added and not yet flushed. */
  get pending(): number {
    return this.#collector.pending;
  }

  add(entity: string, value: string, token: string): void {
    this.#collector.add(entity, value, token);
  }

  /** Seals and appends what was added since the last flush; resolves once on disk (fdatasync). */
  async flush(): Promise<number> {
    if (this.#collector.pending === 0) return 0;
    const lines = await this.#collector.seal();
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.appendFile(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    return lines.length;
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
