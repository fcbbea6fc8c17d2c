import { SIG_AT } from '../char-signature.js';
import { afterNameDetector } from './after-name.js';

/**
 * An e-mail address without a top-level domain right after an e-mail word: a mailbox on a host
 * (`root@hostname`, `admin@localhost`, `jane.doe@example`), which the `email` detector does not
 * take (it needs a dot and a TLD, so that `user@host` in an SSH line or `name@version` in a
 * package spec stay). Only where the text says it is an e-mail: `email: root@mailhost`, `Invalid
 * email address: "jane.doe@example"`, `e-mail is admin@localhost`. An address with a TLD is the
 * `email` detector's (the pattern refuses a dot and a letter after the host).
 */
export const hostOnlyEmail = afterNameDetector({
  id: 'email_host_only',
  entity: 'EMAIL',
  description: 'E-mail addresses on a bare host name (root@mailhost, user@localhost) right after an e-mail word',
  validation: 'after email / e-mail [address] and : = is or a quote: local part @ host name without a dot',
  context: true,
  example: 'Invalid email address: "jane.doe@example"',
  keywords: ['mail'],
  prefilter: (s) => (s.signature & SIG_AT) !== 0,
  names: ['email', 'Email', 'EMAIL', 'e-mail', 'E-mail', 'E-Mail'],
  pattern:
    /e-?mail(?:[ _-]?addr(?:ess)?)?(?:(?: is|[ \t]*[:=])[ \t]*["'<(]?|[ \t]+["'<(]?|["'<(])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z][A-Za-z0-9-]{0,62})(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/diy,
  validate: (v) => v.toLowerCase(),
});
