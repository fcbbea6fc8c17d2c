import { regexDetector } from './helpers.js';

/**
 * A street line written in lower case after a person says it is where they live or where a parcel
 * goes (`my home at 5 chowringhee lane`, `i live at 12 park road`, `ship it to 12 oak st apt 4`,
 * `leave it at 221 baker street flat b`): chat and e-mail prose that street_address, which needs
 * capitalised street names to tell a street from `5 ways to drive`, does not read. The lead is
 * what makes it an address: a house number, one to four words and a street word right after
 * `my home / house / flat / address (is) (at)`, `I / we live / stay (at / on)`, `living at`, `ship
 * / deliver / send (it) to`, `leave it at`; a recipient's name and a comma may stand between
 * (`ship to marcus bell, 90 pine ave`), and a unit after it is part of the line (`apt 4`, `unit
 * 3`, `flat b`). Spanish, French and German leads (`vivo en`, `mi dirección es`, `livrez au`,
 * `j'habite au`, `liefern an`, `ich wohne in`) take their own street orders: `calle de alcalá 45`,
 * `14 rue des lilas`, `hauptstraße 12` (red-team round 24). A rider's or guest's chat says where
 * they wait (`i'm at 1837 oregon st`, `pick me up at 40 elm rd`, `meet me at …`: red-team round 47),
 * and a service note where a car is collected (`valet pickup at 88 larkspur way`, round 76).
 */
const STREET_WORDS =
  'street|st|road|rd|lane|ln|avenue|ave|boulevard|blvd|drive|dr|court|ct|place|pl|terrace|way|close|crescent|gardens|grove|parkway|highway|marg|nagar|salai|walk|mews|wharf|row|parade|esplanade|' +
  // USPS Publication 28's suffixes of subdivisions (`62 foxfire trace`, `310 cedar hollow`, `77
  // tanglewood bend`: a congregation's directory updates; leftovers of red-team round 98), after a
  // lead only, as the words above.
  'bend|hollow|trace|trail|trl|ridge|crossing|xing|cove|glen|chase|landing|circle|cir';
const UNIT = `(?:,?[ \\t]+(?:apt|apartment|unit|flat|suite|ste)\\.?[ \\t]*#?[a-z0-9-]{1,5}\\b)?`;
const LEAD = [
  'my (?:home|house|flat|apartment|address)(?: is)?(?: at| on)?:?',
  '(?:i|we) (?:live|stay|reside)(?: at| on)',
  'living at',
  // A handler's note on a third party (`tp … lives 9 thistledown close`, `resides at 4 mill lane`;
  // leftovers of red-team round 75): the third person, `at` left out.
  '(?:lives|resides)(?: at| on)?',
  // Who lives with whom, in a claimant's text to the adjuster (`he lives w me at 3715 sandpiper
  // cove now`: red-team round 105).
  '(?:lives|living|staying) (?:with|w/?) (?:me|us|her|him|them) (?:at|on)',
  'residing at',
  // And a return label's destination (`ship label to 58 kestrel row`: a call summary's next step,
  // red-team round 84).
  '(?:ship|deliver|send)(?: it| them| this| the (?:package|parcel|order)| (?:a |the )?(?:return |shipping |prepaid )?label)? to',
  'leave (?:it|them) at',
  '(?:home |shipping |delivery |mailing )?address(?: is)?:',
  // Spanish in the first and the third person, and an address label in lower case (`vive en calle
  // del olivar 17`, `nueva dirección: paseo …`: an agent's note on a customer, red-team round 72).
  '(?:vivo|resido|vive|viven|reside|residen) en',
  'mi (?:direcci[oó]n|domicilio) es',
  '(?:nueva |su )?(?:direcci[oó]n|domicilio):',
  'env[ií](?:a|e|alo|elo) a',
  '(?:livrez|livrer|envoyez)(?: le| la| les)? (?:au|à)',
  "j'habite(?: au| à)?",
  // A rider's or guest's chat to the driver or host (red-team round 47).
  "(?:i|we)[’'](?:m|re) (?:at|outside|in front of)",
  '(?:pick|picking) (?:me|us) up (?:at|from)',
  'meet (?:me|us) at',
  // A dealer's or a courier's note on where a car or a device is collected (`cust … wants valet
  // pickup at 88 larkspur way`, a connected-car service booking: red-team round 76).
  'pick[- ]?up(?: is)? (?:at|from)',
  '(?:liefern|schicken|senden)(?: sie)? an',
  'ich wohne (?:in|an)(?: der)?',
  // A German HR or case note's address label in lower case (`notfallkontakt: …, adresse: fliederweg
  // 7`, `neue anschrift: kastanienallee 41`; red-team round 63, left63).
  '(?:neue |alte |private? )?(?:adresse|anschrift|wohnanschrift|privatanschrift|privatadresse|wohnadresse)(?: ist)?:',
  // A directory update or a giving office's note (`the ogunbanjos are now at 62 foxfire trace`,
  // `ulrike moved to 310 cedar hollow #2`, `mailed to 19 larkspur hollow`: leftovers of red-team
  // round 98).
  '(?:moved|moving|relocated) (?:to|into)',
  '(?:is|are) now (?:at|on)',
  'mailed(?: it| them| (?:the|a|her|his) (?:receipt|statement|letter|card|check))? to',
  // An agent's move-out note (`new addy 7 kingfisher walk`, `fwd addr: 12 mill lane`; red-team round 71).
  '(?:(?:new|old|forwarding|fwd|previous|prev) (?:addy|addr\\.?|address)|addy)(?: is)?:?',
].join('|');
// A street's name has no function words: `ship it to 40 stores via the main road` is no street.
// Nor a duration (`i'm at 5 min walk from the station`: `walk` is a street word, round 71).
const NAME_WORD =
  "(?!(?:the|via|in|on|near|by|of|to|for|and|from|with|at|or|min|mins|minute|minutes|sec|secs|second|seconds|hour|hours|am|pm)(?![a-z]))[a-z][a-z'-]*";
