/**
 * Street addresses in prose that the English street-line detector (addresses.ts) cannot read,
 * each found only through its own address words, never from numbers alone (red-team round 10):
 *
 * - Vietnamese: a house number after `số`, or a lane after `ngõ` / `ngách` / `hẻm` / `kiệt`,
 *   then the street after `phố` / `đường` (`Số 12 ngõ 34 phố Huế`, `số 5 hẻm 7 đường Lê Lợi`);
 * - Arabic: an apartment, villa or house number after `شقة` / `فيلا` / `منزل` / `مبنى`, with the
 *   tower, building, street and district that follow it after `برج` / `عمارة` / `شارع` / `حي`
 *   (`شقة 1204، برج الخليج، شارع الشيخ زايد`);
 * - Japanese written in Latin letters, as push alerts and English-language forms write it: the
 *   chōme-block-building triple and the district's romanised name (`1-2-3 Jingumae`,
 *   `4-5-6 Shibuya-ku`); the name must be Hepburn syllables, which `1-2-3 Release` is not.
 *
 * Gates: the Vietnamese and Arabic readers run only on text with a non-ASCII character and one of
 * their street or unit words (a few native searches); the romanised reader only on text with a
 * digit, a dash and a blank where a dash is followed by digits, a blank and a capitalised word.
 */
import { SIG_DASH, SIG_DIGIT, SIG_NON_ASCII, SIG_SPACE } from '../char-signature.js';
import { regexDetector } from './helpers.js';

const VN_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const VN_LANE = '(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt) \\d{1,4}[A-Za-z]?(?:\\/\\d{1,4})*';
const VN_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Ss]ố \\d{1,5}[A-Za-z]?(?:\\/\\d{1,4})*(?:,? ${VN_LANE})*|${VN_LANE}(?:,? ${VN_LANE})*),? (?:[Pp]hố|[Đđ]ường) ${VN_WORD}(?: ${VN_WORD}){0,4}`,
  'gu',
);

export const vnAddress = regexDetector({
  id: 'vn_address',
  entity: 'ADDRESS',
  description: 'Vietnamese street addresses: house number (số) or lane (ngõ, ngách, hẻm, kiệt) and the street (phố, đường)',
  validation: 'a number after số, ngõ, ngách, hẻm or kiệt, then phố or đường and 1–5 capitalised words',
  context: false,
  example: 'Số 12 ngõ 34 phố Huế',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    (s.text.indexOf('hố') !== -1 || s.text.indexOf('ường') !== -1),
  pattern: VN_ADDRESS,
  validate: (v) => v,
});

const AR_NAME = '[\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+){0,2}';
/**
 * Round 23: Egyptian addresses put the building number before the street (`15 شارع التحرير`,
 * `١٢ شارع جامعة الدول العربية` once its digits are folded), and Gulf ones give a post-office box
 * (`ص.ب 54321`, `صندوق بريد 54321`) where there is no street delivery.
 */
const AR_ADDRESS = new RegExp(
  `(?:(?:شقة|فيلا|منزل|مبنى) ?(?:رقم )?\\d{1,5}|\\d{1,5} شارع ${AR_NAME})(?:[،,] ?(?:برج|عمارة|مبنى|شارع|حي) ${AR_NAME}){0,4}|(?:ص\\.? ?ب\\.?|صندوق بريد|صندوق البريد) ?:? ?\\d{3,6}`,
  'g',
);

export const arAddress = regexDetector({
  id: 'ar_address',
  entity: 'ADDRESS',
  description:
    'Arabic street addresses: apartment, villa or house number, then tower, building, street and district; a building number before شارع; a post-office box',
  validation:
    'a number after شقة, فيلا, منزل or مبنى, or before شارع and the street name; the برج, عمارة, شارع and حي parts that follow; 3–6 digits after ص.ب / صندوق بريد',
  context: false,
  example: 'شقة 1204، برج الخليج',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    (s.text.indexOf('شقة') !== -1 ||
      s.text.indexOf('فيلا') !== -1 ||
      s.text.indexOf('منزل') !== -1 ||
      s.text.indexOf('مبنى') !== -1 ||
      s.text.indexOf('شارع') !== -1 ||
      s.text.indexOf('ص.ب') !== -1 ||
      s.text.indexOf('بريد') !== -1),
  pattern: AR_ADDRESS,
  validate: (v) => v,
});

/**
 * Chinese home addresses in prose (round 23: `快递请寄到上海市浦东新区张杨路1500弄12号601室`): the
 * road (路, 街, 大道, 巷, 胡同) and its number (号, or 弄 + 号 in Shanghai), then the building (幢,
 * 栋, 号楼, 座), the unit (单元) and the room (室). Only with a unit of a home (弄, 幢, 栋, 号楼,
 * 单元, 室): a road and a number alone are as often a company's or a shop's (`海天二路33号`).
 */
const CN_ROAD = '\\p{Script=Han}{1,6}(?:路|街|大道|巷|胡同)';
const CN_ADDRESS = new RegExp(
  `${CN_ROAD}\\d{1,5}(?:弄\\d{1,4}号|号院?)(?:\\p{Script=Han}{0,10}?\\d{1,4}(?:号楼|幢|栋|座))?(?:\\d{1,3}单元)?(?:\\p{Script=Han}{0,10}?\\d{1,5}室)?`,
  'gu',
);
const CN_HOME_UNIT = /弄|幢|栋|号楼|单元|室$/u;

export const cnAddress = regexDetector({
  id: 'cn_address',
  entity: 'ADDRESS',
  description: 'Chinese home addresses: road and number (号, 弄), building, unit and room',
  validation:
    'a road name (路, 街, 大道, 巷, 胡同) and its number with 号, then a building (幢, 栋, 号楼), unit (单元) or room (室): one of them must be there',
  context: false,
  example: '张杨路1500弄12号601室',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    s.text.indexOf('号') !== -1 &&
    (s.text.indexOf('室') !== -1 ||
      s.text.indexOf('弄') !== -1 ||
      s.text.indexOf('单元') !== -1 ||
      s.text.indexOf('幢') !== -1 ||
      s.text.indexOf('栋') !== -1),
  pattern: CN_ADDRESS,
  validate: (v) => (CN_HOME_UNIT.test(v) ? v : undefined),
});

/**
 * Hebrew home addresses in prose (round 23: `המשלוח לרחוב דיזנגוף 120 דירה 9`): `רחוב` / `רח'`
 * (with a prefix letter ב / ל / מ), the street's name in one to four words, the house number and the
 * apartment (`דירה 9`). Only with the apartment: a street and a number alone name shops and offices.
 */
