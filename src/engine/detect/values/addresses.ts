import { contextBefore, keywordRegex } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/**
 * Street addresses and postcodes in free text.
 *
 * Street lines are a house number next to a street word, in the orders the languages use:
 * - number first (English, French): `221B Baker Street`, `1600 Pennsylvania Avenue NW`,
 *   `10 Downing St`, `12 rue de la Paix`, `8 boulevard Saint-Michel`;
 * - street word first, number after (Spanish, Italian, Portuguese): `Calle Mayor 5`,
 *   `Avenida de Mayo 1370`, `Via Roma 12`, `Rua Augusta, 274`;
 * - street word glued to the name, number after (German, Dutch): `Hauptstraße 5`,
 *   `Bahnhofstr. 12a`, `Kastanienweg 7`, `Keizersgracht 123`, `Berliner Straße 12`.
 * The name between number and street word is one to four capitalised words, so `3 st` or
 * `5 ways to drive` are not addresses. An `Apt 4B` / `Suite 200` / `#12` tail is included.
 *
 * Postcodes need context: a postal keyword (`zip`, `postcode`, `PLZ`, `PIN code`…) or an address
 * word (a street word, `address`) or a street line within 60 characters before, or, for a US ZIP,
 * a state code right before it (`Washington, DC 20500`).
 */

// Australia's and New Zealand's `Parade` and `Esplanade` (`14 Banksia Parade`; red-team round 84) too.
const STREET_TYPES_EN =
  'Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Crescent|Cres|Close|Gardens|Row|Trail|Mews|Walk|Grove|Alley|Quay|Wharf|Parade|Esplanade|Rise';
/** The capitals of Latin Extended-A (Polish Ł Ś Ż, Czech Č Ř Š, Hungarian Ő…): street names of Central Europe. */
const EXT_A_UPPER = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x100 + i))
  .filter((c) => c.toLowerCase() !== c)
  .join('');
const CAP = `[A-ZÀ-ÖØ-Þ${EXT_A_UPPER}][A-Za-zß-öø-ÿ\u0100-\u017f'’.-]*`;
const UNIT = '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#) ?[A-Za-z0-9-]{1,6})?';
const DIRECTION = '(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?';
/**
 * Street types spelled out in capitals, as identity documents write a street (`100 MAIN STREET`);
 * not the abbreviations (`ST`, `AVE`: X12 and bureau records put an organisation's address in
 * capitals, which their handlers keep) nor WAY, ROW, WALK, CLOSE and the like, which shouted log
 * lines hold as words.
 */
const STREET_TYPES_UPPER = 'STREET|AVENUE|ROAD|LANE|BOULEVARD|DRIVE|COURT|TERRACE|PARKWAY|HIGHWAY';
/**
 * Irish and British estate names (`14 Ashfield Park, Terenure`, `7 Orchard Lawn, Dublin 15`;
 * red-team round 41): words that also end names of other things (`Jurassic Park`), so only with a
 * locality after a comma. The USPS suffixes of subdivisions' streets read the same way (`3012
 * Bluebonnet Hollow, Katy`, `4417 Mockingbird Glen, Houston`: red-team round 77; `5120 Ridgecrest
 * Overlook, Reno`, `62 Kingfisher Bluff, Savannah`: red-team round 81).
 */
const ESTATE_TYPES_EN =
  '(?:Park|Lawn|Lawns|Rise|Heights|Green|Hill|View|Vale|Hollow|Glen|Bend|Ridge|Crossing|Cove|Landing|Knoll|Meadows?|Overlook|Bluff|Trace|Run|Pointe)(?=, ?[A-Z])';
/**
 * The USPS suffix `Loop` (Publication 28: a loop road of a subdivision, `915 Sagebrush Loop`,
 * `4418 Mesquite Ridge Loop`; left79), not after the words that name loops of programs and tests
 * (`3 Event Loop`, `12 Render Loop`, `2 Retry Loop` of a log).
 */
const LOOP_STREET =
  '(?<!(?:Event|Render|Rendering|Main|Game|Test|Run|Control|Feedback|Message|Infinite|Inner|Outer|Update|Tick|Frame|Audio|Agent|Agentic|Training|Eval|Retry|Polling|Poll|Read|Busy|Hot|Closed|Open|Tool|Reasoning|Dev|Inference|Decode|Build|Sync|Worker|Core|Processing|Request|Queue|Timer|Physics|Input|Animation|Server|Client|Reconcile|Learning|Ralph|REPL|While|For) )Loop';
/**
 * The USPS abbreviation `Ter` (Terrace) of Publication 28, as field-service and route exports
 * print a customer's street (`2210 Foxglove Ter, Apt 5`: red-team round 97; `14 Brattle Ter` of
 * round 94; `2291 Mossbank Ter` of an SAE narrative, round 95). Not `Trl` alone: round 40 keeps a
 * listed property's `5512 Ridgewood Trl`, which only the city, state and ZIP after it make a
 * street line (LOWER_US_LINE's rule for lower case), and round 40 keeps it with them too (an MLS
 * listing's public `UnparsedAddress`). With the city, state and ZIP after them, `Pte`, `Bnd`,
 * `Cv`, `Trce`, `Xing`, `Holw`, `Lndg`, `Cyn`, `Pt` are streets (`2210 Kestrel Pte, Round Rock, TX
 * 78664`: red-team round 105). The estate words also before a comma
 * without a blank, as header-less CSV writes the town after it (`8801 Saguaro Bend,Tucson`).
 */
const USPS_SHORT_TYPES = 'Ter|(?:Pte|Bnd|Cv|Trce|Xing|Holw|Lndg|Cyn|Pt)(?=,? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2},? \\d{5}(?!\\d))';
/**
 * Where an English street line may start: not after a word character or `. , / -`, except the
 * letter of an escaped line break or tab (`…Robinson\\n88 Orchard Lane\\nCamden`: a letter body
 * logged as a JSON-escaped string, red-team round 50). A comma counts only after one to three
 * digits (`1,250 Main…` is an amount; after a longer run it ends a header-less CSV cell:
 * `…,536-90-4399,8801 Saguaro Bend,Tucson`, red-team round 105), and after a letter too (`Octave
 * Delaunay,14 rue des Tanneurs`, red-team round 77). After a ZPL field's `^FD` it starts a
 * label's street line (`^FO50,90^FD6621 Sassafras Ln^FS`, a return label; red-team round 91).
 */
const EN_START = '(?<![\\w./-](?<!\\\\[nrt])(?<!\\^FD))(?<!(?<!\\d)\\d{1,3},)';
/**
 * A blank between a street line's words, or one line break where an export or a PDF-to-text
 * reading wrapped the line (`14 Rue\ndes Tanneurs`, `3 Larkspur\nLane`; red-team round 73, left73).
 */
const WRAP = '(?: |\\r?\\n)';
/** `221B Baker Street`, `1600 Pennsylvania Avenue NW, Suite 4`. */
const NUMBER_FIRST_EN = `${EN_START}\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,? (?:(?:${CAP}|\\d{1,3}(?:st|nd|rd|th))${WRAP}){1,4}(?:${STREET_TYPES_EN}|${USPS_SHORT_TYPES}|${STREET_TYPES_UPPER}|${ESTATE_TYPES_EN}|${LOOP_STREET})\\b\\.?${DIRECTION}${UNIT}`;
/**
 * `12 rue de la Paix`, `8 bis boulevard Saint-Michel`; and the Spanish street names of the US
 * Southwest with the number first (`3150 Calle Sombra`, `2207 Avenida Las Palmas`, `41 Camino del
 * Sol`: red-team round 67), their type also in lower case as notes write it (`2715 calle
 * Naranjos`, `930 avenida Los Olivos`: red-team round 81).
 */
