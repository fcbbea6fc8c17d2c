import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM32_CORPUS } from './fixtures/redteam32-corpus.js';

/**
 * Thirty-second red-team round: e-mail and customer-support traffic (mail bodies with quoted
 * replies and forwarded headers, signature blocks, helpdesk / chat webhooks and exports, mail-service
 * events and mailbox audit). Each case cites its public source in fixtures/redteam32-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.981 (157 planted),
 * adversarial 0.899 (119); look-alikes kept 0.912 (91) / 0.906 (32). Per family (recall / kept):
 * mail_events 0.984 / 0.826, helpdesk 0.951 / 1.000, mail_bodies 0.929 / 0.900, signatures
 * 0.917 / 0.923. (The corpus plants 276 values and 123 look-alikes, more than the brief's 200 /
 * 100; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-second round',
  'red-team corpus 32',
  REDTEAM32_CORPUS,
  {
    family: { mail_bodies: 0.928, signatures: 0.916, helpdesk: 0.951, mail_events: 0.984 },
    slice: { realistic: { recall: 0.98, kept: 0.912 }, adversarial: { recall: 0.899, kept: 0.906 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-second round', REDTEAM32_CORPUS);
