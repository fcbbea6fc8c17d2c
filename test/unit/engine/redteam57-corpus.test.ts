import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM57_CORPUS } from './fixtures/redteam57-corpus.js';

/**
 * Fifty-seventh red-team round: the alerts security tools produce (EDR / XDR detections, SIEM
 * events and notables, Windows Security and Sysmon events, Linux auditd / sshd / sudo lines,
 * e-mail security, identity-threat and DLP alerts). Each case cites its public source in
 * fixtures/redteam57-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.661 (118 planted),
 * adversarial 0.655 (93); look-alikes kept 0.967 (122) / 0.966 (59). Per family (recall / kept):
 * edr_detections 0.591 / 0.980, siem_events 0.687 / 0.974, windows_sysmon 0.393 / 1.000,
 * linux_audit 0.500 / 1.000, email_identity_dlp 0.898 / 0.909. (The corpus plants 211 values and
 * 181 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-seventh round',
  'red-team corpus 57',
  REDTEAM57_CORPUS,
  {
    family: { edr_detections: 0.591, siem_events: 0.687, windows_sysmon: 0.393, linux_audit: 0.5, email_identity_dlp: 0.898 },
    slice: { realistic: { recall: 0.661, kept: 0.967 }, adversarial: { recall: 0.655, kept: 0.966 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-seventh round', REDTEAM57_CORPUS);