// A street line wrapped by a phone's or a form's editor over one line break (`lives at 77 saltbox\nlane`,
// `412 cobblers\nwalk`: leftovers of red-team round 87) is read as one line: the break reads as the blank.
const WORD_GAP = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';
const EN_BODY = `\\d{1,5}[a-z]?,?(?:${WORD_GAP}${NAME_WORD}){1,4}?${WORD_GAP}(?:${STREET_WORDS})\\b${UNIT}`;
const FR_BODY = `\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?:rue|avenue|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route)(?:[ \\t]+(?:d'|l')?[a-zà-ÿ-]+){1,4}`;
const ES_BODY = `(?:calle|c/|avenida|avda\\.?|paseo|plaza|camino)(?:[ \\t]+[a-zà-ÿ'-]+){1,4}?,?[ \\t]+\\d{1,4}`;
// German streets named with a preposition and no street word (`am lindenhof 12`, `an der
// alster 5`, `im winkel 3`, `zum feldberg 8`) count only after an address label (DE_LABEL_BODY).
const DE_BODY = `[a-zäöüß-]{2,30}(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|stieg|steig|zeile|markt)[ \\t]+\\d{1,4}[a-z]?`;
const DE_PREPOSITION_BODY = `(?:am|an der|an den|im|in der|auf der|auf dem|zum|zur|hinter der|unter den)[ \\t]+[a-zäöüß-]{3,30}[ \\t]+\\d{1,4}[a-z]?`;
// A word a message puts between the lead and the street (`send her insulin to my address instead
// 1417 w arbor vitae st`, `ship to my address now, 12 oak st`: a parent's SMS reply; red-team round 92).
const LEAD_ADVERB = `(?:[ \\t]+(?:instead|now|pls|please|today|going forward|from now on),?)?`;
const RESIDENCE_STREET = new RegExp(
  `(?<![\\w])(?:${LEAD})${LEAD_ADVERB}(?:(?:[ \\t]+[a-z][a-z'-]*){1,3},)?[ \\t]+(${EN_BODY}|${FR_BODY}|${ES_BODY}|${DE_BODY}|${DE_PREPOSITION_BODY})(?![\\w])`,
  'dgi',
);

