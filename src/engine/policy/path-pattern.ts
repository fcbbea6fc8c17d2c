/**
 * Field path patterns used by `paths:` and `allow.paths:`: `user.email`, `request.headers.*`,
 * `**.password`, `rows[*].ssn`, `items[0]`. A bare name (`trace_id`) matches that field at any depth.
 * A pattern matches a field when it matches the field's full path from the record's root. A key
 * that has dots in it (the OpenTelemetry attribute `user.email`) is matched by its dotted names, as
 * evidence writes it: `attributes.user.email` matches both `{"attributes":{"user.email":…}}` and
 * `{"attributes":{"user":{"email":…}}}`.
 */

export type Segment = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'any' } | { kind: 'deep' };

export interface PathPattern {
  source: string;
  segments: Segment[];
  /** Set for a bare name: matched by the field name alone, without walking the path. */
  bareName?: string;
}

export function parsePathPattern(source: string): { pattern?: PathPattern; error?: string } {
  const segments: Segment[] = [];
  const re = /([^.[\]]+)|\[(\*|\d+)\]|(\.)/gy;
  let expectName = true;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < source.length) {
    re.lastIndex = pos;
    m = re.exec(source);
    if (m === null)
      return { error: `cannot read path "${source}" at character ${pos + 1}; write it like user.email, rows[*].ssn or **.password` };
    pos = re.lastIndex;
    if (m[1] !== undefined) {
      if (!expectName) return { error: `path "${source}": put a dot between names (${m[1]})` };
      const name = m[1];
      segments.push(name === '*' ? { kind: 'any' } : name === '**' ? { kind: 'deep' } : { kind: 'name', name });
      expectName = false;
    } else if (m[2] !== undefined) {
      segments.push(m[2] === '*' ? { kind: 'any' } : { kind: 'index', index: Number(m[2]) });
      expectName = false;
    } else {
      if (expectName) return { error: `path "${source}" has an empty name between dots` };
      expectName = true;
    }
  }
  if (segments.length === 0 || expectName) return { error: `path "${source}" is empty or ends with a dot` };
  const only = segments[0];
  if (segments.length === 1 && only?.kind === 'name')
    return { pattern: { source, segments: [{ kind: 'deep' }, only], bareName: only.name } };
  return { pattern: { source, segments } };
}

/** True when `pattern` matches exactly the field at `path` (object keys and array indexes). */
export function matchPath(pattern: PathPattern, path: readonly (string | number)[]): boolean {
  return matchFrom(pattern.segments, 0, path, 0);
}

function matchFrom(segs: readonly Segment[], si: number, path: readonly (string | number)[], pi: number): boolean {
  if (si === segs.length) return pi === path.length;
  const seg = segs[si] as Segment;
  if (seg.kind === 'deep') {
    for (let k = pi; k <= path.length; k++) if (matchFrom(segs, si + 1, path, k)) return true;
    return false;
  }
  if (pi === path.length) return false;
  const part = path[pi];
  if (seg.kind === 'name' && typeof part === 'string' && part !== seg.name) {
    const last = dottedKeyEnd(segs, si, part);
    return last >= 0 && matchFrom(segs, last + 1, path, pi + 1);
  }
  const ok = seg.kind === 'any' || (seg.kind === 'name' && part === seg.name) || (seg.kind === 'index' && part === seg.index);
  return ok && matchFrom(segs, si + 1, path, pi + 1);
}

/**
 * A key with dots in it (`user.email`, as OpenTelemetry attribute keys are) is matched by the
 * dotted names it is made of, so the path shown in evidence (`attributes.user.email`) works as a
 * pattern: returns the index of the last of the name segments from `si` that spell `key` joined by
 * dots, or -1.
 */
function dottedKeyEnd(segs: readonly Segment[], si: number, key: string): number {
  let at = 0;
  for (let k = si; k < segs.length; k++) {
    const seg = segs[k] as Segment;
    if (seg.kind !== 'name' || !key.startsWith(seg.name, at)) return -1;
    at += seg.name.length;
    if (at === key.length) return k;
    if (key.charCodeAt(at) !== 46) return -1;
    at++;
  }
  return -1;
}
