/**
 * Home addresses written in Cyrillic, as Russian, Ukrainian, Kazakh, Serbian and Bulgarian
 * messages and orders write them (red-team round 17): a street word (`ул.`, `улица`, `пр.`,
 * `проспект`, `пер.`, `бул.`, `вул.`, `мкр.`), the street's name, the house number (after `д.` /
 * `дом` or alone) and a FLAT: `ул. Садовая, д. 14, кв. 9`, `ул. Кнеза Милоша 12, стан 5`,
 * `бул. Витоша 15, ап. 3`. The flat is what makes it a home: a company's or a pickup point's
 * address (`ул. Вавилова, д. 19`) has none and stays.
 *
 * Gate: text with a non-ASCII character and a digit, and one of the flat words (`кв`, `стан`,
 * `ап`, `квартира`); then one regex search.
 */
import { SIG_DIGIT, SIG_NON_ASCII } from '../char-signature.js';
import { regexDetector } from './helpers.js';

const STREET_WORDS = [
  'ул',
  'улица',
  'вул',
  'вулиця',
  'пр',
  'просп',
  'проспект',
  'пр-т',
  'пер',
  'переулок',
  'бул',
  'бульв',
  'булевар',
  'булевард',
  'наб',
  'пл',
  'мкр',
  'мкрн',
  'шоссе',
];
/** A street word, lower case or capitalised (a sentence or a line may start with it). */
const STREET_WORD = `(?:${STREET_WORDS.sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;
/** The street's name: a capitalised word, then up to three more words or numbers (`Кнеза Милоша`, `Наурызбай батыра`). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\u00a0][\\p{L}\\p{M}\\d'’-]+){0,3}";
const HOUSE = '(?:,\\s*|\\s+)(?:(?:д|дом|бр|број|№)\\.?\\s*)?\\d{1,4}[\\p{L}]?(?:\\/\\d{1,4})?';
const BLOCK = '(?:,?\\s*(?:корп|корпус|к|стр|строение|вх|ет|эт|под|подъезд|блок|бл)\\.?\\s*\\d{1,3}[\\p{L}]?)*';
const FLAT = ',?\\s*(?:кв|квартира|стан|ап|апт|апартамент)\\.?\\s*\\d{1,4}[\\p{L}]?(?![\\p{L}\\d])';

export const cyrillicHomeAddress = regexDetector({
  id: 'cyrillic_home_address',
  entity: 'ADDRESS',
  description: 'Home addresses in Cyrillic: street word (ул., пр., бул., вул.), name, house number and flat (кв., стан, ап.)',
  validation: 'a street word, a capitalised name, a house number (after д. / дом or alone), optional block words, then a flat number',
  context: false,
  example: 'ул. Садовая, д. 14, кв. 9',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    (s.text.indexOf('кв') !== -1 || s.text.indexOf('стан') !== -1 || s.text.indexOf('ап') !== -1),
  pattern: new RegExp(`(?<![\\p{L}\\p{M}])${STREET_WORD}\\.?\\s+${NAME}${HOUSE}${BLOCK}${FLAT}`, 'gu'),
  validate: (v) => v,
});
