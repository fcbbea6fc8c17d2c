import { readFile } from 'node:fs/promises';
import { parseQuarantineLine, type QuarantineEntry, sealedBytes } from './file-format.js';
import { openBytes, payloadFromJson, type QuarantinePayload } from './seal.js';

/**
 * A quarantined record with where it is. In a file: `file` and the 1-based `line` that
 * `show`/`release --line` take. In a Kafka dead-letter topic: `file` is the topic, `line` 0, and
 * `at` is `partition:offset` (what `--at` takes).
 */
export interface LocatedEntry {
  file: string;
  line: number;
  /** Kafka only: `partition:offset`. */
  at?: string;
  /** Kafka only: `topic[partition]@offset`, for messages. */
  where?: string;
  entry?: QuarantineEntry;
  /** Why the line could not be read (never quoting it). */
  problem?: string;
}

/** Every non-blank line of a quarantine file, parsed; a bad line is reported, not thrown. */
export async function readQuarantineFile(file: string): Promise<LocatedEntry[]> {
  const text = await readFile(file, 'utf8');
  const out: LocatedEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ file, line: i + 1, entry: parseQuarantineLine(raw) });
    } catch (err) {
      out.push({ file, line: i + 1, problem: err instanceof SyntaxError ? 'not JSON' : (err as Error).message });
    }
  });
  return out;
}

/**
 * The record an entry holds: a plaintext one as it is, a sealed one decrypted with `identities`.
 * Throws "no identity matches" (naming the key ids the record is sealed to) when none opens it.
 */
export async function openEntry(entry: QuarantineEntry, identities: readonly string[]): Promise<QuarantinePayload> {
  if (entry.plain) return entry.plain;
  try {
    const bytes = await openBytes(sealedBytes(entry), identities);
    return payloadFromJson(JSON.parse(Buffer.from(bytes).toString('utf8')));
  } catch {
    throw new Error(`no identity given opens this record (sealed to ${entry.sealed?.keyIds.join(', ') || 'unknown keys'})`);
  }
}
