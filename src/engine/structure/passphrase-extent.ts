/**
 * An unquoted passphrase with blanks in a key=value detail line: `ssid=HomeNet psk=correct horse
 * battery staple band=5g` (hostapd / wpa_supplicant `wpa_passphrase`, router and RADIUS detail
 * lines print it bare). Under a passphrase name the value runs over blank-separated words up to
 * the end of the line, the next `key=` pair, or a `,` `;` quote; other bare values end at their
 * first blank as before.
 */

/** Names whose value is a passphrase, as lower-case letters only (`wpa_passphrase` → `wpapassphrase`). */
const PASSPHRASE_NAMES = new Set(['psk', 'passphrase', 'wpapassphrase', 'wpapsk', 'presharedkey', 'psksecret']);

/** Whether key `key` names a passphrase that may hold blanks. */
export function isPassphraseName(key: string): boolean {
  return key.length <= 16 && PASSPHRASE_NAMES.has(key.toLowerCase().replace(/[^a-z]/g, ''));
}

function isWordChar(c: number): boolean {
  return c > 32 && c !== 44 && c !== 59 && c !== 34 && c !== 39;
}

/**
 * Where a bare passphrase that ends at `end` (a blank) really ends: past each following word on the
 * same line that is not a `key=` pair, up to 256 characters from `start`.
 */
export function passphraseEnd(text: string, start: number, end: number): number {
  const n = text.length;
  let at = end;
  while (at < n && text.charCodeAt(at) === 32 && at - start < 256) {
    let wordEnd = at + 1;
    while (wordEnd < n && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(at + 1, wordEnd);
    if (word.length === 0 || /^[A-Za-z_][\w.-]*=/.test(word)) break;
    at = wordEnd;
  }
  return at;
}
