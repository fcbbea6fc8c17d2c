import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM81_CORPUS } from './fixtures/redteam81-corpus.js';

/**
 * Eighty-first red-team round: retail lending origination and credit decisioning (ICE Encompass
 * Enhanced Field Change webhooks and audit-trail entries, Blend, nCino, MeridianLink CLF, Temenos
 * and Finastra origination logs, MISMO 3.4 PARTY XML; Experian / Equifax / TransUnion inquiry
 * payloads and reports, tri-merge headers, FICO decision logs, fraud alerts, OFAC screening,
 * Plaid payroll income, Argyle, Truework and The Work Number; Dealertrack and RouteOne / STAR
 * credit applications, Affirm / Klarna / Afterpay checkouts, eContracting and ELT title events;
 * underwriters' conditions, income notes, letters of explanation, gift letters, call notes,
 * processor e-mails and AI-assistant prompts; adverse-action and score disclosures, HMDA LAR rows
 * and edit reports, boarding files, RON sessions, DocuSign Connect events and closing
 * disclosures). Each case cites its public source in fixtures/redteam81-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.938 (177 planted),
 * adversarial 0.782 (101); look-alikes kept 0.930 (128) / 0.953 (64). Per family (recall / kept):
 * los_events 0.820 / 0.929, credit_pulls 0.900 / 0.909, auto_and_pos_finance 0.940 / 0.972,
 * underwriting_notes 0.846 / 0.903, decisions_and_reporting 0.895 / 0.974. (The corpus plants 278
 * values and 192 look-alikes in 66 cases.) The idempotence suite passed before any fix. These
 * are measured after one correction of the corpus, before any fix: nine look-alikes of its first
 * draft were mislabelled, the README's policy masking them (a Klarna `session_id` and a `sid=`
 * query parameter, session ids; an Affirm `checkout_token`; a team `uw-queue@` mailbox; an ABA
 * routing number in a gift letter; the ZIP codes after a state code in three bureaus' P.O. box
 * addresses, now listed without the ZIP; a bureau's toll-free number, dropped); with them, kept
 * was 0.886 / 0.909.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-first round',
  'red-team corpus 81',
  REDTEAM81_CORPUS,
  {
    family: {
      los_events: 0.819,
      credit_pulls: 0.9,
      auto_and_pos_finance: 0.94,
      underwriting_notes: 0.846,
      decisions_and_reporting: 0.894,
    },
    slice: { realistic: { recall: 0.937, kept: 0.929 }, adversarial: { recall: 0.782, kept: 0.953 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-first round', REDTEAM81_CORPUS);