const HE_WORD = '[\\u05d0-\\u05ea"״\'׳-]+';
const HE_ADDRESS = new RegExp(
  `(?<![\\u05d0-\\u05ea])[בלמ]?(?:רחוב|רח['׳]) ?${HE_WORD}(?: ${HE_WORD}){0,3} \\d{1,4}[א-ת]?,? (?:דירה|דירת|ד['׳]) ?\\d{1,4}`,
  'gu',
);

export const heAddress = regexDetector({
  id: 'he_address',
  entity: 'ADDRESS',
  description: "Hebrew home addresses: רחוב / רח' and the street, house number and apartment (דירה)",
  validation: "רחוב or רח' (a prefix letter allowed), 1–4 words of the street, a house number and דירה with its number",
  context: false,
  example: 'רחוב דיזנגוף 120 דירה 9',
  prefilter: (s) => (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) && s.text.indexOf('דיר') !== -1,
  pattern: HE_ADDRESS,
  validate: (v) => v,
});

/**
 * Greek street addresses (round 23): after `οδός` / `οδό` / `οδ.` / `λεωφόρος` / `λεωφ.` (street,
 * avenue) and in capitals as forms are typed (`ΟΔΟΣ ΠΑΤΗΣΙΩΝ 112`), the street's name in one to
 * three words and the number. The street word is the gate.
 */
