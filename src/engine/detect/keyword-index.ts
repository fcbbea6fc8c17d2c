import { ASCII_SIGNATURE, signatureOf } from './char-signature.js';
import type { TextScan, ValueDetector } from './types.js';

/**
 * All detectors' keywords in one search, so a string is read once for every keyword (the job
 * Aho–Corasick does in gitleaks), instead of once per detector.
 *
 * The search is an Aho–Corasick automaton compiled to a dense table (state × character class):
 * one table read per character of the string, whatever the number of keywords. It was a
 * trie-factored regex before; on English prose, where many positions begin a keyword prefix
 * (`se`, `pa`, `ac`…), the regex cost several times more per character. Upper-case ASCII is folded
 * in the table; a string with any non-ASCII character is searched in its `toLowerCase()` form, so
 * the result is that of searching the lower-cased text, exactly.
 */
export class KeywordIndex {
  /** 1 at the index of each detector that has keywords. */
  readonly gated: Uint8Array;
  /** Indexes of the detectors without keywords: their prefilters run on every string. */
  readonly ungated: readonly number[];
  /** Number of distinct keywords. */
  readonly size: number;
  /**
   * Length of the `seen` array `activate` needs: detectors, then the extra keyword sets, then the
   * keyword-hit slots (from `hitsFrom` on).
   */
  readonly slots: number;
  /**
   * The first keyword-hit slot: a detector that reads its keyword hits (`ValueDetector.readsKeywordHits`)
   * has one slot per keyword from `hitsFrom + hitsAt[i]` on (by the index of the keyword in its
   * `keywords`), reported when that keyword's gate word occurs. No gate word, no keyword: an
   * unreported keyword does not occur in the text. A detector without keywords that has hint words
   * (`ValueDetector.hints`) has one slot per word, reported when the word occurs.
   */
  readonly hitsFrom: number;
  /** By detector: the offset of its keyword-hit slots after `hitsFrom`, or -1 when it has none. */
  readonly hitsAt: Int32Array;
  /** By keyword-hit slot (less `hitsFrom`): its detector. */
  readonly hitOwner: Int32Array;
  /**
   * ASCII code → its character class (low 8 bits; 0: a character no keyword has, upper case
   * folded) | its signature bits (char-signature.ts) << 8: one read per character in `activate`.
   */
  readonly #asciiEntry = new Uint32Array(128);
  /** Non-ASCII code unit of a lower-cased text → class. */
  readonly #otherClass = new Map<number, number>();
  /**
   * The automaton with its failure links resolved. A state is held as its row offset (state ×
   * (classes + 1)), so a step is `next[state + class]`; the row's last entry (at `#idCol`) is, for
   * a state that emits, the index of its list in `#emits`.
   */
  readonly #next: Uint16Array | Uint32Array;
  /** Row offsets from this one on are the states where some keyword ends (or a suffix of it does). */
  readonly #emitFrom: number;
  /** The column of a row that holds its emit list's index (the number of classes). */
  readonly #idCol: number;
  /**
   * The emitting states' lists of detectors whose keyword ends at that state (or at a suffix of
   * it), dense, by the index in their row's `#idCol` entry. (Indexed by row offset they made a
   * sparse array, which V8 keeps as a dictionary: a hash look-up at every emit, 14% of a prompt's
   * keyword pass.)
   */
  readonly #emits: (readonly number[])[];
  /**
   * By emit list: the number of the last long text (#activateHalves) that read it. A keyword ends
   * many times in a long text (a prompt's `at`, `hi`, `your`: about one character in eleven) and
   * its list adds nothing after the first time, so a long text reads each list once.
   */
  readonly #readIn: Int32Array;
  /** The number of the current long text (#readIn). */
  #text = 0;
  /** The longest keyword searched, in code units (how far the two halves of a long text overlap). */
  readonly #longest: number;
  /** Texts from this length on are searched as two halves (#activateHalves). */
  readonly #splitFrom: number;

