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
 * After this round's fixes (FEC `.fec` lines split by the FS separator, gated by a new signature
 * bit SIG_INFO_SEPARATOR (char-signature.ts, bare-cells.ts, person-rows.ts); `{first, last}` read
 * as a name beside a contact member (`street`, `email`, `cell`…: bare-name-columns.ts); `FName` /
 * `MName` header columns beside `LName` (bare-name-columns.ts namePartnerColumns, csv.ts) and
 * `mname` beside the other parts in both walks; a voter id (`vanId`, `StateVoterID`) as a person's
 * sibling of a bare `name` (bare-name-columns.ts), with organisations' words (`Tenants`, `Union`,
 * `Committee`…) keeping a group's name; `contributor_first` / `_last` / `_middle` / `_name`,
 * `co-host`, Cal-Access `Adr1`, `sms` (a number only: types.ts) as key rules and `staff`,
 * `canvasser`, `texter`, `agent_username` as staff logins (keys.ts, types.ts, engine.ts); a form
 * body's `<role>_name` beside a phone (bare-name-pair.ts); lower-case names after `riders`,
 * `volunteer`, `canvasser`, `his assistant`, `thank-you to` (person_name_lower_role); a street in
 * capitals with a US suffix in a person's header-less row and `sq` streets in lower case
 * (bare-cells.ts, street_line_lower); kept: committees `<Surname> for <Office>` and `Friends of …`
 * (company-name.ts, person-names.ts), ActBlue receipt ids (person-rows.ts), a registration date
 * in a row that holds a birth year (bare-cells.ts, person-rows.ts), nine digits under a header's
 * record-id column (`VANID`: bare-cells.ts, person-rows.ts), the members of an `osdi:signature`
 * (keys.ts), a phone word's id key (`contact_id=`: pii.ts), campaign event words and schools
 * (`Lit Drop`, `Canvass`, `Elementary`, `Confirmed`: person-name-stop.ts), `Schools` as an
 * institution): realistic 1.000, adversarial 0.900; kept 0.985 / 1.000 (recall: donation_platforms
 * 1.000, finance_compliance 0.925, voter_crm 0.937, organizing_events 0.965, outreach_messaging
 * 0.955). The two walks agree on every planted value and look-alike.
 * Known leaks left, by record shape: header-less rows written all in lower case (an Ohio voter row
 * `oh00…,25,nwachukwu,seraphina,ada,1949-07-14,…`, an FEC bulk row's `whitcombe-ayodele,
 * ignatius`); a name and the SSA specimen SSN 078-05-1120 in a filing tool's `contributor=` /
 * `occupation=` pairs (a bare `contributor` may be a PAC; the specimen is refused without an SSN
 * label by design); a Spanish street written `1218 calle nogal`; a single given name after
 * `Nombre:`; a lower-case name under a bare `name` (`leonora fitzwilliam` beside an `sms`); a
 * caller's login as a cell of a header-less row (`dmcgarrity`); a lower-case name in brackets after
 * a nickname (`gus (augusto rinaldi-park, finance)`); a URL-encoded name inside a form body's
 * prose (`body=my%20neighbor%20Ruth%20Okafor…`). Look-alikes still masked: a routing number under
 * `routing_number` (ABA_ROUTING by design) and a committee's role address
 * `finance@okaforforcongress.example.org` (every e-mail is masked).
 * The leftover pass of stop 47 (left102-corpus.test.ts: lower-case header-less rows read as
 * capitalised, a caller's login beside the contact's name or phone, `Nombre:` / `Nome:` labels, a
 * lower-case name beside a phone under a bare `name`, lower-case Spanish, Portuguese and Italian
 * streets, form bodies written with `%20`, person_name_lower_bracket) closed here: the Ohio row,
 * `1218 calle nogal`, `Nombre: Remedios`, `leonora fitzwilliam`, `dmcgarrity`, `augusto
 * rinaldi-park` and `Ruth%20Okafor`. After it: realistic 1.000, adversarial 0.975; kept 0.985 /
 * 1.000 (recall: donation_platforms 1.000, finance_compliance 0.925, voter_crm 1.000,
 * organizing_events 1.000, outreach_messaging 1.000).
 * Leaks left: one FEC bulk row alone in lower case (`whitcombe-ayodele, ignatius`: a row's name
 * with no second kind of evidence; two such rows are read as a name column), and the name and the
 * SSA specimen SSN of a filing tool's `contributor=` / `occupation=` pairs (by design, above).
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
      donation_platforms: 1,
      finance_compliance: 0.925,
      voter_crm: 1,
      organizing_events: 1,
      outreach_messaging: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.985 }, adversarial: { recall: 0.975, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-second round', REDTEAM102_CORPUS);