const GR_NAME = "(?:\\p{Lu}[\\p{Ll}\\p{M}'΄]+|\\p{Lu}{2,})";
const GR_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:οδός|οδό|οδ\\.|λεωφόρος|λεωφόρο|λεωφ\\.|ΟΔΟΣ|ΟΔΟ|ΟΔ\\.|ΛΕΩΦΟΡΟΣ|ΛΕΩΦΟΡΟ|ΛΕΩΦ\\.|Οδός|Οδό|Λεωφόρος|Λεωφ\\.) ?(${GR_NAME}(?: ${GR_NAME}){0,2} \\d{1,4}[Α-Ωα-ω]?)(?![\\p{L}\\d])`,
  'gu',
);

export const grAddress = regexDetector({
  id: 'gr_address',
  entity: 'ADDRESS',
  description: 'Greek street addresses after οδός / λεωφόρος (street, avenue), in lower case or capitals',
  validation: 'οδός, οδό, οδ., λεωφόρος or λεωφ. (or in capitals), then 1–3 capitalised Greek words and the house number',
  context: false,
  example: 'οδός Ερμού 25',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    (s.text.indexOf('οδ') !== -1 ||
      s.text.indexOf('ΟΔ') !== -1 ||
      s.text.indexOf('Οδ') !== -1 ||
      s.text.indexOf('εωφ') !== -1 ||
      s.text.indexOf('ΕΩΦ') !== -1),
  pattern: GR_ADDRESS,
  validate: (v) => v,
});

/** A Hepburn-romanised Japanese word: syllables of a consonant (cluster) and a vowel, or `n`. */
const HEPBURN = /^(?:(?:[kgsztdnhbpmrfj]y?|sh|ch|ts|[yw])?[aiueoāīūēō]|n)+$/;
/**
 * Whether some dash of the text is followed by 1–4 digits, a blank and a capitalised word (`-3
 * Jingumae`): one native search per dash and a few character tests, before any regex runs.
 */
function dashDigitsThenName(text: string): boolean {
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    let j = i + 1;
    while (j < text.length && j - i <= 4 && isDigit(text.charCodeAt(j))) j++;
    if (j === i + 1 || text.charCodeAt(j) !== 32) continue;
    const first = text.charCodeAt(j + 1);
    const second = text.charCodeAt(j + 2);
    if (first >= 65 && first <= 90 && second >= 97 && second <= 122) return true;
  }
  return false;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
const JP_ROMAN_ADDRESS = /(?<![\d-])\d{1,2}-\d{1,3}-\d{1,4} [A-Z][a-zāīūēō]{3,20}(?:-(?:ku|cho|chō|machi|shi|gun|mura))?/g;

export const jpRomanAddress = regexDetector({
  id: 'jp_roman_address',
  entity: 'ADDRESS',
  description: 'Japanese block addresses written in Latin letters: chōme-block-building and the district (1-2-3 Jingumae)',
  validation: 'N-N-N (1–2, 1–3, 1–4 digits) then a place name of Hepburn syllables, with an optional -ku / -cho / -machi',
  context: false,
  example: '1-2-3 Jingumae',
  prefilter: (s) => (s.signature & (SIG_DIGIT | SIG_DASH | SIG_SPACE)) === (SIG_DIGIT | SIG_DASH | SIG_SPACE) && dashDigitsThenName(s.text),
  pattern: JP_ROMAN_ADDRESS,
  validate: (v) => {
    const word = v
      .slice(v.indexOf(' ') + 1)
      .split('-')[0]!
      .toLowerCase();
    return HEPBURN.test(word) ? v : undefined;
  },
});

/**
 * Indian flat and house lines in Devanagari and Bengali (red-team round 17's leftovers), as
 * marketplace shipment labels and delivery chats write them: a unit word (Marathi `फ्लॅट`, Hindi
 * `फ्लैट` / `मकान` / `घर`, Marathi `सदनिका` / `खोली`, Bengali `ফ্ল্যাট` / `বাড়ি`), a number word
 * (`क्र.`, `नं.`, `नंबर`, `no.`) or none, the number in any of the three digit sets, then up to two
 * comma-separated parts after it (the building, the lane: words of the same script, a lane's
 * number among them): `फ्लॅट क्र. ४, साई
 * सदन, शिवाजी नगर` → the flat, the building and the area. The city and PIN after them stay. Runs
 * only on text with one of the unit words' first letters (a few native searches).
 */
const IN_UNIT = '(?:फ्लॅट|फ्लैट|फ्लेट|सदनिका|खोली|मकान|घर|ফ্ল্যাট|ফ্লাট|বাড়ি)';
const IN_NUMBER_WORD = '(?:क्र\\.?|क्रमांक|नं\\.?|नंबर|नम्बर|সংখ্যা|নং|নম্বর|[Nn]o\\.?)';
const IN_PART =
  '[\\u0900-\\u097f\\u0980-\\u09ff]{2,}(?: (?:[\\u0900-\\u097f\\u0980-\\u09ff]{2,}|[0-9]{1,4}(?![0-9\\u0966-\\u096f\\u09e6-\\u09ef]))){0,3}';
const IN_FLAT_ADDRESS = new RegExp(
  `(?<![\\u0900-\\u097f\\u0980-\\u09ff])${IN_UNIT} ?(?:${IN_NUMBER_WORD} ?)?[0-9\\u0966-\\u096f\\u09e6-\\u09ef]{1,5}(?![0-9\\u0966-\\u096f\\u09e6-\\u09ef])(?:[/-][0-9\\u0966-\\u096f\\u09e6-\\u09ef]{1,4})?(?:, ?${IN_PART}){1,2}`,
  'gu',
);

export const inFlatAddress = regexDetector({
  id: 'in_flat_address',
  entity: 'ADDRESS',
  description: 'Indian flat and house lines in Devanagari or Bengali: unit word, number, building and area',
  validation:
    'a unit word (फ्लॅट, फ्लैट, मकान, घर, सदनिका, ফ্ল্যাট, বাড়ি), a number (any of three digit sets), then 1–2 comma-separated parts in the same scripts',
  context: false,
  example: 'फ्लॅट क्र. ४, साई सदन, शिवाजी नगर',
  prefilter: (s) =>
    (s.signature & SIG_NON_ASCII) !== 0 &&
    (s.text.indexOf('फ्ल') !== -1 ||
      s.text.indexOf('मकान') !== -1 ||
      s.text.indexOf('घर') !== -1 ||
      s.text.indexOf('सदनिका') !== -1 ||
      s.text.indexOf('खोली') !== -1 ||
      s.text.indexOf('ফ্ল') !== -1 ||
      s.text.indexOf('বাড়ি') !== -1),
  pattern: IN_FLAT_ADDRESS,
  validate: (v) => v,
});

/**
 * Indian house lines on numbered cross and main roads (red-team round 28: `#14, 2nd Cross, 5th
 * Block Koramangala`), as Bengaluru and Mysuru name their streets: a house number (`#14`, `No.
 * 14`, `14/2`), an ordinal and `Cross` or `Main`, then an ordinal block, stage, phase or sector
 * and up to two capitalised words of its locality. The city and PIN after them stay. Evidence:
 * the ordinal road word after `#` or `No.` and the number, or without them a `Cross` and the block.
 * Runs only on text with an ordinal before `Cross` or `Main` (the keyword index).
 */
