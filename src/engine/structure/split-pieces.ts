/**
 * A value split across the elements of one array: a streamed answer kept in one record
 * (Chat Completions chunks `[{choices: [{delta: {content}}]}…]`, Anthropic stream events
 * `[{type: "content_block_delta", delta: {text}}…]`, Responses `[{type: "…delta", delta: "…"}…]`)
 * or a computer-use agent typing in pieces (`[{action: "type", text: "6011 1111"}, {action:
 * "type", text: " 1111 1117"}]`). Each piece alone is too short for a detector; their join is read
 * once (engine.ts), and every piece a finding crosses into is masked whole as that finding.
 *
 * The turns of a transcript or a chat (`[{speaker, text: "what's your date of birth?"}, {speaker,
 * text: "the fourteenth of march nineteen eighty six"}]`) are such pieces too when a turn asks for
 * a date of birth or a code (answerPieces): the answer is read with the question before it, and
 * masked whole when the pair holds a finding inside the answer. So are two turns of a number typed
 * in two parts, the first ending with its first part and saying so, or the second saying it follows
 * (`area code 303` then `555 0188`, `GB29 NWBK 6016` then `1331 9268 19 is the rest`): masked
 * whole when a finding of the pair crosses from one into the other.
 *
 * Only arrays under a chunk / event / action / turn member (isPieceArrayMember), only these element
 * shapes, only pieces of at most MAX_PIECE characters and only arrays with at least two pieces; the join is at most MAX_JOIN characters (a longer stream is
 * read in consecutive windows of whole pieces).
 */

/** Members that hold a stream's chunks or an agent's actions, as lower-case letters only. */
const PIECE_ARRAYS = new Set([
  'chunks',
  'events',
  'deltas',
  'stream',
  'streamevents',
  'actions',
  'steps',
  'keystrokes',
  // Speech recognition's word lists (red-team round 29): Amazon Transcribe `items`, Google / Deepgram
  // / AssemblyAI / Genesys `words`, Speechmatics `results`, Rev `elements`.
  'items',
  'words',
  'results',
  'elements',
  // Turns of a transcript or a chat: an answer is read with the question before it (answerPieces).
  'transcript',
  'messages',
  'conversation',
  'history',
  'turns',
  'utterances',
]);

/** Whether member `member` may hold an array whose elements carry a split value's pieces. */
export function isPieceArrayMember(member: string): boolean {
  return member.length <= 16 && PIECE_ARRAYS.has(member.toLowerCase().replace(/[^a-z]/g, ''));
}

/** Where a piece stands in its element: the keys from the element down to the string. */
export interface Piece {
  element: number;
  path: readonly (string | number)[];
  value: string;
  /** What stands between this piece and the next in the join: a blank between recognised words. */
  glue: string;
  /**
   * A recognised word: a finding of the join inside this one word counts too (the words before it
   * are its context: `… y mi móvil el` then `612 34 56 78`, Rev's elements).
   */
  word: boolean;
}

export const MAX_PIECE = 64;
export const MAX_JOIN = 1024;

