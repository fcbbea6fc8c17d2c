/**
 * A text decoded from an escaped original (a quoted-printable mail body, a URL-encoded form body),
 * with, for each decoded character, the range of the original it came from: spans found on the
 * decoded text map back onto the original through it (mapDecodedSpans in mail-body.ts).
 */
export interface DecodedView {
  text: string;
  start: number[];
  end: number[];
}

/** Builds a DecodedView left to right; each call appends and records where the text came from. */
export class DecodedViewBuilder {
  text = '';
  readonly start: number[] = [];
  readonly end: number[] = [];

  constructor(private readonly source: string) {}

  /** The original's characters `[from, to)`, each mapped to itself. */
  copy(from: number, to: number): void {
    this.text += this.source.slice(from, to);
    for (let i = from; i < to; i++) {
      this.start.push(i);
      this.end.push(i + 1);
    }
  }

  /** `text` standing for the original's `[from, to)`: every character of it maps to that range. */
  replace(text: string, from: number, to: number): void {
    for (let d = 0; d < text.length; d++) {
      this.start.push(from);
      this.end.push(to);
    }
    this.text += text;
  }

  view(): DecodedView {
    return { text: this.text, start: this.start, end: this.end };
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The byte of the two hex digits at `at` in `s`, or -1 when they are not two hex digits. */
export function hexByte(s: string, at: number): number {
  const hi = hexValue(s.charCodeAt(at));
  const lo = hexValue(s.charCodeAt(at + 1));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/**
 * Decodes the run of `<marker>XX` escapes at `from` (`=C3=BC`, `%C3%BC`) as UTF-8 bytes together
 * (a letter spans two or more bytes) into `out`, stopping before `limit`, at the first escape that
 * is not two hex digits or whose byte `keep` asks to leave as written. Returns the index after the
 * run, or `from` when no escape was decoded.
 */
export function decodeEscapeRun(
  s: string,
  from: number,
  limit: number,
  marker: number,
  out: DecodedViewBuilder,
  keep?: (byte: number) => boolean,
): number {
  const bytes: number[] = [];
  let k = from;
  while (k < limit && s.charCodeAt(k) === marker) {
    const byte = hexByte(s, k + 1);
    if (byte < 0 || keep?.(byte)) break;
    bytes.push(byte);
    k += 3;
  }
  if (bytes.length === 0) return from;
  out.replace(Buffer.from(bytes).toString('utf8'), from, k);
  return k;
}