export const residenceStreet = regexDetector({
  id: 'residence_street',
  entity: 'ADDRESS',
  description: 'Street lines in lower case after "my home at", "I live at", "pick me up at", "moved to", "mailed to" and the like',
  validation:
    'a house number, one to four words and a street word (street, road, lane, avenue, bend, hollow, trace…) right after the phrase',
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
    'lives',
    'living w',
    'staying w',
    'resides',
    'residing at',
    'ship it',
    'ship them',
    'ship this',
    'ship the',
    'ship to',
    'deliver',
    'send it',
    'send them',
    'send this',
    'send the',
    'leave it at',
    'leave them at',
    'address:',
    'vivo en',
    'resido en',
    'vive en',
    'viven en',
    'reside en',
    'residen en',
    'dirección:',
    'direccion:',
    'domicilio:',
    'mi direcci',
    'mi domicilio',
    'envía',
    'envia',
    'envíe',
    'envie',
    'livre',
    "j'habite",
    // Gated on `i'm`, `we're`, `pick`, `meet`: never `am` / `are`, which most texts hold.
    "i'm at",
    'i’m at',
    "i'm outside",
    'i’m outside',
    "we're at",
    'we’re at',
    'pick me up',
    'pick us up',
    'picking me up',
    'meet me at',
    'meet us at',
    'pickup at',
    'pickup from',
    'pickup is at',
    'pick-up at',
    'pick-up from',
    'pick up at',
    'pick up from',
    'liefern',
    'schicken',
    'senden',
    'ich wohne',
    'adresse:',
    'adresse ist:',
    'anschrift:',
    'addy',
    'new addr',
    'old addr',
    'forwarding addr',
    'fwd addr',
    'moved to',
    'moved into',
    'moving to',
    'moving into',
    'relocated to',
    'now at',
    'now on',
    'mailed',
    'previous addr',
    'prev addr',
  ],
  prefilter: (s) => s.hasDigit,
  pattern: RESIDENCE_STREET,
  group: 1,
  validate: (v) => v.toLowerCase().replace(/\s+/g, ' '),
});

/**
 * The street words a house number and a lower-case name before them make a street line without
 * any lead: abbreviations and nouns that name nothing else after `<number> <word>` (`58 tamarack
 * ct`, `14 harrowgate mews`, `311 larchmont ave closing`, `1207 willow bend blvd`). `st` and `dr`
 * (saint, doctor: `3 new dr appointments`) count only before a line's end, a punctuation mark or a
 * unit, and so does `sq` (square: `40 gracie sq,`; `400 sq ft` has no name word between: red-team
 * round 102); `drive`, `close`, `place`, `way`, `court` (verbs and nouns of prose: `the 2 doors close`)
 * are left to the leads of residence_street.
 */
const BARE_STREET_WORDS = 'street|road|lane|avenue|boulevard|terrace|crescent|mews|parkway|highway|rd|ln|ave|blvd|ct|pkwy|hwy';
/**
 * The street words of prose (`way`, `drive`, `place`, `court`, `run`, `trail`…) count right before
 * a unit (`66 gannet way apt 2`, `4410 fox hollow run unit 3`: a K-1 partner's or a client's
 * address pasted after a TIN; leftovers of red-team round 82): no sentence says `way apt 2`.
 */
const UNIT_STREET_WORDS = 'way|drive|place|pl|court|close|circle|cir|trail|trl|run|trace|ridge';
const UNIT_AFTER = '(?=,?[ \\t]+(?:apt|apartment|unit|flat|suite|ste)\\.?[ \\t]*#?[ \\t]*\\d[a-z0-9-]{0,4}\\b)';
const BARE_STREET = new RegExp(
  `(?<![\\w./:#$-])\\d{1,5}(?:[ \\t]+${NAME_WORD}){1,3}?[ \\t]+(?:(?:${BARE_STREET_WORDS})\\b|(?:st|dr|sq)(?=[ \\t]*(?:[,.;:)!?"|]|$|apt|unit|suite|\\n))|(?:${UNIT_STREET_WORDS})(?:${UNIT_AFTER}|(?=\\|)))${UNIT}(?![\\w-])`,
  'gm',
);
/**
 * A street of UNIT_STREET_WORDS without its unit counts only as a pipe row's whole cell (`…|12 old
 * orchard way|5521 heronsgate drive|…` of a loan system's field history exported without its
 * header; red-team round 81): `|` on both sides, so no sentence's `the 2 doors close` is read.
 */
const UNIT_STREET_END = new RegExp(`[ \\t](?:${UNIT_STREET_WORDS})$`);
/**
 * `st` / `dr` before a closing quote count only as the whole quoted value (`field "Street Address"
 * value "5521 heronsgate dr"` of a HMDA edit report; red-team round 81).
 */
