import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../../src/engine/detect/char-signature.js';
import { KeywordIndex } from '../../../../src/engine/detect/keyword-index.js';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { personNameUnlistedLower } from '../../../../src/engine/detect/values/unlisted-names.js';

/**
 * person_name_unlisted_lower searches only the leads the keyword pass saw, each by `indexOf` in
 * the lower-cased text (stop 41), where it ran one regex of every lead over the lowered text:
 * both must give the same spans, in the same order, on any text (leads in capitals, inside words,
 * one lead starting another (`cust`, `customer`, `customer name`), leads beside digits, `_`,
 * letters outside ASCII and `İ`, which lowers to two characters). Names are made up.
 */
const INDEX = new KeywordIndex([personNameUnlistedLower]);
function hitsOf(text: string): Uint8Array {
  const seen = new Uint8Array(INDEX.slots);
  const active: number[] = [];
  INDEX.activate(new TextScan(text), seen, active);
  const hits = new Uint8Array(personNameUnlistedLower.keywords!.length);
  for (const i of active) if (i >= INDEX.hitsFrom) hits[i - INDEX.hitsFrom] = 1;
  return hits;
}
const pairs = (spans: Span[]) => spans.flatMap((s) => [s.start, s.end]);
function withHits(text: string): Span[] {
  const out: Span[] = [];
  const scan = new TextScan(text);
  scan.knowSignature(signatureOf(text));
  scan.keywordHits = hitsOf(text);
  if (personNameUnlistedLower.prefilter(scan)) personNameUnlistedLower.find(scan, out, 7);
  return out;
}
/**
 * The regex pass over every lead (`unlistedNames`), as `find` reports it without keyword hits:
 * through `find` itself, so that both sides split a name wrapped over a line break the same way
 * (comparing with `unlistedNames`' raw pairs made the property fail on texts where a generated
 * line break fell inside a name: a flaky test, seen by two helpers in stop 43).
 */
function byDefinition(text: string): number[] {
  const out: Span[] = [];
  const scan = new TextScan(text);
  scan.knowSignature(signatureOf(text));
  if (personNameUnlistedLower.prefilter(scan)) personNameUnlistedLower.find(scan, out, 7);
  return pairs(out);
}

const PIECES = [
  ...[' ', ' ', ' ', '  ', ', ', '. ', '\n', ': ', ':', '=', ' - ', "'", '"', ')', '|', '_', '/', '@', '7', '2024-03-18'],
  ...['X', 'é', 'nameé', 'İ', 'ß', 'the', 'is', 'was', 'this is', 'from', 're', 'plan', 'portal', 'called', 'wants'],
  ...['cust', 'customer', 'customer name', 'Customer', 'CUST', 'custody', 'client', 'client name', 'Client:', 'caller'],
  ...['caller was', 'caller is', 'reporter', 'requester name', 'account holder', 'holder', 'cardholder', 'card holder'],
  ...['name is', 'Name was', 'NAME IS', 'identified as', 'spoke to', 'on behalf of', 'performed_for', 'entregado a'],
  ...['dr', 'dr.', 'Dr.', 'mrs', 'ms', 'mx', 'miss', 'mr', '762ms', 'address', 'drive', 'items', 'mrs.', 'applicant'],
  ...['visitor', 'guest', 'kunde', 'müşteri', 'nom du client', 'neighbour', 'subscriber', 'recipient', 'for'],
  ...['bin', 'bint', 'ibn', 'binary', 'al', 'de la', 'van der'],
  ...['siosaia', 'fifita', 'kwabena', 'owusu-ansah', 'ruslan', 'tokhtarov', "o'flaherty", 'chidinma', 'ezeokafor'],
  ...['mariam', 'khalid', 'al-mansoori', 'rocío', 'fernández', 'ivanova', 'thomas', 'walsh', 'Amara', 'Osei'],
];

describe('person_name_unlisted_lower: the leads the keyword pass saw', () => {
  it('gives the spans of the one pass over every lead', () => {
    let some = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 3 === 0 ? '' : ' ');
        const want = byDefinition(text);
        if (want.length > 0) some++;
        expect(pairs(withHits(text))).toEqual(want);
      }),
      { numRuns: 6000 },
    );
    // Names are found (the definition is not trivially empty).
    expect(some).toBeGreaterThan(100);
  });

  it('splits a name wrapped over a line break the same way on both passes', () => {
    // The property's counterexamples before stop 43's fix: a generated line break inside a name.
    for (const text of ["mrs.o'flahertythe\n applicant", ' client namemxre\nmüşteri', 'spoke to: kwabena\nowusu-ansah wants']) {
      expect(pairs(withHits(text))).toEqual(byDefinition(text));
    }
    expect(byDefinition('spoke to: kwabena\nowusu-ansah wants').length).toBe(4);
  });

  it('reads a lead starting another, leads in capitals and a long text as the one pass', () => {
    for (const text of [
      'customer name: ruslan tokhtarov | cust: kwabena owusu-ansah, Customer chidinma ezeokafor,',
      'CUSTOMER NAME: siosaia fifita | DR. mariam ivanova',
      'name is siosaia fifita; caller was kwabena owusu-ansah from accounts',
      'refund for mariam bint khalid al-mansoori, ticket 7',
      `${'the deployment finished and the customer report was sent. '.repeat(60)}client: ruslan tokhtarov |`,
      `${'items shipped in 762ms by the drive at the address. '.repeat(40)}spoke to chidinma ezeokafor.`,
      'İ customer: ruslan tokhtarov,',
      // `client name` with a letter after it is no lead; `client` before it is.
      'client nameé ruslan tokhtarov, then customer nameß kwabena owusu-ansah.',
    ]) {
      expect(pairs(withHits(text))).toEqual(byDefinition(text));
    }
    expect(withHits('customer name: ruslan tokhtarov | cust: kwabena owusu-ansah,').length).toBe(2);
  });

  it('reads a lead that starts with another seen lead only where each of its characters stands', () => {
    // Stop 43: the rest of the longer lead is compared by character codes after the shorter one's
    // match; a near miss at any of its characters, or a text that ends inside it, is no lead.
    const leads = ['customer', 'customer name', 'client name', 'caller was', 'requester name', 'account holder'];
    let checked = 0;
    for (const lead of leads) {
      for (let i = 1; i <= lead.length; i++) {
        const missed = i < lead.length ? `${lead.slice(0, i)}${lead[i] === 'x' ? 'y' : 'x'}${lead.slice(i + 1)}` : lead;
        for (const text of [
          `${missed}: ruslan tokhtarov, cust kwabena owusu-ansah`,
          `cust ${missed} siosaia fifita | client caller requester holder`,
          `note for ${missed.slice(0, i)}`,
        ]) {
          expect(pairs(withHits(text)), text).toEqual(byDefinition(text));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
