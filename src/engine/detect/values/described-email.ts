import { afterNameDetector } from './after-name.js';

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
