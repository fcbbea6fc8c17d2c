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
 * Found from each `mail` of the lower-cased text (one `indexOf` pass: prompts mention e-mail
 * often), the pattern tried where its `email` / `e-mail` starts.
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
    const lower = scan.lower();
    for (let at = lower.indexOf('mail', 1); at >= 0; at = lower.indexOf('mail', at + 4)) {
      // The word starts at the `e` of `email` or `e-mail`, after a character that is no letter.
      let start = at - 1;
      if (lower.charCodeAt(start) === 45) start--;
      if (start < 0 || lower.charCodeAt(start) !== 101 || (start > 0 && isLetter(text.charCodeAt(start - 1)))) continue;
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
    }
  },
};
candidatePatterns.set(hostOnlyEmail, [new RegExp(`(?<![A-Za-z])(?:${AT_NAME.source})`, 'dgi')]);