const SAINT_OR_DOCTOR_END = /[ \t](?:st|dr)$/i;
function wholeCellOrUnit(v: string, text: string, start: number): boolean {
  const after = text.charCodeAt(start + v.length);
  if (after === 34) return text.charCodeAt(start - 1) === 34 || !SAINT_OR_DOCTOR_END.test(v);
  return after !== 124 || text.charCodeAt(start - 1) === 124 || !UNIT_STREET_END.test(v);
}

/**
 * A street line in lower case without a lead (`ship the laptop to 58 tamarack ct`, `fw: wire for
 * 14 harrowgate mews`, `re: 311 larchmont ave closing`: chat, ticket notes and subjects of red-team
 * round 68 and its leftovers): a house number of 1–5 digits, one to three lower-case words that
 * are no function words, and a street word of BARE_STREET_WORDS.
 */
export const streetLineLower = regexDetector({
  id: 'street_line_lower',
  entity: 'ADDRESS',
  description:
    'Street lines in lower case without a lead: a house number, one to three words and an unambiguous street word (rd, ave, ct, mews…)',
  validation:
    "a house number of 1–5 digits, 1–3 lower-case words that are no function words, a street word; st / dr / sq only at a line end, a punctuation mark, a closing quote, a pipe or a unit; way / drive / place / court… only before a unit or as a pipe row's whole cell",
  context: false,
  example: 'ship the laptop to 58 tamarack ct, his cell …',
  keywords: [...BARE_STREET_WORDS.split('|'), 'st', 'dr', 'sq', ...UNIT_STREET_WORDS.split('|')].map((w) => ` ${w}`),
  prefilter: (s) => s.hasDigit,
  pattern: BARE_STREET,
  validate: (v, scan, start) => (wholeCellOrUnit(v, scan.text, start) ? v.toLowerCase().replace(/\s+/g, ' ') : undefined),
});

/**
 * A German street name typed in lower case with its house number (`neue lieferadresse:
 * lindenallee 23`, `wohnt brunnenstraße 88`: support notes of red-team round 70 and its
 * leftovers): one word of three letters or more glued to a street noun that names nothing else
 * (`straße` / `strasse`, `allee`, `gasse`, `damm`, `ufer`), a blank and a house number of 1–4
 * digits with an optional letter. `weg` and `platz` are left: `rückweg 2`, `parkplatz 12`,
 * `arbeitsplatz 3` name no home.
 */
const GERMAN_STREET_LOWER =
  /(?<![\p{L}\d_./-])\p{Ll}{3,30}(?:straße|strasse|allee|gasse|damm|ufer)[ \t]+\d{1,4}[a-z]?(?![\p{L}\d/-]|[.,]\d)/gu;

export const germanStreetLower = regexDetector({
  id: 'german_street_lower',
  entity: 'ADDRESS',
  description: 'German street names typed in lower case with a house number (lindenallee 23, brunnenstraße 88)',
  validation:
    'a lower-case word of 3+ letters glued to straße / strasse / allee / gasse / damm / ufer, a blank, a house number of 1–4 digits',
  context: false,
  example: 'neue lieferadresse: lindenallee 23, bitte klingeln',
  keywords: ['straße', 'strasse', 'allee', 'gasse', 'damm', 'ufer'],
  prefilter: (s) => s.hasDigit,
  pattern: GERMAN_STREET_LOWER,
  validate: (v) => v.replace(/\s+/g, ' '),
});

/**
 * A German street named by a preposition instead of a street word (`Am Sandtorkai 37`, `An der
 * Alster 45`, `Im Tal 8`, `Auf dem Hügel 3`, `Zum Alten Hafen 2`, `Unter den Eichen 87`) in a
 * note that speaks of an address (`Anschrift`, `Adressnachweis`, `wohnt`, `Meldebescheinigung`;
 * red-team round 73, left73): the preposition, one to three capitalised words and a house number.
 * Without such a word the same words are prose (`Am Montag 14 Fälle`, `Im Jahr 2024`); with a
 * postcode after them street_address reads them already.
 */