const NUMBER_FIRST_FR = `(?<![\\w./-])(?<!\\d,)\\d{1,4}(?: ?(?:bis|ter|[A-Za-z]))?,? (?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Ss]quare|[Cc]alle|[Cc]amino|[Aa]venida|[Pp]aseo)${WRAP}(?:(?:de la|de l'|de los|de las|del|de|du|des|d')[ ']?)?${CAP}(?: (?:(?:de la|de|du|des) )?${CAP}){0,3}`;
/**
 * `Calle Mayor 5`, `Avenida de Mayo 1370`, `Via Roma 12`, `Rua Augusta, 274`, `C/ Alcalá 45`, and
 * a connective between the name's words (`Av. Sete de Setembro 1822`, red-team round 42). Prose
 * writes the street word in lower case (`vive en la calle Serrano 41`, `mora na rua Augusta 45`,
 * red-team round 60); Italian `via` only after `in` and a verb of living or delivering (`abita in
 * via Roma 8`, `residente in via …`), as English `via` is a preposition (`signed in via Okta 2…`).
 * Brazil's `R.` (rua) not after an abbreviation: `Fed. R. Civ. P. 12(b)(6)`, `Tex. R. Evid. 702`
 * cite rules of procedure and evidence (red-team round 77).
 */
const WORD_FIRST =
  `(?<![\\w])(?:calle|avenida|rua|travessa|piazza|viale|(?<=(?<![\\w])(?:abita|abitano|residente|residenti|domiciliat[oa]|sit[oa]|vive|vivono|consegna|consegnare|trasferit[oa]) in )via|Calle|C/|Avenida|Avda\\.?|Av\\.|Paseo|Plaza|Carrer|Carretera|Camino|Rua|Avenue|Rue|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Praça|Travessa|Estrada|(?<![A-Za-z]\\. )R\\.?) ` +
  `(?:(?:de la|de los|de las|del|de|du|des|di|della|dei|degli|delle|da|do|dos|das)[ ]+)?${CAP}(?: (?:(?:de|del|di|da|do|dos|das) )?${CAP}){0,3},? (?:n[º°o.]? ?)?\\d{1,4}[A-Za-z]?(?![\\w])`;
/** `Hauptstraße 5`, `Bahnhofstr. 12a`, `Berliner Straße 12`, `Keizersgracht 123`, `Am Markt 3` is not covered. */
const GLUED = `(?<![\\w])(?:${CAP} )?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*-?(?:[Ss]traße|[Ss]trasse|[Ss]tr\\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|straat|laan|gracht|plein|kade|dijk|singel|steeg|markt) ?\\d{1,4}[a-z]?(?![\\w])`;
/**
 * Swedish street names glued to their street word (`Hamngatan 11`, `Kungsvägen 4B`,
 * `Klockargränd 2`, `Stortorget 7`): a case's or a parcel's address without its postcode
 * (red-team round 91).
 */
const NORDIC_SUFFIXES = 'gatan|vägen|gränd|torget';
const NORDIC_GLUED = `(?<![\\w])[A-ZÄÖÅ][a-zäöåé]+(?:${NORDIC_SUFFIXES}) ?\\d{1,4}[A-Za-z]?(?![\\w])`;
/** `Hütteldorfer Strasse 40`, `Koepenicker Str. 74`: the street word standing alone. */
const SEPARATE_DE = `(?<![\\w])${CAP} (?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|Bundesstrasse|Bundesstraße) ?\\d{1,4}[a-z]?(?![\\w])`;
/**
 * A street without a street word, known by the postcode and town after it: `Westdorp 346, 6637
 * Tintange`, `Im Wingert 87, 2340 Le Noirmont`, `Carneool 88, 1703 AL Heerhugowaard`, and with a
 * flat after a slash before a Polish NN-NNN or a Czech / Slovak / Swedish NNN NN postcode:
 * `Marszałkowska 10/12, 00-590 Warszawa`, `Nádražní 12, 602 00 Brno`.
 */
const BEFORE_POSTCODE = `(?<![\\w])(?:${CAP} ){0,2}${CAP} \\d{1,4}[a-z]?(?:/\\d{1,4}[a-z]?)?(?=, (?:\\d{4,5}(?:-\\d{3})?|\\d{2}-\\d{3}|\\d{3} \\d{2})(?: [A-Z]{2})? [A-ZÀ-ÖØ-Þ${EXT_A_UPPER}])`;

/** Every street shape, for the context check of a postcode (exported for the test of streetIn). */
export const STREET = new RegExp(
  `${NUMBER_FIRST_EN}|${NUMBER_FIRST_FR}|${WORD_FIRST}|${GLUED}|${SEPARATE_DE}|${BEFORE_POSTCODE}|${NORDIC_GLUED}`,
  'g',
);
/** The shapes that start with the house number, tried right at a number (sticky). */
/**
 * A US street line in lower case, as notes, tickets and lower-cased exports write it (`2210
 * saddlebrook trail, frisco tx 75034`, `55 quail run\nrd, beaverton or 97007`: red-team round 81):
 * only with its town, state code and ZIP after it, which no count or version in prose has.
 */
const LOWER_US_TYPES =
  'street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|place|pl|terrace|way|parkway|pkwy|circle|cir|trail|trl|loop';
const LOWER_US_LINE = `${EN_START}\\d{1,5} (?:[a-z][a-z'-]{1,24}${WRAP}){1,3}(?:${LOWER_US_TYPES})\\.?(?=,?${WRAP}[a-z][a-z.' -]{1,30},? (?:[a-z]{2}|[A-Z]{2}) \\d{5}(?!\\d))`;
/**
 * A Spanish street of the US Southwest written all in lower case with its number first (`2307
 * avenida las americas`, `1140 camino del rey`, `1218 calle nogal`: canvass and carpool notes;
 * leftovers of red-team round 102): the street word, connectives, one to three words of letters.
 */
const LOWER_LATIN_WORDS = `(?:(?:de la|de los|de las|del|de|las|los|la|el) )?[a-zà-ÿ]{2,20}(?: (?:(?:de la|de los|de las|del|de) )?[a-zà-ÿ]{3,20}){0,2}`;
const LOWER_LATIN_NUMBER_FIRST = `(?<![\\w./-])(?<!\\d,)\\d{1,5} (?:calle|avenida|camino|paseo|carretera|privada|cerrada) ${LOWER_LATIN_WORDS}(?![\\w])`;
const NUMBER_FIRST = new RegExp(`${NUMBER_FIRST_EN}|${NUMBER_FIRST_FR}|${LOWER_US_LINE}|${LOWER_LATIN_NUMBER_FIRST}`, 'y');
/**
 * A Portuguese, Spanish or Italian street in lower case with its number last, after a verb of
 * living and its preposition (`mora na rua das acácias 88`, `abita in via garibaldi 12`, `vive en
 * la calle nogal 12`: leftovers of red-team round 102); group 1 is the street.
 */
const LOWER_LATIN_AFTER =
  /(?<![\w])(?:vive|vivo|viven|mora|moro|moram|abita|abitano|reside|residente|residenti|domiciliad[oa]|domiciliat[oa]) (?:en|na|no|em|in) (?:la )?((?:calle|avenida|rua|travessa|via|viale|piazza|corso|paseo|camino) (?:(?:de la|de los|de las|del|de|di|della|da|do|dos|das) )?[a-zà-ÿ]{3,20}(?: [a-zà-ÿ]{3,20})?,? (?:n[º°o.]? ?)?\d{1,4}[a-z]?)(?![\w])/g;
const LOWER_LATIN_OPENER = /(?:calle|avenida|rua|travessa|via|viale|piazza|corso|paseo|camino) [a-zà-ÿ]/;
/**
 * `3/41 Beach Road`, `12/7 Smith Street`: Australia and New Zealand write a unit (flat) number and
 * a slash before the street number (red-team round 28). Tried at the unit's first digit when the
 * street number after the slash starts an English street line.
 */
