import { SIG_SPACE } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/**
 * People of care notes that the full-name detectors cannot see (leftovers of red-team round 87):
 * a relative named by the given name alone after the kin word (`wife clementine says`, `son dorian
 * called back`, `husband ferdinand helped with transfer`, `Niece Rosalind visited`), and the name
 * and birth date of a faxed form read by OCR with its labels run together (`Patient'sName:
 * ASHCOMBE,LEONTYNE`, `DateofBirth:O9/11/1936`, a `0` read as the letter `O`).
 */

/** Kin words that home-care, hospice and senior-living notes put before a relative's given name. */
const KIN_WORDS: readonly string[] = [
  'husband',
  'wife',
  'son',
  'daughter',
  'dtr',
  'grandson',
  'granddaughter',
  'niece',
  'nephew',
  'brother',
  'sister',
  'spouse',
  // A husband named the homely way in a group's or a volunteer desk's message (`her hubby lysander
  // will cover`: leftovers of red-team round 98).
  'hubby',
  // Spanish, Portuguese and German notes of congregations and care teams (`su esposo anselmo está
  // en el hospital`, `ihr mann wendelin ist im pflegeheim`: leftovers of red-team round 98), read
  // only after a third person's possessive (FOREIGN_KIN): alone, `Mann` is any man and `hijo` any son.
  ...['esposo', 'esposa', 'marido', 'hijo', 'hija', 'filho', 'filha', 'mann', 'sohn', 'tochter'],
];
/** Kin words of other languages, read only after a third person's possessive (THIRD_PERSON_BEFORE). */
const FOREIGN_KIN: ReadonlySet<string> = new Set([
  'esposo',
  'esposa',
  'marido',
  'hijo',
  'hija',
  'filho',
  'filha',
  'mann',
  'sohn',
  'tochter',
]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The end of the word of ASCII letters at `at`. */
function lettersEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A given name of the SSA list (not a rare one) that is no stop word, no everyday English word
 * (`grace`, `will`, `rose`, `hope`, `young`) and no everyday capitalised given name (`mark`, `bill`).
 */
function onlyGivenName(word: string, rare: boolean): boolean {
  const key = foldName(word);
  if (key.length < 3 || isNameStopWord(key) || isEverydayWord(key) || WORDLIKE_GIVEN.has(key)) return false;
  return (nameKind(key) & (rare ? GIVEN | RARE : GIVEN)) !== 0;
}

/**
 * The given name right after the kin word that ends at `end`, as [start, end], or undefined: one
 * blank, a word of 3+ letters in lower case or capitalised that onlyGivenName accepts, then no
 * letter, digit, `-`, `'`, `@`, `_` or `/` going on, and no second name word after it (a full name,
 * `Son Jasper Blanchflower`, is the full-name detectors' to read; a span of the given name alone
 * would leave its surname).
 */
function givenAfterKin(text: string, end: number, rare: boolean): [number, number] | undefined {
  if (text.charCodeAt(end) !== 32) return undefined;
  const start = end + 1;
  const first = text.charCodeAt(start);
  if (!isLetter(first)) return undefined;
  const stop = lettersEnd(text, start);
  if (stop - start < 3 || stop - start > 14) return undefined;
  for (let i = start + 1; i < stop; i++) if (!isLower(text.charCodeAt(i))) return undefined;
  const next = text.charCodeAt(stop);
  // A letter outside ASCII goes on the word (`también`): no word read here.
  if (next === 45 || next === 39 || next >= 0xc0 || next === 64 || next === 95 || next === 47 || (next >= 48 && next <= 57))
    return undefined;
  if (!onlyGivenName(text.slice(start, stop), rare) && !(rare && unlistedGivenBeforeClause(text, start, stop))) return undefined;
  if (next === 32) {
    const after = text.charCodeAt(stop + 1);
    const afterEnd = lettersEnd(text, stop + 1);
    // A capitalised word after a capitalised given name, or a known surname after a lower-case one;
    // a word of two letters is none there (`her son lazarus re: …`, `wife hermione on camera`:
    // red-team round 103), nor a stop word.
    if (isUpper(first) && isUpper(after)) return undefined;
    const afterWord = foldName(text.slice(stop + 1, afterEnd));
    if (afterEnd - stop > 3 && (nameKind(afterWord) & SURNAME) !== 0 && !isEverydayWord(afterWord) && !isNameStopWord(afterWord))
      return undefined;
  }
  return [start, stop];
}

/**
 * A given name no list holds after a third person's kin word, where the clause goes on with its
 * verb or ends (`his wife ysolde called`, `her hubby lysander will cover`, `ihr mann wendelin ist
 * …`: leftovers of red-team round 98): the word `text[start, stop)` is in lower case or
 * capitalised, of 4+ letters, in no list, no stop or everyday word, no verb's or adverb's ending
 * and no adverb of a note (`her husband also is`, `his wife still has`); right after it a stop, a
 * comma, `!`, `)` or one of CLAUSE_WORDS.
 */
function unlistedGivenBeforeClause(text: string, start: number, stop: number): boolean {
  if (stop - start < 4) return false;
  const key = foldName(text.slice(start, stop));
  if (nameKind(key) !== 0 || isNameStopWord(key) || isEverydayWord(key) || NOTE_ADVERBS.has(key) || /(?:ed|ing|ly)$/.test(key))
    return false;
  const next = text.charCodeAt(stop);
  if (next === 44 || next === 33 || next === 41) return true;
  if (next === 46) return stop + 1 >= text.length || text.charCodeAt(stop + 1) === 32;
  if (next !== 32) return false;
  const wordStop = lettersEnd(text, stop + 1);
  const word = text.slice(stop + 1, wordStop);
  return CLAUSE_WORDS.has(word) || (text.charCodeAt(wordStop) === 0xe1 && word === 'est' && !isLetter(text.charCodeAt(wordStop + 1)));
}
/** Verbs that go on a clause after a relative's name (English, Spanish, Portuguese, German); `está` is read apart. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'is was will would can cant could has had says said called asked still does did needs wants es fue tiene ist war hat wird kann foi tem'.split(
    ' ',
  ),
);
/** Adverbs and pronouns of a note that stand where the name would (`her husband also`, `su esposo ahora`, `ihr mann jetzt`). */
const NOTE_ADVERBS: ReadonlySet<string> = new Set(
  'also just only then here there today tonight tomorrow yesterday again already really currently finally herself himself themselves tambien ahora todavia siempre nunca auch noch jetzt schon heute immer nicht agora ainda sempre'.split(
    ' ',
  ),
);

/**
 * `his `, `her `, `their ` right before the kin word (`her husband cosimo`, `his daughter
 * perpetua`: a nurse's or a hub case manager's note of a patient's family; red-team round 92 and
 * its leftovers): the relative is named, so a rare given name of the lists counts there too.
 */
const THIRD_PERSON_BEFORE = /(?:^|[^A-Za-z])(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]u|[Ss]ua|[Ss]eu|[Ii]hre?|[Ss]eine?)[ \t]+$/;
/** `my `, `our `, `your ` right before the kin word (`my wife kavya`). */
const FIRST_PERSON_BEFORE = /(?:^|[^A-Za-z])(?:[Mm]y|[Oo]ur|[Yy]our)[ \t]+$/;

