import { describe, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team round 24 (values as people type them) closed in stop 30: short and spoken
 * dates of birth, lower-case names after labels and in signatures, ids typed loosely after their
 * word, passphrases of words, a command quoted in a sentence, a WhatsApp link. Values differ from
 * the corpus values; each group has look-alikes that must stay.
 */
const { expectText } = leakChecks();

describe('dates of birth short or in words after a birth word (birth-dates-spoken.ts)', () => {
  it.each([
    ['dob 4-11-79, thanks', '4-11-79'],
    ['DOB: 12/07/93', '12/07/93'],
    ['i was born on the 21st of feb 1984, ok?', '21st of feb 1984'],
    ['born on the 9th of october 02', '9th of october 02'],
    ["bday jul 4 '79", "jul 4 '79"],
    ['date of birth is march the second nineteen eighty one', 'march the second nineteen eighty one'],
    ['born the twenty-third of may two thousand and three', 'twenty-third of may two thousand and three'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['born in 1984, order 4-11-79 shipped', '4-11-79'],
    ['meeting on the 21st of feb 1984 in the hall', '21st of feb 1984'],
    ['birthday party on the 9th of october 02', '9th of october 02'],
    ['invoice 4-11-79 paid', '4-11-79'],
    ['dob 31-02-88 (no such day)', '31-02-88'],
    ['born on the 12th of may 2099', '12th of may 2099'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('ids typed loosely after their word', () => {
  it.each([
    ['my ni number is qq 98 76 54 a, thanks', 'qq 98 76 54 a'],
    ['national insurance no. ce 123 456 b', 'ce 123 456 b'],
    ['NI no: AB 123 456 C', 'AB 123 456 C'],
    ['mi dni es 87 654 321 X gracias', '87 654 321 X'],
    ['nie y.2345678.z por favor', 'y.2345678.z'],
    ['DL# B7654321 (CA), license# C1122334', 'C1122334'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['room qq 12 34 56 c booked', 'qq 12 34 56 c'],
    ['ni number dq 12 34 56 c (invalid prefix)', 'dq 12 34 56 c'],
    ['mi dni es 87 654 321 A gracias', '87 654 321 A'],
    ['nie y.2345678.x por favor', 'y.2345678.x'],
    ['order 12 345 678 Z shipped', '12 345 678 Z'],
    ['software license D1234567 renewed for the office', 'D1234567'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('lower-case names after full name / given name and in a signature (person-names.ts)', () => {
  it.each([
    ['full name - maria gonzalez', 'maria gonzalez'],
    ['Full Name: david nguyen', 'david nguyen'],
    ['per caller: given name rosa maria, ok', 'rosa maria'],
    ['please close my account\n\nthanks\nsarah oconnor\nsent from my phone', 'sarah oconnor'],
    ['saludos,\npedro luis garcia', 'pedro luis garcia'],
    ['ok that works\n-- emily watson', 'emily watson'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['full name - required field', 'required field'],
    ['given names must match the passport', 'must match'],
    ['thanks\nsee you soon', 'see you soon'],
    ['regards,\nthe support team', 'the support team'],
    ['best\nmark down prices', 'mark down prices'],
    ['the deploy failed\n-- build bot', 'build bot'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('a passphrase of words after `password is` (structure/config-text.ts)', () => {
  it.each([
    ['pwd is correct purple monkey dishwasher lol', 'purple monkey dishwasher'],
    ['my password is correct tulip lantern orbit.', 'tulip lantern orbit'],
    ['pwd is purple monkey dishwasher river lol', 'monkey dishwasher river'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['password is correct but the login fails', 'correct but the login fails'],
    ['password is wrong error code returned', 'wrong error code returned'],
    ['the password is correct and the account unlocked', 'correct and the account'],
    ['password is too short minimum twelve characters', 'too short minimum twelve characters'],
    ['password is not working since yesterday', 'not working since yesterday'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('a command quoted in a sentence (structure/command-line.ts)', () => {
  it('masks the glued mysql password', () =>
    expectText('then i ran mysql -u admin -pW1nter!Key -h 10.0.0.5 and got denied', ['W1nter!Key'], ['admin']));
  it('keeps prose with a dash', () => expectText('we use mysql - the database - for this', [], ['the database']));
  it('keeps -p without a value', () => expectText('i ran mysql -u root -p and typed it', [], ['typed it']));
});

describe('a phone in a WhatsApp link (pii.ts)', () => {
  it('masks the number', () => expectText('chat: https://wa.me/447700900456?text=hello', ['447700900456']));
  it('masks a US number', () => expectText('wa.me/12025550171', ['12025550171']));
  it('keeps a short path', () => expectText('see wa.me/12345 for version 2', [], ['12345']));
  it('keeps a path elsewhere', () => expectText('https://example.com/wa.me/2024 ok', [], ['2024']));
});

describe('a numbered seed phrase (wallet-keys.ts)', () => {
  const words = 'legal winner thank year wave sausage worth useful legal winner thank yellow'.split(' ');
  it('masks words numbered on one line', () =>
    expectText(`my seed: ${words.map((w, i) => `${i + 1}. ${w}`).join(' ')}`, ['sausage', 'yellow']));
  it('masks words numbered on lines', () =>
    expectText(`wallet words\n${words.map((w, i) => `${i + 1}) ${w}`).join('\n')}\nthanks`, ['sausage', 'yellow']));
  it('keeps numbered words whose checksum fails', () => {
    const bad = [...words.slice(0, 11), 'zoo'];
    expectText(`my seed: ${bad.map((w, i) => `${i + 1}. ${w}`).join(' ')}`, [], ['sausage']);
  });
});

describe('a key broken after its first part', () => {
  it('masks a Stripe key continued on the next line', () =>
    expectText('my key is sk_test_7hQp2LmZx9\nKf3RtYw8Vn4Bs1 please help', ['Kf3RtYw8Vn4Bs1']));
  it('keeps a plain word on the next line', () => expectText('sk_test_7hQp2LmZx9\nNext steps follow', [], ['Next steps']));
  it('keeps the next line after a full key', () => expectText('sk_test_7hQp2LmZx9KfRtYw8Vn4Bs12\nFooBar12 x', [], ['FooBar12']));
  it('masks a quoted secret joined by +', () =>
    expectText('secret = "AbCdEfGh12/IjKlMn" + "/OpQrStUv34WxYz"', ['AbCdEfGh12', '/OpQrStUv34WxYz']));
  it('keeps a variable joined by +', () => expectText('token: "abc" + suffix', [], ['suffix']));
});

describe('the place of a map link (structure/url.ts)', () => {
  it('masks a searched address', () => expectText('meet here: https://maps.google.com/?q=221+Baker+Street+London', ['221+Baker+Street']));
  it('masks a route destination', () => expectText('https://www.google.com/maps?daddr=31+Spooner+Street,+Quahog', ['31+Spooner+Street']));
  it('keeps a search without a number', () => expectText('https://maps.google.com/?q=coffee+near+me', [], ['coffee+near+me']));
  it('keeps q= of another site', () => expectText('https://example.com/search?q=12+angry+men', [], ['12+angry+men']));
});
