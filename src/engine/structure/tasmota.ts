import type { TextScan } from '../detect/types.js';
import { isSsidName, keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Tasmota `Backlog` commands (tasmota.github.io "Commands": `Backlog SSId1 Home; Password1 x;
 * MqttPassword y`, sent on the console or as the payload of `cmnd/<topic>/Backlog` with
 * mosquitto_pub): a list of `Command value` pairs separated by `;`. A command whose name the key
 * rules call sensitive, after its numeric index is dropped (`Password1` reads as `Password`,
 * `MqttPassword`, `WebPassword`), has its value masked as that name's entity (detector
 * `structure:tasmota`). The list must follow the word `Backlog` (any case) and hold two pairs or
 * more; a value is one token (no blank) ending at `;`, a quote or the line's end, so prose about a
 * backlog ("the backlog grows; password reset done") reads as no list.
 */
export const TASMOTA_KEYWORDS: readonly string[] = ['backlog'];

/** `Backlog` then the list, up to a quote or the line's end (the mosquitto_pub form puts `-m "` between). */
const BACKLOG = /\bbacklog0?(?:[ \t]+-m[ \t]+["']?|[ \t]+)([^"'\r\n]{3,2048})/gi;
/** One pair of the list: a command name, an optional index, one blank, a one-token value. */
const PAIR = /^[ \t]*([A-Za-z][A-Za-z]{1,31})(\d{0,2})[ \t]+(\S{1,256})[ \t]*$/;

export function tasmotaBacklogSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  BACKLOG.lastIndex = 0;
  for (let m = BACKLOG.exec(text); m !== null; m = BACKLOG.exec(text)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    const items = m[1]!.split(';');
    const pairs: { name: string; start: number; end: number }[] = [];
    let at = listStart;
    let malformed = false;
    for (const item of items) {
      const p = PAIR.exec(item);
      if (p === null) {
        if (item.trim() !== '') malformed = true;
      } else {
        const valueStart = at + item.indexOf(p[3]!, p[1]!.length + p[2]!.length);
        pairs.push({ name: p[1]!, start: valueStart, end: valueStart + p[3]!.length });
      }
      at += item.length + 1;
    }
    if (malformed || pairs.length < 2) continue;
    for (const pair of pairs) {
      const entity = ctx.classifyKey(pair.name);
      if (entity === null) continue;
      const value = text.slice(pair.start, pair.end);
      if (PLACEHOLDER_VALUE.test(value)) continue;
      // `SSId1 <network>`: a network's name is kept unless it names a household (keys.ts `ssid`).
      if (entity === 'PERSON' && isSsidName(pair.name) && keptUnderKey(pair.name, value, entity)) continue;
      pushSpan(ctx, text, pair.start, pair.end, entity, 'structure:tasmota');
    }
  }
}