const UNIT_SLASH_EN = new RegExp(`(?<![\\w.,/-])\\d{1,4}/${NUMBER_FIRST_EN.replace(EN_START, '')}`, 'y');
/** Where the unit number (1–4 digits) ending right before the slash at `slash` starts, or -1. */
function unitStart(text: string, slash: number): number {
  let p = slash;
  while (p > 0 && slash - p < 4 && isDigit(text.charCodeAt(p - 1))) p--;
  return p < slash ? p : -1;
}
/** The shapes that end with the house number, searched in the stretch before a number (exported for the gate's test). */
export const NUMBER_AFTER = new RegExp(`${WORD_FIRST}|${GLUED}|${SEPARATE_DE}|${BEFORE_POSTCODE}|${NORDIC_GLUED}`, 'g');

/** Lower-case street words: context of a postcode (`…Street, London NW1 6XE`). */
const STREET_WORDS = [
  'street',
  'st',
  'ave',
  'avenue',
  'str',
  'road',
  'rd',
  'lane',
  'ln',
  'blvd',
  'boulevard',
  'dr',
  'court',
  'ct',
  'place',
  'pl',
  'terrace',
  'way',
  'pkwy',
  'parkway',
  'hwy',
  'highway',
  'sq',
  'cir',
  'crescent',
  'cres',
  'close',
  'gardens',
  'row',
  'trail',
  'mews',
  'walk',
  'grove',
  'alley',
  // The USPS `Loop` (above).
  'loop',
  // A British waterside street (`9 Heron Wharf`, red-team round 71), and a hillside close (`12
  // Larchmont Rise`, an employee's address block in an HR letter: leftovers of round 74).
  'wharf',
  // Australian and New Zealand street types (`14 Banksia Parade`, `2 Marine Esplanade`; red-team round 84).
  'parade',
  'esplanade',
  'rise',
  'rue',
  'bd',
  'chemin',
  'allée',
  'impasse',
  'quai',
  'route',
  'cours',
  'calle',
  'c/',
  'av',
  'avda',
  'paseo',
  'plaza',
  'carrer',
  'carretera',
  'camino',
  'rua',
  'via',
  'piazza',
  'corso',
  'largo',
  'vicolo',
  'strada',
  'praça',
  'travessa',
  'stra',
  'weg',
  'platz',
  'allee',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'laan',
  'gracht',
  'plein',
  'kade',
  'dijk',
  'singel',
  'steeg',
  'markt',
  // Street words after the name (intl-addresses.ts, euStreetAddress), the unambiguous ones.
  'iela',
  'mnt',
  'maantee',
  'tänav',
  'gatvė',
  'prospektas',
  'utca',
  'körút',
  'cesta',
  'ulica',
  'caddesi',
  'sokak',
  'sokağı',
  'rruga',
];

function normalizeAddress(v: string): string {
  return v.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The digit runs of `text` that can belong to an address, as triples [start, end, sides] (see
 * nextToWord): every street line and postcode holds a number written next to a word with a space
 * between (`221B Baker`, `Calle Mayor 5`, `SW1A 1AA`, `10115 Berlin`, `DC 20500`, `zip: 94105`);
 * digits glued to other characters (timestamps, ids, versions, IPs) are not one. In a long text
 * digits are found by one native `indexOf` per digit and occurrence, not by a regex reading every
 * character; a short text (up to SHORT_TEXT) is read once in JavaScript (shortTextRuns). Most
 * strings of a record have digits, few have an address, and the patterns are the costly part, so
 * they run only at these runs. The result may be shared: callers only read it.
 */
function addressRuns(text: string): number[] {
  return text.length <= SHORT_TEXT ? shortTextRuns(text) : indexOfRuns(text);
}

/** addressRuns by native `indexOf`, digit by digit (exported with shortTextRuns for their equivalence test). */
export function indexOfRuns(text: string): number[] {
  const runs: number[] = [];
  for (let d = 0; d < 10; d++) {
    const ch = DIGIT_CHARS[d]!;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
      if (i > 0 && isDigit(text.charCodeAt(i - 1))) continue;
      let j = i + 1;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      const sides = nextToWord(text, i, j);
      if (sides !== 0) runs.push(i, j, sides);
    }
  }
  return runs.length === 0 ? NO_RUNS : runs;
}

/**
 * addressRuns on a short text: one pass from digit to digit instead of ten `indexOf` loops. The
 * next digit is looked for in JavaScript over the next NEAR_DIGIT characters, then by one native
 * search (nextDigit): the runs of times, versions, IPs and user agents stand one or two separators
 * apart (`2026-11-05 10:22:33`, `10.2.3.4`), so they cost a few character reads instead of a
 * native call each, and prose with a number here and there still costs one native search per
 * number (a longer reach made such prose slower: docs/performance-history.md, "Stop 24").
 * The runs come out in the same order as the long-text path: by their first digit, then by
 * position (findStreets and findPostcodes keep the first of two overlapping finds, so the order is
 * part of the answer).
 */
export function shortTextRuns(text: string): number[] {
  let byPosition: number[] | null = null;
  const n = text.length;
  for (let i = nextDigit(text, 0); i !== -1; ) {
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    const sides = nextToWord(text, i, j);
    if (sides !== 0) (byPosition ??= []).push(i, j, sides);
    // text[j] is not a digit (or the end)
    i = j + 1 < n ? nextDigit(text, j + 1) : -1;
  }
  if (byPosition === null) return NO_RUNS;
  if (byPosition.length === 3) return byPosition;
  const runs: number[] = [];
  for (let d = 48; d <= 57; d++) {
    for (let r = 0; r < byPosition.length; r += 3) {
      if (text.charCodeAt(byPosition[r]!) === d) runs.push(byPosition[r]!, byPosition[r + 1]!, byPosition[r + 2]!);
    }
  }
  return runs;
}
/** The first digit at or after `from`, or -1: NEAR_DIGIT characters read in JavaScript, then one native search. */
function nextDigit(text: string, from: number): number {
  const n = text.length;
  const near = from + NEAR_DIGIT < n ? from + NEAR_DIGIT : n;
  for (let k = from; k < near; k++) {
    const c = text.charCodeAt(k);
    if (c <= 57 && c >= 48) return k;
  }
  if (near >= n) return -1;
  NEXT_DIGIT.lastIndex = near;
  return NEXT_DIGIT.test(text) ? NEXT_DIGIT.lastIndex - 1 : -1;
}
const NEAR_DIGIT = 4;
const NEXT_DIGIT = /\d/g;
/** The answer for a text without address runs, shared (callers only read it). */
const NO_RUNS: number[] = [];
const DIGIT_CHARS = '0123456789';
const SHORT_TEXT = 256;
/** Sides of a digit run (bits): a word before it, a word after it, letters glued to it. */
const WORD_BEFORE = 1;
const WORD_AFTER = 2;
const GLUED_LETTERS = 4;
/** How far a street line that ends with its number reaches before it (four words and a street word). */
const STREET_BEFORE_NUMBER = 80;
/**
 * The runs of the last string, shared by the two detectors, which run on it one after the other.
 * Keyed by the text too: the engine reuses one TextScan for every string (TextScan.reset).
 */
let runsOf: TextScan | undefined;
let runsText: string | undefined;
let runs: number[] = [];
function runsFor(scan: TextScan): number[] {
  if (runsOf !== scan || runsText !== scan.text) {
    runsOf = scan;
    runsText = scan.text;
    runs = addressRuns(scan.text);
  }
  return runs;
}

