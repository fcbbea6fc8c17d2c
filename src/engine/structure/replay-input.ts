import type { JsonTree } from '../json-text/scan.js';

/**
 * Session-replay input events: rrweb's incremental snapshot of an input (`{type: 3, data: {source:
 * 5, text, isChecked, id}}`, the event PostHog, Sentry Session Replay, Highlight and OpenReplay
 * record and store) holds what a person typed into a form field, keystroke by keystroke, without
 * the field's name. Replay tools mask every input by default (rrweb `maskAllInputs`, PostHog and
 * Sentry on by default) because that text is passwords, card numbers and addresses as often as
 * search words; a recording made with masking off is read the same way: the `text` of such an
 * event is masked whole as a secret. Recognized by its shape alone: `source` 5 (IncrementalSource
 * .Input) beside a boolean `isChecked`, or, in a PostHog `$snapshot_data` list (which leaves
 * `isChecked` out of a text field's event), beside a numeric node `id` with no member but the
 * event's own; a `text` member anywhere else changes nothing.
 */

/** The members of an rrweb input event's data. */
const INPUT_MEMBERS = new Set(['source', 'text', 'id', 'isChecked', 'userTriggered']);

/** The member an rrweb input event's typed value is under: the only member the walks ask isReplayInput for. */
export const REPLAY_TEXT_MEMBER = 'text';

/** Whether the walk at `path` (its last member `text`) is inside a PostHog `$snapshot_data` list. */
export function inSnapshotData(path: readonly (string | number)[]): boolean {
  for (let i = path.length - 2; i >= 0 && i >= path.length - 5; i--) if (path[i] === '$snapshot_data') return true;
  return false;
}

/** Whether object `obj`, one of whose members is `text`, is an rrweb input event (`snapshot`: inSnapshotData). */
export function isReplayInput(obj: Record<string, unknown>, snapshot: boolean): boolean {
  if (obj.source !== 5) return false;
  if (typeof obj.isChecked === 'boolean') return true;
  if (!snapshot || typeof obj.id !== 'number') return false;
  for (const k in obj) if (!INPUT_MEMBERS.has(k)) return false;
  return true;
}

/** isReplayInput on a span tree: the object at token `t` has `"source": 5` and `"isChecked": true|false` (or the snapshot shape). */
export function isReplayInputText(tree: JsonTree, t: number, snapshot: boolean): boolean {
  const end = tree.next[t]!;
  const text = tree.text;
  let source = false;
  let checked = false;
  let numericId = false;
  let others = false;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const at = tree.start[name]!;
    const length = tree.end[name]! - at;
    const v = name + 1;
    if (length === 8 && text.startsWith('"source"', at))
      source = tree.end[v]! - tree.start[v]! === 1 && text.charCodeAt(tree.start[v]!) === 53;
    else if (length === 11 && text.startsWith('"isChecked"', at)) {
      const c = text.charCodeAt(tree.start[v]!);
      checked = c === 116 || c === 102; // true / false
    } else if (length === 4 && text.startsWith('"id"', at)) {
      const c = text.charCodeAt(tree.start[v]!);
      numericId = c >= 48 && c <= 57;
    } else if (!(length === 6 && text.startsWith('"text"', at)) && !(length === 15 && text.startsWith('"userTriggered"', at)))
      others = true;
  }
  return source && (checked || (snapshot && numericId && !others));
}
