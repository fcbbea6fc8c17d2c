import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../../src/engine/detect/keyword-index.js';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import {
  personNameLowerCustomer,
  personNameLowerRole,
  personNameLowerRoleByLead,
  personNameLowerTitle,
} from '../../../../src/engine/detect/values/lower-case-names.js';

/**
 * person_name_lower_role finds its role leads in one regex pass (stop 39's second pass) where it
 * searched the text once per lead: both must give the same spans, in the same order, on any text
 * (leads at and inside words, `call` / `called` at one position, leads beside digits, `@`,
 * capitals and letters outside ASCII). Names here are made up from common list names, not from
 * any corpus.
 */
function spans(d: ValueDetector, text: string): Span[] {
  const out: Span[] = [];
  const scan = new TextScan(text);
  if (d.prefilter(scan)) d.find(scan, out, 7);
  return out;
}

const PIECES = [
  ' ',
  '  ',
  ', ',
  '. ',
  '\n',
  ': ',
  '=',
  "'",
  '"',
  ')',
  '-',
  '_',
  '/',
  '@',
  '7',
  '2024-03-18',
  'X',
  'é',
  'ß',
  'is ',
  'was ',
  'the',
  'recall',
  'percent',
  'super',
  'members',
  'driverless',
  'callum',
  'caller',
  'called',
  'call',
  'per',
  'dear',
  'hello',
  'driver',
  'patient',
  'cardholder',
  'spoke with',
  'spoke to',
  'name is',
  'name was',
  'new hire',
  'new starter',
  'assigned to',
  'verified as',
  'custodian',
  'employee',
  'candidate',
  'thomas',
  'miriam',
  'okafor',
  'lindqvist',
  'harrington',
  'delacroix-webb',
  'morales',
  'jennifer',
  'anne',
  'walsh',
  'brown',
  'regarding',
  'Call',
  'NAME IS',
  'Hinweisgeberin',
  'İ',
  'pt is',
  'seller of record',
  'union rep',
];

/** The role detector's keyword hits as the engine's keyword pass gives them (TextScan.keywordHits). */
const ROLE_INDEX = new KeywordIndex([personNameLowerRole]);
function hitsOf(text: string): Uint8Array {
  const seen = new Uint8Array(ROLE_INDEX.slots);
  const active: number[] = [];
  ROLE_INDEX.activate(new TextScan(text), seen, active);
  const hits = new Uint8Array(personNameLowerRole.keywords!.length);
  for (const i of active) if (i >= ROLE_INDEX.hitsFrom) hits[i - ROLE_INDEX.hitsFrom] = 1;
  return hits;
}
function spansWithHits(text: string): Span[] {
  const out: Span[] = [];
  const scan = new TextScan(text);
  scan.keywordHits = hitsOf(text);
  if (personNameLowerRole.prefilter(scan)) personNameLowerRole.find(scan, out, 7);
  return out;
}

describe('person_name_lower_role: one pass over the role leads', () => {
  it('gives the spans of a search per lead', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? ' ' : '');
        expect(spans(personNameLowerRole, text)).toEqual(spans(personNameLowerRoleByLead, text));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads both leads at one position and leads inside words as before', () => {
    for (const text of [
      'please call thomas okafor, then called miriam lindqvist.',
      'recall thomas okafor; percent miriam harrington',
      'caller verified as jennifer morales 2024-03-18',
      'spoke to anne harrington re: driver thomas delacroix-webb @ desk',
      'dear miriam lindqvist,\nname is jennifer walsh',
    ]) {
      const one = spans(personNameLowerRole, text);
      expect(one).toEqual(spans(personNameLowerRoleByLead, text));
    }
    expect(spans(personNameLowerRole, 'please call thomas okafor, then called miriam lindqvist.').length).toBeGreaterThan(0);
  });

  it('reads the record mark from the signature (a digit or an @ anywhere in the text)', () => {
    // A titled surname the lists need not know is read after a role lead only in a record.
    const note = 'driver thomas quellbrook';
    const ids = (t: string) => spans(personNameLowerRole, t).map((s) => t.slice(s.start, s.end));
    expect(ids(`${note} uid 4471`)).toEqual(
      spans(personNameLowerRoleByLead, `${note} uid 4471`).map((s) => `${note} uid 4471`.slice(s.start, s.end)),
    );
    expect(ids(`${note} ops@example.com`)).toEqual(
      spans(personNameLowerRoleByLead, `${note} ops@example.com`).map((s) => `${note} ops@example.com`.slice(s.start, s.end)),
    );
    expect(spans(personNameLowerCustomer, 'customer thomas harrington for order 5521').length).toBeGreaterThan(0);
  });
});