  /**
   * `extra`: keyword sets of other consumers (structure handlers), reported at the indexes
   * `detectors.length + k` of `activate` in the same pass.
   */
  constructor(detectors: readonly ValueDetector[], extra: readonly (readonly string[])[] = []) {
    // The same keywords build the same tables: an index built before lends them (the search's
    // state, #readIn and #text, stays this index's own).
    const key = tablesKey(detectors, extra);
    const built = BUILT.get(key);
    if (built !== undefined) {
      this.gated = built.gated;
      this.ungated = built.ungated;
      this.size = built.size;
      this.slots = built.slots;
      this.hitsFrom = built.hitsFrom;
      this.hitsAt = built.hitsAt;
      this.hitOwner = built.hitOwner;
      this.#asciiEntry = built.#asciiEntry;
      this.#otherClass = built.#otherClass;
      this.#next = built.#next;
      this.#emitFrom = built.#emitFrom;
      this.#idCol = built.#idCol;
      this.#emits = built.#emits;
      this.#longest = built.#longest;
      this.#splitFrom = built.#splitFrom;
      this.#readIn = new Int32Array(this.#emits.length);
      return;
    }
    const byKeyword = new Map<string, number[]>();
    const gated = new Uint8Array(detectors.length);
    const add = (i: number, keywords: readonly string[]) => {
      for (const key of gateWords(keywords)) {
        const owners = byKeyword.get(key) ?? [];
        if (!owners.includes(i)) owners.push(i);
        byKeyword.set(key, owners);
      }
    };
    detectors.forEach((d, i) => {
      if (!d.keywords || d.keywords.length === 0) return;
      gated[i] = 1;
      add(i, d.keywords);
    });
    extra.forEach((keywords, k) => {
      add(detectors.length + k, keywords);
    });
    this.hitsFrom = detectors.length + extra.length;
    this.hitsAt = new Int32Array(detectors.length).fill(-1);
    const owners: number[] = [];
    detectors.forEach((d, i) => {
      if (d.readsKeywordHits !== true || !d.keywords || d.keywords.length === 0) return;
      this.hitsAt[i] = owners.length;
      // One slot per keyword, in the order of `keywords`, owned by the keyword's gate word.
      for (const gate of gateWords(d.keywords)) {
        byKeyword.get(gate)!.push(this.hitsFrom + owners.length);
        owners.push(i);
      }
    });
    // A detector without keywords that has hint words: one slot per word, in the order of `hints`
    // (the word itself searched, lower-cased); the detector stays ungated.
    detectors.forEach((d, i) => {
      if ((d.keywords && d.keywords.length > 0) || !d.hints || d.hints.length === 0) return;
      this.hitsAt[i] = owners.length;
      for (const hint of d.hints) {
        const word = hint.toLowerCase();
        const list = byKeyword.get(word) ?? [];
        byKeyword.set(word, list);
        list.push(this.hitsFrom + owners.length);
        owners.push(i);
      }
    });
    this.hitOwner = Int32Array.from(owners);
    this.slots = this.hitsFrom + owners.length;
    this.gated = gated;
    this.ungated = detectors.map((_, i) => i).filter((i) => gated[i] === 0);
    this.size = byKeyword.size;
    let longest = 0;
    for (const k of byKeyword.keys()) longest = Math.max(longest, k.length);
    this.#longest = longest;
    this.#splitFrom = Math.max(SPLIT_FROM, 4 * longest);

    // Character classes: one per code unit that occurs in a keyword, looked up in a table by code
    // unit (a Map cost about 2 ms of start-up). ASCII code units are numbered first, so an ASCII
    // class is below 128 and fits the low byte of #asciiEntry whatever the number of others.
    const classOf = new Uint32Array(0x10000);
    const asciiClass = new Uint8Array(128);
    for (const k of byKeyword.keys()) for (let i = 0; i < k.length; i++) classOf[k.charCodeAt(i)] = 1;
    let classes = 1;
    for (let c = 0; c < 0x10000; c++) {
      if (classOf[c] === 0) continue;
      classOf[c] = classes++;
      if (c < 128) {
        asciiClass[c] = classOf[c]!;
        if (c >= 97 && c <= 122) asciiClass[c - 32] = classOf[c]!;
      } else this.#otherClass.set(c, classOf[c]!);
    }
    for (let c = 0; c < 128; c++) this.#asciiEntry[c] = asciiClass[c]! | (ASCII_SIGNATURE[c]! << 8);

    // The trie, then failure links breadth first, then the dense transition table. The trie is
    // built in a typed array (0 = no child: the root is nobody's child), sized for the worst case
    // of one state per keyword character, with each state's children also listed, so the
    // breadth-first pass visits children only (about 3,500 states × 90 classes with the catalog;
    // Maps made it 20–40 ms a policy, and a pass over every class of every state about 10 ms
    // of start-up).
    let letters = 1;
    for (const k of byKeyword.keys()) letters += k.length;
    // Entries are state numbers (at most `letters`), so 16 bits hold them unless the keywords are huge.
    const trie = letters > 0xffff ? new Uint32Array(letters * classes) : new Uint16Array(letters * classes);
    const ends: number[][] = [[]];
    /** By state: its children's classes and states, interleaved (`[class, child, class, child…]`). */
    const children: number[][] = [[]];
    for (const [k, owners] of byKeyword) {
      let state = 0;
      for (let i = 0; i < k.length; i++) {
        const cls = classOf[k.charCodeAt(i)]!;
        const at = state * classes + cls;
        let child = trie[at]!;
        if (child === 0) {
          child = ends.length;
          ends.push([]);
          children.push([]);
          trie[at] = child;
          children[state]!.push(cls, child);
        }
        state = child;
      }
      ends[state]!.push(...owners);
    }
    const states = ends.length;
    /** The state reached from `state` by class `cls`, failure links followed (the full automaton's step). */
    const fail = new Int32Array(states);
    const step = (state: number, cls: number): number => {
      for (;;) {
        const child = trie[state * classes + cls]!;
        if (child !== 0 || state === 0) return child;
        state = fail[state]!;
      }
    };
    const emits: number[][] = ends.map((e) => [...new Set(e)]);
    // Breadth first: a state's failure state is shallower, so it is complete when the state is read.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      if (u !== 0) {
        const f = fail[u]!;
        for (const e of emits[f]!) if (!emits[u]!.includes(e)) emits[u]!.push(e);
      }
      const kids = children[u]!;
      for (let j = 0; j < kids.length; j += 2) {
        const child = kids[j + 1]!;
        fail[child] = u === 0 ? 0 : step(fail[u]!, kids[j]!);
        queue.push(child);
      }
    }
    // Number the states so that those that emit come last (a step then tests `state >= emitFrom`,
    // a comparison, instead of reading a flag), in state order within each group, and express
    // every target as a row offset. A row has one entry more than the classes: its emit list's index.
    const width = classes + 1;
    const order: number[] = [];
    for (let state = 0; state < states; state++) if (emits[state]!.length === 0) order.push(state);
    for (let state = 0; state < states; state++) if (emits[state]!.length > 0) order.push(state);
    /** By state: its row offset in the final table. */
    const rowOf = new Int32Array(states);
    order.forEach((state, r) => {
      rowOf[state] = r * width;
    });
    // A state's row is its failure state's row (the root's: the root) with its own children
    // written over it; breadth first, the failure state's row is already final.
    const table = states * width <= 0xffff ? new Uint16Array(states * width) : new Uint32Array(states * width);
    for (const u of queue) {
      const to = rowOf[u]!;
      if (u === 0) table.fill(rowOf[0]!, to, to + classes);
      else {
        const from = rowOf[fail[u]!]!;
        table.copyWithin(to, from, from + classes);
      }
      const kids = children[u]!;
      for (let j = 0; j < kids.length; j += 2) table[to + kids[j]!] = rowOf[kids[j + 1]!]!;
    }
    this.#next = table;
    const firstEmitting = order.findIndex((state) => emits[state]!.length > 0);
    this.#emitFrom = (firstEmitting === -1 ? states : firstEmitting) * width;
    this.#idCol = classes;
    this.#emits = [];
    for (const state of order) {
      if (emits[state]!.length === 0) continue;
      table[rowOf[state]! + classes] = this.#emits.length;
      this.#emits.push(emits[state]!);
    }
    this.#readIn = new Int32Array(this.#emits.length);
    if (BUILT.size >= BUILT_MAX) BUILT.clear();
    BUILT.set(key, this);
  }

  /**
   * Appends to `active` the index of every gated detector (and extra keyword set) whose keyword
   * occurs in the lower-cased text, once each; `seen` (length `slots`, all zero on entry) marks
   * them and is left marked: the caller clears the entries it was given.
   */
  activate(scan: TextScan, seen: Uint8Array, active: number[]): void {
    if (this.size === 0) return;
    const text = scan.text;
    const n = text.length;
    if (n >= this.#splitFrom) {
      this.#activateHalves(scan, seen, active);
      return;
    }
    const next = this.#next;
    // One read per character gives its class (low 8 bits) and its signature bits (above).
    const ascii = this.#asciiEntry;
    const emitFrom = this.#emitFrom;
    let state = 0;
    let sig = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        scan.knowSignature(signatureOf(text));
        this.#activateLower(scan.lower(), seen, active);
        return;
      }
      const entry = ascii[c]!;
      sig |= entry;
      state = next[state + (entry & 0xff)]!;
      if (state >= emitFrom) emit(this.#emits[next[state + this.#idCol]!]!, seen, active);
    }
    // The text's character signature, read in the same pass (see TextScan.signature).
    scan.knowSignature(sig >>> 8);
  }

  /**
   * `activate` on a long text as two searches in step: one over the first half, one from the
   * longest keyword's length before the middle to the end. Every keyword that ends in the first
   * half is found by the first; every one that ends in the second starts at most `#longest - 1`
   * characters before the middle, where the second search starts from the root, so it finds it
   * (one found by both is reported once: `seen`). The point is speed: a step is a table read that
   * depends on the one before, so one search waits on its own reads; two independent chains of
   * reads overlap in the processor (prose: about 3 ns a character for one search).
   */
  #activateHalves(scan: TextScan, seen: Uint8Array, active: number[]): void {
    const text = scan.text;
    const next = this.#next;
    const ascii = this.#asciiEntry;
    const emitFrom = this.#emitFrom;
    const emits = this.#emits;
    const idCol = this.#idCol;
    const readIn = this.#readIn;
    const current = this.#nextText();
    const n = text.length;
    const bytes = utf8Bytes(text);
    const half = n >> 1;
    // The second search starts here and reads `half` characters in step with the first, then the rest alone.
    const from = half - this.#longest + 1;
    let a = 0;
    let b = 0;
    let sig = 0;
    for (let i = 0; i < half; i++) {
      const ca = bytes[i]!;
      const cb = bytes[from + i]!;
      if ((ca | cb) >= 128) {
        this.#fallBackToLower(scan, seen, active);
        return;
      }
      const ea = ascii[ca]!;
      const eb = ascii[cb]!;
      sig |= ea | eb;
      a = next[a + (ea & 0xff)]!;
      b = next[b + (eb & 0xff)]!;
      if (a >= emitFrom) {
        const list = next[a + idCol]!;
        if (readIn[list] !== current) {
          readIn[list] = current;
          emit(emits[list]!, seen, active);
        }
      }
      if (b >= emitFrom) {
        const list = next[b + idCol]!;
        if (readIn[list] !== current) {
          readIn[list] = current;
          emit(emits[list]!, seen, active);
        }
      }
    }
    for (let j = from + half; j < n; j++) {
      const c = bytes[j]!;
      if (c >= 128) {
        this.#fallBackToLower(scan, seen, active);
        return;
      }
      const e = ascii[c]!;
      sig |= e;
      b = next[b + (e & 0xff)]!;
      if (b >= emitFrom) {
        const list = next[b + idCol]!;
        if (readIn[list] !== current) {
          readIn[list] = current;
          emit(emits[list]!, seen, active);
        }
      }
    }
    scan.knowSignature(sig >>> 8);
  }

  /** A new number for #readIn (after 2^31 - 1 long texts, every list is marked unread again). */
  #nextText(): number {
    if (this.#text === 0x7fffffff) {
      this.#readIn.fill(0);
      this.#text = 0;
    }
    return ++this.#text;
  }

  /** A non-ASCII character: the whole text searched in its lower-cased form (see the class comment). */
  #fallBackToLower(scan: TextScan, seen: Uint8Array, active: number[]): void {
    scan.knowSignature(signatureOf(scan.text));
    this.#activateLower(scan.lower(), seen, active);
  }

  #activateLower(lower: string, seen: Uint8Array, active: number[]): void {
    const next = this.#next;
    const emitFrom = this.#emitFrom;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const cls = c < 128 ? this.#asciiEntry[c]! & 0xff : (this.#otherClass.get(c) ?? 0);
      state = next[state + cls]!;
      if (state >= emitFrom) emit(this.#emits[next[state + this.#idCol]!]!, seen, active);
    }
  }
}

