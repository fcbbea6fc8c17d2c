import { describe, expect, it } from 'vitest';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { sqlSpans } from '../../../../src/engine/structure/sql.js';
import type { SpanContext } from '../../../../src/engine/structure/types.js';

/** The literals sqlSpans masks in `sql`, with `email` and `ssn` as the sensitive columns. */
function masked(sql: string): string[] {
  const out: Span[] = [];
  const ctx: SpanContext = { classifyKey: (name) => ({ email: 'EMAIL', ssn: 'SSN' })[name.toLowerCase()] ?? null, out, priority: 0 };
  sqlSpans(new TextScan(sql), ctx, false);
  return out.map((s) => sql.slice(s.start, s.end));
}

/**
 * The tokenizer lower-cases a word only when its length is that of a word it compares with
 * (is, like, ilike; value, values, insert, upsert, replace): every spelling of those words must
 * still be read, including the Kelvin sign that lower-cases to `k` (issue 15, stop 22).
 */
describe('SQL words in any case', () => {
  it('reads comparison words in any case', () => {
    for (const like of ['LIKE', 'like', 'Like', 'lIkE', 'LI\u212AE', 'ILIKE', 'iLike']) {
      expect(masked(`SELECT id FROM users WHERE email ${like} 'jo%' AND tier = 'gold'`), like).toEqual(['jo%']);
    }
    for (const is of ['IS', 'is', 'Is', 'iS']) expect(masked(`SELECT 1 FROM t WHERE ssn ${is} '123'`), is).toEqual(['123']);
    expect(masked("SELECT 1 FROM t WHERE ssn LIKES '123'")).toEqual([]);
  });

  it('reads INSERT … VALUES in any case', () => {
    for (const [insert, values] of [
      ['INSERT', 'VALUES'],
      ['insert', 'values'],
      ['Insert', 'Values'],
      ['UPSERT', 'VALUE'],
      ['iNsErT', 'value'],
    ]) {
      const sql = `${insert} INTO users (tier, email) ${values} ('gold', 'a@x.org'), ('silver', 'b@x.org')`;
      expect(masked(sql), sql).toEqual(['a@x.org', 'b@x.org']);
    }
  });
});
