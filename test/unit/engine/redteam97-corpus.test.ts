import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM97_CORPUS } from './fixtures/redteam97-corpus.js';

/**
 * Ninety-seventh red-team round: field service and home services — Salesforce Field Service work
 * orders, service appointments and assigned resources, ServiceTitan customers and jobs, Jobber
 * and Housecall Pro API records, ServiceNow FSM work orders, dispatch-board log lines and access
 * notes (gate, lockbox, alarm and door codes); technician mobile-app check-ins with GPS, ExifTool
 * photo metadata, signature capture, time sheets, parts used and notes typed on site; appointment
 * SMS and e-mail reminders, on-my-way webhooks, call transcripts, reviews and complaint tickets;
 * invoices, memberships, tablet financing applications, card-on-file and ACH payments, permits
 * and warranty registrations; route-optimisation exports, an LLM dispatch assistant, voice
 * call-booking bots, CRM syncs and smart-lock / lockbox access logs. Each case cites its public
 * source in fixtures/redteam97-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.961 (103 planted),
 * adversarial 0.851 (121); look-alikes kept 0.943 (88) / 1.000 (56). Per family (recall / kept):
 * work_orders_dispatch 0.912 / 0.929, technician_mobile 0.875 / 1.000, customer_comms 0.894 /
 * 0.923, billing_agreements 0.930 / 0.969, fsm_ops_ai 0.888 / 1.000. (The corpus plants 224
 * values and 144 look-alikes in 62 cases.) The idempotence suite failed before any fix on one
 * case: a card number read out as `mc 5555-5555 5555-4444` was masked as a phone in two pieces,
 * the second only on the second pass.
 * The look-alikes masked before any fix: a Jobber GraphQL global id (`Z2lk…`, base64 of
 * `gid://Jobber/Job/…`) under `id`, read as a credential; a ServiceNow reference `link` URL under
 * `caller_id` (read as a phone, with its sys_id); a company name after `this is` / `Thanks for
 * calling` (`Acme Heating & Air`, `Summit Plumbing`, read as a person); a card authorisation code
 * under `auth=` (read as a secret).
 * The main leak classes before any fix: gate / lockbox / alarm / door codes in free text
 * (`lockbox 0415`, `code is 4#7731`, `alarm pw 2468`, `Code de porte 7319`, `Schlüsselsafe …
 * Code 5821`, `?lockbox=8840`); logins after `author=`, in a pipe row's second cell and after
 * `tech` in prose; lower-case names after `homeowner`, `this is`, `for owner`, `owner:` and in a
 * caption (`the grunewald-achebe house`); a lone first name in a reply that the review's
 * `displayName` names in full; a customer's name and phone in a tracking URL's query (`name=`,
 * `ph=`); "Last First" names in header-less route CSV rows; a street with `Ter` (`2210 Foxglove
 * Ter, Apt 5`) in a quoted CSV cell; a lower-case street after an owner line; a phone after `cust
 * <name>,` in an LLM answer.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-seventh round',
  'red-team corpus 97',
  REDTEAM97_CORPUS,
  {
    family: {
      work_orders_dispatch: 0.912,
      technician_mobile: 0.875,
      customer_comms: 0.894,
      billing_agreements: 0.93,
      fsm_ops_ai: 0.888,
    },
    slice: { realistic: { recall: 0.961, kept: 0.943 }, adversarial: { recall: 0.851, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-seventh round', REDTEAM97_CORPUS);