/**
 * Indexes built in this process, by tablesKey: an engine made again on the same policy (a test
 * that wants a fresh engine per record, a reload) reuses the tables instead of building them again
 * (about two thirds of createEngine's time). At most BUILT_MAX policies are kept.
 */
const BUILT = new Map<string, KeywordIndex>();
const BUILT_MAX = 8;

/** All that the tables are built from: each detector's keywords, hints and readsKeywordHits, and the extra keyword sets. */
function tablesKey(detectors: readonly ValueDetector[], extra: readonly (readonly string[])[]): string {
  const parts: string[] = [];
  for (const d of detectors)
    parts.push(`${d.readsKeywordHits === true ? 1 : 0}\u0002${(d.keywords ?? []).join('\u0001')}\u0002${(d.hints ?? []).join('\u0001')}`);
  parts.push('');
  for (const k of extra) parts.push(k.join('\u0001'));
  return parts.join('\u0003');
}

/**
 * Texts from this length on (and four times the longest keyword, so that the second search
 * starts well inside the text) are searched as two halves in step (#activateHalves).
 */
const SPLIT_FROM = 256;

/** Scratch for utf8Bytes, grown as needed (about 4 KB for the longest prompt seen). */
let utf8Scratch = new Uint8Array(4096);
const utf8Encoder = new TextEncoder();

