import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Error messages that echo the value they refused and name its field: BigQuery insertAll
 * `Invalid date: 31/12/1969 for field birth_date`, MySQL `Incorrect date value: '1969-12-31' for
 * column 'birth_date' at row 1` and `Duplicate entry '078-05-1120' for key 'users.ssn'`, a
 * validator's `invalid value "…" for field "ssn"`. The value is masked as the entity the key rules
 * give the field's name (detector `structure:error_echo`); a name they do not call sensitive
 * (`Invalid value: 7 for field retries`) leaves the message as it is.
 */
export const ERROR_ECHO_KEYWORDS = ['for field', 'for column', 'in field', 'in column', 'duplicate entry'];

const ECHO =
  /(?:invalid|incorrect|bad|malformed|unparseable|illegal|cannot parse|could not parse|failed to parse|cannot convert|could not convert|duplicate entry|duplicate value|out of range)\b(?:[^:'"\n]{0,40}:|[^:'"\n]{0,40}?)[ \t]*(["'`]?)([^\s"'`]{1,64}(?: [^\s"'`]{1,64}){0,3}?)\1[ ,;]+(?:for|in|of)[ \t]+(?:the[ \t]+)?(?:field|column|attribute|property|parameter|key)[ \t]+["'`]?([\p{L}_][\p{L}\d_.-]{0,63})/dgiu;

export function errorEchoSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(text); m !== null; m = ECHO.exec(text)) {
    const entity = ctx.classifyKey(m[3]!);
    if (entity === null) continue;
    const [start, end] = m.indices![2]!;
    pushSpan(ctx, text, start, end, entity, 'structure:error_echo');
  }
}
