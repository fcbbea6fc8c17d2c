import { afterNameDetector } from './after-name.js';
import { regexDetector } from './helpers.js';

/**
 * An e-mail address described in its two parts instead of written (agent memory summaries and
 * call transcripts paraphrase what the customer said: `e-mail user is taro.yamada, domain
 * example.jp`, `email username: jdoe and domain gmail.com`): after an e-mail word, the local part
 * after `user` / `username` / `local part`, then the domain after `domain`. The stretch from the
 * local part to the domain's end is masked and read as `local@domain` (the token the same address
 * gets written plainly). Prose about users and domains without an e-mail word right before stays.
 * The e-mail word is found with `indexOf` (after-name.ts): a regex tried at every position of a
 * long prompt would cost.
 */
const SPLIT = /,? (?:and )?(?:the )?domain(?: is|:)? ?/i;

export const describedEmail = afterNameDetector({
  id: 'email_described',
  entity: 'EMAIL',
  description: 'Email addresses described in two parts (user is jane.doe, domain example.com), as summaries and transcripts write them',
  validation: 'after an e-mail word (within 24 characters): a local part after user / username / local part, then a domain after domain',
  context: true,
  example: 'e-mail user is jane.doe, domain example.com',
  keywords: ['domain'],
  prefilter: (s) => s.text.length >= 30,
  names: ['e-mail', 'email', 'E-mail', 'Email', 'EMAIL', 'E-Mail'],
  pattern:
    /e-?mail[^.;\n]{0,24}?(?<![A-Za-z])(?:user(?:name)?|local[ -]part)(?: is|:) ?([a-z0-9][a-z0-9._+-]{0,63},? (?:and )?(?:the )?domain(?: is|:)? ?[a-z0-9-]+(?:\.[a-z0-9-]+)+)/diy,
  validate: (v) => {
    const [local, domain] = v.split(SPLIT);
    return local !== undefined && domain !== undefined ? `${local}@${domain}`.toLowerCase() : undefined;
  },
});

/**
 * An e-mail address broken after its `@` by a line break (red-team round 88: a mobile keyboard's
 * return in a Messenger message, stored as `winifred.oyelaran@<br>example.org`; a wrapped
 * notebook or terminal line, `…@\nexample.com`): the local part, `@`, a `<br>` or a newline, then
 * the domain with a dot. The whole stretch is masked and read as the joined address.
 */
export const emailSplitAtBreak = regexDetector({
  id: 'email_split_at_break',
  entity: 'EMAIL',
  description: 'Email addresses broken by a line break or <br> right after the @',
  validation:
    'a local part, `@`, then <br> / <br/> / a newline and optional blanks, then a domain with a dot and a top-level domain of 2–24 letters',
  context: false,
  example: 'winifred.oyelaran@<br>example.org',
  keywords: ['@<br', '@\n', '@\r\n'],
  prefilter: (s) => s.text.length >= 10,
  pattern: /[A-Za-z0-9][\w.+-]{0,63}@(?:<br ?\/?>|\r?\n)[ \t]*[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}(?![\w-])/gi,
  validate: (v) => v.replace(/<br ?\/?>|\r?\n|[ \t]/gi, '').toLowerCase(),
});
