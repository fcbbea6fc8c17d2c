import { SIG_AT } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, detectorFields } from './helpers.js';

/**
 * An e-mail address without a top-level domain right after an e-mail word: a mailbox on a host
 * (`root@hostname`, `admin@localhost`, `jane.doe@example`), which the `email` detector does not
 * take (it needs a dot and a TLD, so that `user@host` in an SSH line or `name@version` in a
 * package spec stay). Only where the text says it is an e-mail: `email: root@mailhost`, `Invalid
 * email address: "jane.doe@example"`, `e-mail is admin@localhost`. An address with a TLD is the
 * `email` detector's (the pattern refuses a dot and a letter after the host).
 *
 * Found from each `@` whose host has no dot after it (an ordinary address, the most common `@`,
 * is skipped after reading its host), looking back up to 100 characters for `email` / `e-mail` in
 * any case and trying the pattern where it starts: no copy of the text is made.
 */
const AT_NAME =
  /e-?mail(?:[ _-]?addr(?:ess)?)?(?:(?: is|[ \t]*[:=])[ \t]*["'<(]?|[ \t]+["'<(]?|["'<(])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z][A-Za-z0-9-]{0,62})(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/diy;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const hostOnlyEmail: ValueDetector = {
  ...detectorFields({
    id: 'email_host_only',
    entity: 'EMAIL',
    description: 'E-mail addresses on a bare host name (root@mailhost, user@localhost) right after an e-mail word',
    validation: 'after email / e-mail [address] and : = is or a quote: local part @ host name without a dot',
    context: true,
    example: 'Invalid email address: "jane.doe@example"',
    keywords: ['mail'],
    prefilter: (s) => (s.signature & SIG_AT) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const n = text.length;
    let reached = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let host = at + 1;
      while (host < n && isHostChar(text.charCodeAt(host))) host++;
      if (host === at + 1 || (text.charCodeAt(host) === 46 && isHostChar(text.charCodeAt(host + 1)))) continue;
      // `mail` (any case) ending before the `@`, within 100 characters: try the pattern at its `e`.
      for (let l = at - 1; l >= 3 && l >= at - 100 && l >= reached; l--) {
        if ((text.charCodeAt(l) | 0x20) !== 108 || (text.charCodeAt(l - 1) | 0x20) !== 105) continue;
        if ((text.charCodeAt(l - 2) | 0x20) !== 97 || (text.charCodeAt(l - 3) | 0x20) !== 109) continue;
        let start = l - 4;
        if (start >= 0 && text.charCodeAt(start) === 45) start--;
        if (start < 0 || (text.charCodeAt(start) | 0x20) !== 101 || (start > 0 && isLetter(text.charCodeAt(start - 1)))) continue;
        AT_NAME.lastIndex = start;
        const range = AT_NAME.exec(text)?.indices?.[1];
        if (range === undefined) continue;
        out.push({
          start: range[0],
          end: range[1],
          entity: 'EMAIL',
          detector: 'email_host_only',
          normalized: text.slice(range[0], range[1]).toLowerCase(),
          priority,
        });
        reached = range[1];
        break;
      }
    }
  },
};

/** A character of a host name label: letter, digit or `-`. */
function isHostChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45;
}
candidatePatterns.set(hostOnlyEmail, [new RegExp(`(?<![A-Za-z])(?:${AT_NAME.source})`, 'dgi')]);
