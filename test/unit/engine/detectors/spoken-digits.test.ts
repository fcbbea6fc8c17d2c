import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: the SSA's voided example SSN 078-05-1120 and Visa / Stripe test cards 4111 1111 1111
// 1111 and 4242 4242 4242 4242 read out as speech recognition transcribes them (Amazon Lex and
// Google Dialogflow return spoken digits as words or as single digits with blanks); NANP fictional
// number 202-555-0191 (NANPA 555-0100–0199); Amazon Lex `originalValue` slot values.

describe('spoken_digits', () => {
  detectorCases(
    'spoken_digits',
    [
      ['my social is zero seven eight, zero five, one one two zero', 'zero seven eight, zero five, one one two zero'],
      ['pay with card four one one one one one one one one one one one one one one one', 'four one one one one one one one one'],
      ['my cell is two oh two, five five five, oh one nine one', 'two oh two, five five five, oh one nine one'],
      ['account number is four one seven seven double two nine zero', 'four one seven seven double two nine zero'],
      // A Luhn-valid card needs no word before it.
      ['utterance="four two four two four two four two four two four two four two four two"', 'four two four two four two'],
      ['meine Kartennummer ist vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins', 'vier eins eins eins'],
      ['mon numéro de téléphone est zéro six un deux trois quatre cinq six sept huit', 'zéro six un deux trois'],
      ['mi cuenta es cuatro uno siete siete dos nueve cero cero', 'cuatro uno siete siete dos nueve'],
    ],
    [
      // Counting and scores: no number word before them, no card checksum.
      'and one two three four five six seven, everybody jump',
      'the votes were four four five five three three in the three rounds',
      // Too few digits after the word.
      'call me at nine or ten',
      'my card ends in four two four two',
      // A run after the word but of the wrong length for it.
      'my social is one two three four five six',
    ],
  );
});

describe('spaced_digits', () => {
  detectorCases(
    'spaced_digits',
    [
      ['my account number is 4 1 7 7 2 9 0 0 3 1', '4 1 7 7 2 9 0 0 3 1'],
      ['SSN: 0 7 8 0 5 1 1 2 0', '0 7 8 0 5 1 1 2 0'],
      ['call me back on 2 0 2 5 5 5 0 1 9 1 please', '2 0 2 5 5 5 0 1 9 1'],
    ],
    [
      // /proc counters and matrices: single digits, no word before them.
      'cpu  0 0 0 0 0 0 0 0 0 0',
      'shape 1 2 3 4 5 6 7 8',
      'phone 1 2 3',
    ],
  );
});