const GERMAN_PREPOSITION_STREET =
  /(?<![\p{L}\d_])(?:Am|Im|Zum|Zur|Beim|An der|An den|An dem|Auf der|Auf dem|Auf den|In der|In den|Unter den|Hinter der|Hinter dem|Vor dem|Vor den|Neben der)[ \t]\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}?[\p{Ll}ß]+)*(?:[ \t]\p{Lu}[\p{Ll}ß]+){0,2}[ \t]\d{1,4}[a-z]?(?![\p{L}\d/]|[.,:]\d)/gu;
/** Capitalised words after a preposition that name a time, a list or a count, not a street. */
const NOT_STREET_WORDS = new Set(
  (
    'montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende januar februar märz april mai juni juli august ' +
    'september oktober november dezember jahr monat tag ende anfang stichtag abend morgen mittag warteliste schnitt durchschnitt ' +
    'quartal zeitraum fall moment rahmen bereich vergleich prinzip grunde gegensatz'
  ).split(' '),
);

export const germanPrepositionStreet = regexDetector({
  id: 'german_street_preposition',
  entity: 'ADDRESS',
  description:
    'German streets named by a preposition without a street word (Am Sandtorkai 37, An der Alster 45) in a note about an address',
  validation:
    'Am / Im / Zum / Zur / An der / Auf dem / Unter den… then 1–3 capitalised words and a house number of 1–4 digits; the text names an address (Anschrift, Adresse, wohnt, Adressnachweis, Meldebescheinigung…); no weekday, month or word of time or counting after the preposition',
  context: false,
  example: 'Adressnachweis passt: Am Dalmannkai 9.',
  keywords: ['anschrift', 'adresse', 'wohn', 'adressnachweis', 'meldebescheinigung', 'umgezogen', 'zugestellt'],
  prefilter: (s) => s.hasDigit,
  pattern: GERMAN_PREPOSITION_STREET,
  validate: (v) => {
    const head = v.split(/[ \t]+/).find((w, i) => i > 0 && /^\p{Lu}/u.test(w))!;
    return NOT_STREET_WORDS.has(head.split('-')[0]!.toLowerCase()) ? undefined : v.replace(/\s+/g, ' ');
  },
});

/**
 * Street words of prose and of subdivisions (`bend`, `hollow`, `close`, `way`, `run`…) that
 * streetLineLower leaves alone without a unit: they count when the town and a postcode follow
 * after a comma (`58 tamarack bend,\nboise id 83702`, `417 larkspur hollow, bend or 97701`, `9
 * fernleigh close,\nharrogate hg2 8lt`: people-search removal tickets typed in lower case;
 * leftovers of red-team round 89). No sentence puts a town, a state and a ZIP after `the 2 doors
 * close,`.
 */
const TOWN_STREET_WORDS =
  'way|drive|place|court|close|circle|trail|run|trace|ridge|bend|hollow|loop|crossing|cove|point|row|green|grove|walk|path|glen|chase|view|rise|heights|meadow|meadows|landing|pass|square|gardens|park';
const TOWN_AND_POSTCODE =
  "(?=,[ \\t]*(?:\\r?\\n|\\\\n)?[ \\t]*[a-z][a-z.'-]{1,20}(?:[ \\t][a-z][a-z.'-]{1,20}){0,2},?[ \\t](?:[a-z]{2}[ \\t]\\d{5}(?:-\\d{4})?|[a-z]{1,2}\\d[a-z\\d]?[ \\t]?\\d[a-z]{2})(?![\\w-]))";
export const streetLineLowerTown = regexDetector({
  id: 'street_line_lower_town',
  entity: 'ADDRESS',
  description: 'Street lines in lower case with a street word of prose (bend, hollow, close…) before a town and a postcode',
  validation:
    'a house number of 1–5 digits, 1–3 lower-case words that are no function words, a street word of prose or of a subdivision, then `,`, a town of 1–3 words and a US state with a ZIP or a UK postcode',
  context: false,
  example: 'broker still shows her at 58 tamarack bend, boise id 83702',
  keywords: TOWN_STREET_WORDS.split('|').map((w) => ` ${w},`),
  prefilter: (s) => s.hasDigit,
  pattern: new RegExp(`(?<![\\w./:#$-])\\d{1,5}(?:[ \\t]+${NAME_WORD}){1,3}?[ \\t]+(?:${TOWN_STREET_WORDS})${TOWN_AND_POSTCODE}`, 'g'),
  validate: (v) => v.toLowerCase().replace(/\s+/g, ' '),
});
