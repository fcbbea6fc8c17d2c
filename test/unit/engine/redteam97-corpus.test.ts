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
 * After this round's fixes (home access codes in work orders and notes: a lockbox's combination
 * right after the word and under a query's `lockbox=`, `alarm pw`, a gate's / door's / garage's
 * code further on in the sentence (`code is 4#7731`, keypad `#` / `*` inside), French `code de
 * porte` / `du portail` / `d'accès`, German `Schlüsselsafe … Code`, `Türcode`, `Alarmcode`
 * (access_code_field_note, access-codes.ts); lower-case names after `homeowner`, `owner` and `this
 * is` (person_name_lower_home_service, person_name_lower_caller_intro, lower-case-names.ts);
 * technicians' logins after `author=` / `tech=` and `tech` in prose in a text with a work order, a
 * job or an appointment (field_tech_login, field-service-logins.ts); a two-word name cell right
 * before a street cell in a header-less row (structure/person-rows.ts); the USPS `Ter`
 * (addresses.ts); a greedy candidate cut before a numbered list's next item sheds its full stop
 * (`360-555-0142. 2)`, helpers.ts); a card read out with blanks and dashes mixed after a card word
 * (financial.ts); home-services trades as company words (`Acme Heating & Air`, `Summit Plumbing`,
 * person-names.ts); a base64 `gid://` GraphQL id no credential (encodings.ts); a ServiceNow
 * reference field's `link` kept under any key (structure/types.ts)): realistic 0.990, adversarial
 * 0.950; kept 0.988 / 1.000 (recall: work_orders_dispatch 0.982, technician_mobile 0.968,
 * customer_comms 0.921, billing_agreements 0.953, fsm_ops_ai 1.000). The idempotence suite passes.
 * Known leaks left, by record shape: a pipe row's dispatcher login that is not spelled from the
 * row's name (`J-448301|mbrightwater|Fenwick|Clementine|…`); a customer's name and phone in a
 * tracking link's query under a bare `name` and `ph` (`?name=Perpetua+Olawale&ph=2625550176`:
 * `name` names places and products, `ph` a pool's pH); a lower-case owner line with a `st.`
 * particle and the lower-case street under it without a city line (`owner: barnaby st.
 * clair-holloway\n2912 whistling pine trl`); a lone first name in a reply whose full name only the
 * reviewer's `displayName` holds (`Cornelius, we are sorry`); a double-barrelled surname in a
 * photo caption (`the grunewald-achebe house`). Look-alike still masked: a card authorisation code
 * under `auth=` (`auth=A41872`, read as a secret: `auth=` holds credentials in most logs).
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
      work_orders_dispatch: 0.982,
      technician_mobile: 0.968,
      customer_comms: 0.921,
      billing_agreements: 0.953,
      fsm_ops_ai: 1,
    },
    slice: { realistic: { recall: 0.99, kept: 0.988 }, adversarial: { recall: 0.95, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-seventh round', REDTEAM97_CORPUS);
