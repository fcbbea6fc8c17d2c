import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM24_CORPUS } from './fixtures/redteam24-corpus.js';

/**
 * Twenty-fourth red-team round: values as people type them in support chats, tickets, e-mails,
 * voice-to-text transcripts, AI-assistant prompts and agent scratchpads — spelled out, spaced,
 * disguised and split. Each case cites its public source in fixtures/redteam24-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.604 (111 planted),
 * adversarial 0.411 (90); look-alikes kept 0.964 (84) / 0.962 (26). Per family (recall / kept):
 * contact 0.609 / 0.974, payments 0.614 / 1.000, ids 0.613 / 0.923, credentials 0.439 / 1.000,
 * people 0.308 / 0.875.
 * After this round's fixes (spelled and disguised e-mails: arroba / arobase / (at) / ` @ ` and
 * spoken dots in four languages, a webmail provider or an e-mail word; street lines after ship /
 * deliver / leave it at with their unit, and Spanish, French and German street orders; lower-case
 * names after me llamo / mein Name ist / je m'appelle / hier ist / its and after the labels name: /
 * recipient / ship to; codes read back (`the code they sent me is`, `code de vérification`,
 * `Bestätigungscode`) and recovery / backup code lists; spoken numbers grouped 3-3-4 (a phone) or
 * 3-2-4 (an SSN / ITIN) without a word, and 6–8 spoken digits after a code word; cards joined by
 * `dash` / `slash` / `/` / `_`; SSNs with dots or slashes after their word, a published sample
 * after `taxpayer`; `pw:`; `lautet`; phone words `reach her`, `ring me`, `my #`; a number named as
 * an order is no postcode): realistic 0.874, adversarial 0.556; kept 0.976 / 0.962 (recall:
 * contact 0.826, payments 0.705, ids 0.710, credentials 0.707, people 0.692).
 * Leftovers closed in stop 30 (leaks30c.test.ts): dates of birth with a two-digit year, a day
 * `of` a month or read out in English words right after a birth word (`dob 2-9-87`, `born on the
 * 3rd of nov 1991`, `june the fourth nineteen ninety two`); lower-case names after `full name -`
 * / `given name` and on a signature line after a closing or `--`; a NI number in lower case or
 * odd grouping after its word (HMRC's specimen prefix QQ too), a DNI grouped by spaces, a NIE with
 * dots, a driver licence after `license#`; a passphrase of words after `password is` (also when
 * it starts with a stop word: `pwd is correct horse …`); a numbered seed phrase; a Stripe key
 * broken by a line break, a quoted secret joined by `+`; a command quoted in a sentence (`i ran
 * mysql -u root -pX`); the phone of a wa.me link; the place of a map link (`?q=1428+Elm+…`):
 * realistic 0.928, adversarial 0.700 (recall: contact 0.848, payments 0.705, ids 0.839,
 * credentials 0.829, people 0.923).
 * Leftovers closed in stop 31 (leaks31a.test.ts): numbers read with digits and words mixed or
 * glued (`five5five two0one …`, `+44 seven seven zero zero 900 123`, `two two two three … 2200
 * 3222`), a card typed with O for 0 and l for 1, digits written backwards after a word that says
 * so (a card, an SSN grouped 4-2-3, a PIN), a code read back in the message after the one that
 * asks for it (`read me the 6 digit code we just texted you` then `ok its …`): realistic 0.964,
 * adversarial 0.800 (recall: contact 0.935, payments 0.773, ids 0.871, credentials 0.878,
 * people 1.000).
 * Leftovers closed in stop 32 (leaks32b.test.ts): a number typed in two parts where one part says
 * so, in one message or over two consecutive turns (`area code …` then `then …`, card `first 6` and
 * `the middle is`, an account's `first part … then …`, backup code `first half` / `second half`, a
 * French NIR's `début` / `la suite`, an IBAN's `… is the rest`); digits set apart by dots after a
 * number word (`ring 0.1.1.3…`); an e-mail typed with a separator between every character; a
 * password typed one character at a time after `password is`; an SSN with slashes after `card` /
 * `number`; a NI number with its digits in words; a gift card's number right before its PIN:
 * realistic 1.000, adversarial 0.956 (recall: contact 1.000, payments 0.955, ids 1.000,
 * credentials 0.951, people 1.000).
 * Known leaks left, by record shape: a card split over two form fields with nothing that announces
 * it (`q2: 4000 0566`, `q3: 5566 5556`); a code with no word at all (`338314` after `forward the
 * number?`); a password under a neutral field name (`field_7`).
 * Look-alikes still masked: a shop's own e-mail address (`support@shop.example`, an e-mail), a ZIP
 * after `zip` (a postcode by policy), a brand read as a name (`Herman Miller Aeron`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-fourth round',
  'red-team corpus 24',
  REDTEAM24_CORPUS,
  {
    family: { contact: 0.999, payments: 0.954, ids: 0.999, credentials: 0.95, people: 1 },
    slice: { realistic: { recall: 1, kept: 0.976 }, adversarial: { recall: 0.955, kept: 0.961 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-fourth round', REDTEAM24_CORPUS);
