import type { Span } from '../detect/types.js';

/**
 * JSON writers may escape every `/` as `\/` (PHP's json_encode, some Java and .NET loggers), and
 * a log line often carries such JSON cut short or wrapped in other text, so it is not parsed as
 * JSON and `https:\/\/hooks.slack.com\/services\/…` reaches the detectors with the backslashes in
 * it, where no URL or token pattern matches. When a string holds `\/`, the detectors read it with
 * each `\/` turned into `/`, and every span is mapped back onto the original string (a span then
 * covers the backslashes inside it). Strings without `\/` are scanned as they are, at no cost.
 */
export function scanWithSlashesUnescaped(s: string, scan: (text: string) => Span[]): Span[] {
  if (s.indexOf('\\/') < 0) return scan(s);
  // origin[i]: the index in `s` of character i of the unescaped text.
  const origin: number[] = [];
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 && s.charCodeAt(i + 1) === 92) {
      // An escaped backslash (`\\`) stays as it is, so `\\/` keeps its backslashes.
      origin.push(i, i + 1);
      text += '\\\\';
      i++;
      continue;
    }
    if (c === 92 && s.charCodeAt(i + 1) === 47) continue;
    origin.push(i);
    text += s[i];
  }
  const spans = scan(text);
  return spans.map((span) => {
    const start = origin[span.start] ?? s.length;
    const end = span.end > span.start ? origin[span.end - 1]! + 1 : start;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}