/**
 * The text as UTF-8 in a reused scratch array, for #activateHalves to read bytes instead of
 * `charCodeAt` (one native copy, about a fifth cheaper a character on a prompt: the text is
 * usually a slice of the record, and a slice's `charCodeAt` reads through to its parent). An
 * ASCII text is its bytes. In any other text the bytes below 128 are its ASCII characters, in the
 * same runs as in the text, and each other code unit is written as bytes of 128 or more: the first
 * of them, at index p, starts at byte p (after p ASCII characters), and the scratch keeps 4 bytes
 * of room past `text.length`, so every byte the loop reads is written. The loop therefore meets a
 * byte of 128 or more and falls back to the lower-cased search, and what it found before lies in
 * a run of ASCII characters, which the lower-cased text holds too: as with `charCodeAt`.
 */
function utf8Bytes(text: string): Uint8Array {
  if (utf8Scratch.length < text.length + 4) utf8Scratch = new Uint8Array(Math.max(text.length + 4, 2 * utf8Scratch.length));
  utf8Encoder.encodeInto(text, utf8Scratch);
  return utf8Scratch;
}

function emit(found: readonly number[], seen: Uint8Array, active: number[]): void {
  for (const i of found) {
    if (seen[i] === 0) {
      seen[i] = 1;
      active.push(i);
    }
  }
}

