import { contextBefore } from '../context.js';
import { cardIssuer, digitsOnly, ibanValid, luhnValid } from '../validators.js';
import { regexDetector } from './helpers.js';

/**
 * A card number broken over two lines (an e-mail body wrapped at 72 columns, a DLP incident's
 * quoted match: `la carta è 5555 5555` / `5555 4444`). Neither line holds a card alone, so
 * credit_card, which reads one line, misses it. The digit groups that end a line and those that
 * open the next (after blanks or a quote mark `>`) are read as one number: 13 to 19 digits with a
 * card issuer's prefix and a valid Luhn check, and a card word (card, carta, carte, Karte,
 * tarjeta, cartão…) within 40 characters before; two numbers on consecutive lines of a table have
 * no such word. Both parts and the line break are masked together.
 */
/** A card or payment word in lower-cased text (also what lets a joined break read a card: structure/wrapped-lines.ts). */
export const CARD_WORD =
  /(?<![a-z])(?:card|carta|carte|karte|kaart|tarjeta|cart[aã]o|kreditkart\w*|visa|mastercard|amex|discover|pay|(?:pan|cc)(?![a-z]))/;
export const wrappedCard = regexDetector({
  id: 'wrapped_card',
  entity: 'CREDIT_CARD',
  description: 'Payment card numbers broken over two lines (wrapped e-mail bodies, quoted matches)',
  validation:
    'digit groups (or one unspaced run) at a line end and the next line start: 13–19 digits in all, a known issuer prefix, Luhn; a card word within 40 characters before',
  context: true,
  example: 'la carta è 5555 5555\n5555 4444',
  keywords: ['card', 'carta', 'carte', 'karte', 'kaart', 'tarjeta', 'cartão', 'cartao', 'visa', 'mastercard', 'amex', 'discover', 'pay'],
  prefilter: (s) => s.hasDigit && s.text.indexOf('\n') !== -1,
  // A half may be one unspaced run (`card is 55555555` / `55554444`, a chat widget's wrap) or
  // groups of up to 6 (a Diners `3056 930009` / `020004`: stop 41).
  pattern:
    /(?<![\dA-Za-z.-])(?:\d{2,6}(?:[ -]\d{2,6}){1,4}|\d{2,12})[ \t]*\r?\n[ \t>]*(?:\d{2,6}(?:[ -]\d{1,6}){0,4}|\d{2,12})(?![\d]|[.-]\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if (d.length < 13 || d.length > 19 || cardIssuer(d) === undefined || !luhnValid(d)) return undefined;
    return contextBefore(scan, start, CARD_WORD) ? d : undefined;
  },
});

/** The HTML no-break space entities the two detectors below read between groups. */
const NBSP_ENTITIES: readonly string[] = ['&nbsp;', '&#160;'];

/**
 * A card number whose groups an HTML editor joined with no-break spaces written as entities
 * (`4111&nbsp;1111&nbsp;1111&nbsp;1111` in an Intercom or Zendesk comment body; red-team round 32):
 * credit_card reads blanks and dashes, not `&nbsp;` / `&#160;`. The same checks as credit_card (13–19
 * digits, an issuer's prefix, Luhn), one entity kind throughout; the entities are masked with the digits.
 */
export const entityJoinedCard = regexDetector({
  id: 'entity_joined_card',
  entity: 'CREDIT_CARD',
  description: 'Payment card numbers grouped with HTML no-break space entities (&nbsp;) in rich-text bodies',
  validation: 'groups of 3–6 digits joined by `&nbsp;` or `&#160;` (one kind): 13–19 digits in all, a known issuer prefix, Luhn',
  context: false,
  example: '4111&nbsp;1111&nbsp;1111&nbsp;1111',
  // Gated by the keyword pass (two searches over every text with a digit before, stop 45).
  keywords: NBSP_ENTITIES,
  prefilter: (s) => s.hasDigit && (s.text.indexOf('&nbsp;') !== -1 || s.text.indexOf('&#160;') !== -1),
  pattern: /(?<![\dA-Za-z.-])\d{4}(&nbsp;|&#160;)\d{3,6}(?:\1\d{1,6}){1,3}(?![\d]|[.-]\d)/g,
  validate: (v) => {
    const d = digitsOnly(v.replace(/&#160;/g, ' '));
    return d.length >= 13 && d.length <= 19 && cardIssuer(d) !== undefined && luhnValid(d) ? d : undefined;
  },
});

/**
 * An IBAN whose groups an HTML editor joined with no-break spaces written as entities
 * (`DE89&nbsp;3704&nbsp;0044&nbsp;…` in a helpdesk or mail body: Zendesk, Freshdesk, Outlook;
 * red-team round 21): iban reads blanks and dashes, not `&nbsp;` / `&#160;`. The country code and
 * check digits, then groups of up to 4 letters or digits joined by one kind of entity throughout;
 * the same check as iban (the country's length, mod 97-10). The entities are masked with the groups.
 */
export const entityJoinedIban = regexDetector({
  id: 'entity_joined_iban',
  entity: 'IBAN',
  description: 'IBANs grouped with HTML no-break space entities (&nbsp;) in rich-text bodies',
  validation: "groups of up to 4 letters or digits joined by `&nbsp;` or `&#160;` (one kind): the country's exact length, mod 97-10",
  context: false,
  example: 'DE89&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0130&nbsp;00',
  // Gated by the keyword pass (two searches over every text with a digit before, stop 45).
  keywords: NBSP_ENTITIES,
  prefilter: (s) => s.hasDigit && (s.text.indexOf('&nbsp;') !== -1 || s.text.indexOf('&#160;') !== -1),
  pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(&nbsp;|&#160;)[A-Z0-9]{4}(?:\1[A-Z0-9]{1,4}){1,7}(?![A-Za-z0-9])/g,
  validate: (v) => {
    const compact = v.replace(/&nbsp;|&#160;/g, '');
    return ibanValid(compact) ? compact : undefined;
  },
});
