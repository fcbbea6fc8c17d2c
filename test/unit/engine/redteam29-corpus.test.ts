import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM29_CORPUS } from './fixtures/redteam29-corpus.js';

/**
 * Twenty-ninth red-team round: speech. Speech-to-text engine outputs (Amazon Transcribe, Google
 * Speech-to-Text, Azure Speech, Deepgram, AssemblyAI, Whisper, Rev, Speechmatics), contact-centre and
 * meeting transcripts (Contact Lens, Genesys, Five9, Talkdesk, NICE, Twilio, Zoom / Teams / Meet
 * WebVTT, voicemail e-mails), IVR DTMF logs and voice-assistant slot values, with values spoken the
 * local way in eleven languages. Each case cites its public source in fixtures/redteam29-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.752 (113 planted),
 * adversarial 0.493 (81); look-alikes kept 0.956 (93) / 0.970 (34). Per family (recall / kept):
 * asr_json 0.673 / 1.000, contact_centre 0.750 / 0.975, ivr_assistant 0.837 / 0.900,
 * spoken_numbers 0.370 / 0.909, spelled 0.360 / 1.000. The idempotence suite failed before any fix
 * too: a name spelled in the German spelling alphabet (`Viktor Otto Gustav Emil Ludwig`) is masked
 * one word pair per pass.
 * After this round's fixes (numbers read out in Italian, Portuguese, Dutch and Polish digit words,
 * in pairs (`zéro six, douze, trente-quatre…`, `nul zes, twaalf…`, `treinta y cuatro`) and Spanish
 * hundreds; a CPF / Aadhaar / PESEL read after its name; long runs with a trunk zero or in pauses
 * without a word; call-back and repetition words of transcripts (`me rappeler au`, `llámame`,
 * `erreichen Sie mich unter`, `mera number`, `o sea`, Arabic `رقمي`); the words for @ and dot in
 * Italian, German, Polish, Dutch and Portuguese and the bare `at` between spoken dots; speech
 * recognisers' word lists read as one text (Transcribe `items`, Google / Genesys `words`,
 * Speechmatics `results`, Rev `elements`); names and postcodes spelled in the NATO, DIN 5009 and
 * Spanish alphabets or as capitals, `spelled_letters`): realistic 0.965, adversarial 0.765; kept
 * 0.957 / 0.971 (recall: asr_json 0.816, contact_centre 0.893, ivr_assistant 0.865,
 * spoken_numbers 0.926, spelled 0.960). The idempotence suite passes.
 * Leftovers closed in stop 31 (leaks31a.test.ts): Polish numbers read in hundreds and tens
 * (`pięćset dwanaście…`); groups set apart by commas after `plus` (`plus 44, 7400, 123, 456`) and
 * an IBAN's (`DE 89, 3704, …`); a CPF read out without its name, proved by its check digits; a
 * number read in pairs that counts up (`zéro un, vingt-trois, …`, no longer found only by running
 * into the next caption's cue); a date of birth answered in the next transcript turn (`date of
 * birth?` then `the fourteenth of march nineteen eighty six`, `March 14th 1986`); a speaker name
 * on a Teams `.docx` export line (`Sanne de Jong   0:42`): realistic 0.991, adversarial 0.815;
 * kept 0.957 / 0.971 (recall: asr_json 0.857, contact_centre 0.929, ivr_assistant 0.892,
 * spoken_numbers 1.000, spelled 0.960).
 * Leftovers closed in stop 32 (leaks32b.test.ts): an Alexa slot `contactValue` holding a UK mobile;
 * the words of a recogniser's word list that spell a finding of the transcript beside it (Google
 * `words` holding `07400`, `123456`; Genesys `words` holding part of an IBAN); a run of number
 * words and long digit groups (`four two` then `42424242`, `424242`); a PESEL read as its birth
 * date and the rest (`440514`, `01359`); a Hinglish number before its call word (`… pe call
 * karo`); a DTMF `buffer=`; a `gather_dob` `Digits` in JSON escaped inside a log line; a NIE spelled
 * in Spanish letter names and digit words: realistic 1.000, adversarial 0.951; kept 0.957 / 0.971
 * (recall: asr_json 0.959, contact_centre 0.982, ivr_assistant 0.973, spoken_numbers 1.000,
 * spelled 1.000).
 * Known leaks left, by record shape: a North American number whose area code is read in words none
 * of which gates the spoken-digits pass (`two oh one` then `555`, `0123`: `four one five …` is
 * read); a partial card in Contact Lens `PartialContent` (nine digits in words, the full number in
 * the sibling `Transcript`); a CPF under a bot designer's `documento` parameter and again as the
 * number `number`.
 * Look-alikes still masked: a toll-free business number as Twilio `To` and IVR
 * `dnis`, a Lex `sessionId` (read as a session credential), a call date after a date of birth in
 * the same Japanese sentence (`通話日は2024年3月12日`), a support mailbox in a voicemail e-mail's `to`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-ninth round',
  'red-team corpus 29',
  REDTEAM29_CORPUS,
  {
    family: { asr_json: 0.958, contact_centre: 0.981, ivr_assistant: 0.972, spoken_numbers: 0.999, spelled: 0.999 },
    slice: { realistic: { recall: 1, kept: 0.967 }, adversarial: { recall: 0.95, kept: 0.97 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-ninth round', REDTEAM29_CORPUS);