const IN_HOUSE = '\\d{1,4}[A-Za-z]?(?:/\\d{1,4})?, ?';
const IN_ROAD = ' (?:Road|Rd\\.?))?(?![\\w-])';
const IN_BLOCK = ', ?\\d{1,2}(?:st|nd|rd|th) (?:Block|Stage|Phase|Sector)(?: [A-Z][a-z]{2,}){0,2}';
const IN_CROSS_ADDRESS = new RegExp(
  `(?<![\\w#/-])(?:(?:#|No\\. ?)${IN_HOUSE}\\d{1,2}(?:st|nd|rd|th) (?:Cross|Main)(?:${IN_ROAD}(?:${IN_BLOCK})?|${IN_HOUSE}\\d{1,2}(?:st|nd|rd|th) Cross(?:${IN_ROAD}${IN_BLOCK})`,
  'g',
);
/** `1st cross`, `2nd main`, `7th cross`, `11th main`… as the keyword index reads them (lower case). */
const IN_ORDINAL_ROADS = ['1st', '2nd', '3rd', ...'0123456789'.split('').map((d) => `${d}th`)].flatMap((o) => [`${o} cross`, `${o} main`]);

export const inCrossAddress = regexDetector({
  id: 'in_cross_address',
  entity: 'ADDRESS',
  description: 'Indian house lines on numbered cross and main roads (Bengaluru style)',
  validation:
    'a house number, an ordinal and Cross (or Main after # / No.), then an optional ordinal Block / Stage / Phase / Sector and its locality',
  context: false,
  example: '#221, 3rd Cross, 2nd Stage Indiranagar',
  // The ordinal with its digit and the road word for the keyword index (not `main` alone, nor
  // `th main` of `with main`, which prose holds).
  keywords: IN_ORDINAL_ROADS,
  prefilter: (s) => s.hasDigit,
  pattern: IN_CROSS_ADDRESS,
  validate: (v) => v,
});

