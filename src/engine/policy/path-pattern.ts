/**
 * Field path patterns used by `paths:` and `allow.paths:`: `user.email`, `request.headers.*`,
 * `**.password`, `rows[*].ssn`, `items[0]`. A bare name (`trace_id`) matches that field at any depth.
 * A pattern matches a field when it matches the field's full path from the record's root.
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
  const ok = seg.kind === 'any' || (seg.kind === 'name' && part === seg.name) || (seg.kind === 'index' && part === seg.index);
  return ok && matchFrom(segs, si + 1, path, pi + 1);
}
