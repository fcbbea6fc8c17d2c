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
 * After this round's fixes (a Canadian SIN read out in words after `sin` / `social insurance`,
 * spoken_digits; a date of birth read out after the answering turn's speaker label
 * (`…date of birth? Customer: may fifth nineteen eighty two`), birth-dates-spoken.ts; `mister` /
 * `missus` as titles, `cliente` / `clienta` as leads (not before a colon), a caller's `it's` as a
 * weak lead and a name in parentheses after its lead, person-names.ts; Five9's `Call.ANI` key;
 * `Parade` / `Esplanade` street types, and `row` / `parade` and a return label's destination in
 * lower-case prose (`ship label to 58 kestrel row`); spelled letters `j as in juliet`, their first
 * letters `for Jordessa`, and a spelled answer after `it is` / `that's`; ten bare digits of a North
 * American number right after a row's name, and a login spelled from a whole-cell name the lists
 * do not know, structure/person-rows.ts; the dialer's glued `ph#`; an agent's login after
 * `agent=` / `agt=` in a dialer's disposition line, login-names.ts dialer_agent_login): realistic
 * 0.919, adversarial 0.923; kept 0.975 / 0.984 (recall: ivr_bots 0.893, agent_desktop 0.969,
 * agent_assist 0.875, call_summaries 0.977, outbound_dialer 0.887).
 * Known leaks left, by record shape: a customer's account codes with a letter prefix under account
 * names (`AC-55810274` in a dialer list, `LN-30044182` in a Genesys contact-list entry: kept on
 * purpose since round 44 as suppliers' account codes); a PIN in a flow log's `Results` beside
 * `Identifier: Enter PIN`, a Twilio Studio `Digits` under a widget named `gather_account`, a
 * `memberId` of letters and digits; bare ANIs in header-less IVR pipe rows that name no one; DTMF
 * card digits split by `*`; values split over two utterances or a caption's line break (`4111
 * 1111` / `1111 1111`, `201 555` / `0146`, `5555\n4444`); a lower-case account after `acct` shaped
 * like a ZIP+4 (`00448-1729`); an STS session name that is a bare login (`…/ConnectAgentRole/
 * hbrandvold`) and `createdBy: ewinterbourne` (a `created by` key rule would cost round 62 its
 * `moderator_kim` look-alike); a name under a bare `customer` key, a name the lists do not know in
 * a CLI table column (`Ysolde Carrick-Baines`) and a given name alone opening a note (`Ptolemy
 * wants…`); a Brazilian mobile after `retorno no` (`retorno` is a return as often). Look-alikes
 * still masked: Lex's and Five9's session ids (`sessionId`, `Call.session_id`: the `session id` key
 * rule), `America/New_York` under a contact-list's `HomePhone` time-zone entry.
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
      agent_desktop: 0.968,
      agent_assist: 0.875,
      call_summaries: 0.977,
      outbound_dialer: 0.887,
    },
    slice: { realistic: { recall: 0.919, kept: 0.975 }, adversarial: { recall: 0.923, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-fourth round', REDTEAM84_CORPUS);