/**
 * Korean road-name addresses (도로명주소, as delivery messages and order records write them): the
 * road's name ending in 대로 / 로 / 길, a numbered side road (`95번길`) or none, the building
 * number, and the apartment's building and unit (`301동 1502호`) or none: `정자일로 95번길 22,
 * 301동 1502호`, `테헤란로 152`; a side road numbered without 번 is one too (`월드컵북로21길 15`,
 * red-team round 42). A road and a number alone are read only with a side road, a unit
 * or the word 주소 (address) / 배송지 (delivery place) within 40 characters before; the province,
 * city and district before the road stay. Runs only on text with Hangul and `로 ` or `길 `.
 */
const KR_ROAD_ADDRESS =
  /(?<![가-힣])[가-힣]{1,12}(?:대로|로|길)(?: ?(\d{1,4}(?:번길|번가길|가길|길)))? \d{1,4}(?:-\d{1,4})?(?![\d가-힣])(,? ?(?:\d{1,4}동 ?)?\d{1,5}호)?/g;
const KR_ADDRESS_WORD = /(?:주소|배송지|도로명)/;

export const krRoadAddress = regexDetector({
  id: 'kr_road_address',
  entity: 'ADDRESS',
  description: 'Korean road-name addresses: road, side road, building number, apartment building and unit',
  validation:
    'a road name ending in 대로 / 로 / 길 and the building number, with a side road (번길), an apartment unit (동 / 호) or 주소 / 배송지 within 40 characters before',
  context: false,
  example: '정자일로 95번길 22, 301동 1502호',
  prefilter: (s) =>
    (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) &&
    (s.text.indexOf('로 ') !== -1 || s.text.indexOf('길 ') !== -1),
  pattern: KR_ROAD_ADDRESS,
  validate: (v, scan, start) => {
    if (/번길|번가길|가길|\d길|호$/.test(v)) return v;
    return KR_ADDRESS_WORD.test(scan.text.slice(Math.max(0, start - 40), start)) ? v : undefined;
  },
});

/**
 * Street lines whose street word follows the street's name, or opens it, in the Baltic, Central
 * European, Balkan and Turkish languages (red-team round 20's leftovers): Estonian `Pärnu mnt 10`,
 * `Narva maantee 7`, `Rüütli tänav 3`, `Vabaduse tn 12` (not `tee`, an English word too); Latvian `Brīvības iela 55-12`; Lithuanian `Gedimino pr. 9`, `Vilniaus g. 12`,
 * `Laisvės al. 50`, `Savanorių prospektas 5`, `Pylimo gatvė 4`; Hungarian `Váci utca 5`, `Andrássy
 * út 12`, `Szent István körút 3`; Slovene and Croatian `Slovenska cesta 4`, `Trubarjeva ulica 5`;
 * Turkish `Bağdat Caddesi No: 123`, `Atatürk Cad. No:12`, `Papatya Sk. No: 3`; and, the street
 * word first, Polish `ul. Marszałkowska 10/12` and Albanian `Rruga e Kavajës 12`.
 * The name is one to three capitalised words and the house number follows at once (after `No:` in
 * Turkish). A street word that is also a word or an abbreviation elsewhere counts only after the
 * ending its language gives the name before it (NAME_ENDING): `g.`, `pr.` and `al.` after a
 * Lithuanian genitive (`Gedimino`, `Vilniaus`, `Laisvės`, `Savanorių`: `o`, `s`, `ų`, `ė`), Estonian
 * `tn` and `mnt` after a vowel (`Vabaduse`, `Pärnu`), `cesta` and `ulica` after an adjective in `a`
 * (`Slovenska`, `Trubarjeva`): `Fig g. 3`, `Ticket tn 5`, `Mi cesta 5` are no streets. Gated by the
 * street words in the keyword pass, written with the blank before them, and a digit.
 */