/** The code unit at `k`, or -1 past the end (no NaN: see nextToWord). */
function codeAt(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) : -1;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Which sides of the digit run [i, j) touch a word (bits WORD_BEFORE, WORD_AFTER, GLUED_LETTERS),
 * 0 when none: a word then ` ,:` with a space (`Mayor 5`, `zip: 94105`); a space and a word after
 * the number, which stands alone on its left (`221B Baker`, `10115 Berlin`, not `126.0.0.0
 * Safari`); or letters glued on one side and a space on the other (`SW1A 1AA`, `K1A 0B1`).
 */
function nextToWord(text: string, i: number, j: number): number {
  // Every side needs a space next to the run: before it through `,`/`:` (so the character before
  // the run is one of the three), or after it behind at most a glued letter and a comma (so the
  // character after the run is a space, a comma or a letter). Most runs of times, versions, IPs
  // and ids (`2026-11-05`, `10.2.3.4`) fail both, and cost two reads instead of about ten.
  const p = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (p !== 32 && p !== 44 && p !== 58) {
    const c = codeAt(text, j);
    if (c !== 32 && c !== 44 && !isLetter(c)) return 0;
  }
  let sides = 0;
  let b = i;
  let spaceBefore = false;
  while (b > 0 && i - b < 3) {
    const c = text.charCodeAt(b - 1);
    if (c === 32) spaceBefore = true;
    else if (c !== 44 && c !== 58) break;
    b--;
  }
  const cb = b > 0 ? text.charCodeAt(b - 1) : 0;
  if (spaceBefore && (isLetter(cb) || cb === 46)) sides |= WORD_BEFORE;
  const gluedBefore = b === i && isLetter(cb);
  // Reads past the end go through codeAt (-1 there): charCodeAt's NaN out of bounds made V8
  // deoptimise this function (--trace-deopt: "out of bounds").
  let a = j;
  const gluedAfter = isLetter(codeAt(text, a));
  if (gluedAfter && !isLetter(codeAt(text, a + 1))) a++;
  if (codeAt(text, a) === 44) a++;
  const spaceAfter = codeAt(text, a) === 32;
  // After a unit number and a slash (`3/41 Beach Road`) the street number is tried too (UNIT_SLASH_EN).
  // An escaped line break or tab right before (`\\n88 Orchard Lane`) counts as a blank (EN_START).
  // A comma after a letter ends a header-less CSV cell (`Octave Delaunay,14 rue des Tanneurs`), and
  // after four digits (`…,536-90-4399,8801 Saguaro Bend`; an amount's group has three).
  // A ZPL field's `^FD` opens a label's line.
  const alone =
    !(
      isLetter(p) ||
      isDigit(p) ||
      p === 46 ||
      (p === 44 && !(i > 1 && (isLetter(text.charCodeAt(i - 2)) || fourDigitsBefore(text, i - 1)))) ||
      (p === 47 && !isDigit(codeAt(text, i - 2))) ||
      p === 45 ||
      p === 95
    ) ||
    ((p === 110 || p === 116 || p === 114) && i > 1 && text.charCodeAt(i - 2) === 92) ||
    // A ZPL field's data right after `^FD` (a return label's `^FD6621 Sassafras Ln^FS`; EN_START).
    (p === 68 && i > 2 && text.charCodeAt(i - 2) === 70 && text.charCodeAt(i - 3) === 94);
  // (a digit after the space too: `845 137th Avenue`; a sticky try at a number costs little)
  if (alone && spaceAfter && a + 1 < text.length && (isLetter(text.charCodeAt(a + 1)) || isDigit(text.charCodeAt(a + 1))))
    sides |= WORD_AFTER;
  if ((gluedBefore && spaceAfter) || (gluedAfter && spaceBefore)) sides |= GLUED_LETTERS;
  return sides;
}

/** Whether four digits stand right before `at` (a CSV cell of an id or an SSN, not an amount's `1,250`: EN_START). */
function fourDigitsBefore(text: string, at: number): boolean {
  return (
    at > 3 &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at - 2)) &&
    isDigit(text.charCodeAt(at - 3)) &&
    isDigit(text.charCodeAt(at - 4))
  );
}

/**
 * Street lines at the address runs: a number-first shape tried right at a number with a word
 * after it; a number-last shape searched in the 80 characters before a number with a word before
 * it. A line found from two runs is reported once.
 */
function findStreets(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  const found = runsFor(scan);
  if (found.length === 0) return;
  // The lines reported, as [start, end) pairs: a line overlapping one of them is the same line
  // found again. The runs come by first digit, not by position (`1600 …` before `410 …`), so an
  // earlier line may be found after a later one.
  const reported: number[] = [];
  for (let r = 0; r < found.length; r += 3) {
    const i = found[r]!;
    const j = found[r + 1]!;
    const sides = found[r + 2]!;
    const from = i > STREET_BEFORE_NUMBER ? i - STREET_BEFORE_NUMBER : 0;
    if (
      sides & WORD_BEFORE &&
      mayEndStreetLine(text, i, j) &&
      // `Achterberg 503 555 0126`: an area code then the rest of a NANP number, no house number.
      !(j - i === 3 && NANP_REST.test(text.slice(j, j + 10))) &&
      streetWordBefore(text, from, i) &&
      numberAfterShapeMayEnd(text, from, i, j)
    ) {
      const part = text.slice(from, Math.min(text.length, j + 40));
      NUMBER_AFTER.lastIndex = 0;
      for (let m = NUMBER_AFTER.exec(part); m !== null; m = NUMBER_AFTER.exec(part)) {
        const end = from + m.index + m[0].length;
        if (end >= i && from + m.index <= i) reportStreet(text, out, from + m.index, m[0], reported, priority);
      }
    }
    if (sides & WORD_BEFORE && mayEndStreetLine(text, i, j) && LOWER_LATIN_OPENER.test(text.slice(from, i))) {
      const part = text.slice(from, Math.min(text.length, j + 2));
      LOWER_LATIN_AFTER.lastIndex = 0;
      for (let m = LOWER_LATIN_AFTER.exec(part); m !== null; m = LOWER_LATIN_AFTER.exec(part)) {
        const start = from + m.index + m[0].length - m[1]!.length;
        if (from + m.index + m[0].length >= j) reportStreet(text, out, start, m[1]!, reported, priority);
      }
    }
    if (sides & WORD_AFTER) {
      NUMBER_FIRST.lastIndex = i;
      const m = NUMBER_FIRST.exec(text);
      if (m !== null) reportStreet(text, out, i, m[0], reported, priority);
      else if (i > 1 && text.charCodeAt(i - 1) === 47) {
        const u = unitStart(text, i - 1);
        if (u >= 0) {
          UNIT_SLASH_EN.lastIndex = u;
          const n = UNIT_SLASH_EN.exec(text);
          if (n !== null) reportStreet(text, out, u, n[0], reported, priority);
        }
      }
    }
  }
}

const NANP_REST = /^[ .-]\d{3}[ .-]\d{4}(?!\d)/;

/**
 * A street line right after a company's name and legal form and a comma (`HubSpot, Inc., 2 Canal
 * Park`, `Twilio Inc. (SendGrid), 101 Spear Street` of a sub-processor list or an invoice's
 * supplier block; red-team round 54): the company's office, public in its filings, no one's home.
 */
const COMPANY_BEFORE =
  /(?:^|[^A-Za-z])(?:Inc|Corp|Corporation|Incorporated|Ltd|Limited|LLC|LLP|plc|PLC|GmbH|AG|SE|S\.A|B\.V|N\.V)\.?(?: \([^()]{1,40}\))?, $/;
