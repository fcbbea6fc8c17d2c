import { open } from 'node:fs/promises';

/** One line of the reveal audit trail: who asked for which token, when, why, and what happened. Never the value. */
export interface RevealAudit {
  time: string;
  event: 'reveal';
  who: string;
  token: string;
  reason: string;
  vault: string;
  /** `revealed`; `not_found` (no such token in the vault); `refused` (no identity given opens it). */
  outcome: 'revealed' | 'not_found' | 'refused';
}

/** Appends one audit line (file created 0600) and flushes it to disk before returning. */
export async function appendRevealAudit(path: string, audit: RevealAudit): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.appendFile(`${JSON.stringify(audit)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
