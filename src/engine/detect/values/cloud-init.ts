/**
 * cloud-init's `chpasswd` module (cloud-init docs, "Set Passwords"): the legacy `list` form is a
 * block of `user:password` lines (`chpasswd:\n  list: |\n    root:password1\n    ops:…`), as
 * cloud-init logs its user-data and CloudTrail records a RunInstances `userData` sent without
 * base64 (red-team round 66). Each password is masked; the user stays, and `RANDOM` / `R`
 * (cloud-init picks a random password) are no password.
 */
import { regexDetector } from './helpers.js';

const LIST_LINE = /^[ \t]*list:[ \t]*\|[-+]?[ \t]*$/;
const USER_PASSWORD_LINE = /^[ \t]+[A-Za-z_][\w.-]{0,31}:\S/;
/** `chpasswd:` right before the `list` line, or with up to three of its other keys (`expire: false`) between. */
const CHPASSWD_BEFORE = /(?:^|\n)[ \t]*chpasswd:[ \t]*\n(?:[ \t]+[\w-]+:[^\n]*\n){0,3}$/;

export const chpasswdListPassword = regexDetector({
  id: 'chpasswd_list_password',
  entity: 'SECRET',
  description: 'A password of a cloud-config `chpasswd: list: |` block (`root:password1`)',
  validation: 'an indented `user:password` line inside the `list: |` block of a `chpasswd:` key; RANDOM and R stay',
  context: false,
  example: 'chpasswd:\n  list: |\n    root:password1',
  keywords: ['chpasswd'],
  prefilter: (s) => s.text.indexOf('list:') >= 0,
  pattern: /(?<=\n[ \t]{1,16}[A-Za-z_][\w.-]{0,31}:)[^\s:][^\n]{0,127}/g,
  validate: (v, scan, start) => {
    if (v === 'RANDOM' || v === 'R') return undefined;
    const text = scan.text;
    let lineStart = text.lastIndexOf('\n', start - 1) + 1;
    for (let i = 0; i < 32 && lineStart > 0; i++) {
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const line = text.slice(prevStart, lineStart - 1);
      if (LIST_LINE.test(line)) return CHPASSWD_BEFORE.test(text.slice(Math.max(0, prevStart - 160), prevStart)) ? v : undefined;
      if (!USER_PASSWORD_LINE.test(line)) return undefined;
      lineStart = prevStart;
    }
    return undefined;
  },
});
