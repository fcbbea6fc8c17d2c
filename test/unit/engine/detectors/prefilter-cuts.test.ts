// Cost cuts that must not change a decision (issue 15, docs/performance-history.md "Detector cost cuts,
// second round"): each fast path is compared with the plain computation on generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIG_PLUS, SIG_QUOTE, signatureOf } from '../../../../src/engine/detect/char-signature.js';
import { contextBefore, keywordRegex } from '../../../../src/engine/detect/context.js';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { ageOver89 } from '../../../../src/engine/detect/values/ages.js';
import { macAddress } from '../../../../src/engine/detect/values/devices.js';
import { loginAfterLabel } from '../../../../src/engine/detect/values/login-names.js';
import { namedIntroStarts, sentenceIntroStarts } from '../../../../src/engine/detect/values/intro-phrases.js';
import { personNameIntro } from '../../../../src/engine/detect/values/person-names.js';
import { mayFollowPhonePrefix } from '../../../../src/engine/detect/values/pii.js';

function spans(find: (scan: TextScan, out: Span[], priority: number) => void, text: string): Span[] {
  const out: Span[] = [];
  find(new TextScan(text), out, 0);
  return out;
}

describe('person_name_intro prefilter (its phrases as written)', () => {
  it('is true wherever find reports a name, on text built from its own pieces', () => {
    const lead = fc.constantFrom('', 'hi, ', 'hello ', 'x', 'tool_call ', 'name=', 'My ', 'so ');
    const phrase = fc.constantFrom(
      'my name is',
      'my name  is',
      'My name is',
      'name is',
      'call me',
      'callme',
      'Call me',
      'call  me',
      'my name is\t',
    );
    const gap = fc.constantFrom(' ', '  ', '\t', '', ' \t');
    const name = fc.constantFrom('jane', 'raj', 'mary', 'john', 'smith', 'doe', 'the', 'mary-jane', 'Jane', 'xq');
    const text = fc.tuple(lead, phrase, gap, name, gap, name, lead).map((xs) => xs.join(''));
    let reported = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (spans(personNameIntro.find, t).length === 0) return;
        reported++;
        expect(personNameIntro.prefilter(new TextScan(t)), JSON.stringify(t)).toBe(true);
      }),
      { seed: 20261205, numRuns: 4000 },
    );
    expect(reported).toBeGreaterThan(50);
  });

  it('rejects the keyword words alone', () => {
    expect(personNameIntro.prefilter(new TextScan('tool_call result: name is empty'))).toBe(false);
    expect(personNameIntro.prefilter(new TextScan('please call me back, my name is jane'))).toBe(true);
    expect(spans(personNameIntro.find, 'please call me back, my name is jane').length).toBeGreaterThan(0);
  });
});

