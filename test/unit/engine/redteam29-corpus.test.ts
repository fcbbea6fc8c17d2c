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
 * Leftovers closed in stop 32 (leaks32b.test.ts): an Alexa slot `contactValue` holding a UK mobile:
 * realistic 0.991, adversarial 0.827; kept 0.957 / 0.971 (recall: asr_json 0.857, contact_centre
 * 0.929, ivr_assistant 0.919, spoken_numbers 1.000, spelled 0.960).
 * Known leaks left, by record shape: a value split over words that are themselves mixed (`four two`
 * then `42424242`, `two oh one` then `555`), or over a word list without the words around it (Google
 * `words` holding only `07400`, `123456`; Genesys `words` holding part of an IBAN; Speechmatics
 * `PESEL`, `440514`, `01359`); a partial card in Contact Lens `PartialContent`; a Hinglish
 * number before its call word (`9812345678 pe call karo`); a DTMF `buffer=` holding a card's first
 * twelve digits; a Twilio Studio `gather_dob` `Digits` in JSON escaped inside a log line (the same
 * member in a record is masked); a CPF under a
 * bot designer's `documento` parameter and again as the number `number`; a Spanish NIE spelled
 * `equis dos cuatro…`. Look-alikes still masked: a toll-free business number as Twilio `To` and IVR
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
    family: { asr_json: 0.856, contact_centre: 0.928, ivr_assistant: 0.918, spoken_numbers: 0.999, spelled: 0.96 },
    slice: { realistic: { recall: 0.99, kept: 0.956 }, adversarial: { recall: 0.826, kept: 0.97 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-ninth round', REDTEAM29_CORPUS);
