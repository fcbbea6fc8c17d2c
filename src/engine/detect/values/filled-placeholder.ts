import { isEverydayWord } from './intro-phrases.js';
import { foldName, nameKind, WORDLIKE_GIVEN } from './person-names.js';
import { regexDetector } from './helpers.js';

/**
 * A macro or mail-merge placeholder logged after it was filled, its braces left in
 * (`Hi {{Margaret}}, we refunded…`; red-team round 32). A template variable is an identifier
 * (`{{first_name}}`, `{{ticket.requester.name}}`, `{{FirstName}}`, `{{NAME}}`); one capitalised word
 * that is a known given name and no everyday word (`Mark`, `Grace`, `Will`) is the value that filled it. So
 * `{{Margaret}}` is a person and `{{Name}}`, `{{Grace_period}}`, `{{Mark}}` stay. Only the name is
 * masked, the braces stay.
 */
const GIVEN = 1;
export const filledPlaceholderName = regexDetector({
  id: 'filled_placeholder_name',
  entity: 'PERSON',
  description: 'A given name left between template braces by a filled macro ({{Margaret}})',
  validation:
    'one capitalised word of 3–15 letters alone between {{ and }}: a known given name of the name gazetteer that is not an everyday word (Mark, Grace, Will)',
  context: false,
  example: 'Hi {{Margaret}}, your refund is on its way',
  prefilter: (s) => s.text.indexOf('{{') !== -1,
  pattern: /(?<=\{\{ ?)[A-Z][a-z]{2,14}(?= ?\}\})/g,
  validate: (v) => {
    const folded = foldName(v);
    return nameKind(folded) & GIVEN && !WORDLIKE_GIVEN.has(folded) && !isEverydayWord(folded) ? v : undefined;
  },
});
