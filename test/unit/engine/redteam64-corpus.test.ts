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
      servicenow: 0.914,
      jira: 0.904,
      helpdesk_audits: 0.955,
      incident_mgmt: 0.911,
      itsm_requests: 0.8,
    },
    slice: { realistic: { recall: 0.945, kept: 1 }, adversarial: { recall: 0.83, kept: 0.961 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-fourth round', REDTEAM64_CORPUS);