/** Where the kin word `kin` occurs as a word (lower case or capitalised), each given name after it. */
function kinGivenNames(text: string, kin: string, out: Span[], priority: number, id: string): void {
  for (const form of [kin, kin.charAt(0).toUpperCase() + kin.slice(1)]) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
      // A user's own family in a chat or an agent's memory (`my wife kavya is allergic to nuts`,
      // red-team round 49) keeps a given name alone; a care record's third person does not.
      if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, at - 6), at))) continue;
      const third = THIRD_PERSON_BEFORE.test(text.slice(Math.max(0, at - 7), at));
      if (!third && FOREIGN_KIN.has(kin)) continue;
      const found = givenAfterKin(text, at + form.length, third);
      if (found === undefined) continue;
      const [start, end] = found;
      out.push({ start, end, entity: 'PERSON', detector: id, normalized: foldName(text.slice(start, end)), priority });
    }
  }
}

/**
 * `wife clementine says`, `son dorian called back`, `Niece Rosalind visited`: a relative by the
 * given name alone after the kin word, in care notes and family-portal messages (leftovers of
 * red-team round 87). The kin word says a person follows; the word must be a given name and
 * nothing else (`wife present`, `son aware`, `daughter notified`, `son will` stay). Not after `my`,
 * `our` or `your`: a user's own relative in a chat (red-team round 49 keeps `my wife kavya`).
 */
