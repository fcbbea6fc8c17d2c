/**
 * Senders and recipients of messaging exports. Telegram Desktop's `result.json` writes each
 * message as `{from: "<display name>", from_id: "user123…"}` (`actor` / `actor_id` on service
 * messages); other chat and mail exports pair `sender` / `sender_id`, `author` / `author_id`,
 * `recipient` / `recipient_id`. Alone, `from` / `to` / `author` name a date, a branch or a
 * package's maintainer as often as a person; beside a member that holds the same word's id they
 * are the display name of the account behind that id: a person's name (PERSON). One rule for
 * both walks of engine.ts (the decoded value and the record's text).
 */

/** Member words (lower-case letters only) that hold a display name beside their `<word>_id`. */
const SENDER_WORDS = new Set(['from', 'to', 'sender', 'author', 'actor', 'recipient', 'receiver', 'forwardedfrom', 'savedfrom', 'viabot']);

/** `from_id`, `fromId`, `FROM-ID` → `fromid`: lower-case letters only. */
function lettersOf(name: string): string {
  return name.length > 24 ? '' : name.toLowerCase().replace(/[^a-z]/g, '');
}

/** The sender word field name `name` is (`from`, `sender`…, lower-case letters only), or null. */
export function senderWordOf(name: string): string | null {
  const letters = lettersOf(name);
  return SENDER_WORDS.has(letters) ? letters : null;
}

/** The sender word whose id field name `name` is (`from_id` → `from`), or null. */
export function senderIdOf(name: string): string | null {
  const letters = lettersOf(name);
  if (!letters.endsWith('id')) return null;
  const word = letters.slice(0, -2);
  return SENDER_WORDS.has(word) ? word : null;
}
