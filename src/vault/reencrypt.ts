import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { armor } from 'age-encryption';
import type { QuarantineSealer } from '../quarantine/seal.js';
import { openVaultPair, type VaultLine } from './vault-file.js';

/**
 * Vault key rotation: every line of a vault file re-sealed to new recipients, opened first with
 * the old identity. All or nothing: one line the identity cannot open (or that is not a vault
 * line) and nothing is written, so no pair is ever lost in a rotation. The token, entity, time
 * and token key id of each line are kept; only `key_ids` and `age` change.
 */

export type ReencryptOutcome =
  | { ok: true; text: string; lines: number; droppedTornTail: boolean }
  | { ok: false; line: number; problem: string };

/**
 * The vault text re-sealed to `sealer`. A last line without its newline that is not JSON is a torn
 * append (a crash mid-write, which `reveal` skips too): it is dropped and reported. Any other
 * unreadable line stops the rotation (`ok: false`, its 1-based number; the problem never quotes it).
 */
export async function reencryptVaultText(text: string, identities: readonly string[], sealer: QuarantineSealer): Promise<ReencryptOutcome> {
  const raw = text.split('\n');
  const tornCandidate = raw.length - 1; // the piece after the last newline ('' when the file ends with one)
  const out: string[] = [];
  let droppedTornTail = false;
  for (const [i, piece] of raw.entries()) {
    if (piece.trim() === '') continue;
    let line: VaultLine;
    try {
      line = JSON.parse(piece) as VaultLine;
    } catch {
      if (i === tornCandidate) {
        droppedTornTail = true;
        continue;
      }
      return { ok: false, line: i + 1, problem: 'not JSON' };
    }
    if (typeof line.token !== 'string' || typeof line.age !== 'string')
      return { ok: false, line: i + 1, problem: 'not a vault line (no token or age)' };
    let pair: Uint8Array;
    try {
      // Opening checks that the sealed pair belongs to this token; the pair is re-sealed byte for byte.
      pair = (await openVaultPair(line, identities)).bytes;
    } catch {
      return {
        ok: false,
        line: i + 1,
        problem: `no identity given opens it (sealed to ${(line.key_ids ?? []).join(', ') || 'unknown keys'})`,
      };
    }
    const resealed: VaultLine = { ...line, key_ids: [...sealer.keyIds], age: armor.encode(await sealer.sealBytes(pair)) };
    out.push(`${JSON.stringify(resealed)}\n`);
  }
  return { ok: true, text: out.join(''), lines: out.length, droppedTornTail };
}

/**
 * Replaces `path` with `text` atomically: a new file beside it (0600), flushed (fsync), renamed
 * over the old one, then the directory flushed, so a crash leaves either the old vault or the new
 * one, never a mix. `expectedSize` is the size the caller read: when the file has grown since (a
 * writer appended pairs), nothing is replaced and the call throws, since those pairs would be lost.
 */
export async function replaceFileAtomically(path: string, text: string, expectedSize: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    if ((await stat(path)).size !== expectedSize)
      throw new Error(`${path} changed while it was re-encrypted (a writer is appending to it): stop the writer and retry`);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