function objectOf(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The piece path of element `o`, or null: one of the shapes above. */
export function piecePath(o: Record<string, unknown>): readonly (string | number)[] | null {
  const delta = o.delta;
  if (typeof delta === 'string') return ['delta'];
  const d = objectOf(delta);
  if (d !== undefined) {
    if (typeof d.text === 'string') return ['delta', 'text'];
    if (typeof d.content === 'string') return ['delta', 'content'];
    return null;
  }
  const choices = o.choices;
  if (Array.isArray(choices) && choices.length === 1) {
    const c = objectOf(objectOf(choices[0])?.delta);
    if (c !== undefined && typeof c.content === 'string') return ['choices', 0, 'delta', 'content'];
    return null;
  }
  if (typeof o.text === 'string' && (o.action === 'type' || o.type === 'type')) return ['text'];
  return null;
}

/** The transcript types of a recognised word or punctuation mark (Transcribe, Speechmatics, Rev). */
const WORD_TYPES = new Set(['pronunciation', 'punctuation', 'word', 'text', 'punct']);

/**
 * The path of a word of a speech recogniser's word list, or null: one word per element, so a card
 * or phone number read out is split over several (`{alternatives: [{content: "4111"}], type:
 * "pronunciation"}` of Transcribe and Speechmatics, `{word: "0566", startTime}` of Google, Deepgram
 * and Genesys, `{text, start, end}` of AssemblyAI, `{type: "text", value}` of Rev).
 */
function wordPath(o: Record<string, unknown>): readonly (string | number)[] | null {
  const alternatives = o.alternatives;
  if (Array.isArray(alternatives)) {
    if (!WORD_TYPES.has(o.type as string)) return null;
    return typeof objectOf(alternatives[0])?.content === 'string' ? ['alternatives', 0, 'content'] : null;
  }
  if (typeof o.word === 'string') return ['word'];
  if (typeof o.value === 'string' && (o.type === 'text' || o.type === 'punct')) return ['value'];
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') return ['text'];
  return null;
}

/** Whether an element may give a piece at all (a cheap test before piecePath). */
export function mayHoldPiece(element: unknown): boolean {
  if (typeof element !== 'object' || element === null) return false;
  const o = element as Record<string, unknown>;
  return (
    o.delta !== undefined ||
    o.choices !== undefined ||
    o.action === 'type' ||
    o.type === 'type' ||
    o.alternatives !== undefined ||
    o.word !== undefined ||
    o.value !== undefined ||
    o.start !== undefined
  );
}

/** The pieces of array `items`, in order, or null when fewer than two. */
export function piecesOf(items: readonly unknown[]): Piece[] | null {
  let pieces: Piece[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const o = objectOf(items[i]);
    if (o === undefined || !mayHoldPiece(o)) continue;
    let path = piecePath(o);
    // A stream's pieces join as they are; recognised words with a blank (Rev's elements carry
    // their own blanks).
    let glue = '';
    const word = path === null;
    if (path === null) {
      path = wordPath(o);
      if (path === null) continue;
      if (path[0] !== 'value') glue = ' ';
    }
    let v: unknown = o;
    for (const k of path) v = (v as Record<string | number, unknown>)[k];
    const value = v as string;
    if (value.length === 0 || value.length > MAX_PIECE) continue;
    (pieces ??= []).push({ element: i, path, value, glue, word });
  }
  return pieces !== null && pieces.length >= 2 ? pieces : answerPieces(items);
}

/** Members that hold a turn's text: Contact Lens / Transcribe `Content`, Talkdesk `text`, chats' `body`, `msg`. */
const TURN_TEXT_KEYS = ['text', 'Content', 'content', 'body', 'msg', 'message', 'utterance', 'texte'] as const;
/** A question longer than this is prose, not a turn that asks for one value. */
const MAX_QUESTION = 300;
/** A turn asking for a date of birth or a code read back (`what's your date of birth?`, `read me the 6 digit code we just texted you`). */
const ASKS_FOR_VALUE =
  /\b(?:date of birth|birth ?date|d\.?o\.?b|birthday|(?:verification|security|confirmation|one[- ]time|access|(?:\d|six|four|eight)[- ]digit) code|code (?:we|they|i) (?:just )?(?:sent|texted)|passcode)\b/i;
const ASKS = /\?|\b(?:read|tell|give|send|confirm|provide|say)\b/i;
/**
 * A turn that ends with the first part of a number and says so (`area code 303`, `backup code
 * first half 8412`, `début de mon numéro de sécu : 1 85 12 75`), or a second part that says it
 * follows (`1331 9268 19 is the rest`, `la suite 056 007 18`, `second half 5903`): the two turns
 * are read together (values/announced-halves.ts, or a detector of the whole value such as iban).
 */
const ANNOUNCES_PART =
  /\b(?:first (?:half|part|6|six|4|four|5|five)|area code|d[ée]but|premi[eè]re partie|primera parte|erste h[äa]lfte)\b[^\n]{0,48}\d[\s.]*$/i;
const CONTINUES_PART =
  /^\W*(?:then|second half|second part|(?:the )?rest|(?:and )?the middle|la suite|ensuite|el resto|luego|dann)\b|\b(?:is|are) the rest\b/i;
/** The last part of a turn holds a digit. */
const ENDS_WITH_DIGITS = /\d[\s.]*$/;

/** The text member of a transcript or chat turn, or undefined. */
function turnText(o: Record<string, unknown>): string | undefined {
  for (const key of TURN_TEXT_KEYS) {
    const v = o[key];
    if (typeof v === 'string') return key;
  }
  return undefined;
}

/**
 * The turns of `items` that ask for a value, each with the turn after it (the answer, a
 * recognised word of the join: a finding inside it counts), or null when no turn asks.
 */
export function answerPieces(items: readonly unknown[]): Piece[] | null {
  let pieces: Piece[] | null = null;
  for (let i = 0; i + 1 < items.length; i++) {
    const o = objectOf(items[i]);
    if (o === undefined) continue;
    const key = turnText(o);
    if (key === undefined) continue;
    const question = o[key] as string;
    if (question.length > MAX_QUESTION) continue;
    const asks = ASKS_FOR_VALUE.test(question) && ASKS.test(question);
    if (!asks && !ENDS_WITH_DIGITS.test(question)) continue;
    const next = objectOf(items[i + 1]);
    const answerKey = next === undefined ? undefined : turnText(next);
    if (answerKey === undefined) continue;
    const answer = next![answerKey] as string;
    if (answer.length === 0 || answer.length > MAX_PIECE * 2) continue;
    if (!asks && !ANNOUNCES_PART.test(question) && !CONTINUES_PART.test(answer)) continue;
    (pieces ??= []).push(
      { element: i, path: [key], value: question, glue: ' ', word: false },
      { element: i + 1, path: [answerKey], value: answer, glue: ' ', word: asks },
    );
    i++;
  }
  return pieces;
}

/** Whether a record's text may hold a turn that asks for a value (read once per text). */
export function mayHoldAnswer(text: string): boolean {
  // Not ` code` alone: prompts and tickets about source code are full of it (a parse of each turn array).
  return (
    text.includes('birth') ||
    text.includes('dob') ||
    text.includes('DOB') ||
    text.includes('digit code') ||
    text.includes('tion code') ||
    text.includes('code we') ||
    text.includes('passcode') ||
    // A number typed in two turns (ANNOUNCES_PART, CONTINUES_PART).
    text.includes('first half') ||
    text.includes('first part') ||
    text.includes('first 6') ||
    text.includes('area code') ||
    text.includes('the rest') ||
    text.includes('second half') ||
    text.includes('suite') ||
    text.includes('but de')
  );
}

/** A finding of the join, with the text's offsets. */
export interface JoinSpan {
  start: number;
  end: number;
  entity: string;
  detector: string;
}

/**
 * The pieces a finding of a join crosses into, with that finding: `scan` reads each window of
 * consecutive pieces (at most MAX_JOIN characters) joined by their glue; a finding that lies
 * inside one piece is left to the piece's own scan, unless the piece is a recognised word.
 */
export function crossedPieces(pieces: readonly Piece[], scan: (text: string) => readonly JoinSpan[]): Map<Piece, JoinSpan> | null {
  let out: Map<Piece, JoinSpan> | null = null;
  let from = 0;
  while (from < pieces.length - 1) {
    let to = from;
    let text = '';
    const starts: number[] = [];
    while (to < pieces.length && text.length + pieces[to]!.value.length + 1 <= MAX_JOIN) {
      starts.push(text.length);
      text += pieces[to]!.value + pieces[to]!.glue;
      to++;
    }
    for (const span of scan(text)) {
      let first = -1;
      let last = -1;
      for (let p = 0; p < starts.length; p++) {
        const s = starts[p]!;
        const e = s + pieces[from + p]!.value.length;
        if (span.start < e && span.end > s) {
          if (first < 0) first = p;
          last = p;
        }
      }
      if (first < 0 || (first === last && !pieces[from + first]!.word)) continue;
      for (let p = first; p <= last; p++) (out ??= new Map()).set(pieces[from + p]!, span);
    }
    // Next window: from the last piece of this one (a value may cross the windows' border).
    from = to - 1 > from ? to - 1 : to;
  }
  return out;
}

/**
 * The transcript beside a recogniser's word list (Google / Deepgram `alternatives[].transcript`,
 * Genesys / AssemblyAI `text`), or undefined: a value found in it is found in the words too.
 */
export function transcriptBeside(o: Record<string, unknown>): string | undefined {
  const t = typeof o.transcript === 'string' ? o.transcript : o.text;
  return typeof t === 'string' && t.length <= MAX_JOIN ? t : undefined;
}

/**
 * The words of a recogniser's word list that spell a finding of the transcript beside it (`07400`,
 * `123456` of `you can reach me on 07400 123456`; `0417`, `1643` of an IBAN whose last word the
 * list lacks), added to `crossed`: two or more consecutive words equal to consecutive words of the
 * finding, or one word equal to the whole finding. Nothing for a list of stream chunks or turns.
 */
export function wordsOfTranscript(
  crossed: Map<Piece, JoinSpan> | null,
  pieces: readonly Piece[],
  transcript: string,
  scan: (text: string) => readonly JoinSpan[],
): Map<Piece, JoinSpan> | null {
  if (!pieces[0]!.word || pieces[0]!.glue !== ' ') return crossed;
  let out = crossed;
  for (const span of scan(transcript)) {
    const words = transcript.slice(span.start, span.end).split(/\s+/);
    for (let i = 0; i < pieces.length; i++) {
      for (let j = 0; j < words.length; j++) {
        let k = 0;
        while (i + k < pieces.length && j + k < words.length && pieces[i + k]!.value === words[j + k]) k++;
        if (k < 2 && !(k === 1 && words.length === 1)) continue;
        for (let p = i; p < i + k; p++) if (out?.has(pieces[p]!) !== true) (out ??= new Map()).set(pieces[p]!, span);
        i += k - 1;
        break;
      }
    }
  }
  return out;
}