describe('person_name_lower_role: the leads the keyword pass saw', () => {
  it('reports every lead that occurs in the text (its gate word occurs)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? ' ' : '');
        const hits = hitsOf(text);
        personNameLowerRole.keywords!.forEach((lead, j) => {
          if (text.includes(lead)) expect(hits[j]).toBe(1);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the spans of the one pass when searching only the leads seen', () => {
    let few = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? ' ' : '');
        if (hitsOf(text).reduce((a, b) => a + b, 0) <= 3) few++;
        expect(spansWithHits(text)).toEqual(spans(personNameLowerRole, text));
      }),
      { numRuns: 4000 },
    );
    // Both ways are exercised: texts with at most three leads seen (searched one by one) and more.
    expect(few).toBeGreaterThan(100);
    expect(few).toBeLessThan(4000);
    const long = `${'the deployment finished and the report was sent. '.repeat(40)}or call thomas okafor on 415-555-0134`;
    expect(spansWithHits(long)).toEqual(spans(personNameLowerRole, long));
    expect(spansWithHits(long).length).toBe(1);
  });

  it("tries only the seen leads at the one pass's starts when more than three are seen (stop 45)", () => {
    // Texts dense with leads (more than three seen: namesAfterAny, which now tries only the leads
    // whose hit is set at each start) and with leads inside words (`Fatima`, `Haddad`, `Okafor`).
    const DENSE = [
      ...[
        'driver',
        'name',
        'name is',
        'dad',
        'im',
        'call',
        'called',
        'per',
        'dear',
        'hi',
        'guardian',
        'tenant',
        'spoke with',
        'verified as',
      ],
      ...['patient', 'mum', 'client', 'payee', 'borrower', 'applicant: ', 'union rep', 'new hire', 'wire $40 to'],
      ...[' ', ' ', ', ', ': ', '. ', '7', '@', 'é', 'Fatima', 'Haddad', 'Okafor', 'SELECT id, email, name FROM customers WHERE'],
      ...['thomas okafor', 'miriam lindqvist', 'anne harrington', 'jennifer walsh', 'lindqvist, sunniva', 'hector villanueva'],
    ];
    let many = 0;
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DENSE), { minLength: 4, maxLength: 30 }), (parts) => {
        const text = parts.join(parts.length % 3 === 0 ? '' : ' ');
        if (hitsOf(text).reduce((a, b) => a + b, 0) > 3) many++;
        const all = spans(personNameLowerRole, text);
        expect(spansWithHits(text)).toEqual(all);
        if (all.length > 0) found++;
      }),
      { numRuns: 3000 },
    );
    expect(many).toBeGreaterThan(1500);
    expect(found).toBeGreaterThan(300);
  });
});

/**
 * person_name_lower_title and _customer search a lead only where the keyword pass saw its gate
 * word (stop 40): the spans must be those of searching every lead.
 */
describe('person_name_lower_title and _customer: the leads the keyword pass saw', () => {
  const LEAD_PIECES = [
    ...['mr', 'mrs', 'miss', 'ms', 'mx', 'herr', 'herrn', 'frau', 'mme', 'mlle', 'madame', 'monsieur', 'dr', 'dr.', 'mr.'],
    ...['cust', 'customer', 'custom', 'for', 'form', 'Mr', 'MS', '762ms', 'address', 'drive'],
    ...[' ', ' ', ': ', ', ', '. ', '7', '@', 'é', 'thomas', 'miriam', 'okafor', 'harrington', 'anne', 'walsh', 'quellbrook', 'order 5521'],
    ...[
      'customer thomas harrington',
      'for anne walsh',
      'cust miriam okafor',
      'mrs miriam quellbrook',
      'herr thomas okafor',
      'ms anne harrington',
    ],
  ];
  for (const d of [personNameLowerTitle, personNameLowerCustomer]) {
    const index = new KeywordIndex([d]);
    const withHits = (text: string): Span[] => {
      const seen = new Uint8Array(index.slots);
      const active: number[] = [];
      const scan = new TextScan(text);
      index.activate(scan, seen, active);
      const hits = new Uint8Array(d.keywords!.length);
      for (const i of active) if (i >= index.hitsFrom) hits[i - index.hitsFrom] = 1;
      const out: Span[] = [];
      const fresh = new TextScan(text);
      fresh.keywordHits = hits;
      if (d.prefilter(fresh)) d.find(fresh, out, 7);
      return out;
    };
    it(`${d.id}: the spans of searching every lead`, () => {
      let found = 0;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...LEAD_PIECES), { maxLength: 30 }), (parts) => {
          const text = parts.join(parts.length % 3 === 0 ? '' : ' ');
          const all = spans(d, text);
          expect(withHits(text)).toEqual(all);
          if (all.length > 0) found++;
        }),
        { numRuns: 3000 },
      );
      expect(found).toBeGreaterThan(30);
    });
  }
});
