import { contextBefore, keywordRegex } from '../context.js';
import { SIG_NON_ASCII } from '../char-signature.js';
import { plausibleBirthDate } from '../validators.js';
import { regexDetector } from './helpers.js';

/**
 * Dates of birth written with a month name in Spanish, Portuguese, French, German, Italian,
 * Dutch, Polish (genitive), Romanian, Indonesian / Malay, Tagalog and Swahili, as support notes,
 * CRM comments and KYC chats write them after a birth word: `nacida el 3 de marzo de 1985`,
 * `geboren am 1. Mai 1980`, `nata il 7 luglio 1992`, `urodzona 14 maja 1944`, `lahir 17 Agustus
 * 1995`, `ipinanganak noong Hunyo 19, 1990`. date_of_birth reads English month names only. The
 * birth word must stand within 40 characters before the date (found first by the shared keyword
 * pass, so text without one costs nothing here); a month name without one (`factura del 3 de
 * marzo de 2024`) stays. English `born` / `birth` are date_of_birth's (English month names): not
 * keywords here, so English prose never runs this pattern.
 */
const MONTH_NUMBERS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['enero', 'janeiro', 'janvier', 'januar', 'jänner', 'jaenner', 'gennaio', 'januari', 'stycznia', 'ianuarie'],
  ['febrero', 'fevereiro', 'février', 'fevrier', 'februar', 'febbraio', 'februari', 'lutego', 'februarie', 'pebrero'],
  ['marzo', 'março', 'marco', 'mars', 'märz', 'maerz', 'maart', 'marca', 'martie', 'maret', 'mac', 'marso', 'machi'],
  ['abril', 'avril', 'aprile', 'kwietnia', 'aprilie', 'aprili'],
  ['mayo', 'maio', 'mai', 'maggio', 'mei', 'maja', 'maj'],
  ['junio', 'junho', 'juin', 'juni', 'giugno', 'czerwca', 'iunie', 'hunyo'],
  ['julio', 'julho', 'juillet', 'juli', 'luglio', 'lipca', 'iulie', 'hulyo', 'julai'],
  ['agosto', 'août', 'aout', 'august', 'augustus', 'sierpnia', 'agustus', 'ogos', 'agosti'],
  [
    'septiembre',
    'setiembre',
    'setembro',
    'septembre',
    'september',
    'settembre',
    'września',
    'wrzesnia',
    'septembrie',
    'setyembre',
    'septemba',
  ],
  ['octubre', 'outubro', 'octobre', 'oktober', 'ottobre', 'października', 'pazdziernika', 'octombrie', 'oktubre', 'oktoba'],
  ['noviembre', 'novembro', 'novembre', 'november', 'listopada', 'noiembrie', 'nobyembre', 'novemba'],
  [
    'diciembre',
    'dezembro',
    'décembre',
    'decembre',
    'dezember',
    'dicembre',
    'december',
    'grudnia',
    'decembrie',
    'desember',
    'disember',
    'disyembre',
    'desemba',
  ],
];
/**
 * Round 20: Estonian (adessive `mail`, as `sündinud 28. mail 1968` writes it), Croatian and
 * Slovene / Serbian / Bosnian / Slovak genitives (`rođena 5. svibnja 1992`, `rojen 3. marca`),
 * Turkish, Azerbaijani / Uzbek, Albanian, Icelandic, Afrikaans, Zulu, Maltese, Luxembourgish,
 * Catalan, Galician, Malagasy and Cebuano months. Not Haitian `me` / `out` / `mas` (English and
 * Spanish words); not Croatian `listopada` (October), which is Polish November above.
 */
