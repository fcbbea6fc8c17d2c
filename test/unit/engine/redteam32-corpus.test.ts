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
 * 100; it was not cut.) The idempotence suite passed before any fix. One realistic look-alike
 * was dropped after that measurement: Postmark's documented bounce `ID` 4323372036854775807 is
 * above 2^53, so as a JavaScript number no output could hold it (realistic kept then 0.922 of 90).
 * After this round's fixes (phones after a signature's one-letter label `M 0412 …`, after `my
 * work / home number`, `Direkt:` / `Durchwahl`, `ruf mich an`, French `port.` / `fixe`, and a
 * national number right after an e-mail address and `or` / `|`; Message-IDs (`<timestamp.…@host>`,
 * Gmail `<CA…=…@mail.gmail.com>`) no longer read as addresses; an e-mail signature block under
 * `signature` and an RFC 3464 report under `dsn` read as text instead of masked whole; a webhook
 * signature object's `timestamp` kept; Irish Eircodes; an AWS secret right after its access key
 * id in prose; one-time codes after `enter code`): realistic 1.000, adversarial 0.950; kept 0.978
 * / 1.000 (recall: mail_events 0.984, helpdesk 0.976, mail_bodies 0.971, signatures 0.983).
 * Leftovers fixed after the round (test/unit/engine/leaks32d.test.ts: a national number alone on
 * its line right before `Sent from my …` / `Get Outlook for …`; card groups joined by `&nbsp;` /
 * `&#160;`; a known given name alone between template braces, `Hi {{Margaret}}`, read as a filled
 * placeholder, while identifiers such as `{{first_name}}` / `{{FirstName}}` and everyday words
 * `{{Mark}}` stay variables): realistic 1.000, adversarial 0.975; kept 0.978 / 1.000 (recall:
 * mail_events 0.984, helpdesk 1.000, mail_bodies 0.971, signatures 1.000).
 * Known leaks left, by record shape: passwords in a reply's prose without a password word
 * (`I tried my old one correct horse battery staple and also Tr0ub4dor&3`); a person's
 * name in a mailbox folder path and an item subject (`\Inbox\Candidates\Yusuf Demir`, `CV
 * Yusuf Demir - …`: a path's backslash ends a name run, and the pair is no common given name and
 * surname of the gazetteer's first list). Look-alikes still masked: the ESP's own `sending-ip` in a Mailgun envelope
 * (read as an IP by its field name) and a vendor's public head office in a mail disclaimer
 * (`1801 California Street`, read as a street address).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-second round',
  'red-team corpus 32',
  REDTEAM32_CORPUS,
  {
    family: { mail_bodies: 0.971, signatures: 1, helpdesk: 1, mail_events: 1 },
    slice: { realistic: { recall: 1, kept: 0.977 }, adversarial: { recall: 0.983, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-second round', REDTEAM32_CORPUS);
