/**
 * Japanese street addresses in prose (red-team round 10: a call-centre memo "ご自宅（〒160-0022
 * 東京都新宿区新宿3丁目1番13号 ハイツ新宿203）", a résumé's 現住所 line): the block address of the
 * jūkyo hyōji system, `<town>N丁目N番N号` or `<town>N丁目N-N`, with the place names before it,
 * an optional 〒 postcode, and the building and room after it. 丁目 (chōme) is the gate: text
 * without it costs one search.
 */
import { SIG_NON_ASCII } from '../char-signature.js';
import { regexDetector } from './helpers.js';

/** Place-name characters: Han and katakana. Not hiragana: the particles of the prose around an address are. */
const PLACE = '[\\p{Script=Han}\\p{Script=Katakana}ー]';
const JP_ADDRESS = new RegExp(
  `(?:〒\\s?\\d{3}-\\d{4}\\s?)?${PLACE}{1,20}[0-9０-９]{1,2}丁目[0-9０-９]{1,3}(?:番地?|[-－−‐])[0-9０-９]{1,3}(?:号)?(?:[ 　]?${PLACE}{1,12}[0-9０-９]{1,4}(?:号室)?)?`,
  'gu',
);

export const jpAddress = regexDetector({
  id: 'jp_address',
  entity: 'ADDRESS',
  description: 'Japanese block addresses (N丁目N番N号) with the place names before them, the building and room after',
  validation: 'a chōme number, a block and a building number, after 1–20 place-name characters; an optional 〒 postcode before',
  context: false,
  example: '東京都新宿区新宿3丁目1番13号 ハイツ新宿203',
  // No keyword (a column of the engine's keyword table for every string): one search for 丁目.
  prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && s.text.indexOf('丁目') !== -1,
  pattern: JP_ADDRESS,
  validate: (v) => v.replace(/\s+/g, ' '),
});

/**
 * The same address written with dashes only, as forms, chats and shipping labels shorten it (red-team
 * round 17: a LINE message "住所は〒460-0008 名古屋市中区栄3-4-5 サカエビル802です"): place names that
 * hold a municipality or ward (市, 区, 町, 村, 郡), then N-N-N (chōme, block, building), the building
 * and room after it. The municipality word and the three numbers are the gate: `第2-3-4条` or a
 * date after a place name (`東城区2025-12-01`) have neither.
 */
const JP_DASH_ADDRESS = new RegExp(
  `(?:〒\\s?\\d{3}-\\d{4}\\s?)?${PLACE}{0,12}[市区町村郡]${PLACE}{0,10}[0-9０-９]{1,2}[-－][0-9０-９]{1,3}[-－][0-9０-９]{1,3}(?![0-9０-９])(?:[ 　]?${PLACE}{1,12}[0-9０-９]{1,4}(?:号室)?)?`,
  'gu',
);

export const jpDashAddress = regexDetector({
  id: 'jp_dash_address',
  entity: 'ADDRESS',
  description:
    'Japanese block addresses written N-N-N after a municipality or ward (市, 区, 町, 村, 郡), with the building and room after them',
  validation: 'place names holding 市 / 区 / 町 / 村 / 郡, then chōme-block-building as N-N-N; an optional 〒 postcode before',
  context: false,
  example: '名古屋市中区栄3-4-5 サカエビル802',
  prefilter: (s) =>
    (s.signature & SIG_NON_ASCII) !== 0 &&
    (s.text.indexOf('市') !== -1 ||
      s.text.indexOf('区') !== -1 ||
      s.text.indexOf('町') !== -1 ||
      s.text.indexOf('村') !== -1 ||
      s.text.indexOf('郡') !== -1),
  pattern: JP_DASH_ADDRESS,
  validate: (v) => v.replace(/\s+/g, ' '),
});
