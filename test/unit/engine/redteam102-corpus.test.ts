import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM102_CORPUS } from './fixtures/redteam102-corpus.js';

/**
 * Hundred-and-second red-team round: political campaigns, fundraising and civic engagement —
 * ActBlue contribution webhooks and CSV downloads, WinRed donation webhooks, donation-page charge
 * and ACH logs, recurring-gift dunning, chargeback alerts and check batches; FEC electronic-filing
 * Schedule A lines (FS-separated and quoted CSV), OpenFEC `schedule_a` results, FEC bulk `indiv`
 * rows, Cal-Access Form 460 and Texas Ethics Commission contributions, best-efforts letters and
 * excessive-contribution tickets; NGP VAN / VoteBuilder people, canvass responses, notes and list
 * exports, North Carolina, Ohio and Washington voter files, MiniVAN walk lists, NationBuilder
 * people; Action Network (OSDI) people, signatures and webhooks, Mobilize attendances and rosters,
 * VAN shift sign-ups, check-in logs, house-party hosts and carpools; Spoke, ThruText and Hustle
 * texting exports, CallHub call logs, donor e-mails, call-time sheets and AI assistants drafting
 * donor mail and summarising phone banks, in English and Spanish. Each case cites its public source
 * in fixtures/redteam102-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.916 (168 planted),
 * adversarial 0.842 (121); look-alikes kept 0.911 (136) / 0.953 (65). Per family (recall / kept):
 * donation_platforms 0.950 / 0.902, finance_compliance 0.825 / 1.000, voter_crm 0.875 / 0.953,
 * organizing_events 0.862 / 0.839, outreach_messaging 0.895 / 0.900. (The corpus plants 289
 * values and 201 look-alikes in 69 cases.) The idempotence suite passed and the two walks agreed
 * before any fix.
 * The look-alikes masked before any fix: ActBlue receipt ids (`AB311209874`, read as insurance
 * policy numbers, with and without the header), the recipient committee `Hartwell for Senate` and
 * an employer `Duluth Public Schools` in the CSV download (persons; the header's `Donor` and the
 * country `United States` too); a routing number under `routing_number` (ABA routing is not
 * personal); an NC registration date (a birth date) in a voter row with and without its header;
 * the ids, tags and comments of an Action Network webhook (everything under `osdi:signature` read
 * as a secret, a signature's key); an event name and a status in a Mobilize roster CSV (persons); a
 * committee `Okafor for Congress` in a From: header (the surname read as a person) and its finance
 * e-mail; a Spoke `contact_id` (a phone).
 * The main leak classes before any fix: names under short keys `first` / `last` of a contributor
 * object and a form submission; FEC Schedule A lines with the FS separator (last / first name
 * cells); Cal-Access `Ctrib_Adr1` with a Spanish-named street; `contributor_first=` beside a masked
 * `contributor_last=`; Washington VRDB `FName` / `MName`; a second voter's `name` in a walk list
 * (one of two); staff logins (`staff=`, `agent_username`, a caller column); a co-host name under a
 * form label; lower-case names in free text (after `to`, `is`, `riders:`, a bare `name` key, a
 * pipe row's `last, first`); lower-case header-less voter rows; `Nombre:`; a lower-case street
 * without a known suffix (`40 gracie sq`, `calle nogal`) and an upper-case one in a header-less
 * row; a bare 10-digit phone under `sms`; URL-encoded names in a form body; an SSN typed into
 * `occupation=` and a name under `contributor=`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-second round',
  'red-team corpus 102',
  REDTEAM102_CORPUS,
  {
    family: {
      donation_platforms: 0.95,
      finance_compliance: 0.825,
      voter_crm: 0.875,
      organizing_events: 0.862,
      outreach_messaging: 0.895,
    },
    slice: { realistic: { recall: 0.916, kept: 0.911 }, adversarial: { recall: 0.842, kept: 0.953 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-second round', REDTEAM102_CORPUS);
