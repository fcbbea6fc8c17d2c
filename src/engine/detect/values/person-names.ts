import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { GIVEN_NAMES, SURNAMES } from './person-name-data.js';
import { isNameStopWord } from './person-name-stop.js';

/**
 * People's names in free text (support tickets, chat prompts, agent transcripts, e-mail bodies, SQL
 * literals), found without a statistical model:
 *
 * 1. Candidates are runs of one to four capitalised words joined by single spaces (`Jane Doe`,
 *    `Mr Jean-Luc O'Brien`, `María José García`), plus an initial (`John F. Kennedy`) or a
 *    particle (`van`, `de`, `bin`) between them.
 * 2. A gazetteer from public statistics (US SSA given names, US Census surnames:
 *    scripts/person-name-gazetteer.py) and a stop list (months, weekdays, places, products and
 *    the words that start sentences or name things: person-name-stop.ts) decide which words may
 *    be names.
 * 3. A run is a name when (a) a title stands before it (`Mr`, `Mrs`, `Dr`, `Frau`…): any
 *    capitalised words; or (b) a known given name is followed by a known surname (or another given
 *    name and then a surname); or (c) a lead stands right before it (`Dear`, `Hi`, `Thanks`,
 *    `Regards,` on the line above, `customer`, `assigned to`, `called`, `From:`, `my name is`) and
 *    its first word is a known given name or surname: then the words after it count too.
 *    `my name is jane doe` is also found in lower case.
 *
 * Cost: the prefilter is one native regex test (a capital letter after white space, or `name is` /
 * `call me`); text without one (identifiers, timestamps, lower-case prose) costs that test only.
 */

