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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-ninth round',
  'red-team corpus 29',
  REDTEAM29_CORPUS,
  {
    family: { asr_json: 0.673, contact_centre: 0.75, ivr_assistant: 0.837, spoken_numbers: 0.37, spelled: 0.36 },
    slice: { realistic: { recall: 0.752, kept: 0.956 }, adversarial: { recall: 0.493, kept: 0.97 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-ninth round', REDTEAM29_CORPUS);
