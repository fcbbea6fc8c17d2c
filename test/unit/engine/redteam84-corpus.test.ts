import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM84_CORPUS } from './fixtures/redteam84-corpus.js';

/**
 * Eighty-fourth red-team round: contact-centre voice bots, IVR and agent assist (Amazon Connect
 * contact records, flow logs and Lambda events, Lex V2 conversation logs, Dialogflow CX webhook
 * requests, Twilio Studio steps and `<Gather>` callbacks, Nuance Mix and Genesys Architect flows;
 * Genesys Cloud, NICE CXone, Five9, Talkdesk, Zendesk Talk and Service Cloud Voice agent-desktop
 * records and wrap-up notes; Contact Lens segments, CCAI Agent Assist suggestions, Azure Speech
 * results and live captions with values spelled out or read in words; post-call summaries, QA
 * scorecards, compliance flags, callbacks and escalations; dialer lists, DNC scrubs, TCPA consent,
 * dispositions and PCI pause / resume audit). Each case cites its public source in
 * fixtures/redteam84-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.868 (136 planted),
 * adversarial 0.831 (130); look-alikes kept 0.975 (122) / 0.984 (64). Per family (recall / kept):
 * ivr_bots 0.893 / 0.979, agent_desktop 0.938 / 0.944, agent_assist 0.725 / 1.000,
 * call_summaries 0.841 / 1.000, outbound_dialer 0.806 / 0.975. (The corpus plants 266 values and
 * 186 look-alikes in 71 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-fourth round',
  'red-team corpus 84',
  REDTEAM84_CORPUS,
  {
    family: {
      ivr_bots: 0.892,
      agent_desktop: 0.937,
      agent_assist: 0.725,
      call_summaries: 0.84,
      outbound_dialer: 0.806,
    },
    slice: { realistic: { recall: 0.867, kept: 0.975 }, adversarial: { recall: 0.83, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-fourth round', REDTEAM84_CORPUS);
