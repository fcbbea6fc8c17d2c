import type { Span } from '../detect/types.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, nameKind } from '../detect/values/person-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The other party of a person the detectors found: generated review rationales, document
 * summaries and status notes name two people side by side, one as the subject and one as the
 * object of a verb of writing or asking (`Wendeline Osterhaus sends Barnaby Oyekunle a draft`,
 * `Theodric Vanstone asks Marit Haugland-Osei to delete …`, `Ilse Vandermolen tells Radomir
 * Castellanos-Whitfield that …`), or in a list (`for Quirin Abernathy-Sato, Ilse Vandermolen and
 * …`, `custodians Thaddeus Mirembe and Ysolde Marchetti-Obi`; red-team round 96 and its
 * leftovers). When one side is a person's full name that a detector found, the other side is one
 * too if it is written as one: two or three capitalised words, none a stop or everyday word, a
 * company's or a team's word, nor an unknown plural (`Northwind Traders sends Fabrikam Logistics
 * …`, `Customer Success asks Revenue Operations …`, `Cellebrite and Nuix` stay, as no person is
 * found beside them; `Northwind Traders sends Marit …` keeps the company).
 */
const NAME_WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?";
const RUN = `${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
const VERBS =
  "sends|asks|tells|forwards|emails|e-mails|writes to|informs|warns|instructs|reminds|copies|cc's|urges|advises|notifies|texts|calls|messages|invites|introduces|thanks|replies to|responds to|meets with|pays";
/** A partner after the person: a list's next item or a verb's object, ended by a blank or a stop. */
const AFTER = new RegExp(`^(?:,? and |, | & | (?:${VERBS}) )(${RUN})(?=$|[ ,.;:!?)'"])`, 'u');
/** A partner before the person: a list's previous item or a verb's subject, at a word's start. */
const BEFORE = new RegExp(`(?:^|[\\s(\\["'>:;])(${RUN})(?:,? and |, | & | (?:${VERBS}) )$`, 'u');
/** How far before a person a partner is read. */
const REACH = 80;

/** Words of companies, teams and departments (folded), which a person's name never holds. */
const ORG_WORDS = new Set(
  'inc corp corporation llc llp ltd plc gmbh ag sa nv bv group holdings logistics traders partners services solutions systems technologies labs bank capital ventures industries foods pharma consulting associates team teams operations success finance legal sales marketing support department committee board council'.split(
    ' ',
  ),
);

function isPersonWord(word: string): boolean {
  for (const part of word.split(/[-'’]/)) {
    const f = foldName(part);
    if (f.length < 2 || isNameStopWord(f) || isEverydayWord(f) || ORG_WORDS.has(f)) return false;
    // A plural no list knows names a trade or a group (`Traders`, `Logistics`).
    if (f.length > 4 && f.endsWith('s') && nameKind(f) === 0) return false;
  }
  return true;
}

/** The longest stretch of the run's words, from its start (`fromEnd` false) or end, that are all a person's words; null when fewer than two. */
function personStretch(run: string, fromEnd: boolean): [number, number] | null {
  const words = run.split(' ');
  let n = 0;
  if (fromEnd) {
    while (n < words.length && isPersonWord(words[words.length - 1 - n]!)) n++;
    if (n < 2) return null;
    const kept = words.slice(words.length - n).join(' ');
    return [run.length - kept.length, run.length];
  }
  while (n < words.length && isPersonWord(words[n]!)) n++;
  if (n < 2) return null;
  return [0, words.slice(0, n).join(' ').length];
}

/** Whether `text` may hold partners: some person span found in it, capitalised with a blank. */
function anchors(text: string, out: readonly Span[]): Span[] | null {
  let found: Span[] | null = null;
  for (const s of out) {
    if (s.entity !== 'PERSON' || s.end - s.start < 5) continue;
    const c = text.charCodeAt(s.start);
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[s.start] !== text[s.start]!.toLowerCase())) continue;
    if (text.indexOf(' ', s.start) >= s.end || text.indexOf(' ', s.start) < 0) continue;
    (found ??= []).push(s);
  }
  return found;
}

function covered(out: readonly Span[], start: number, end: number): boolean {
  for (const s of out) if (s.start < end && start < s.end) return true;
  return false;
}

export function personPartnerSpans(text: string, ctx: SpanContext): void {
  const found = anchors(text, ctx.out);
  if (found === null) return;
  for (const s of found) {
    const after = AFTER.exec(text.slice(s.end, s.end + REACH));
    if (after !== null) {
      const stretch = personStretch(after[1]!, false);
      if (stretch !== null) {
        const start = s.end + after[0].length - after[1]!.length + stretch[0];
        const end = s.end + after[0].length - after[1]!.length + stretch[1];
        if (!covered(ctx.out, start, end)) pushSpan(ctx, text, start, end, 'PERSON', 'structure:person_partner');
      }
    }
    const from = s.start > REACH ? s.start - REACH : 0;
    const before = BEFORE.exec(text.slice(from, s.start));
    if (before !== null) {
      const stretch = personStretch(before[1]!, true);
      if (stretch !== null) {
        const runStart = from + before.index + before[0].indexOf(before[1]!);
        const start = runStart + stretch[0];
        const end = runStart + stretch[1];
        if (!covered(ctx.out, start, end)) pushSpan(ctx, text, start, end, 'PERSON', 'structure:person_partner');
      }
    }
  }
}

/** Whether a person was found in the text at all (the spans so far). */
export function mayHoldPersonPartners(out: readonly Span[]): boolean {
  for (const s of out) if (s.entity === 'PERSON') return true;
  return false;
}