const MONTH_NAMES_ROUND_20: readonly (readonly string[])[] = [
  [
    'jaanuar',
    'jaanuaril',
    'siječnja',
    'sijecnja',
    'januara',
    'januarja',
    'januára',
    'ocak',
    'yanvar',
    'janar',
    'janúar',
    'januarie',
    'januwari',
    'jannar',
    'gener',
    'xaneiro',
    'janoary',
    'enero',
  ],
  [
    'veebruar',
    'veebruaril',
    'veljače',
    'veljace',
    'februara',
    'februarja',
    'februára',
    'şubat',
    'subat',
    'fevral',
    'shkurt',
    'febrúar',
    'februwari',
    'frar',
    'febrer',
    'febreiro',
    'febroary',
    'pebrero',
  ],
  ['märts', 'märtsil', 'ožujka', 'ozujka', 'marta', 'marca', 'mart', 'mars', 'mashi', 'marzu', 'mäerz', 'març', 'martsa', 'marso'],
  ['aprill', 'aprillil', 'travnja', 'aprila', 'apríla', 'nisan', 'aprel', 'prill', 'apríl', 'ephreli', 'april', 'abrëll', 'aprily'],
  ['mail', 'svibnja', 'maja', 'mája', 'mayıs', 'mayis', 'maí', 'meyi', 'mejju', 'maig', 'mey'],
  [
    'juuni',
    'juunil',
    'lipnja',
    'juna',
    'junija',
    'júna',
    'haziran',
    'iyun',
    'qershor',
    'júní',
    'junie',
    'ġunju',
    'gunju',
    'juny',
    'xuño',
    'xuno',
    'jona',
  ],
  [
    'juuli',
    'juulil',
    'srpnja',
    'jula',
    'julija',
    'júla',
    'temmuz',
    'iyul',
    'korrik',
    'júlí',
    'julie',
    'julayi',
    'lulju',
    'juliol',
    'xullo',
    'jolay',
  ],
  [
    'augustil',
    'kolovoza',
    'avgusta',
    'augusta',
    'ağustos',
    'agustos',
    'avqust',
    'avgust',
    'gusht',
    'ágúst',
    'agasti',
    'awwissu',
    'agost',
    'aogositra',
  ],
  [
    'septembril',
    'rujna',
    'septembra',
    'eylül',
    'eylul',
    'sentyabr',
    'sentabr',
    'shtator',
    'septhemba',
    'settembru',
    'setembre',
    'septambra',
    'septiyembre',
  ],
  [
    'oktoober',
    'oktoobril',
    'oktobra',
    'októbra',
    'ekim',
    'oktyabr',
    'oktabr',
    'tetor',
    'október',
    'okthoba',
    'ottubru',
    'octubre',
    'outubro',
  ],
  [
    'novembril',
    'studenoga',
    'studenog',
    'novembra',
    'kasım',
    'kasim',
    'noyabr',
    'nëntor',
    'nentor',
    'nóvember',
    'novemba',
    'novembru',
    'novambra',
    'nobyembre',
  ],
  [
    'detsember',
    'detsembril',
    'prosinca',
    'decembra',
    'aralık',
    'aralik',
    'dekabr',
    'dhjetor',
    'desember',
    'disemba',
    'diċembru',
    'dicembru',
    'desembre',
    'decembro',
    'desambra',
    'disyembre',
  ],
];
/**
 * Round 23: the genitive month names of Russian, Ukrainian and Greek dates (`5 апреля 1991`,
 * `5 квітня 1991 року`, `14 Φεβρουαρίου 1979`), read by dateOfBirthCyrillicGreek below.
 */
