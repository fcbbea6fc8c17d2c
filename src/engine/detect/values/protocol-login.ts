import { regexDetector } from './helpers.js';

/**
 * Clear-text logins of line protocols as IDS payloads and packet captures print them: FTP (RFC 959
 * §4.1.1) and POP3 (RFC 1939 §7) send `USER name` then `PASS password`, each on its own line.
 * Only a `PASS` line that follows a `USER` line counts: test runners also print `PASS file.test.ts`.
 * The keyword is `user ` (a USER command), so strings without it never run the pattern.
 */
export const protocolPassword = regexDetector({
  id: 'protocol_password',
  entity: 'SECRET',
  description: 'Passwords of FTP and POP3 logins (a PASS command after a USER command)',
  validation: 'a line `USER name` and, on the next line, `PASS password`: the password up to the line end',
  context: false,
  example: 'USER anonymous\r\nPASS Ftp!Login2024\r\n',
  keywords: ['user '],
  prefilter: (s) => s.text.indexOf('PASS ') >= 0,
  pattern: /(?:^|[\r\n])USER [^\s]{1,64}\r?\n(?:\d{3}[ -][^\r\n]{0,200}\r?\n)?PASS ([^\r\n]{1,128})/dg,
  group: 1,
  validate: (v) => (v.trim().length > 0 ? v.trim() : undefined),
});
