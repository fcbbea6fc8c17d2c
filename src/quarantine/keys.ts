import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';

/**
 * Quarantine keys are age X25519 keys (https://age-encryption.org/v1): the processor holds only
 * recipients (public keys, `age1…`); whoever may read the quarantine holds the identity file
 * (`AGE-SECRET-KEY-1…`, as written by `age-keygen`). A key id names a recipient in the clear so
 * an operator can tell which identity opens a record without holding any.
 */

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** The key id of a recipient: `age-` and the first 12 hex digits of SHA-256 over its text. */
export function recipientKeyId(recipient: string): string {
  return `age-${createHash('sha256').update(recipient).digest('hex').slice(0, 12)}`;
}

/** Why `recipient` is not a usable age X25519 recipient, or undefined when it is. */
export function recipientProblem(recipient: string): string | undefined {
  if (!RECIPIENT.test(recipient)) return 'not an age X25519 recipient (age1… as printed by `age-keygen -y`)';
  try {
    new Encrypter().addRecipient(recipient);
    return undefined;
  } catch {
    return 'not a valid age recipient (bad checksum)';
  }
}

/**
 * Reads an age identity file: one `AGE-SECRET-KEY-1…` per line; `#` comments and blank lines are
 * skipped. Throws when the file holds none. The keys are returned, never logged.
 */
export function readIdentityFile(path: string): string[] {
  const identities = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('AGE-SECRET-KEY-1'));
  if (identities.length === 0) throw new Error(`${path} holds no age identity (AGE-SECRET-KEY-1… lines)`);
  return identities;
}

/** The key ids an identity list can open. */
export async function identityKeyIds(identities: readonly string[]): Promise<string[]> {
  return Promise.all(identities.map(async (i) => recipientKeyId(await identityToRecipient(i))));
}

/** A new age X25519 identity and its recipient, as `age-keygen` makes them. */
export async function newIdentity(now = new Date()): Promise<{ identity: string; recipient: string; fileText: string }> {
  const identity = await generateIdentity();
  const recipient = await identityToRecipient(identity);
  // The same layout as age-keygen's output, so either tool reads the file.
  const fileText = `# created: ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${recipient}\n${identity}\n`;
  return { identity, recipient, fileText };
}

/**
 * Writes `fileText` to a NEW file created 0600 (an existing file is never overwritten: it may be
 * the only copy of an identity) and flushes it to disk. Throws EEXIST when the path exists.
 */
export async function writeIdentityFile(path: string, fileText: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(fileText);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
