import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';

/** Words for a person trading in his own name (English, French, German, Spanish, Italian, Dutch). */
const SOLE_TRADER_WORDS = [
  'sole trader',
  'sole proprietor',
  'sole proprietorship',
  'auto-entrepreneur',
  'autoentrepreneur',
  'micro-entrepreneur',
  'microentrepreneur',
  'entreprise individuelle',
  'einzelunternehmer',
  'einzelunternehmen',
  'autónomo',
  'ditta individuale',
  'eenmanszaak',
];
const SOLE_TRADER = keywordRegex(SOLE_TRADER_WORDS);
/** The VAT id's name right before it (`VAT`, `n° TVA intracom is`, `USt-IdNr.`, `P.IVA`, `BTW-nummer`). */
const VAT_NAME = /(?<![a-z])(?:vat|tva|iva|btw|ust[ .-]?id(?:nr)?|mwst)(?![a-z])[^\d\n]{0,30}$/;

/**
 * A sole trader's VAT id in prose (red-team round 47: an Etsy seller's chat `my n° TVA intracom is
 * FR 40 303 265 045 (auto-entrepreneur)`). A company's VAT id is its public registration and is
 * kept (round 36); a sole trader's is his own. The detector opens only on a word for a sole trader
 * and masks a country-prefixed VAT id named as one (VAT / TVA / IVA / BTW / USt-IdNr within 30
 * characters before) in the same sentence, 160 characters either side at most. (The JSON form,
 * `vat_number` beside `legal_form: sole_trader`, is structure/sole-trader.ts.)
 */
export const soleTraderVatId = regexDetector({
  id: 'sole_trader_vat_id',
  entity: 'NATIONAL_ID',
  description:
    "A sole trader's VAT id in prose (a country-prefixed VAT id after VAT / TVA / IVA / BTW / USt-IdNr, beside a word for sole trader)",
  validation:
    'two letters (ATU, CHE) then 8–18 digits and letters (blanks, dots, dashes between), VAT / TVA / IVA / BTW / USt-IdNr within 30 characters before, and sole trader / auto-entrepreneur / Einzelunternehmer / autónomo … within 160 characters on the same line',
  context: true,
  example: 'n° TVA intracom FR 40 303 265 045 (auto-entrepreneur)',
  keywords: SOLE_TRADER_WORDS,
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w])(?:ATU|CHE|[A-Z]{2}) ?\d[\dA-Z .-]{6,16}[\dA-Z](?![\w])/g,
  validate: (v, scan, start) => {
    if (v.replace(/\D/g, '').length < 8 || !contextBefore(scan, start, VAT_NAME)) return undefined;
    const text = scan.lower();
    const from = Math.max(0, start - 160, text.lastIndexOf('\n', start) + 1);
    let to = text.indexOf('\n', start + v.length);
    if (to < 0 || to > start + v.length + 160) to = Math.min(text.length, start + v.length + 160);
    return SOLE_TRADER.test(text.slice(from, to)) ? v : undefined;
  },
});