export const personNameKinGiven: ValueDetector = {
  ...detectorFields({
    id: 'person_name_kin_given',
    entity: 'PERSON',
    description:
      'A relative\'s given name alone right after a kin word in notes ("husband", "hubby", "wife", "son", "daughter", "dtr", "grandson", "granddaughter", "niece", "nephew", "brother", "sister", "spouse"; after "su", "seu", "ihr", "sein"… also Spanish, Portuguese and German ones: "esposo", "marido", "filha", "Mann", "Tochter"…)',
    validation:
      "the kin word as a word, one blank, then a word of 3–14 letters (lower case or capitalised) that the US SSA list knows as a given name and that is no stop word, no everyday English word and no word-like given name; after a third person's possessive also a word of 4+ letters no list holds (no everyday word, adverb or verb ending) before a stop, a comma or the clause's verb (`is`, `will`, `called`, `está`, `ist`); not followed by a surname (full names are the other detectors')",
    context: true,
    example: 'wife clementine says he slept in the recliner',
    keywords: KIN_WORDS,
    readsKeywordHits: true,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const hits = scan.keywordHits;
    const from = out.length;
    for (let j = 0; j < KIN_WORDS.length; j++) {
      if (hits !== undefined && hits[j] !== 1) continue;
      kinGivenNames(text, KIN_WORDS[j]!, out, priority, 'person_name_kin_given');
    }
    if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};

/**
 * Thanks before a person's given name, in a texting tool's replies, a giving platform's receipts
 * and group messages (`thank you, philippa! we got your rsvp`, `thanks ezekiel! your $50.00 gift`,
 * `gracias, rocío.`: red-team round 98 and its leftovers), in English, Spanish, Portuguese,
 * German and French.
 */
const THANKS_WORDS: readonly string[] = ['thank you', 'thanks', 'thx', 'gracias', 'obrigado', 'obrigada', 'danke', 'merci'];

/**
 * The given name right after the thanks word that ends at `end` (`, ` or a blank between), as
 * [start, end], or undefined: a word of 3–14 letters (lower case or capitalised) that the SSA
 * list knows, common or rare, and that is no stop word (`everyone`, `team`), no everyday word
 * (`again`, `grace`) and no word-like given name; then `!`, `,`, `.`, `:` or the text's end.
 */
function givenAfterThanks(text: string, end: number): [number, number] | undefined {
  let start = end;
  if (text.charCodeAt(start) === 44) start++;
  if (text.charCodeAt(start) !== 32) return undefined;
  start++;
  if (!isLetter(text.charCodeAt(start))) return undefined;
  const stop = lettersEnd(text, start);
  if (stop - start < 3 || stop - start > 14) return undefined;
  for (let i = start + 1; i < stop; i++) if (!isLower(text.charCodeAt(i))) return undefined;
  if (stop < text.length) {
    const next = text.charCodeAt(stop);
    if (next !== 33 && next !== 44 && next !== 46 && next !== 58) return undefined;
    if (next === 46 && isLetter(text.charCodeAt(stop + 1))) return undefined;
  }
  const word = text.slice(start, stop);
  return onlyGivenName(word, true) && !THANKED_ROLES.has(word.toLowerCase()) ? [start, stop] : undefined;
}
/** Who is thanked by a role or a group rather than a name (`thank you, pastor!`, `thanks coach`, `gracias hermano`). */
const THANKED_ROLES: ReadonlySet<string> = new Set(
  'pastor pastora father padre deacon bishop reverend elder brother sister hermano hermana doctor doc nurse coach teacher officer captain chief sir madam mom dad mama papa buddy friend friends folks guys ladies gentlemen church sarge'.split(
    ' ',
  ),
);

/** `thank you, philippa!`, `thanks ezekiel!`, `gracias, rocío`: a person thanked by the given name alone. */
export const personNameThanksGiven: ValueDetector = {
  ...detectorFields({
    id: 'person_name_thanks_given',
    entity: 'PERSON',
    description:
      'A person\'s given name alone right after thanks ("thank you", "thanks", "thx", "gracias", "obrigado", "danke", "merci") in replies, receipts and group messages',
    validation:
      "the thanks word as a word, a comma or a blank, then a word of 3–14 letters (lower case or capitalised) that the US SSA list knows as a given name, common or rare, and that is no stop word, no everyday English word and no word-like given name, followed by '!', ',', '.', ':' or the text's end",
    context: true,
    example: 'thank you, philippa! we got your rsvp for the Advent Dinner',
    keywords: THANKS_WORDS,
    readsKeywordHits: true,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const lower = scan.lower();
    if (lower.length !== text.length) return;
    const hits = scan.keywordHits;
    const from = out.length;
    for (let j = 0; j < THANKS_WORDS.length; j++) {
      if (hits !== undefined && hits[j] !== 1) continue;
      const word = THANKS_WORDS[j]!;
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
        if ((at > 0 && isLetter(lower.charCodeAt(at - 1))) || isLetter(lower.charCodeAt(at + word.length))) continue;
        const found = givenAfterThanks(text, at + word.length);
        if (found === undefined) continue;
        const [start, end] = found;
        out.push({
          start,
          end,
          entity: 'PERSON',
          detector: 'person_name_thanks_given',
          normalized: foldName(text.slice(start, end)),
          priority,
        });
      }
    }
    if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};

/**
 * A name label run together by OCR (`Patient'sName:`, `6.Patient'sNameandAddress:`, `PatientName:`,
 * `ResidentName:`), as faxed plans of care and referrals come out of an e-fax OCR, lower-cased.
 */
const GLUED_NAME_LABELS: readonly string[] = [
  "patient'sname",
  'patient’sname',
  'patientname',
  "resident'sname",
  'residentname',
  "client'sname",
  'clientname',
  "member'sname",
  'membername',
];
/** After the label: `andaddress`, then `:` with at most a blank on either side. */
const GLUED_LABEL_TAIL = /(?:andaddress)?[ \t]?:[ \t]?/y;
/** A surname-first pair in capitals or capitalised, with or without a blank after the comma. */
const GLUED_PAIR = /([A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?),[ ]?([A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?)(?![A-Za-z0-9])/y;

/**
 * Calls `read` right after each occurrence of a label (lower case) that stands at a word's start,
 * for the labels whose keyword the pass saw (`readsKeywordHits`), then keeps the spans `read`
 * added in text order. A text whose lower-case form changes its length is not read (offsets would
 * not match).
 */
function readAfterLabels(
  scan: TextScan,
  labels: readonly string[],
  out: Span[],
  read: (text: string, lower: string, after: number) => void,
): void {
  const text = scan.text;
  const lower = scan.lower();
  if (lower.length !== text.length) return;
  const hits = scan.keywordHits;
  const from = out.length;
  for (let j = 0; j < labels.length; j++) {
    if (hits !== undefined && hits[j] !== 1) continue;
    const label = labels[j]!;
    for (let at = lower.indexOf(label); at !== -1; at = lower.indexOf(label, at + label.length)) {
      if (at > 0 && isLetter(lower.charCodeAt(at - 1))) continue;
      read(text, lower, at + label.length);
    }
  }
  if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
}

function pairWord(word: string): boolean {
  const key = foldName(word.split('-')[0]!);
  return word.length >= 2 && !isNameStopWord(key) && !isEverydayWord(key);
}

/**
 * `Patient'sName:ASHCOMBE,LEONTYNE`, `6.Patient'sNameandAddress:DUNSMORE,HYACINTH`: the
 * surname-first name after a name label that OCR ran together with its value (leftovers of
 * red-team round 87). The run-together label is the context; both words must be no stop or
 * everyday word (`PatientName:Unknown,Pending` stays).
 */
export const personNameGluedLabel: ValueDetector = {
  ...detectorFields({
    id: 'person_name_glued_label',
    entity: 'PERSON',
    description:
      "People's names surname first after a name label that OCR ran together (Patient'sName:, Patient'sNameandAddress:, PatientName:, ResidentName:, ClientName:, MemberName:)",
    validation:
      'the glued label (any case), maybe `andaddress`, a colon with at most a blank on either side, then two words of letters (capitals or capitalised, maybe hyphenated) joined by a comma, neither a stop word nor an everyday word',
    context: true,
    example: "Patient'sName:ASHCOMBE,LEONTYNE HIClaimNo:…",
    keywords: GLUED_NAME_LABELS,
    readsKeywordHits: true,
    prefilter: () => true,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    readAfterLabels(scan, GLUED_NAME_LABELS, out, (text, lower, after) => {
      GLUED_LABEL_TAIL.lastIndex = after;
      if (GLUED_LABEL_TAIL.exec(lower) === null) return;
      GLUED_PAIR.lastIndex = GLUED_LABEL_TAIL.lastIndex;
      const m = GLUED_PAIR.exec(text);
      if (m === null || !pairWord(m[1]!) || !pairWord(m[2]!)) return;
      const start = m.index;
      const end = start + m[0].length;
      out.push({ start, end, entity: 'PERSON', detector: 'person_name_glued_label', normalized: foldName(`${m[2]} ${m[1]}`), priority });
    });
  },
};

/** Birth-date labels, lower-cased: `DateofBirth` run together by OCR, `Date of Birth`, `DOB`, `D.O.B.`, `Birthdate`. */
const BIRTH_LABELS: readonly string[] = ['dateofbirth', 'date of birth', 'dob', 'd.o.b', 'birthdate', 'birth date'];
/** After the label: a dot, `:` or `#` and blanks, then a date whose digits may be read as `o`. */
const OCR_DATE = /\.?[ \t]?[:#]?[ \t]?([0-9o]{1,2})([/.-])([0-9o]{1,2})\2([0-9o]{4}|[0-9o]{2})(?![0-9a-z/])/y;

/** The date with `o` read as `0` when it is a plausible birth date (month, day, a year from 1900 to today), else undefined. */
function ocrBirthDate(month: string, day: string, year: string): string | undefined {
  const m = Number(month.replace(/o/g, '0'));
  const d = Number(day.replace(/o/g, '0'));
  let y = Number(year.replace(/o/g, '0'));
  if (year.length === 2) y += y > new Date().getUTCFullYear() % 100 ? 1900 : 2000;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > new Date().getUTCFullYear()) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `DateofBirth:O9/11/1936`, `DOB:O4/22/1941`, `Date of Birth: 1O/O3/1932`: a birth date after its
 * label where OCR read a `0` as the letter `O` (leftovers of red-team round 87). Only a date with
 * such a letter: a date in digits is the other birth-date detectors'. A start-of-care or an order
 * date (`StartofCare:11/O7/2025`) has no birth label before it.
 */
export const birthDateOcrLetterO: ValueDetector = {
  ...detectorFields({
    id: 'birth_date_ocr_letter_o',
    entity: 'DATE_OF_BIRTH',
    description: 'Birth dates after a birth-date label where OCR read a zero as the letter O (O9/11/1936)',
    validation:
      'right after DateofBirth / Date of Birth / DOB / D.O.B / Birthdate (then maybe `.`, `:` or `#` and blanks): M/D/Y with `/`, `.` or `-`, one `O` or `o` at least among its digits; read with `O` as 0, a month 1–12, a day 1–31 and a year from 1900 to this year',
    context: true,
    example: 'DateofBirth:O9/11/1936',
    keywords: BIRTH_LABELS,
    readsKeywordHits: true,
    prefilter: (s) => s.hasDigit,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    readAfterLabels(scan, BIRTH_LABELS, out, (_text, lower, after) => {
      OCR_DATE.lastIndex = after;
      const m = OCR_DATE.exec(lower);
      if (m === null) return;
      const end = OCR_DATE.lastIndex;
      const start = end - (m[1]!.length + m[3]!.length + m[4]!.length + 2);
      if (lower.indexOf('o', start) === -1 || lower.indexOf('o', start) >= end) return;
      const normalized = ocrBirthDate(m[1]!, m[3]!, m[4]!);
      if (normalized === undefined) return;
      out.push({ start, end, entity: 'DATE_OF_BIRTH', detector: 'birth_date_ocr_letter_o', normalized, priority });
    });
  },
};
