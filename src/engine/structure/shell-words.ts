/** One word of a command line, or an operator between commands. */
export interface ShellWord {
  /** The word as the shell passes it to the program: quotes removed, backslash escapes resolved. */
  value: string;
  /** `|`, `||`, `&&`, `;`, `&` or a newline between commands; `value` is empty then. */
  operator?: string;
  /** [start, end) of the word in the text, quotes included. */
  start: number;
  end: number;
  /**
   * Text index of each character of `value`, when quotes or escapes make them differ from
   * `start + i`; absent for a plain word.
   */
  positions?: number[];
}

const MAX_WORDS = 512;

/**
 * Splits text into shell words the way a POSIX shell reads a simple command line: blanks separate
 * words, '…' and "…" quote, and `|`, `||`, `&&`, `;`, `&` and newlines separate commands. Outside
 * quotes a backslash escapes the next character; inside "…" only before `$`, `` ` ``, `"`, `\` and
 * a line break, as POSIX says (`"C:\Tools\x"` keeps its backslashes). An unterminated quote runs
 * to the end. Linear in the text; at most MAX_WORDS words are read (a command line is short; a
 * prompt is not one). Reads `text` from `from` to `to` (a line of a longer text); positions are
 * indexes of `text`.
 *
 * `windows`: the line is a Windows command line (a Windows path or UNC name in it, as Windows
 * Security event 4688 records them): a backslash is a path separator, never an escape, except
 * before `"` (CommandLineToArgvW reads `\"` as a quote character).
 */
export function shellWords(text: string, from = 0, to = text.length, windows = false): ShellWord[] {
  const words: ShellWord[] = [];
  const n = to;
  let i = from;
  while (i < n && words.length < MAX_WORDS) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 10 || c === 59 || c === 124 || c === 38) {
      const two = text.slice(i, i + 2);
      const op = two === '||' || two === '&&' ? two : text[i]!;
      words.push({ value: '', operator: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    const start = i;
    // Most words are plain (no quote, no backslash): read as one slice, with no per-character work.
    while (i < n && isPlainWordChar(text.charCodeAt(i))) i++;
    if (i >= n || isWordEnd(text.charCodeAt(i))) {
      words.push({ value: text.slice(start, i), start, end: i });
      continue;
    }
    // A quote or a backslash: the plain run so far is the value's start, at its own positions.
    let value = text.slice(start, i);
    let positions: number[] | undefined;
    const add = (ch: string, at: number) => {
      if (positions === undefined && at !== start + value.length) positions = Array.from({ length: value.length }, (_, k) => start + k);
      value += ch;
      positions?.push(at);
    };
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordEnd(d)) break;
      if (d === 39) {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? n : close;
        for (let k = i + 1; k < stop; k++) add(text[k]!, k);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (d === 34) {
        let k = i + 1;
        while (k < n && text.charCodeAt(k) !== 34) {
          if (text.charCodeAt(k) === 92 && k + 1 < n && escapedInDoubleQuotes(text.charCodeAt(k + 1), windows)) k++;
          add(text[k]!, k);
          k++;
        }
        i = k < n ? k + 1 : n;
        continue;
      }
      // A backslash before a line break continues the command on the next line: both go.
      const gap = d === 92 ? continuationLength(text, i, n) : 0;
      if (gap > 0) {
        i += gap;
        continue;
      }
      if (d === 92 && i + 1 < n && (!windows || text.charCodeAt(i + 1) === 34)) {
        add(text[i + 1]!, i + 1);
        i += 2;
        continue;
      }
      add(text[i]!, i);
      i++;
    }
    if (value.length === 0 && text.charCodeAt(start) === 92) continue;
    const word: ShellWord = { value, start, end: i };
    if (positions !== undefined) word.positions = positions;
    words.push(word);
  }
  return words;
}

/** Blanks, line breaks and the operator characters `;`, `|`, `&`: they end a word outside quotes. */
function isWordEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 59 || c === 124 || c === 38;
}

/** A character that a word holds as itself: not a word end, a quote or a backslash. */
function isPlainWordChar(c: number): boolean {
  return !isWordEnd(c) && c !== 39 && c !== 34 && c !== 92;
}

/** Whether a backslash inside "…" escapes the character `next` (POSIX: $ ` " \ and a line break; Windows: only "). */
function escapedInDoubleQuotes(next: number, windows: boolean): boolean {
  if (windows) return next === 34;
  return next === 36 || next === 96 || next === 34 || next === 92 || next === 10;
}

/** A Windows path or UNC name (`C:\`, `\\server\`) after a blank, a quote or the line's start. */
const WINDOWS_PATH = /(?:^|[\s"'=])(?:[A-Za-z]:\\|\\\\[\w.$-])/;

/** Whether the line `[from, to)` of `text` is a Windows command line (see shellWords' `windows`). */
export function isWindowsCommandLine(text: string, from: number, to: number): boolean {
  const backslash = text.indexOf('\\', from);
  return backslash >= 0 && backslash < to && WINDOWS_PATH.test(text.slice(from, to));
}

/** Length of a line continuation (`\\` + `\n` or `\\` + `\r\n`) at `at`, or 0. */
export function continuationLength(text: string, at: number, n = text.length): number {
  if (text.charCodeAt(at) !== 92) return 0;
  if (at + 1 < n && text.charCodeAt(at + 1) === 10) return 2;
  if (at + 2 < n && text.charCodeAt(at + 1) === 13 && text.charCodeAt(at + 2) === 10) return 3;
  return 0;
}

/** [start, end) in the text of `word.value.slice(from)`, or undefined when that is empty. */
export function textRange(word: ShellWord, from: number): [number, number] | undefined {
  if (from >= word.value.length) return undefined;
  if (word.positions === undefined) return [word.start + from, word.start + word.value.length];
  return [word.positions[from]!, word.positions[word.value.length - 1]! + 1];
}
