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
 * After this round's fixes (MemberClicks piped attribute names read by their part and group and a
 * login under `updated_by` / `caseworker` (detect/keys.ts); a Gravity Forms entry's name inputs
 * `N.3` / `N.4` / `N.6` in both walks (structure/gravity-forms.ts, engine.ts); a child check-in
 * label's name fields in ZPL (structure/zpl-labels.ts); lower-case names after a congregation's
 * titles (`bro.`, `sis.`, `deacon`…: person_name_lower_fellowship) and after `I am` in German,
 * French, Spanish, Dutch and Portuguese (person_name_lower_self_intro), a couple greeted by one
 * surname (`hi cordelia and fitzgerald …`: lower-case-names.ts); `Spender:` and `Nom :` as name
 * labels (person-names.ts); a double-barrelled surname in a query string's `last` (structure/url.ts)
 * and with an everyday part in a header-less row (structure/bare-cells.ts); kept: a pick-up code
 * under `security_code`, a card's last four digits under their own name and an invoice's
 * zero-padded `DocumentNumber` (structure/types.ts), congregations' names under a person's field
 * (structure/company-name.ts), the words of chapels, retreats and memberships (person-name-stop.ts)
 * and a short typed session id (`ws-22891`, secrets-generic.ts)): realistic 0.995, adversarial
 * 0.898; kept 0.986 / 0.974 (recall: church_management 0.932, giving_donations 0.953,
 * association_ams 0.938, events_volunteers 0.970, community_ops_ai 0.968).
 * Known leaks left, by record shape: a birth date under a Breeze profile field's numeric id (no name
 * says what it is); single lower-case given names after `wife`, `hubby`, `thanks` (`ottilie`,
 * `barnaby`, `ezekiel`: one word is too weak a name); lower-case names with no lead word (`thisbe
 * marchand c/o headache`, `11/30 marisol etxeberria lost her job`), after `for … is` and `to` in
 * prose, surname first after `for` (`okonjo-wright, priscilla`), and given names no list knows
 * (`annelore`, `cressida`); a lower-case street without a suffix the street rules know (`77
 * tanglewood bend`); `Doação de` before a name with a place-named surname (`… Albuquerque
 * Tavares`); a single given name after French `Prénom :`; a name under a query string's bare `name`
 * beside only an e-mail; `Mbr` before a name; the Canadian SIN test value 046 454 286 (its first
 * digit 0 is never issued, so the validator refuses it by design). Look-alikes still masked: a
 * learner id under `learnerId` (a student id), `Grace` of a roster's `Grace Period` status (a given
 * name cell), `Summer Camp` (a given name and a surname), a ChMS person id of nine digits first in a
 * pipe row (an SSN's shape).
 * The leftover pass (left98-corpus.test.ts, stop 46) added: birth dates and names under custom
 * fields that only an id names (a Breeze profile field's numeric id, Pipedrive's field keys,
 * `customfield_N`, Rock's `AttributeValue`, a ticket's `custom_fields`), a given name after thanks
 * (person_name_thanks_given) and after `hubby` or a Spanish, Portuguese or German kin word, a dated
 * log entry's name (person_name_lower_dated: `11/30 marisol etxeberria`), `surname, given` after
 * `for` in a record (`okonjo-wright, priscilla`), `Prénom :` as a name label, `hna.` / `hermano` /
 * `irmão`, subdivision suffixes after `moved to` / `now at` / `mailed to`, event nouns that are no
 * names. After it: realistic 1.000, adversarial 0.925; kept 0.986 / 0.974 (recall:
 * church_management 0.945, giving_donations 0.984, association_ams 0.954, events_volunteers 0.970,
 * community_ops_ai 0.984). Leaks left: `wife ottilie` and `hubby barnaby` (rare given names without
 * a possessive before the kin word), `cressida hollingsworth` after `for … is`, `77 tanglewood bend`
 * (no lead the street rules read: `new addr for … is`), `ophira castellanos-webb` after `to`,
 * `thisbe marchand` (a given name no list holds after the date), `Joaquim Albuquerque Tavares`,
 * `Rosamund%20Achterberg-Quaye`, `Mbr Aurelien Tremblay-Kouassi` and the SIN test value 046 454 286
 * (as above), `annelore wichmann-oyelaran` (a given name no list holds after `ich bin`).
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
      church_management: 0.945,
      giving_donations: 0.984,
      association_ams: 0.953,
      events_volunteers: 0.97,
      community_ops_ai: 0.984,
    },
    slice: { realistic: { recall: 1, kept: 0.985 }, adversarial: { recall: 0.925, kept: 0.974 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-eighth round', REDTEAM98_CORPUS);
