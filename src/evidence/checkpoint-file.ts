import { open } from 'node:fs/promises';
import type { CheckpointEntry } from './chained-lines.js';

/**
 * Appends checkpoint entries as JSON lines to a separate file (kept apart from the trail, ideally
 * on other storage or shipped elsewhere), flushed to disk before it resolves. `auditmask verify
 * --checkpoints FILE` then detects a trail cut after its last in-stream checkpoint.
 */
export async function appendCheckpoints(path: string, entries: readonly CheckpointEntry[], mode = 0o640): Promise<void> {
  if (entries.length === 0) return;
  const handle = await open(path, 'a', mode);
  try {
    await handle.write(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
