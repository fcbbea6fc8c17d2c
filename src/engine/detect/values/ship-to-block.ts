import { afterNameDetector } from './after-name.js';

/**
 * The recipient lines of a ship-to block as packing slips and label jobs print it (red-team round
 * 92): after `SHIP TO:` and a line break, one line per part (`CLEMENTINE` / `ASHBY-NWOSU` /
 * `6021 LARKHAVEN` / `CIRCLE APT 12`), then the city line with a US state code and a ZIP. The
 * lines before the city line name the person and the street, however they are wrapped; masked as
 * one ADDRESS. A block without a city line of that shape (a warehouse code, a store number) stays.
 */
export const shipToBlock = afterNameDetector({
  id: 'ship_to_block',
  entity: 'ADDRESS',
  description: 'Recipient and street lines of a ship-to block on packing slips and label jobs, before its US city, state and ZIP line',
  validation:
    'after SHIP TO / Ship to (`:` maybe) and a line break: one to four lines of 2–60 characters, then a line of a city, a two-capital state code and a 5-digit ZIP',
  context: true,
  example: 'SHIP TO:\nJANE Q PUBLIC\n12 ELM ST\nBOULDER CO 80303',
  keywords: ['ship to'],
  prefilter: (s) => s.hasDigit && s.text.length >= 24,
  names: ['SHIP TO', 'Ship to', 'Ship To', 'ship to'],
  pattern:
    /ship to:?[ \t]*\r?\n((?:[^\n]{2,60}\r?\n){0,3}[^\n]{2,60})\r?\n(?=[A-Za-z][A-Za-z .'-]{1,30},? [A-Z]{2} \d{5}(?:-\d{4})?[ \t]*(?:\r?\n|$))/diy,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});