/**
 * The part of a keyword that is searched for. A keyword without a space is a literal that every
 * match contains (`sk-ant-`, `d.o.b`, `private_key_id`): searched as it is. A multi-word keyword
 * (`date of birth`, which the context patterns also accept written with `_`, `-`, `.` or nothing
 * between its words) gates on one of its words, which every spelling contains: its rarest word
 * (gateRarity: `grant number` on `grant`, `sms code` on `sms`, `your code` on `code`), of
 * equally rare words the longest, of equally long the first. The search finds substrings, so a
 * common word opened its detector on much of the text it read (stop 34: `your code` opened
 * `one_time_code` at every `your` of a chat).
 */
export function gateWord(keyword: string): string {
  const lower = keyword.toLowerCase();
  const words = lower.split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= 1) return lower;
  let best = words[0]!;
  let bestRarity = gateRarity(best);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const rarity = gateRarity(w);
    if (rarity > bestRarity || (rarity === bestRarity && w.length > best.length)) {
      best = w;
      bestRarity = rarity;
    }
  }
  return best;
}

/**
 * The gate words of one detector's keywords (or of one extra keyword set), one a keyword: each
 * keyword's gateWord, except that a multi-word keyword moves to another of its words when the
 * set is gated on that word anyway (`first half` on `first` when `first 6` needs `first`): its own
 * rarer word would open the detector on more text, not less. Common words are given up first.
 */