const EU_NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*";
const EU_WORD_AFTER =
  '(?:iela|mnt\\.?|maantee|tänav|tn\\.?|gatvė|gatve|g\\.|pr\\.|prospektas|pr-tas|al\\.|alėja|utca|út|körút|krt\\.|cesta|ulica|[Ss]okak|[Ss]okağı|[Ss]k\\.|[Ss]ok\\.|[Cc]ad\\.|[Cc]addesi|[Cc]d\\.|[Bb]ulvarı)';
const EU_NUMBER = '(?:[Nn]o ?:? ?|[Nn]r\\.? ?)?\\d{1,4}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?(?![\\p{L}\\d])';
const EU_STREET = new RegExp(
  `(?<![\\p{L}\\p{M}\\d.])(?:(?:${EU_NAME} ){0,2}${EU_NAME} ${EU_WORD_AFTER},? ${EU_NUMBER}|(?:ul\\.|[Uu]lica|[Rr]ruga|Rr\\.) (?:e |i )?${EU_NAME}(?: ${EU_NAME}){0,2},? ${EU_NUMBER})`,
  'gu',
);
/**
 * What every match holds, searched before the costly pattern (which tries a capitalised name at
 * every letter): a street word after a blank with the house number right after it, or an opening
 * street word. Most texts the keywords let through (`e.g. 5`, `et al. 2019`) fail it at once.
 */
const EU_GATE = new RegExp(` ${EU_WORD_AFTER},? ${EU_NUMBER}|(?:ul\\.|[Uu]lica|[Rr]ruga|Rr\\.) `, 'u');
/** The street word after the name, with the blank before it (group 1). */
const WORD_AFTER_IN = new RegExp(` (${EU_WORD_AFTER}),? `, 'u');
/** The ending the name before an ambiguous street word must have (see above). */
const NAME_ENDING: ReadonlyMap<string, RegExp> = new Map([
  ['g.', /[osųė]$/],
  ['pr.', /[osųė]$/],
  ['al.', /[osųė]$/],
  ['tn', /[aeiouõäöü]$/],
  ['tn.', /[aeiouõäöü]$/],
  ['mnt', /[aeiouõäöü]$/],
  ['mnt.', /[aeiouõäöü]$/],
  ['cesta', /a$/],
  ['ulica', /a$/],
]);

export const euStreetAddress = regexDetector({
  id: 'eu_street_address',
  entity: 'ADDRESS',
  description:
    'Street lines of the Baltic, Central European, Balkan and Turkish languages: the street word after the name (iela, mnt, tn, gatvė, g., pr., utca, út, cesta, ulica, Caddesi, Sk.) or before it (ul., Rruga), then the house number',
  validation:
    'one to three capitalised words, a street word of those languages and the house number (after No: in Turkish); g., pr. and al. only after a Lithuanian genitive (a name ending in o, s, ų or ė)',
  context: false,
  example: 'Brīvības iela 55',
  keywords: [
    ' iela',
    ' mnt',
    ' maantee',
    ' tänav',
    ' tn',
    ' gatv',
    ' g.',
    ' pr.',
    ' pr-tas',
    ' prospektas',
    ' al.',
    ' alėja',
    ' utca',
    ' út',
    ' körút',
    ' krt.',
    ' cesta',
    'ulica ',
    'ul. ',
    'rruga ',
    'rr. ',
    ' sokak',
    ' sokağı',
    ' sk.',
    ' sok.',
    ' cad.',
    ' caddesi',
    ' cd.',
    ' bulvarı',
  ],
  prefilter: (s) => s.hasDigit && EU_GATE.test(s.text),
  pattern: EU_STREET,
  validate: (v) => {
    const word = WORD_AFTER_IN.exec(v);
    const ending = word === null ? undefined : NAME_ENDING.get(word[1]!);
    if (ending !== undefined && !ending.test(v.slice(0, word!.index))) return undefined;
    return v.toLowerCase().replace(/\s+/g, ' ');
  },
});
