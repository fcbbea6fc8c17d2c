import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM86_CORPUS } from './fixtures/redteam86-corpus.js';

/**
 * Eighty-sixth red-team round: security analysts' case work (Splunk ES notables and
 * incident-review comments, Microsoft Sentinel incident comments and entities, TheHive cases,
 * observables and task logs, ServiceNow SIR and Jira security tickets; report-phish submissions,
 * Defender for Office submissions, Proofpoint TRAP / TAP, Cofense Triage reports, sandbox and
 * urlscan verdicts; plaso timelines, KAPE / EvtxECmd and Velociraptor results, browser autofill and
 * saved logins, shell history, memory strings, IR reports' timelines; Purview, Netskope, Zscaler
 * DLP incidents, Code42 Incydr file events, investigators' notes and HR referrals; hunting
 * notebook outputs, credential-leak hits, combo lists, stealer logs, dark-web alerts and MISP
 * events). Each case cites its public source in fixtures/redteam86-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.838 (124 planted),
 * adversarial 0.804 (97); look-alikes kept 0.983 (119) / 1.000 (71). Per family (recall / kept):
 * soc_cases 0.789 / 1.000, phishing_triage 0.937 / 0.971, dfir_timelines 0.833 / 0.975,
 * insider_dlp 0.850 / 1.000, threat_intel_hunts 0.750 / 1.000. (The corpus plants 221 values and
 * 190 look-alikes in 70 cases.) The idempotence suite passed before any fix. The two look-alikes
 * masked before any fix: a Proofpoint TRAP e-mail's `subject` (and its `body` and delivery time)
 * read as an e-mail address beside `sender.email` / `recipient.email`, and a memory offset
 * (`0x7ffd3a2c1180`) before `Authorization: Bearer` read as a credential.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-sixth round',
  'red-team corpus 86',
  REDTEAM86_CORPUS,
  {
    family: {
      soc_cases: 0.789,
      phishing_triage: 0.937,
      dfir_timelines: 0.833,
      insider_dlp: 0.85,
      threat_intel_hunts: 0.75,
    },
    slice: { realistic: { recall: 0.838, kept: 0.983 }, adversarial: { recall: 0.804, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-sixth round', REDTEAM86_CORPUS);