/**
 * The same company's office further on its line: a company's name and legal form and a comma, then
 * its street and town (`Unilever PLC, 100 Victoria Embankment, London EC4Y 0DY`, `SAP SE,
 * Dietmar-Hopp-Allee 16, 69190 Walldorf`, `Contoso Ltd., One Microsoft Way, Redmond, WA 98052` in
 * a letter's signature block or an employer field: red-team round 74 and its leftovers): the
 * postcode is the office's too. The company's street line comes right after it (a house number at
 * its start or end, or `One …`), a town or a state after that; a person's name between the company
 * and the street (`Acme Ltd, Jane Doe, 12 …`) makes it someone's address.
 */
const COMPANY_LINE_BEFORE =
  /(?:^|[^A-Za-z])(?:Inc|Corp|Corporation|Incorporated|Ltd|Limited|LLC|LLP|plc|PLC|GmbH|AG|SE|S\.A|B\.V|N\.V)\.?(?: \([^()]{1,40}\))?, (?:\d[^\n,]{2,58}|[^\n,\d]{3,56} \d{1,4}[a-z]?|One [^\n,\d]{3,40})(?:, [^\n,\d]{2,40}){0,2},? $/;

/**
 * A carrier's or an agency's office in prose (leftovers of red-team round 83: `Nationwide Mutual
 * Insurance Company, One Nationwide Plaza, Columbus OH 43215`, `State Farm Mutual, One State Farm
 * Plaza, Bloomington IL 61710`, `Brown & Brown Inc (300 North Beach Street, Daytona Beach FL)`,
 * `The Prudential Insurance Company of America, 751 Broad Street, Newark NJ 07102`): an insurer's
 * form (`Company`, `Company of America`, `Mutual`, `Assurance`, `Insurance`, `Agency`) or a legal
 * form, then a comma or an opening bracket, then the street: the office its filings publish.
 */
