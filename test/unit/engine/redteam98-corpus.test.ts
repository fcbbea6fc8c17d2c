import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM98_CORPUS } from './fixtures/redteam98-corpus.js';

/**
 * Ninety-eighth red-team round: churches, associations and membership organisations — Planning
 * Center People / Check-Ins / Groups / Services / Giving JSON:API documents, Breeze ChMS people,
 * Rock RMS persons and prayer requests, child check-in labels (log lines and ZPL print jobs),
 * pastoral-care notes; Pushpay payments, Tithe.ly-style webhooks and text-to-give SMS, Givelify
 * and Raiser's Edge gift exports, SKY API gifts, pledges, recurring-gift audits, check-scan MICR
 * lines, SEPA donations, year-end statements; Salesforce NPSP contacts and Bulk API results,
 * Fonteva subscriptions, Wild Apricot contacts / invoices / webhooks, Neon CRM accounts and
 * memberships, MemberClicks bracketed attributes, CE-credit transcripts, chapter rosters and
 * board-election ballots; retreat registrations, HR-XML background-check orders, screening
 * webhooks, waiver audit trails and permission slips; Mailchimp members / webhooks / newsletters,
 * Twilio bulk SMS, vCard directory exports, directory CSV, pastoral AI assistants and website
 * forms (membership inquiries, benevolence requests), in Korean, Spanish, Portuguese, German and
 * French too. Each case cites its public source in fixtures/redteam98-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.957 (185 planted),
 * adversarial 0.837 (147); look-alikes kept 0.937 (142) / 0.935 (77). Per family (recall / kept):
 * church_management 0.890 / 0.978, giving_donations 0.922 / 0.981, association_ams 0.862 / 0.900,
 * events_volunteers 0.955 / 0.912, community_ops_ai 0.889 / 0.892. (The corpus plants 332 values
 * and 219 look-alikes in 79 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: a Check-Ins `security_code` (read as a card's CVC), a
 * Pushpay `recipient.name` (the church, read as a person), a Wild Apricot invoice's
 * `DocumentNumber` (a national id), Neon's `lastFourDigits` and `cardTypeCode` (card), a learner id
 * under `learnerId` (a student id), a chapter name and the status `Grace Period` in a roster CSV
 * (persons), church names with a place word (`Hope Chapel`, `Lake Harriet Covenant Church`), event
 * names (`Summer Camp 2025`, `Retiro de Jóvenes`, `VBS 2026 Crew Leaders`, read as persons), a
 * ChMS person id first in a pipe row (an SSN) and a chat-widget session id (a session cookie).
 * The main leak classes before any fix: lower-case names in free text (care notes, chat, SMS
 * replies, nurse logs, merge previews, `last, first` order); names in a ZPL label's `^FD` fields;
 * MemberClicks bracketed labels (`[Name | First]`, `[Address | Primary | Line 1]`); Gravity
 * Forms-style numbered fields (`1.3`, `1.6`); staff logins under `updated_by` and `caseworker`; a
 * birth date under a Breeze profile-field id; names after `Spender:`, `Nom :` / `Prénom :`, `Doação
 * de`, `Mbr`; a URL-encoded name in a query string (`name=…%20…`, `last=`); a Canadian SIN after
 * `SIN`; a hyphenated surname in a header-less pipe row.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-eighth round',
  'red-team corpus 98',
  REDTEAM98_CORPUS,
  {
    family: {
      church_management: 0.89,
      giving_donations: 0.921,
      association_ams: 0.861,
      events_volunteers: 0.955,
      community_ops_ai: 0.888,
    },
    slice: { realistic: { recall: 0.956, kept: 0.936 }, adversarial: { recall: 0.836, kept: 0.935 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-eighth round', REDTEAM98_CORPUS);