const MONTH_NAMES_ROUND_23: readonly (readonly string[])[] = [
  ['января', 'січня', 'ιανουαρίου'],
  ['февраля', 'лютого', 'φεβρουαρίου'],
  ['марта', 'березня', 'μαρτίου'],
  ['апреля', 'квітня', 'απριλίου'],
  ['мая', 'травня', 'μαΐου', 'μαίου'],
  ['июня', 'червня', 'ιουνίου'],
  ['июля', 'липня', 'ιουλίου'],
  ['августа', 'серпня', 'αυγούστου'],
  ['сентября', 'вересня', 'σεπτεμβρίου'],
  ['октября', 'жовтня', 'οκτωβρίου'],
  ['ноября', 'листопада', 'νοεμβρίου'],
  ['декабря', 'грудня', 'δεκεμβρίου'],
];
for (const names of [MONTH_NAMES, MONTH_NAMES_ROUND_20, MONTH_NAMES_ROUND_23]) {
  names.forEach((month, i) => {
    for (const name of month) MONTH_NUMBERS[name] = i + 1;
  });
}
const MONTH = `(${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/**
 * Days spelled out in Spanish, French and Portuguese (`tres de marzo de 1985`, `trois mars 1985`,
 * `vinte e um de abril de 1990`), as a voice transcript or a chat writes them: 1–31, with and
 * without accents. A day never starts after `-`, `y`, `e` or `et`: the last word of a longer
 * number (`treinta y uno`) is not a day of its own.
 */
const DAY_NUMBERS: Record<string, number> = {};
function spellDays(units: readonly string[][], tens: readonly [number, string[]][]): void {
  units.forEach((words, i) => {
    for (const w of words) DAY_NUMBERS[w] = i + 1;
  });
  for (const [n, words] of tens) for (const w of words) DAY_NUMBERS[w] = n;
}
// Spanish: uno–veintinueve are single words; treinta, treinta y uno.
spellDays(
  [
    ['uno', 'primero'],
    ['dos'],
    ['tres'],
    ['cuatro'],
    ['cinco'],
    ['seis'],
    ['siete'],
    ['ocho'],
    ['nueve'],
    ['diez'],
    ['once'],
    ['doce'],
    ['trece'],
    ['catorce'],
    ['quince'],
    ['dieciséis', 'dieciseis'],
    ['diecisiete'],
    ['dieciocho'],
    ['diecinueve'],
    ['veinte'],
    ['veintiuno', 'veintiún', 'veintiun'],
    ['veintidós', 'veintidos'],
    ['veintitrés', 'veintitres'],
    ['veinticuatro'],
    ['veinticinco'],
    ['veintiséis', 'veintiseis'],
    ['veintisiete'],
    ['veintiocho'],
    ['veintinueve'],
  ],
  [
    [30, ['treinta']],
    [31, ['treinta y uno', 'treinta y un']],
  ],
);
// French: premier, deux–seize, dix-sept…, vingt, vingt et un, vingt-deux…, trente, trente et un.
const FR_UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
spellDays(
  [
    ['premier', '1er'],
    ['deux'],
    ['trois'],
    ['quatre'],
    ['cinq'],
    ['six'],
    ['sept'],
    ['huit'],
    ['neuf'],
    ['dix'],
    ['onze'],
    ['douze'],
    ['treize'],
    ['quatorze'],
    ['quinze'],
    ['seize'],
    ['dix-sept', 'dix sept'],
    ['dix-huit', 'dix huit'],
    ['dix-neuf', 'dix neuf'],
    ['vingt'],
  ],
  [
    ...FR_UNITS.slice(1).map((u, i): [number, string[]] => [22 + i, [`vingt-${u}`, `vingt ${u}`]]),
    [21, ['vingt et un', 'vingt-et-un']],
    [30, ['trente']],
    [31, ['trente et un', 'trente-et-un']],
  ],
);
// Portuguese: um–dezenove, vinte, vinte e um…, trinta, trinta e um.
const PT_UNITS = ['um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
spellDays(
  [
    ['um', 'primeiro'],
    ['dois'],
    ['três', 'tres'],
    ['quatro'],
    ['cinco'],
    ['seis'],
    ['sete'],
    ['oito'],
    ['nove'],
    ['dez'],
    ['onze'],
    ['doze'],
    ['treze'],
    ['catorze', 'quatorze'],
    ['quinze'],
    ['dezesseis', 'dezasseis'],
    ['dezessete', 'dezassete'],
    ['dezoito'],
    ['dezenove', 'dezanove'],
    ['vinte'],
  ],
  [...PT_UNITS.map((u, i): [number, string[]] => [21 + i, [`vinte e ${u}`]]), [30, ['trinta']], [31, ['trinta e um']]],
);
// Dutch (red-team round 22): een–negentien, twintig, eenentwintig…, dertig, eenendertig
// (`geboren op vijftien augustus 1979`).
const NL_UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
spellDays(
  [
    ...NL_UNITS.map((u) => [u]),
    ['tien'],
    ['elf'],
    ['twaalf'],
    ['dertien'],
    ['veertien'],
    ['vijftien'],
    ['zestien'],
    ['zeventien'],
    ['achttien'],
    ['negentien'],
    ['twintig'],
  ],
  [...NL_UNITS.map((u, i): [number, string[]] => [21 + i, [`${u}entwintig`, `${u}ëntwintig`]]), [30, ['dertig']], [31, ['eenendertig']]],
);
// German ordinals as a spoken or typed date reads them (`am zwölften März`): ersten–neunzehnten,
// zwanzigsten, einundzwanzigsten…, dreißigsten, einunddreißigsten.
const DE_ORDINAL_UNITS = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten'];
const DE_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
spellDays(
  [
    ...DE_ORDINAL_UNITS.map((u) => [u]),
    ['zehnten'],
    ['elften'],
    ['zwölften', 'zwoelften'],
    ['dreizehnten'],
    ['vierzehnten'],
    ['fünfzehnten', 'fuenfzehnten'],
    ['sechzehnten'],
    ['siebzehnten'],
    ['achtzehnten'],
    ['neunzehnten'],
    ['zwanzigsten'],
  ],
  [
    ...DE_UNITS.map((u, i): [number, string[]] => [21 + i, [`${u}undzwanzigsten`]]),
    [30, ['dreißigsten', 'dreissigsten']],
    [31, ['einunddreißigsten', 'einunddreissigsten']],
  ],
);
const DAY_WORD = Object.keys(DAY_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Years spelled out as transcripts and chats write them (red-team round 22): Spanish `mil
 * novecientos ochenta y uno`, Portuguese `mil novecentos e setenta e nove`, French `mille neuf
 * cent soixante-douze` / `dix-neuf cent…`, German in one word `neunzehnhundertachtundsiebzig`,
 * and `dos mil tres`, `deux mille cinq`, `zweitausendfünf`. The words below are their parts;
 * spelledYear adds and multiplies them.
 */
const NUMBER_WORDS: Record<string, number> = {
  // es
  uno: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  novecientos: 900,
  mil: 1000,
  // pt
  um: 1,
  dois: 2,
  três: 3,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  onze: 11,
  doze: 12,
  treze: 13,
  catorze: 14,
  quatorze: 14,
  quinze: 15,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezassete: 17,
  dezoito: 18,
  dezenove: 19,
  dezanove: 19,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  oitenta: 80,
  noventa_: 90,
  novecentos: 900,
  // fr
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze_: 11,
  douze: 12,
  treize: 13,
  quatorze_: 14,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
};
/** The parts of a German number word, longest first (`neunzehnhundertachtundsiebzig`). */
const DE_NUMBER_PARTS: Record<string, number> = {
  tausend: 1000,
  hundert: 100,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  zwölf: 12,
  zwoelf: 12,
  zehn: 10,
  elf: 11,
  eins: 1,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sech: 6,
  sieben: 7,
  sieb: 7,
  acht: 8,
  neun: 9,
  und: 0,
};
const DE_PART = new RegExp(
  Object.keys(DE_NUMBER_PARTS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gy',
);
const MULTIPLIERS = new Set(['cent', 'cents', 'hundert']);
const THOUSANDS = new Set(['mil', 'mille', 'tausend']);
const YEAR_WORD = `(?:[a-zäöüß]*(?:hundert|tausend)[a-zäöüß]*|${Object.keys(NUMBER_WORDS)
  .filter((w) => !w.endsWith('_'))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** A spelled year: number words joined by blanks or hyphens, `y` / `e` / `et` between some. */
const SPELLED_YEAR = `(?:mil|mille|dix-neuf|dix neuf|deux|dos|dois|[a-zäöüß]*(?:hundert|tausend)[a-zäöüß]*)(?:(?: (?:y|e|et))?[ -]${YEAR_WORD})*`;

/** The value of a spelled year, or NaN. */
function spelledYear(words: string): number {
  const tokens: number[] = [];
  const names: string[] = [];
  for (const word of words.toLowerCase().split(/[ -]+/)) {
    if (word === 'y' || word === 'e' || word === 'et') continue;
    const value = NUMBER_WORDS[word] ?? NUMBER_WORDS[`${word}_`];
    if (value !== undefined) {
      tokens.push(value);
      names.push(word);
      continue;
    }
    DE_PART.lastIndex = 0;
    let at = 0;
    while (at < word.length) {
      DE_PART.lastIndex = at;
      const m = DE_PART.exec(word);
      if (m === null) return Number.NaN;
      if (m[0] !== 'und') {
        tokens.push(DE_NUMBER_PARTS[m[0]]!);
        names.push(m[0]);
      }
      at = DE_PART.lastIndex;
    }
  }
  let total = 0;
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const name = names[i]!;
    if (THOUSANDS.has(name)) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (MULTIPLIERS.has(name)) current = (current || 1) * 100;
    else if ((name === 'vingt' || name === 'vingts') && current % 100 === 4) current += 76;
    else current += tokens[i]!;
  }
  return total + current;
}

/** Day first, in digits or spelled (`3 de marzo de 1985`, `tres de marzo de 1985`, `1. Mai 1980`, `1er avril 1979`, `14 maja 1944`) or month first (`Hunyo 19, 1990`). */
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?<!(?<!\\p{L})(?:y|e|et) )(?:(\\d{1,2}|${DAY_WORD})(?:\\.|º|°|er|o)? (?:de )?${MONTH}(?: de| del)?,? (\\d{4}|${SPELLED_YEAR})|${MONTH} (\\d{1,2}),? (\\d{4}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Birth words, as the keyword pass and the context test read them (lower case, word starts). */
const BIRTH_WORDS = [
  'nacid', // es nacido, nacida
  // `naci el` (written without its accent; `nací` would add a character class to the keyword table).
  'naci el',
  // Round 22: with its accent, as most chats and transcripts write it (`nací el veintidós de julio`).
  'nací',
  'nascid', // pt nascido, nascida
  'nasci ', // pt `nasci a 5 de março de 1979` (I was born)
  'né le',
  'née le',
  'né en',
  'nato il',
  'nata il',
  'nato a',
  'nata a',
  'geboren',
  'geb.',
  'urodz', // pl urodzony, urodzona
  'lahir', // id, ms
  'ipinanganak', // tl
  'kuzaliwa', // sw
  'nascut', // ro (născut without its breve)
  'narozen', // cs
  'naissance',
  'nacimiento',
  'nascimento',
  'nascita',
  'geburt',
  'geboorte',
  // Round 20: Estonian, Croatian / Serbian / Bosnian (with and without đ), Slovene, Slovak,
  // Lithuanian, Latvian, Turkish, Azerbaijani, Albanian, Icelandic, Irish, Maltese,
  // Luxembourgish, Catalan, Galician, Basque, Afrikaans, Zulu, Malagasy, Cebuano.
  'sünd',
  'sundinud',
  'rođen',
  'rodjen',
  'roden',
  'rojen',
  'narodil',
  'narodená',
  'narodeny',
  'narodený',
  'narodena',
  'gimus',
  'gimęs',
  'dzimis',
  'dzimusi',
  'doğum',
  'dogum',
  'doğul',
  'lindur',
  'fædd',
  'rugadh',
  'twieled',
  'gebuer',
  'nascud',
  'naceu',
  'nacemento',
  'jaio',
  'gebore',
  'wazalwa',
  'teraka',
  'natawo',
  'gipanganak',
];
const BIRTH_CONTEXT = keywordRegex(BIRTH_WORDS);
/** German and Dutch put the participle last: `ich bin am 12. März 1978 geboren`, `ik ben op 15 augustus 1979 geboren`. */
const BIRTH_WORD_AFTER = /^,?\s{1,3}geboren/i;

function parseWrittenDate(v: string): string | undefined {
  const m = new RegExp(WRITTEN_DATE.source, 'iu').exec(v);
  if (m === null) return undefined;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const y = /^\d{4}$/.test(year ?? '') ? Number(year) : spelledYear(year ?? '');
  const mo = MONTH_NUMBERS[(month ?? '').toLowerCase()] ?? 0;
  const d = DAY_NUMBERS[(day ?? '').toLowerCase()] ?? Number(day);
  return plausibleBirthDate(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}

export const dateOfBirthWrittenMonth = regexDetector({
  id: 'date_of_birth_written_month',
  entity: 'DATE_OF_BIRTH',
  description:
    'Dates of birth with a month name in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Romanian, Indonesian, Tagalog, Swahili, Estonian, Croatian, Serbian, Slovene, Slovak, Turkish, Azerbaijani, Uzbek, Albanian, Icelandic, Afrikaans, Zulu, Maltese, Luxembourgish, Catalan, Galician, Malagasy or Cebuano',
  validation:
    'a calendar date that exists, year 1900–now, day and local month name (3 de marzo de 1985, 1. Mai 1980, Hunyo 19, 1990); a birth word (nacida, né le, geboren, nata il, urodzona, lahir…) within 40 characters before',
  context: true,
  example: 'nacida el 3 de marzo de 1985',
  keywords: BIRTH_WORDS,
  // A year in digits, or spelled (`mil`, `mille`, `hundert`, `tausend` stand in every spelled year of the 1900s and 2000s).
  prefilter: (s) =>
    s.text.length >= 10 &&
    (s.text.indexOf('19') !== -1 ||
      s.text.indexOf('20') !== -1 ||
      s.text.indexOf('mil') !== -1 ||
      s.text.indexOf('hundert') !== -1 ||
      s.text.indexOf('tausend') !== -1 ||
      s.text.indexOf('cent') !== -1),
  pattern: WRITTEN_DATE,
  validate: (v, scan, start) =>
    contextBefore(scan, start, BIRTH_CONTEXT) || BIRTH_WORD_AFTER.test(scan.text.slice(start + v.length, start + v.length + 12))
      ? parseWrittenDate(v)
      : undefined,
});

/**
 * The same dates written with a Russian, Ukrainian or Greek month (round 23: `народилася 5 квітня
 * 1991 року`, `родился 3 марта 1985`, `γεννήθηκα στις 14 Φεβρουαρίου 1979`) after a birth word of
 * those languages. Gated by a search for the words' stems in non-ASCII text rather than by the
 * keyword index, whose table their letters would widen for every string.
 */
const CYRILLIC_GREEK_BIRTH_STEMS = ['родил', 'рожд', 'народж', 'народив', 'народил', 'γέννησ', 'γεννήθ'];
const CYRILLIC_GREEK_BIRTH_WORD = new RegExp(CYRILLIC_GREEK_BIRTH_STEMS.join('|'), 'i');
const CYRILLIC_GREEK_BIRTH_CONTEXT = keywordRegex(CYRILLIC_GREEK_BIRTH_STEMS);

export const dateOfBirthCyrillicGreek = regexDetector({
  id: 'date_of_birth_cyrillic_greek',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth with a Russian, Ukrainian or Greek month name after a birth word of those languages',
  validation:
    'a calendar date that exists, year 1900–now, day and genitive month name (5 квітня 1991, 3 марта 1985, 14 Φεβρουαρίου 1979); a birth word (родился, народилася, γεννήθηκα…) within 40 characters before',
  context: true,
  example: 'народилася 5 квітня 1991',
  prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && s.text.length >= 10 && CYRILLIC_GREEK_BIRTH_WORD.test(s.text),
  pattern: WRITTEN_DATE,
  validate: (v, scan, start) => (contextBefore(scan, start, CYRILLIC_GREEK_BIRTH_CONTEXT) ? parseWrittenDate(v) : undefined),
});

/** Eight digits that read as a date of birth month first, day first or year first (`03141986`). */
function eightDigitBirthDate(d: string): boolean {
  const n = (from: number, to: number) => Number(d.slice(from, to));
  return (
    plausibleBirthDate(n(4, 8), n(0, 2), n(2, 4)) ||
    plausibleBirthDate(n(4, 8), n(2, 4), n(0, 2)) ||
    plausibleBirthDate(n(0, 4), n(4, 6), n(6, 8))
  );
}

/**
 * The keypad digits an IVR step named for a date of birth gathered (red-team round 29: Twilio
 * Studio's execution context `"gather_dob":{"Digits":"03141986"}`, logged as JSON escaped inside a
 * line, where no member walk reads it): a step whose name holds dob / birth, its `Digits` member,
 * eight digits that make a plausible date.
 */
export const dateOfBirthGatheredDigits = regexDetector({
  id: 'date_of_birth_gathered_digits',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth keyed in to an IVR step named for them (Twilio Studio gather_dob Digits), in JSON text or escaped JSON',
  validation:
    'a member name holding dob / birth, then an object whose first member is Digits, eight digits that make a real date (month, day or year first)',
  context: true,
  example: '"gather_dob":{"Digits":"03141986"}',
  keywords: ['digits'],
  prefilter: (s) => s.text.length >= 24 && s.hasDigit,
  pattern: /(?:dob|birth)\w{0,24}\\{0,3}"\s{0,3}:\s{0,3}\{\s{0,3}\\{0,3}"digits\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(\d{8})\\{0,3}"/dgi,
  group: 1,
  validate: (v) => (eightDigitBirthDate(v) ? v : undefined),
});
