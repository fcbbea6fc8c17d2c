import { describe, expect, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 24 (values people type) and 29 (values people say) closed in stop
 * 31: numbers read with digits and words mixed, glued or after `+` / `plus`, Polish hundreds,
 * groups set apart by commas, a CPF read without its name, cards typed with O / l, digits written
 * backwards, an answer in the turn after the question that asks for it, a meeting transcript's
 * speaker line. Values differ from the corpus values; each group has look-alikes that must stay.
 */
const { value, expectText } = leakChecks();

describe('numbers read with digits and words mixed (spoken-digits.ts)', () => {
  it.each([
    ['text me: five5five eight0seven one2three4 pls', 'five5five eight0seven one2three4'],
    ['reach me on +33 six seven eight 345 678', 'six seven eight 345 678'],
    ['card four one one one one one one one 1111 1111 exp 12/29', 'four one one one one one one one 1111 1111'],
    ['mój numer telefonu: sześćset dwa, czterysta pięćdziesiąt, sto dwadzieścia trzy', 'sześćset dwa, czterysta pięćdziesiąt'],
    ['cinco dois nove nove oito dois dois quatro sete dois cinco', 'cinco dois nove nove oito dois dois quatro sete dois cinco'],
    ['mon numéro: zéro un, vingt-trois, quarante-cinq, soixante-sept, quatre-vingt-neuf', 'quarante-cinq, soixante-sept'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['room 12 34 56 78 90, three chairs', '12 34 56 78 90'],
    ['meet at 10, 11, 12 and fourteen tomorrow', '10, 11, 12'],
    ['2024 03 12 10 41 five tickets sold', '2024 03 12 10 41'],
    ['one two three four five six seven eight nine zero', 'one two three four five six seven eight nine zero'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));

  it('reads no run across a line: a caption cue timing after a number read in pairs stays', () => {
    const vtt =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nmon portable: zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit\n2\n00:00:05.000 --> 00:00:06.000\nmerci';
    expectText(vtt, ['trente-quatre, cinquante-six'], ['00:00:05.000 --> 00:00:06.000']);
  });
});

describe('groups set apart by commas (phone_comma_groups, iban_comma_groups)', () => {
  it.each([
    ['call me back on plus 49, 151, 2345, 6789.', '151, 2345, 6789'],
    ['the IBAN is GB82, WEST, 1234, 5698, 7654, 32 thanks', '1234, 5698, 7654'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['plus 3, 4, 5 more items', 'plus 3, 4, 5'],
    ['codes DE 12, 3456, 7890, 1234 in stock', 'DE 12, 3456, 7890, 1234'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('cards typed with look-alike letters, digits written backwards (spoken-digits.ts)', () => {
  it.each([
    ['pay with 5105 1051 O51O 51OO today', '5105 1051 O51O 51OO'],
    ['my card in reverse: 2424 2424 2424 2424', '2424 2424 2424 2424'],
    ['ssn reversed 0876-54-321 ok', '0876-54-321'],
    ['the pin reversed is 9 3 1 7', '9 3 1 7'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['part 4O12 8888 8888 l88O back-ordered', '4O12 8888 8888 l88O'],
    ['SKU lOOl 1OO1 2OO2 box', 'lOOl 1OO1 2OO2'],
    ['we reversed the order on 2024-03-12', '2024-03-12'],
    ['pin backwards? no, order 1234 5678 shipped', '1234 5678'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('an answer in the turn after the question that asks for it (split-pieces.ts answerPieces)', () => {
  it('a date of birth read out in words in the next transcript turn', () => {
    const out = value({
      transcript: [
        { speaker: 'agent', text: "What's your birthdate please?" },
        { speaker: 'caller', text: "it's the second of june nineteen seventy four" },
      ],
    });
    expect(out).not.toContain('second of june nineteen seventy four');
  });

  it('a date of birth in the next turn of a Contact Lens style transcript', () => {
    const out = value({
      Transcript: [
        { ParticipantRole: 'AGENT', Content: 'Could you confirm the date of birth on the account?' },
        { ParticipantRole: 'CUSTOMER', Content: 'sure, August 7th 1990' },
      ],
    });
    expect(out).not.toContain('August 7th 1990');
  });

  it('a code read back after the message that asked for it', () => {
    const out = value({
      messages: [
        { from: 'agent', body: 'please read me the verification code we sent' },
        { from: 'customer', body: 'yes it is 514 227' },
      ],
    });
    expect(out).not.toContain('514 227');
  });

  it('keeps an answer that holds no value, and a date after a turn that asks nothing', () => {
    const out = value({
      messages: [
        { text: 'what is your date of birth?' },
        { text: 'I would rather not say, ticket 4417 is open' },
        { text: 'birthday party planning' },
        { text: 'March 3rd 2021 works for the venue' },
      ],
    });
    expect(out).toContain('ticket 4417 is open');
    expect(out).toContain('March 3rd 2021');
  });
});

describe("a meeting transcript's speaker line (meeting_speaker_line)", () => {
  it.each([
    ['Emma Thompson   12:04\nI will send it today.', 'Emma Thompson'],
    ['Lotte van Dijk\t1:02:11\nBel me morgen.', 'Lotte van Dijk'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['Build Failed   0:42\nretrying', 'Build Failed'],
    ['Server Restarted  1:02\nok', 'Server Restarted'],
    ['Total Time   3:15', 'Total Time'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});
