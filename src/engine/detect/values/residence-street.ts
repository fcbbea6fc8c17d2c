import { regexDetector } from './helpers.js';

/**
 * A street line written in lower case after a person says it is where they live (`my home at 5
 * chowringhee lane`, `i live at 12 park road`): chat and e-mail prose that street_address, which
 * needs capitalised street names to tell a street from `5 ways to drive`, does not read. The lead
 * is what makes it an address: a house number, one to four words and a street word right after
 * `my home / house / flat / address (is) (at)`, `I / we live / stay (at / on)`, `living at`.
 */
const STREET_WORDS =
  'street|st|road|rd|lane|ln|avenue|ave|boulevard|blvd|drive|dr|court|ct|place|pl|terrace|way|close|crescent|gardens|grove|parkway|highway|marg|nagar|salai';
const RESIDENCE_STREET = new RegExp(
  `\\b(?:my (?:home|house|flat|apartment|address)(?: is)?(?: at| on)?|(?:i|we) (?:live|stay|reside)(?: at| on)|living at|lives at)[ \\t]+(\\d{1,5}[a-z]?,?(?:[ \\t]+[a-z][a-z'-]*){1,4}?[ \\t]+(?:${STREET_WORDS}))\\b`,
  'dgi',
);

export const residenceStreet = regexDetector({
  id: 'residence_street',
  entity: 'ADDRESS',
  description: 'Street lines in lower case after "my home at", "I live at" and the like',
  validation: 'a house number, one to four words and a street word (street, road, lane, avenue…) right after the phrase',
  context: true,
  example: 'my home at 5 chowringhee lane',
  keywords: [
    'my home',
    'my house',
    'my flat',
    'my apartment',
    'my address',
    'live at',
    'live on',
    'stay at',
    'reside at',
    'living at',
    'lives at',
  ],
  prefilter: (s) => s.hasDigit,
  pattern: RESIDENCE_STREET,
  group: 1,
  validate: (v) => v.toLowerCase().replace(/\s+/g, ' '),
});