const INSURER_OFFICE_BEFORE =
  /(?:^|[^A-Za-z])(?:Company(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|Mutual|Assurance|Insurance|Agency|Inc|Corp|LLC|Ltd)\.?(?:, | \()$/;
/** The same office's postcode further on: the firm's form, the street (a house number or `One …`), a town and state. */
const INSURER_OFFICE_LINE_BEFORE =
  /(?:^|[^A-Za-z])(?:Company(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|Mutual|Assurance|Insurance|Agency|Inc|Corp|LLC|Ltd)\.?(?:, | \()(?:\d[^\n,()]{2,58}|One [^\n,\d()]{3,40})(?:, [^\n,\d()]{2,40}){0,2},? $/;

/**
 * A home health agency's, a hospice's or a senior-living community's office after its name (`Maple
 * Ridge Home Health, 250 Main Street`, `BrightPath Home Care, 100 Pearl Street` in a caregiver's
 * mileage log; leftovers of red-team round 87): the head nouns of such an organisation's name,
 * then a comma or an opening bracket. A client's home after a person's name stays an address.
 */
const CARE_OFFICE_BEFORE =
  /(?:^|[^A-Za-z])[A-Z][A-Za-z'’&.-]*(?: [A-Z][A-Za-z'’&.-]*){0,4} (?:Home Health|Home Care|Homecare|Home Healthcare|Hospice|Senior Living|Assisted Living|Health Services|Nursing Services)(?:, | \()$/;

/**
 * A funeral home's, a crematory's or a cemetery's office after its name (`Fortin Group Funeral
 * Home, 217 Pine Street`, `Green-Wood Cemetery, 500 25th Street`, `Forest Lawn Memorial Park, 1712
 * S. Glendale Avenue` in a florist's delivery or a service's venue; stop 47, leftovers of red-team
 * round 101): the head nouns of such a place's name, then a comma or an opening bracket. The
 * family's home after a person's name stays an address.
 */
const DEATH_CARE_OFFICE_BEFORE =
  /(?:^|[^A-Za-z])[A-Z][A-Za-z'’&.-]*(?: (?:[A-Z][A-Za-z'’&.-]*|of|de|del|la|and|&)){0,5} (?:Funeral Homes?|Funeral Chapels?|Funeral Services?|Funeral Directors|Mortuary|Crematory|Crematorium|Cremation Services|Cemetery|Memorial Park|Memorial Gardens|Memorial Cemetery)(?:, | \()$/;

function afterCompanyName(text: string, start: number): boolean {
  if (start <= 4) return false;
  const before = text.charCodeAt(start - 2);
  if (before === 44 && COMPANY_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  const opens = before === 44 || text.charCodeAt(start - 1) === 40;
  if (opens && CARE_OFFICE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (opens && DEATH_CARE_OFFICE_BEFORE.test(text.slice(Math.max(0, start - 90), start))) return true;
  return opens && INSURER_OFFICE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Reports the street line `value` at `start` of `text` unless it overlaps a line in `reported`
 * (start, end pairs), and adds it there; a company's office (afterCompanyName) is not reported.
 */
function reportStreet(text: string, out: Span[], start: number, value: string, reported: number[], priority: number): void {
  if (afterCompanyName(text, start)) return;
  const end = start + value.length;
  for (let k = 0; k < reported.length; k += 2) if (start < reported[k + 1]! && end > reported[k]!) return;
  reported.push(start, end);
  out.push({
    start,
    end: start + value.length,
    entity: 'ADDRESS',
    detector: 'street_address',
    normalized: normalizeAddress(value),
    priority,
  });
}

/**
 * Whether the digit run [i, j) can be the house number that ends a NUMBER_AFTER match covering
 * it. In every shape of NUMBER_AFTER the only digits are the final `\d{1,4}` (BEFORE_POSTCODE's
 * flat after a slash, `10/12`, comes after it: the run of the house number still ends the same way), followed by at most
 * one ASCII letter and then a character that is not `\w` (or `, ` before a postcode); so a match
 * covering the run holds all of it (the run starts after a non-digit), the run has at most four
 * digits, and what follows it is not a word character (after at most one letter). A run failing
 * this cannot be reported, so the search before it is skipped: same spans, fewer regex passes
 * over up to 120 characters (`took 250ms`, `id 123456`).
 */
export function mayEndStreetLine(text: string, i: number, j: number): boolean {
  if (j - i > 4) return false;
  let a = j;
  if (a < text.length && isAsciiLetter(text.charCodeAt(a))) a++;
  return a >= text.length || !isWordChar(text.charCodeAt(a));
}
/**
 * Whether one of NUMBER_AFTER's four shapes can have the digit run [i, j) as its house number
 * (findStreets: the match must cover `i`, so its final number is that run), each shape by what it
 * needs next to the number or in the text it searches (from `from`):
 * - BEFORE_POSTCODE: `, ` and a digit right after the number (after at most one [a-z], and a flat
 *   after a slash);
 * - GLUED and SEPARATE_DE: a street suffix or German street word, and at most one space, right
 *   before the number (STREET_SUFFIX_BEFORE, one look-behind at `i`);
 * - WORD_FIRST: one of its opening street words in [from, i) (WORD_FIRST_OPENER, prefixes of them).
 * streetWordBefore accepts any capitalised word before the number (`LIMIT 10`, `Version 3`), after
 * which the regex pass over up to 120 characters cost several microseconds and never matched on
 * such text; this reads a few characters, one look-behind and, rarely, one short search instead.
 */
export function numberAfterShapeMayEnd(text: string, from: number, i: number, j: number): boolean {
  let a = j;
  const c = codeAt(text, a);
  if (c >= 97 && c <= 122) a++;
  // BEFORE_POSTCODE's flat after a slash (`Marszałkowska 10/12, 00-590 Warszawa`).
  if (codeAt(text, a) === 47 && isDigit(codeAt(text, a + 1))) {
    a++;
    while (isDigit(codeAt(text, a))) a++;
    const f = codeAt(text, a);
    if (f >= 97 && f <= 122) a++;
  }
  if (codeAt(text, a) === 44 && codeAt(text, a + 1) === 32 && isDigit(codeAt(text, a + 2))) return true;
  STREET_SUFFIX_BEFORE.lastIndex = i;
  if (STREET_SUFFIX_BEFORE.test(text)) return true;
  NORDIC_SUFFIX_BEFORE.lastIndex = i;
  if (NORDIC_SUFFIX_BEFORE.test(text)) return true;
  return WORD_FIRST_OPENER.test(text.slice(from, i));
}
/** GLUED's suffixes and SEPARATE_DE's words (the words it lists beyond the suffixes end in one), then an optional space. */
const STREET_SUFFIX_BEFORE =
  /(?<=(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|straat|laan|gracht|plein|kade|dijk|singel|steeg|markt|Chaussee) ?)/y;
/** NORDIC_GLUED's street words, then an optional space. */
const NORDIC_SUFFIX_BEFORE = new RegExp(`(?<=(?:${NORDIC_SUFFIXES}) ?)`, 'y');
/** WORD_FIRST's opening street words, some shortened to a shared prefix (`Av`: Avenida, Avda, Av., Avenue; `Carre`: Carrer, Carretera). */
const WORD_FIRST_OPENER =
  /[Cc]alle|C\/|Av|avenida|rua|travessa|piazza|viale|in via|Paseo|Plaza|Carre|Camino|Ru[ae]|Via|Piazza|Corso|Largo|Vicolo|Strada|Praça|Travessa|Estrada|R\.? /;

/**
 * Whether the text right before the digit run at `i` can end a NUMBER_AFTER match whose house
 * number is that run (see findStreets: a reported match covers `i`, and its only digits are its
 * final `\d{1,4}`, so that number starts at `i`). Read backwards from `i`, never before `from`
 * (where the search starts), every shape puts right before its number:
 * - WORD_FIRST: a capitalised word (CAP), `,? ` and an optional marker `n`, `nº`, `n°`, `no`, `n.`
 *   with an optional space after it (`Calle Mayor 5`, `Rua Augusta, 274`, `Via Roma n° 12`);
 * - GLUED: a word that starts with a capital and ends with the street suffix, an optional space
 *   (`Hauptstraße 5`, `Bahnhofstr.12`);
 * - SEPARATE_DE: the street word (`Straße`, `Str.`, `Weg`…, all capitalised), an optional space;
 * - BEFORE_POSTCODE: CAP and a space.
 * Every one of those words is a run of WORD_CHARS ending there and starting with a capital of
 * [A-ZÀ-ÖØ-Þ]. So: skip one space, try the marker (then its space and an optional comma), else an
 * optional comma; the run of word characters ending there must hold such a capital. `version 2`,
 * `retry 3`, `ORD-62322 build 7` fail, so the regex pass over up to 120 characters is skipped.
 */
export function streetWordBefore(text: string, from: number, i: number): boolean {
  let k = i;
  if (k > from && text.charCodeAt(k - 1) === 32) k--;
  const marker = markerStart(text, from, k);
  if (marker > from && text.charCodeAt(marker - 1) === 32) {
    let w = marker - 1;
    if (w > from && text.charCodeAt(w - 1) === 44) w--;
    if (capitalInWordBefore(text, from, w)) return true;
  }
  if (k > from && text.charCodeAt(k - 1) === 44) k--;
  return capitalInWordBefore(text, from, k);
}
/** Where a house-number marker (`n`, `nº`, `n°`, `no`, `n.`) ending at `k` starts, or -1. */
function markerStart(text: string, from: number, k: number): number {
  if (k - 1 < from) return -1;
  const c = text.charCodeAt(k - 1);
  if (c === 110) return k - 1;
  if ((c === 0xba || c === 0xb0 || c === 111 || c === 46) && k - 2 >= from && text.charCodeAt(k - 2) === 110) return k - 2;
  return -1;
}
/**
 * Whether the run of street-word characters ending at `k` (not before `from`) holds a capital of
 * [A-ZÀ-ÖØ-Þ] or Latin Extended-A. Street-word characters: CAP's capitals and [A-Za-zß-öø-ÿĀ-ž'’.-], which also hold
 * every character of GLUED's and SEPARATE_DE's words.
 */
function capitalInWordBefore(text: string, from: number, k: number): boolean {
  for (let p = k - 1; p >= from; p--) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && isExtAUpper(c))) return true;
    if (!isStreetWordChar(c)) return false;
  }
  return false;
}
/** A capital of Latin Extended-A (U+0100–U+017F), where capitals and small letters alternate. */
function isExtAUpper(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch;
}
/** [A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]: the characters of a CAP word (its first and its other characters). */
function isStreetWordChar(c: number): boolean {
  return (
    (c >= 0x100 && c <= 0x17f) ||
    isAsciiLetter(c) ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
    c === 39 ||
    c === 0x2019 ||
    c === 46 ||
    c === 45
  );
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** A character of regex `\w` without the `u` flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

/**
 * The prefilter of both address detectors: every address has a digit and a space (ids,
 * timestamps and hashes have no space). They have no keywords: street words are short and common
 * (`st`, `dr`, `via`), so a keyword gate would pass most prose and grow the shared keyword pass;
 * the address runs (addressRuns) are the cheaper gate.
 */
function hasNumberAndSpace(scan: TextScan): boolean {
  return scan.text.indexOf(' ') !== -1 && scan.hasDigit;
}

export const streetAddress: ValueDetector = {
  ...detectorFields({
    id: 'street_address',
    entity: 'ADDRESS',
    description: 'Street lines: house number and street (English, French, Spanish, Italian, Portuguese, German, Dutch)',
    validation:
      'a house number next to a street word in the order of its language (221B Baker Street, 12 rue de la Paix, Calle Mayor 5, Via Roma 12, Hauptstraße 5, Keizersgracht 123), street names capitalised; an Apt/Suite/Unit tail included',
    context: false,
    example: '1600 Pennsylvania Avenue NW',
    prefilter: hasNumberAndSpace,
  }),
  find: findStreets,
};

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(
    ' ',
  ),
);

/**
 * One alternative per country; the group that matched names it. Sticky: tried at given positions
 * (exported for the test of mayStartPostcode).
 * UK: outward code (`SW1A`, `M1`, `EC1A`) and inward code (`1AA`). Canada: `K1A 0B1` (letters
 * D F I O Q U never occur). Ireland: Eircode, a routing key (`D06`, `D6W`) and a unique identifier
 * of four (`X2P3`; letters of ACDEFHKNPRTVWXY, at least one digit; red-team round 32). Netherlands:
 * `1012 JS` (never SA, SD, SS). US: ZIP or ZIP+4.
 * Germany and France: five digits. India: PIN, six digits (first 1–9), also written `560 001`.
 * Belgium, Austria and Switzerland: four digits (first 1–9), read with a stricter context (FOUR_DIGIT_*).
 */
export const POSTCODE =
  /(?<![\w-])(?:(?<uk>(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})|(?<ca>[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9])|(?<ie>[ACDEFHKNPRTVWXY][0-9][0-9W] ?(?=[0-9ACDEFHKNPRTV-Y]{0,3}[0-9])[0-9ACDEFHKNPRTV-Y]{4})|(?<nl>[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2})|(?<zip4>[0-9]{5}-[0-9]{4})|(?<five>[0-9]{5})|(?<pin>[1-9][0-9]{2} ?[0-9]{3})|(?<four>[1-9][0-9]{3}))(?![\w-])/y;
const STATE_BEFORE = /(?:^|[^A-Za-z])([A-Z]{2}),? $/;
/**
 * The first digit of a state's ZIP codes (USPS national areas: 0 New England, NJ, PR, VI; 1 NY, PA,
 * DE; … 9 the West Coast, Alaska, Hawaii, Guam; NY also holds 005): a state code right before a
 * ZIP of another area is no address (`MT 75075 -> 4477…`: a gateway's mobile-terminated message
 * from a short code; red-team round 52, stop 36), and the number is read as any other.
 */
const ZIP_AREA_DIGITS: Readonly<Record<string, string>> = {
  ...Object.fromEntries('CT MA ME NH NJ PR RI VT VI'.split(' ').map((st) => [st, '0'])),
  ...Object.fromEntries('DE PA'.split(' ').map((st) => [st, '1'])),
  NY: '01',
  ...Object.fromEntries('DC MD NC SC VA WV'.split(' ').map((st) => [st, '2'])),
  ...Object.fromEntries('AL FL GA MS TN'.split(' ').map((st) => [st, '3'])),
  ...Object.fromEntries('IN KY MI OH'.split(' ').map((st) => [st, '4'])),
  ...Object.fromEntries('IA MN MT ND SD WI'.split(' ').map((st) => [st, '5'])),
  ...Object.fromEntries('IL KS MO NE'.split(' ').map((st) => [st, '6'])),
  ...Object.fromEntries('AR LA OK TX'.split(' ').map((st) => [st, '7'])),
  ...Object.fromEntries('AZ CO ID NM NV UT WY'.split(' ').map((st) => [st, '8'])),
  ...Object.fromEntries('AK CA HI OR WA GU'.split(' ').map((st) => [st, '9'])),
};

const POSTAL_KEYWORDS = [
  'zip',
  'zipcode',
  'zip code',
  'postcode',
  'post code',
  'postal code',
  'postal',
  'postleitzahl',
  'plz',
  'code postal',
  'cp',
  'pin',
  'pincode',
  'pin code',
  'postcode',
  'postnummer',
  'cap',
  'address',
  'addr',
  'adresse',
  'dirección',
  'indirizzo',
  'adres',
  'ship to',
  'deliver to',
  'delivery',
  'mailing',
  'lives at',
  'resides',
  // A sales or support note's `Lives near Leeds LS6 2AB` (red-team round 54).
  'lives in',
  'lives near',
  'living in',
  'living near',
];
/** A postal or address word, whole (`place` is one, `placed` is not). */
const POSTCODE_CONTEXT = new RegExp(`${keywordRegex([...POSTAL_KEYWORDS, ...STREET_WORDS]).source}(?![a-zà-ÿ])`);
/** A German or Dutch street (`Hauptstraße 5`, `Keizersgracht 123`): the street word ends a longer word. */
const GLUED_STREET_CONTEXT =
  /[a-zäöüß](?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|straat|laan|gracht|plein|kade|dijk|singel|steeg|markt) ?\d/;
const POSTCODE_WINDOW = 60;
/**
 * A character every STREET match holds: NUMBER_FIRST_EN's street types are capitalised (`Street`,
 * `St`, `Ave`…), NUMBER_FIRST_FR, WORD_FIRST, SEPARATE_DE and BEFORE_POSTCODE hold a CAP word,
 * WORD_FIRST's street words are capitalised, GLUED starts with `[A-ZÄÖÜ]`.
 */
const STREET_CAPITAL = /[A-ZÀ-ÖØ-Þ]/;

/**
 * True when a street line stands in `text` (the window before a postcode candidate). Every shape
 * of STREET holds a capital of [A-ZÀ-ÖØ-Þ] (STREET_CAPITAL), so a window without one (`…oracle
 * from 203.0.113.42 port 45678`) costs a class search instead of the six shapes tried at every
 * position. Exported for the test of that claim.
 */
export function streetIn(text: string): boolean {
  if (!STREET_CAPITAL.test(text)) return false;
  STREET.lastIndex = 0;
  return STREET.test(text);
}

function findPostcodes(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  const found = runsFor(scan);
  let reachedTo = -1;
  let foundFrom = -1;
  for (let r = 0; r < found.length; r += 3) {
    const i = found[r]!;
    // A postcode starts at most four characters before its first digit (`SW1A`, `EC1A 1BB`), and
    // not inside one found already. The runs come by first digit, not by position: a postcode
    // found later in the text (`call 07911…` read as a ZIP) must not hide one before it
    // (`London SW7 2EF, call 07911 123456`; red-team round 25, found only on a second pass).
    const first = foundFrom >= 0 && foundFrom <= i ? Math.max(reachedTo, i - 4, 0) : Math.max(i - 4, 0);
    for (let start = first; start <= i; start++) {
      if (!mayStartPostcode(text, start)) continue;
      // The last start tried is the run itself: skip the exec where no postcode can be reported.
      if (start === i && !numericPostcodeMayStart(text, i, found[r + 1]!)) break;
      POSTCODE.lastIndex = start;
      const m = POSTCODE.exec(text);
      if (m === null) continue;
      if (postcodeInContext(scan, m)) {
        out.push({
          start,
          end: start + m[0].length,
          entity: 'POSTCODE',
          detector: 'postcode',
          normalized: m[0].toUpperCase().replace(/\s+/g, ''),
          priority,
        });
        reachedTo = start + m[0].length;
        foundFrom = start;
      }
      break;
    }
  }
}

/**
 * Four digits are a year, a port or a count far more often than a Belgian, Austrian or Swiss
 * postcode, so they need more than an address word nearby: a postal-code word right before them
 * (`PLZ 8001`, `code postal 1000`, `NPA 1201`), or a street line before them and a town after them
 * (`Rue de la Loi 16, 1000 Bruxelles`, `Bahnhofstrasse 1, 8001 Zürich`, `Stephansplatz 1, 1010 Wien`).
 */
const FOUR_DIGIT_KEYWORD_BEFORE =
  /(?:^|[^a-z])(?:plz|postleitzahl|postcode|post code|postal code|code postal|zip|zip code|npa|cp|postnummer)[ \t]*[:#.]?[ \t]*$/;
const TOWN_AFTER = /^ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/;
/** The postcode starts the line's second part: after `, ` or a line break (`…Loi 16, 1000 Bruxelles`). */
const AFTER_STREET_LINE = /(?:, ?|\n)$/;
const FOUR_DIGIT_KEYWORD_WINDOW = 16;

function fourDigitPostcodeInContext(scan: TextScan, start: number, end: number): boolean {
  const text = scan.text;
  const lower = scan.lower();
  if (FOUR_DIGIT_KEYWORD_BEFORE.test(lower.slice(Math.max(0, start - FOUR_DIGIT_KEYWORD_WINDOW), start))) return true;
  if (!TOWN_AFTER.test(text.slice(end, end + 3)) || !AFTER_STREET_LINE.test(text.slice(Math.max(0, start - 2), start))) return false;
  const from = start > POSTCODE_WINDOW ? start - POSTCODE_WINDOW : 0;
  return GLUED_STREET_CONTEXT.test(lower.slice(from, start)) || streetIn(text.slice(from, Math.min(text.length, end + 3)));
}

/**
 * POSTCODE's necessary condition at `start`, read in JavaScript before the sticky exec (which
 * costs a native call even where it fails at once): every alternative starts with an ASCII capital
 * or digit, after the look-behind `(?<![\w-])`. Trying the four characters before a number
 * (`SW1A`) would otherwise cost four failed execs at most runs.
 */
export function mayStartPostcode(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!((c >= 65 && c <= 90) || isDigit(c))) return false;
  if (start === 0) return true;
  const p = text.charCodeAt(start - 1);
  return !(isWordChar(p) || p === 45);
}

/**
 * Whether a postcode reported by findPostcodes can start at the digit run [i, j) itself (a run: no
 * digit at i - 1 or at j). At a digit only POSTCODE's numeric alternatives can match, and each
 * fixes the run's length: a PIN written `560 001` 3 (then a space), Dutch `1012 JS` and four
 * digits 4, ZIP and ZIP+4 5, a PIN `560001` 6; all but the ZIPs start with 1–9. The ones that end
 * with the run (four digits, ZIP, six-digit PIN) are then refused as part of digit groups when a
 * `.` and a digit follow (partOfDigitGroups), and the others need a space, `-` or a capital
 * there. So `version 2`, `took 325ms`, `build 2026.11.4` and `2026-11-05` cost no exec (each costs a native call
 * even where it fails at once, and a match refused later costs a slice and a regex).
 */
export function numericPostcodeMayStart(text: string, i: number, j: number): boolean {
  const digits = j - i;
  if (digits < 3 || digits > 6) return false;
  const after = text.charCodeAt(j);
  if (digits === 3) return after === 32 && text.charCodeAt(i) !== 48;
  if (digits !== 5 && text.charCodeAt(i) === 48) return false;
  // POSTCODE's `(?![\w-])` refuses a word character or a dash right after the run, except
  // where a Dutch code goes on (`1012JS`: four digits, a capital) or a ZIP+4 (`94105-1234`: five,
  // a dash). So the date `2026-11-05` and the id `4821ab` cost no exec.
  if (after === 45) return digits === 5;
  if (isWordChar(after)) return digits === 4 && after >= 65 && after <= 90;
  return !(after === 46 && isDigit(text.charCodeAt(j + 1)));
}

/**
 * Digits that continue past a numeric postcode candidate (`612 345 678`, `+351 912 345 678`,
 * `347 123 4567`): the candidate is a group of a phone or account number, not a postcode. A
 * grouped PIN (`560 001`) must not follow another group or a `+` either; a five-digit code may
 * follow a house number (`Hauptstraße 5 10115 Berlin`). Exported for numericPostcodeMayStart's test.
 */
const DIGIT_GROUP_AFTER = /^[ .-]?\d/;
const DIGIT_GROUP_BEFORE = /(?:\+|\d[ .-]?)$/;
export function partOfDigitGroups(text: string, start: number, end: number, grouped: boolean): boolean {
  if (DIGIT_GROUP_AFTER.test(text.slice(end, end + 2))) return true;
  if (text.charCodeAt(start - 1) === 43) return true;
  return grouped && DIGIT_GROUP_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * A word that names the number after it as a record's (red-team round 24: `order 771203` under an
 * address; round 60: `Ordine n. 77812`, `encomenda nº 55120`, `Auftrag 30112` after a town), and
 * an insurer's NAIC company code after its home office (`Columbus OH 43215, naic 23787`: round 83).
 */
const ID_WORD_BEFORE =
  /(?<![a-z])(?:order|invoice|ticket|case|ref|reference|booking|confirmation|room|flight|tracking|acct|account|pedido|commande|bestellung|rechnung|factura|facture|ordine|fattura|bestelling|factuur|zam[oó]wienie|encomenda|fatura|auftrag|protocolo|protocollo|naic(?:[ \t]*code)?)[ \t]*(?:#|no\.?|nr\.?|n[°º.]?|number|num[eé]ro|nummer|n[uú]mero)?[ \t]*[:#]?[ \t]*$/;
/**
 * A counter's name right before the number (`Acct-Input-Octets=182736` of RADIUS accounting,
 * `bytes: 10115`, `port=50122`): a count or a port, not a postcode, whatever address word
 * (`Framed-IP-Address`) stands earlier on the line.
 */
const COUNTER_NAME_BEFORE =
  /(?<![a-z])(?:octets|gigawords|bytes|packets|pkts|port|pid|count|duration|seconds|secs)["']?[ \t]*[=:][ \t]*["']?$/;
/**
 * An amount's word right before the number (`loan amt 12000`, `bal 24000`, `amount: 15000` of a
 * call-centre note that named a street earlier; leftovers of red-team round 82): money, not a ZIP.
 */
const AMOUNT_WORD_BEFORE = /(?<![a-z])(?:amt|amount|bal|balance|total|sum|fee|price|cost|principal|payoff)[ \t]*[:=]?[ \t]*\$?$/;
/**
 * A file's sequence number (`part-00003.csv`, Spark / Hadoop output parts; `export_10115.json`):
 * the digits follow `-`, `_` or (in file-names.ts's view, where such a `-` reads as a blank) a
 * blank, and a data file's extension follows them (red-team round 39: a Databricks bad-records
 * `path` under `/mnt/`, read as a street abbreviation and a ZIP).
 */
const DATA_FILE_EXTENSION_AFTER = /^\.(?:csv|tsv|txt|json|jsonl|ndjson|parquet|avro|orc|gz|log|dat|xml)(?![A-Za-z0-9])/;

function numberedFileName(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return (
    (before === 45 || before === 95 || before === 32) &&
    text.charCodeAt(end) === 46 &&
    DATA_FILE_EXTENSION_AFTER.test(text.slice(end, end + 8))
  );
}

function postcodeInContext(scan: TextScan, m: RegExpExecArray): boolean {
  const text = scan.text;
  const start = m.index;
  const g = m.groups!;
  const numeric = g.four ?? g.five ?? g.zip4 ?? g.pin;
  if (numeric !== undefined && partOfDigitGroups(text, start, start + m[0].length, g.pin?.includes(' ') === true)) return false;
  // `order 771203` below an address line: the number is the order's, named right before it.
  if (numeric !== undefined && ID_WORD_BEFORE.test(scan.lower().slice(Math.max(0, start - 24), start))) return false;
  if (numeric !== undefined && COUNTER_NAME_BEFORE.test(scan.lower().slice(Math.max(0, start - 16), start))) return false;
  if (COMPANY_LINE_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return false;
  if (INSURER_OFFICE_LINE_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return false;
  if (numeric !== undefined && AMOUNT_WORD_BEFORE.test(scan.lower().slice(Math.max(0, start - 14), start))) return false;
  if (numeric !== undefined && numberedFileName(text, start, start + m[0].length)) return false;
  if (g.four !== undefined) return fourDigitPostcodeInContext(scan, start, start + m[0].length);
  if (g.zip4 !== undefined || g.five !== undefined) {
    const state = STATE_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    if (state !== null && US_STATES.has(state[1]!)) {
      if (ZIP_AREA_DIGITS[state[1]!]?.includes(text[start]!) !== false) return true;
      // A ZIP outside the state's area: no address by the state; the words around may still say one.
    }
  }
  const from = start > POSTCODE_WINDOW ? start - POSTCODE_WINDOW : 0;
  const before = scan.lower().slice(from, start);
  // A street line before it; `Westdorp 346, 6637 Tintange` is a street by the postcode after it.
  const through = Math.min(text.length, start + m[0].length + 3);
  // contextBefore reads tokens of an earlier pass as blanks: `<ip_address:…>` holds the word
  // `address`, which would make `port 50122` a postcode on the second pass (idempotence).
  return (
    contextBefore(scan, start, POSTCODE_CONTEXT, POSTCODE_WINDOW) ||
    GLUED_STREET_CONTEXT.test(before) ||
    streetIn(text.slice(from, through))
  );
}

export const postcode: ValueDetector = {
  ...detectorFields({
    id: 'postcode',
    entity: 'POSTCODE',
    description:
      'Postcodes: UK, US ZIP and ZIP+4, Canada, Ireland (Eircode), Germany, France, Netherlands, India PIN, Belgium, Austria, Switzerland',
    validation:
      'the country shape (UK outward and inward code letters, Canadian letters without D F I O Q U, Eircode routing key and identifier letters, Dutch 4 digits and 2 letters); a postal or address word or a street line within 60 characters before, or a US state code right before a ZIP; four digits (BE, AT, CH) only right after a postal-code word, or after a street line and before a town',
    context: true,
    example: 'Washington, DC 20500',
    prefilter: hasNumberAndSpace,
  }),
  find: findPostcodes,
};