describe('mac_address separator counts (kept for the last text)', () => {
  // The prefilter and find share the count of the text they were last asked about; a count kept
  // from another text would hide or invent a form. find after the prefilter of an unrelated text
  // must give the spans find gives on its own.
  it('find reads the separators of its own text, not of the text the prefilter saw before', () => {
    const forms = ['host mac 00:1a:2b:3c:4d:5e up', 'mac=a4-5e-60-e8-1f-9b', 'port 001a.2b3c.4d5e', 'no separators here'];
    for (const before of forms) {
      for (const text of forms) {
        macAddress.prefilter(new TextScan(before));
        const expected = text === 'no separators here' ? 0 : 1;
        expect(spans(macAddress.find, text).length, `${before} then ${text}`).toBe(expected);
      }
    }
  });

  it('find gives the same spans whatever text the prefilter saw last', () => {
    const hex = fc.constantFrom('00', '1a', '2B', 'ff', '5e', 'a4', '9c', 'zz');
    const sep = fc.constantFrom(':', '-', '.', ' ', '');
    const mac = fc.array(fc.tuple(hex, sep), { minLength: 1, maxLength: 8 }).map((xs) => xs.map(([h, s]) => h + s).join(''));
    const cisco = fc.constantFrom('001a.2b3c.4d5e', '0000.0000.0000', 'abcd.ef01.2345');
    const piece = fc.oneof(mac, cisco, fc.constantFrom('mac=', ' ', 'x', '-', ':', '.', '1.2.3.4'));
    const text = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const alone = spans(macAddress.find, b);
        macAddress.prefilter(new TextScan(a));
        expect(spans(macAddress.find, b), JSON.stringify([a, b])).toEqual(alone);
        if (alone.length > 0) expect(macAddress.prefilter(new TextScan(b))).toBe(true);
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe("phone's gate of the prefixed numbers (mayFollowPhonePrefix)", () => {
  // The searches it replaced, one per place the after-prefix pattern reads.
  const plain = (text: string, sig: number): boolean =>
    [',+', ',(', ':+', ':(', 'tel:', 'TEL:', 'Tel:', 'hone:', 'obile:', 'sisdn:', 'SISDN:'].some((p) => text.includes(p)) ||
    ((sig & SIG_PLUS) !== 0 && text.includes('/+'));
  it('answers as the eleven searches and the `/+` it replaced, on text built from their pieces', () => {
    const piece = fc.constantFrom(
      ',',
      '+',
      '(',
      ':',
      '/',
      'tel',
      'TEL',
      'Tel',
      'tEl',
      'hone',
      'mobile',
      'obil',
      'sisdn',
      'SISDN',
      'x',
      ' ',
      '1',
      'é',
    );
    const text = fc.array(piece, { minLength: 0, maxLength: 10 }).map((xs) => xs.join(''));
    let yes = 0;
    fc.assert(
      fc.property(text, (t) => {
        const sig = signatureOf(t);
        const expected = plain(t, sig);
        if (expected) yes++;
        expect(mayFollowPhonePrefix(t, sig), JSON.stringify(t)).toBe(expected);
      }),
      { seed: 20261206, numRuns: 20000 },
    );
    expect(yes).toBeGreaterThan(2000);
    for (const t of ['Tel:+44 20', 'phone:0802', 'mobile:', 'msisdn:4477', 'MSISDN:1', 'a,(646) 555', '/v2/+1415', ':(', ',+'])
      expect(mayFollowPhonePrefix(t, signatureOf(t)), t).toBe(true);
    for (const t of ['hotel 12', 'tel 12', 'call +1 415', '(646) 555', 'phone 0802', 'te:l', ''])
      expect(mayFollowPhonePrefix(t, signatureOf(t)), t).toBe(false);
  });
});

describe('sentence intro phrases with an apostrophe (asked only when the signature has one)', () => {
  it('finds the same starts as with every phrase searched', () => {
    const piece = fc.constantFrom(
      "i'm",
      "I'm",
      "it's",
      'its',
      "c'est",
      'this is',
      'i am',
      'hier ist',
      ' ',
      '. ',
      'hi, ',
      'priya',
      '"',
      'x',
      'é',
    );
    const text = fc.array(piece, { minLength: 0, maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(sentenceIntroStarts(t, signatureOf(t)), JSON.stringify(t)).toEqual(sentenceIntroStarts(t, SIG_QUOTE));
      }),
      { seed: 20261206, numRuns: 5000 },
    );
  });
});

describe('person_name_intro phrase starts (`me is` and `ll me` searched, the letters before asked)', () => {
  // The plain searches this replaced: `name is` with `my ` 3, 8 or 9 before it, and `all me` after
  // a `c` in either case, both at a word start.
  function plainStarts(text: string): number[] {
    const wordStart = (at: number) => at === 0 || !/[A-Za-z0-9_]/.test(text[at - 1]!);
    const starts: number[] = [];
    for (let k = text.indexOf('name is'); k !== -1; k = text.indexOf('name is', k + 7)) {
      for (const back of [3, 8, 9]) {
        const s = k - back;
        if (s >= 0 && text.slice(s, s + 3).toLowerCase() === 'my ' && text.slice(s + 1, s + 3) === 'y ' && wordStart(s)) {
          starts.push(s);
          break;
        }
      }
    }
    for (let k = text.indexOf('all me', 1); k !== -1; k = text.indexOf('all me', k + 6)) {
      if (text[k - 1]!.toLowerCase() === 'c' && wordStart(k - 1)) starts.push(k - 1);
    }
    return starts.sort((a, b) => a - b);
  }

  it('finds the starts the plain searches find', () => {
    const piece = fc.constantFrom(
      'my name is',
      'My name is',
      'my real name is',
      'my legal name is',
      'name is',
      'me is',
      'na',
      'n',
      'call me',
      'Call me',
      'all me',
      'll me',
      'a',
      'c',
      'C',
      'my ',
      ' ',
      'x',
      '_',
      'time is',
      'small me',
    );
    const text = fc.array(piece, { minLength: 0, maxLength: 10 }).map((xs) => xs.join(''));
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const starts = namedIntroStarts(t);
        if (starts.length > 0) found++;
        expect(starts, JSON.stringify(t)).toEqual(plainStarts(t));
      }),
      { seed: 20261206, numRuns: 10000 },
    );
    expect(found).toBeGreaterThan(2000);
  });
});