/** Lower-case ASCII-folded name → 1 given, 2 surname, 3 both. Built on first use (≈60k entries). */
let gazetteer: Map<string, number> | undefined;
function nameKind(word: string): number {
  if (gazetteer === undefined) {
    gazetteer = new Map();
    for (const n of GIVEN_NAMES.split(' ')) gazetteer.set(n, 1);
    for (const n of SURNAMES.split(' ')) gazetteer.set(n, (gazetteer.get(n) ?? 0) | 2);
  }
  const kind = gazetteer.get(word);
  if (kind !== undefined) return kind;
  // O'Brien (census: OBRIEN), D'Angelo, Jean-Luc, García-Márquez: the joined form, else any part.
  if (!/['’-]/.test(word)) return 0;
  const joined = gazetteer.get(word.replace(/['’-]/g, ''));
  if (joined !== undefined) return joined;
  let parts = 0;
  for (const part of word.split(/['’-]/)) if (part.length > 1) parts |= gazetteer.get(part) ?? 0;
  return parts;
}
const GIVEN = 1;
const SURNAME = 2;

/** Lower case without diacritics (`García` → `garcia`), as the gazetteer is written. */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks after NFD
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
/** One capitalised word: `Jane`, `McDonald`, `O'Brien`, `Jean-Luc`, `García`. */
const WORD = `(?:[OD]['’])?[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?`;
const PARTICLE = '(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|bin|ibn|al|el|ter|ten)';
/**
 * A run of capitalised words. Not inside identifiers, paths, emails or URLs: no word character,
 * `@ . / \ # $ _ -` right before, none of `@ / \ _` or a word character after.
 */
const RUN = new RegExp(
  `(?<![\\w@./\\\\#$-])${WORD}(?:[ ]+(?:[${UPPER}]\\.[ ]+)?(?:${PARTICLE}[ ]+)?${WORD}){0,3}(?![\\w@/\\\\_]|[.-]\\w)`,
  'g',
);
const WORD_IN_RUN = new RegExp(`[${UPPER}]\\.|${PARTICLE}(?= )|${WORD}`, 'g');

/** Titles: any capitalised words right after one are a name (`Mr. Okonkwo`, `Frau Schmidt`). */
const TITLES = new Set(
  'mr mrs ms miss mx dr prof sir dame lady lord herr frau mme mlle monsieur madame sr sra srta señor señora signor signora sig'.split(' '),
);
/** A title ending right before a run (with its dot). */
const TITLE_BEFORE = /(?:^|[^\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Signor|Signora|Sig)\.?[ \t]+$/;

/** Words that lead into a name when they start a run (`Dear Ana`, `Thanks Raj`, `Customer Li Wei`). */
const LEAD_WORDS = new Set(
  'dear hi hello hey thanks thank cheers regards greetings customer client patient caller user employee agent contact assignee owner reporter requester attn attention signed'.split(
    ' ',
  ),
);
/**
 * A lead ending right before a run, in lower case: a greeting or a role, `assigned to`, `called`,
 * `spoke with`, `From:`, `my name is`, or a sign-off with the name on the next line
 * (`Regards,\nJane`).
 */
const LEAD_BEFORE =
  /(?:^|[^a-z])(?:dear|hi|hello|hey|thanks|thank you|cheers|regards|best|sincerely|greetings|customer|client|patient|caller|user|employee|agent|contact|assignee|owner|reporter|requester|requested by|reported by|created by|approved by|signed|attn|attention|called|named|assigned to|escalated to|spoke to|spoke with|talked to|from:|to:|cc:|name:|name is|i am|i'm|this is|call me)[ \t]*[:,]?[ \t]*(?:\r?\n[ \t]*)?(?:-+[ \t]*)?$/;
const LEAD_WINDOW = 32;

/** `my name is jane doe`, `call me raj`: a name written in lower case. */
const LOWER_INTRO = /\b(?:my name is|call me)[ \t]+([a-z]+(?:-[a-z]+)?)(?:[ \t]+([a-z]+(?:-[a-z]+)?))?/dg;

const GATE = new RegExp(`\\s[${UPPER}][${LOWER}]|name is|call me`);

interface Word {
  start: number;
  end: number;
  text: string;
  /** Folded form, '' for initials and particles. */
  key: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD_IN_RUN.lastIndex = 0;
  const run = text.slice(start, end);
  for (let m = WORD_IN_RUN.exec(run); m !== null; m = WORD_IN_RUN.exec(run)) {
    const w = m[0];
    const initialOrParticle = w.endsWith('.') || w.charCodeAt(0) >= 97;
    words.push({ start: start + m.index, end: start + m.index + w.length, text: w, key: initialOrParticle ? '' : foldName(w) });
  }
  return words;
}

/** A word that may be part of a name: not a stop word, not an initial or particle. */
function nameLike(w: Word): boolean {
  return w.key !== '' && !isNameStopWord(w.key);
}

function push(out: Span[], text: string, start: number, end: number, priority: number): void {
  const value = text.slice(start, end);
  out.push({ start, end, entity: 'PERSON', detector: 'person_name', normalized: foldName(value).replace(/\s+/g, ' '), priority });
}

/**
 * Decides one run; `lead` says a title (2) or a lead (1) stands right before it. Returns the
 * index of the first word not consumed, so the caller can go on after a name.
 */
function decideRun(text: string, words: Word[], lead: number, out: Span[], priority: number): void {
  let i = 0;
  // Titles and leads written as the run's first words: `Dear Jane Doe`, `Mr Smith`.
  while (i < words.length && words[i]!.key !== '') {
    const k = words[i]!.key;
    if (TITLES.has(k)) lead = 2;
    else if (LEAD_WORDS.has(k)) lead = Math.max(lead, 1);
    else break;
    i++;
  }
  while (i < words.length) {
    const first = words[i]!;
    if (!nameLike(first)) {
      i++;
      lead = 0;
      continue;
    }
    // The longest stretch of name-like words (initials and particles inside it) from i.
    let j = i + 1;
    while (j < words.length && (nameLike(words[j]!) || (words[j]!.key === '' && j + 1 < words.length))) j++;
    while (j > i + 1 && words[j - 1]!.key === '') j--;
    const kind = nameKind(first.key);
    let end = -1;
    if (lead === 2) end = j;
    else if (lead === 1 && kind !== 0) end = j;
    else if (kind & GIVEN && j > i + 1) {
      // A given name, then words up to the last known surname (middle names may be given names).
      for (let k = i + 1; k < j; k++) {
        const key = words[k]!.key;
        if (key === '') continue;
        const kk = nameKind(key);
        if (kk & SURNAME) end = k + 1;
        else if (!(kk & GIVEN)) break;
      }
    }
    if (end > i) {
      push(out, text, first.start, words[end - 1]!.end, priority);
      i = end;
    } else i++;
    lead = 0;
  }
}

function findNames(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = m.index;
    const words = wordsOf(text, start, start + m[0].length);
    let lead = 0;
    if (start > 0) {
      const before = text.slice(start > LEAD_WINDOW ? start - LEAD_WINDOW : 0, start);
      if (TITLE_BEFORE.test(before)) lead = 2;
      else if (LEAD_BEFORE.test(before.toLowerCase())) lead = 1;
    }
    decideRun(text, words, lead, out, priority);
  }
  if (text.indexOf('name is') !== -1 || text.indexOf('call me') !== -1) findLowerCaseIntros(text, out, priority);
}

/** `my name is jane doe`: the first word must be a known given name; a known surname may follow. */
function findLowerCaseIntros(text: string, out: Span[], priority: number): void {
  LOWER_INTRO.lastIndex = 0;
  for (let m = LOWER_INTRO.exec(text); m !== null; m = LOWER_INTRO.exec(text)) {
    const given = m[1]!;
    if (!(nameKind(given) & GIVEN) || isNameStopWord(given)) continue;
    const start = m.indices![1]![0];
    let end = m.indices![1]![1];
    const surname = m[2];
    if (surname !== undefined && nameKind(surname) !== 0 && !isNameStopWord(surname)) end = m.indices![2]![1];
    push(out, text, start, end, priority);
  }
}

export const personName: ValueDetector = {
  ...detectorFields({
    id: 'person_name',
    entity: 'PERSON',
    description: "People's names in free text (tickets, prompts, transcripts, e-mails, SQL literals)",
    validation:
      'capitalised words; a title before them (Mr, Dr, Frau…), or a known given name followed by a known surname, or a lead before a known name (Dear, Hi, customer, assigned to, Regards,); gazetteer: US SSA given names and US Census surnames; stop list of months, weekdays, places, products',
    context: false,
    example: 'Dear Jane Doe',
    prefilter: (s) => GATE.test(s.text),
  }),
  find: findNames,
};