export function gateWords(keywords: readonly string[]): string[] {
  const gates = keywords.map(gateWord);
  const words = keywords.map((k) =>
    k
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0),
  );
  const users = new Map<string, number[]>();
  gates.forEach((g, i) => {
    const list = users.get(g);
    if (list) list.push(i);
    else users.set(g, [i]);
  });
  const byCommonness = [...users.keys()].sort((a, b) => gateRarity(a) - gateRarity(b) || a.length - b.length);
  for (const g of byCommonness) {
    const list = users.get(g)!;
    const moves: string[] = [];
    for (const i of list) {
      let to: string | undefined;
      if (words[i]!.length > 1) {
        for (const w of words[i]!) {
          if (w === g || !users.has(w)) continue;
          if (to === undefined || gateRarity(w) > gateRarity(to) || (gateRarity(w) === gateRarity(to) && w.length > to.length)) to = w;
        }
      }
      if (to === undefined) break;
      moves.push(to);
    }
    if (moves.length < list.length) continue;
    users.delete(g);
    list.forEach((i, j) => {
      gates[i] = moves[j]!;
      users.get(moves[j]!)!.push(i);
    });
  }
  return gates;
}

/**
 * 0: a word of one or two letters, or of COMMONEST_WORDS (a piece of much running text); 1: a
 * word of COMMON_GATE_WORDS; 2: any other word.
 */
function gateRarity(word: string): number {
  if (word.length < 3 || COMMONEST_WORDS.has(word)) return 0;
  return COMMON_GATE_WORDS.has(word) ? 1 : 2;
}

/** English function words: in nearly every sentence of a chat or a message. */
const COMMONEST_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'you',
  'your',
  'yours',
  'this',
  'that',
  'them',
  'they',
  'then',
  'than',
  'there',
  'their',
  'these',
  'those',
  'what',
  'when',
  'where',
  'which',
  'with',
  'from',
  'have',
  'has',
  'had',
  'was',
  'were',
  'are',
  'not',
  'for',
  'but',
  'all',
  'any',
  'can',
  'will',
  'would',
  'could',
  'should',
  'our',
  'out',
  'its',
  'his',
  'her',
  'she',
  'him',
  'who',
  'how',
  'now',
]);

/**
 * Common English and log words, and three-letter pieces of common words (`chi` of `which`, `fin`
 * of `find`, `reg` of `region`, `ten` of `often`, `van` of `relevant`): not gated on when the keyword has a rarer word.
 */
const COMMON_GATE_WORDS: ReadonlySet<string> = new Set([
  // English
  'one',
  'two',
  'new',
  'old',
  'hot',
  'get',
  'set',
  'see',
  'use',
  'way',
  'day',
  'time',
  'year',
  'years',
  'first',
  'last',
  'next',
  'part',
  'good',
  'make',
  'like',
  'just',
  'know',
  'take',
  'want',
  'need',
  'work',
  'well',
  'also',
  'back',
  'after',
  'over',
  'only',
  'some',
  'more',
  'most',
  'other',
  'into',
  'about',
  'here',
  'please',
  'send',
  'call',
  'text',
  // log and record words
  'name',
  'number',
  'code',
  'account',
  'address',
  'phone',
  'email',
  'file',
  'info',
  'user',
  'data',
  'date',
  'type',
  'value',
  'status',
  'error',
  'message',
  'request',
  'response',
  'list',
  'line',
  'page',
  'order',
  'service',
  'system',
  'event',
  'report',
  'note',
  'item',
  'record',
  'customer',
  'contact',
  'details',
  'update',
  'create',
  'delete',
  'application',
  'content',
  // pieces of common words
  'chi',
  'fin',
  'ten',
  'reg',
  'ent',
  'ion',
  'ing',
  'ter',
  'con',
  'pro',
  'per',
  'com',
  'age',
  'act',
  'van',
  'sat',
]);