describe('age_over_89 prefilter (the 90–129 search bounded by the first and last digit)', () => {
  it('answers as the search of the whole text, with and without the digit profile read', () => {
    const piece = fc.constantFrom('9', '95', '1', '12', '129', '130', '0', '89', ' ', '-', '.', 'agent', 'age ', 'page', 'x', '\n');
    const text = fc.array(piece, { minLength: 0, maxLength: 14 }).map((xs) => xs.join(''));
    let yes = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/.test(t);
        if (expected) yes++;
        const profiled = new TextScan(t);
        void profiled.digitRuns;
        expect(ageOver89.prefilter(profiled), JSON.stringify(t)).toBe(expected);
        expect(ageOver89.prefilter(new TextScan(t)), JSON.stringify(t)).toBe(expected);
      }),
      { seed: 20261206, numRuns: 10000 },
    );
    expect(yes).toBeGreaterThan(2000);
  });
});

describe('contextBefore on a long ASCII text (the window lowered, not the text)', () => {
  it('answers as on the lower-cased text at every index', () => {
    const re = keywordRegex(['account number', 'nuban', 'dob', 'acct no']);
    const piece = fc.constantFrom(
      'Account Number',
      'account number: ',
      'NUBAN',
      'patientDOB',
      'dob ',
      'acct_no=',
      'ACCT NO',
      '<SECRET:ab12>',
      'password = "<secret:x1>" ',
      '0123 456 789',
      ' ',
      'x',
      'Q',
      '. ',
    );
    const filler = 'request status summary update order '.repeat(16);
    const text = fc
      .tuple(fc.array(piece, { minLength: 0, maxLength: 8 }), fc.array(piece, { minLength: 1, maxLength: 12 }))
      .map(([a, b]) => a.join('') + filler + b.join(''));
    let yes = 0;
    fc.assert(
      fc.property(text, (t) => {
        expect(t.length).toBeGreaterThan(512);
        const whole = new TextScan(t);
        whole.lower();
        for (let i = 0; i <= t.length; i += 1 + (i % 7)) {
          const fresh = new TextScan(t);
          // Only with a signature known already (the engine's keyword pass gives it).
          expect(fresh.lowersInPlace).toBe(false);
          fresh.knowSignature(signatureOf(t));
          expect(fresh.lowersInPlace).toBe(true);
          const expected = contextBefore(whole, i, re);
          if (expected) yes++;
          expect(contextBefore(fresh, i, re), `${JSON.stringify(t)} at ${i}`).toBe(expected);
        }
      }),
      { seed: 20261206, numRuns: 150 },
    );
    expect(yes).toBeGreaterThan(500);
  });
});

describe('login_after_label prefilter on long text (`:` or `=`, or an sshd / PAM phrase)', () => {
  it("is true wherever find reports a login, on long text built from the pattern's pieces", () => {
    const piece = fc.constantFrom(
      'Accepted password for kwilson from 203.0.113.9',
      'FAILED PUBLICKEY FOR invalid user dpatel',
      'Failed keyboard-interactive/pam for rmorales',
      'Invalid User jchen ',
      'session opened for user tnguyen by',
      'Session Closed For User amiller',
      'sudo[42]:  bsmith : TTY=pts/0',
      'user=kwilson ',
      'Account Name: koconnor',
      'acct="lpark"',
      'password reset for the user',
      'for user',
      'for ',
      ' ',
      'İ',
      'x',
    );
    const filler = 'please check the pipeline status and summary of the deploy request '.repeat(4);
    const text = fc
      .tuple(fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 4 }))
      .map(([a, b]) => a.join(' ') + filler + b.join(' '));
    let reported = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (spans(loginAfterLabel.find, t).length === 0) return;
        reported++;
        expect(loginAfterLabel.prefilter(new TextScan(t)), JSON.stringify(t)).toBe(true);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
    expect(reported).toBeGreaterThan(1000);
    expect(loginAfterLabel.prefilter(new TextScan(`${filler}you reset the password of the staging user`))).toBe(false);
  });
});
