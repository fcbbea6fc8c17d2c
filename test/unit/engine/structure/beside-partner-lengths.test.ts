import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonTree, NUMBER, OBJECT, STRING } from '../../../../src/engine/json-text/scan.js';
import { type BesideRule, besideRules, hasBesidePartnerText } from '../../../../src/engine/structure/bare-name-columns.js';

/**
 * hasBesidePartnerText skips a plain member name whose length no partner of the rule has (stop
 * 45): it must answer as the loop that slices and lower-cases every sibling's name (kept here as
 * it was), for every rule of BESIDE_RULES and its alternatives, on generated objects whose member
 * names are the rules' partners in any case, with the Kelvin sign for `k`, a dotted `İ` for `i`,
 * JSON escapes, a letter more or less, and other names.
 */
function reference(tree: JsonTree, t: number, rule: BesideRule): boolean {
  const end = tree.next[t]!;
  for (let name = t + 1; name < end; name = tree.next[name + 1]!) {
    const v = name + 1;
    if (tree.end[name]! - tree.start[name]! > 21 + 2) continue;
    const lower = tree.string(name).toLowerCase();
    if (tree.kind[v] === OBJECT && rule.partnerObjects?.has(lower) === true) return true;
    if (!rule.partners.has(lower)) continue;
    if (tree.kind[v] === NUMBER && rule.partnerValue.test(tree.text.slice(tree.start[v]!, tree.end[v]!))) return true;
    if (tree.kind[v] === STRING && rule.partnerValue.test(tree.string(v))) return true;
  }
  return false;
}

const RULES: BesideRule[] = [];
for (const first of besideRules())
  for (let r: BesideRule | undefined = first; r !== undefined; r = r.alt) if (!RULES.includes(r)) RULES.push(r);
const PARTNERS = [...new Set(RULES.flatMap((r) => [...r.partners, ...(r.partnerObjects ?? [])]))];

const spell = (p: string, k: number): string => {
  switch (k) {
    case 0:
      return p;
    case 1:
      return p.toUpperCase();
    case 2:
      return p.slice(0, 1).toUpperCase() + p.slice(1);
    case 3:
      return p.replace('k', '\u212a');
    case 4:
      return p.replace('i', '\u0130');
    case 5:
      return `${p}s`;
    case 6:
      return p.slice(1);
    default:
      if (p.length < 2) return `\\u00${p.charCodeAt(0).toString(16).padStart(2, '0')}`;
      return `${p.slice(0, 1)}\\u00${p.charCodeAt(1).toString(16).padStart(2, '0')}${p.slice(2)}`;
  }
};
const nameArb = fc.oneof(
  fc.tuple(fc.constantFrom(...PARTNERS), fc.integer({ min: 0, max: 7 })).map(([p, k]) => spell(p, k)),
  fc.constantFrom('id', 'email', 'name', 'created_at', 'plan', 'balance', 'x'.repeat(22), 'a'.repeat(30)),
  fc.stringMatching(/^[a-z_]{1,12}$/),
);
const valueArb = fc.oneof(
  fc.constantFrom(
    '"021000021"',
    '121000358',
    '"PACE of Ohio"',
    '"Jane Okafor"',
    '{"a":1}',
    '"GOLD"',
    '"marriage"',
    '"+1 415 555 0134"',
    'true',
  ),
  fc.integer().map(String),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);

describe('hasBesidePartnerText: plain names of no partner length skipped', () => {
  it('answers as the loop over every sibling', () => {
    let yes = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(nameArb, valueArb), { minLength: 1, maxLength: 8 }), (members) => {
        const text = `{${members.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
        const tree = new JsonTree();
        expect(tree.scan(text)).toBe(true);
        for (const rule of RULES) {
          const want = reference(tree, 0, rule);
          if (want) yes++;
          expect(hasBesidePartnerText(tree, 0, rule)).toBe(want);
        }
      }),
      { numRuns: 600 },
    );
    expect(yes).toBeGreaterThan(60);
  });
});
