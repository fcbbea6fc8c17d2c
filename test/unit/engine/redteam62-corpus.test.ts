import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM62_CORPUS } from './fixtures/redteam62-corpus.js';

/**
 * Sixty-second red-team round: the moderation, safety and activity records of social, dating and
 * community platforms (Discord / Reddit / Twitch / YouTube mod logs and AutoMod events, classifier
 * results with the offending text, appeals, law-enforcement and NCMEC request logs, DSA / NetzDG
 * notices; dating-app ID and photo verification, user reports, romance-scam detections, check-ins;
 * creator payouts, tax forms and subscriber exports; Discourse / phpBB staff logs and account
 * recovery tickets; WhatsApp / Telegram / Discord / Slack chat exports). Each case cites its public
 * source in fixtures/redteam62-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.934 (121 planted),
 * adversarial 0.891 (119); look-alikes kept 0.981 (106) / 1.000 (49). Per family (recall / kept):
 * mod_reports 0.926 / 0.959, dating_safety 0.851 / 1.000, creator_payouts 0.959 / 1.000,
 * forum_staff_logs 0.913 / 1.000, chat_exports 0.909 / 1.000. (The corpus plants 240 values and
 * 155 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix.
 * After this round's fixes (a Reddit fullname `t1_…` / `t3_…` under `target_fullname` no longer a
 * name; an IP-named event object's name and time members read by their own names; W-8BEN's
 * `foreign_tax_identifying_number`; British `07xxx xxxxxx` and French `06 / 07` pair-grouped mobiles
 * without a phone word; gift-card redemption codes after a gift-card word (gift_card_code); a
 * written CPF as a CSV cell after its comma; `code they / you texted` before a one-time code):
 * realistic 0.950, adversarial 0.924; kept 1.000 / 1.000 (recall: mod_reports 0.926,
 * dating_safety 0.894, creator_payouts 1.000, forum_staff_logs 0.913, chat_exports 0.955).
 * Known leaks left, by record shape: usernames that spell a person's name (Discourse
 * `change_username` `previous_value`, `username: …` in an anonymize_user details string, a
 * `old → new` rename line: the engine keeps usernames as look-alikes by design); a public handle
 * under YouTube's `authorDisplayName`; names after `Found her:` / `in name of` and a `.vcf`
 * attachment name in a WhatsApp line; national numbers without a trunk-0 shape or phone word (an
 * Indian `81234 56789`, a Brazilian `11 96123-4567`, an Irish `085 012 3456` inside escaped JSON);
 * an Apple gift-card code whose brand stands only in a sibling member, an Amazon claim code after
 * `amazon card` (`amazon` would open the gate on every AWS host name); an Italian ID-card number
 * under `doc_no`; a Swedish personnummer after `mine is`; a security answer (a street) under a
 * neutral `a1`. Look-alikes still masked: none in this corpus.
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): realistic recall 0.952 → 0.960 (mod_reports 0.927 → 0.945).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-second round',
  'red-team corpus 62',
  REDTEAM62_CORPUS,
  {
    family: {
      mod_reports: 0.963,
      dating_safety: 0.914,
      creator_payouts: 1,
      forum_staff_logs: 0.958,
      chat_exports: 0.954,
    },
    slice: { realistic: { recall: 0.975, kept: 1 }, adversarial: { recall: 0.941, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-second round', REDTEAM62_CORPUS);
