import type { JsonTree } from '../json-text/scan.js';

/**
 * Session-replay input events: rrweb's incremental snapshot of an input (`{type: 3, data: {source:
 * 5, text, isChecked, id}}`, the event PostHog, Sentry Session Replay, Highlight and OpenReplay
 * record and store) holds what a person typed into a form field, keystroke by keystroke, without
 * the field's name. Replay tools mask every input by default (rrweb `maskAllInputs`, PostHog and
 * Sentry on by default) because that text is passwords, card numbers and addresses as often as
 * search words; a recording made with masking off is read the same way: the `text` of such an
 * event is masked whole as a secret. Recognized by its shape alone: `source` 5 (IncrementalSource
 * .Input) beside a boolean `isChecked`; a `text` member anywhere else changes nothing.
 */

/** Whether object `obj`, one of whose members is `text`, is an rrweb input event. */
export function isReplayInput(obj: Record<string, unknown>): boolean {
  return obj.source === 5 && typeof obj.isChecked === 'boolean';
}

/** isReplayInput on a span tree: the object at token `t` has `"source": 5` and `"isChecked": true|false`. */
export function isReplayInputText(tree: JsonTree, t: number): boolean {
  const end = tree.next[t]!;
  const text = tree.text;
  let source = false;
  let checked = false;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const at = tree.start[name]!;
    const length = tree.end[name]! - at;
    const v = name + 1;
    if (length === 8 && text.startsWith('"source"', at))
      source = tree.end[v]! - tree.start[v]! === 1 && text.charCodeAt(tree.start[v]!) === 53;
    else if (length === 11 && text.startsWith('"isChecked"', at)) {
      const c = text.charCodeAt(tree.start[v]!);
      checked = c === 116 || c === 102; // true / false
    }
  }
  return source && checked;
}
