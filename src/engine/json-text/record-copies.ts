import { type ContextMasked, copiesForNames, replaceCopies } from '../mask/record-copies.js';
import { jsonString, type TextEdits } from './edits.js';
import { ARRAY, type JsonTree, OBJECT, STRING, STRING_ESCAPED } from './scan.js';

/**
 * The record-wide copies pass (mask/record-copies.ts) on a record's text: every string token and
 * member name of `tree` whose output would still hold a copy of one of `values` gets it replaced.
 * A token the walk left as it came gets a new edit; a token the walk already re-encoded (an edit
 * whose text is a JSON string, possibly holding JSON masked inside) has that edit's text
 * rewritten; a removed member (an edit to nothing) is left alone. `hit` gets the path of each
 * token changed; nothing is changed in a value `kept` names (by token: the policy keeps it as it came). Called only when RecordCopies#inText says a copy may be left: it reads every
 * token once.
 */
export function maskCopiesInText(
  tree: JsonTree,
  edits: TextEdits,
  values: readonly ContextMasked[],
  hit: (path: readonly (string | number)[], v: ContextMasked) => void,
  kept?: (t: number) => boolean,
): void {
  // Where some form of some value starts in the text, sorted: a token is read only when one lies in it.
  const text = tree.text;
  const at: number[] = [];
  for (const v of values) for (const form of v.forms) for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) at.push(i);
  at.sort((a, b) => a - b);
  const maskToken = (t: number, hitHere: (v: ContextMasked) => void, among: readonly ContextMasked[] = values): void => {
    if (among.length > 0 && startsWithin(at, tree.start[t]!, tree.end[t]!)) maskTokenCopies(tree, t, edits, among, hitHere);
  };
  // A member name is read for the values followed into names (not a login's: copiesForNames).
  const forNames = copiesForNames(values);
  const path: (string | number)[] = [];
  const visit = (t: number): void => {
    const kind = tree.kind[t]!;
    if (kind === STRING || kind === STRING_ESCAPED) {
      maskToken(t, (v) => hit(path, v));
      return;
    }
    const end = tree.next[t]!;
    if (kind === OBJECT) {
      for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
        // The path names a member as the output spells it (never a raw name the walk masked).
        let hits: ContextMasked[] | null = null;
        const keep = kept?.(name + 1) === true;
        if (!keep) maskToken(name, (v) => (hits ??= []).push(v), forNames);
        path.push(outputString(tree, name, edits));
        for (const v of hits ?? []) hit(path, v);
        if (!keep) visit(name + 1);
        path.pop();
      }
    } else if (kind === ARRAY) {
      let index = 0;
      for (let item = t + 1; item < end; item = tree.next[item]!, index++) {
        if (kept?.(item)) continue;
        path.push(index);
        visit(item);
        path.pop();
      }
    }
  };
  visit(0);
}

function maskTokenCopies(
  tree: JsonTree,
  t: number,
  edits: TextEdits,
  values: readonly ContextMasked[],
  hit: (v: ContextMasked) => void,
): void {
  const start = tree.start[t]!;
  const end = tree.end[t]!;
  const e = edits.covering(start);
  if (e < 0) {
    const value = tree.string(t);
    const out = replaceCopies(value, values, hit);
    if (out !== value) edits.replace(start, end, jsonString(out));
    return;
  }
  const text = edits.textAt(e);
  if (text.length < 2 || text.charCodeAt(0) !== 34) return;
  const value = JSON.parse(text) as string;
  const out = replaceCopies(value, values, hit);
  if (out !== value) edits.setTextAt(e, JSON.stringify(out));
}

/** The decoded output of string token `t`: its edit's text when the walk re-encoded it. */
function outputString(tree: JsonTree, t: number, edits: TextEdits): string {
  const e = edits.covering(tree.start[t]!);
  if (e < 0) return tree.string(t);
  const text = edits.textAt(e);
  return text.length >= 2 && text.charCodeAt(0) === 34 ? (JSON.parse(text) as string) : '';
}

/** Whether some position of the sorted `at` lies in [start, end). */
function startsWithin(at: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < end;
}
