import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM64_CORPUS } from './fixtures/redteam64-corpus.js';

/**
 * Sixty-fourth red-team round: the audit histories of ITSM and helpdesk systems (ServiceNow
 * sys_audit / journal / history / email / Table API / Flow Designer, Jira and JSM changelogs, ADF
 * comments, request fields, webhooks and Confluence page histories, Zendesk ticket audits and side
 * conversations, Freshdesk / Freshservice / Help Scout / Intercom threads, PagerDuty / Opsgenie /
 * incident.io / FireHydrant / Statuspage records and on-call call logs, access / password-reset /
 * onboarding / offboarding / hardware requests, CMDB records, quoted approval e-mails and
 * service-desk identity checks). Each case cites its public source in fixtures/redteam64-corpus.ts.
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.945 (129 planted),
 * adversarial 0.830 (100); look-alikes kept 1.000 (129) / 0.961 (52). Per family (recall / kept):
 * servicenow 0.914 / 1.000, jira 0.904 / 1.000, helpdesk_audits 0.955 / 0.931, incident_mgmt
 * 0.911 / 1.000, itsm_requests 0.800 / 1.000. The idempotence suite passed before any fix.
 * After this round's fixes (PagerDuty contact methods: `type` names what `address` holds; an
 * Atlassian `displayName` read as a bare name under a person parent; an ADF mention's `@Name`
 * beside its `id`; base64 MIME parts decoded and masked whole; mother's-maiden-name answers; a
 * one-time code given as its own transcript turn; `forwarding_address`; a support line's name
 * kept under a recipient's name; a phone word read only in its own query parameter; unsubscribe
 * tokens; a lower-case name after `assigned to`): realistic 0.976, adversarial 0.910; kept
 * 1.000 / 1.000 (recall: servicenow 0.957, jira 0.976, helpdesk_audits 0.955, incident_mgmt
 * 0.977, itsm_requests 0.880).
 * After stop 38's joined line breaks (structure/wrapped-lines.ts): adversarial 0.930 (servicenow
 * 0.979, itsm_requests 0.900); the two split numbers below are masked.
 * Known leaks left, by record shape: a login whose parts are not in the name lists under
 * `user_id` (`kwame.asante`) or as a bare CSV cell; lower-case names with no lead word (a pipe
 * row's `eamon gallagher`, `callum reid` after `payslip to`, a surname alone after `mr.`) or in
 * Chinese order (`chen wei`); numbers split by a line break (`201-555-\n0123`, `07400\n123456`);
 * a Norwegian street written number-first (`5 Fjordveien`); by policy: the last four digits of an
 * SSN (kept as an already-truncated value), a SIN in the fictitious 0xx range (`046 454 286`,
 * rejected by the validator on purpose), HMRC's reserved `QQ` NINO prefix in free text.
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.950 → 0.960 (incident_mgmt 0.978 → 1.000).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-fourth round',
  'red-team corpus 64',
  REDTEAM64_CORPUS,
  {
    family: {
      servicenow: 1,
      jira: 1,
      helpdesk_audits: 0.955,
      incident_mgmt: 1,
      itsm_requests: 0.94,
    },
    slice: { realistic: { recall: 0.984, kept: 1 }, adversarial: { recall: 0.97, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-fourth round', REDTEAM64_CORPUS);
