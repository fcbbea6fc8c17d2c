import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM100_CORPUS } from './fixtures/redteam100-corpus.js';

/**
 * Hundredth red-team round: property management, HOA and tenant portals — Buildium tenants,
 * association owners, architectural requests, work orders and lease transactions; Yardi Voyager
 * SOAP envelopes and MITS resident / guest-card XML; Rent Manager authorisation, tenants and service
 * issues; Entrata getCustomers; AppFolio tenant-directory rows; Propertyware contacts; HUD-50059 and
 * TRACS MAT10 household members; NACHA rent debits, NSF notices, owner statements, deposit
 * itemisations, unlawful-detainer filings, lockbox files, card rent payments, resident ledgers and
 * pay-or-quit notices; HOA violation letters, directories, ballots, lien notices, feed posts,
 * minutes, estoppel requests and proxies; intercom door releases, fob audits, gatehouse logs,
 * smart-lock codes, package lockers, parking permits and move-out inspections; AI leasing
 * assistants (chat, tool calls, summaries), screening results, rental applications, renewal
 * e-mails and guest-card posts, in Spanish, French and German too. Each case cites its public
 * source in fixtures/redteam100-corpus.ts. A planted value counts as found only if no raw copy of
 * it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.957 (187 planted),
 * adversarial 0.850 (140); look-alikes kept 0.955 (157) / 1.000 (61). Per family (recall / kept):
 * pms_residents 0.938 / 0.976, rent_payments 0.901 / 0.981, hoa_association 0.924 / 0.938,
 * access_maintenance 0.791 / 0.975, leasing_ai_comms 0.953 / 0.967. (The corpus plants 327 values
 * and 218 look-alikes in 77 cases. As first written it kept the Rent Manager API login
 * `sync.svc.acme` as a system account while it planted the Yardi API login beside it; an API
 * login is one half of a credential, so it was moved to the planted values before these numbers
 * were taken; it was hidden.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: property and community names with a place word (`Maple
 * Ridge Townhomes`, `Willow Creek Village HOA`, `Desert Sky Property Management`, read as persons),
 * a parking pass number under `ParkingPassNumber` and a fob serial after `credential=fob:` (read
 * as secrets) and a leasing office's role mailbox in a From header.
 * The main leak classes before any fix: the API login and the interface licence of a Yardi SOAP
 * envelope (`<UserName>`, `<InterfaceLicense>`); a session token returned as a bare quoted string
 * under a response `body`; staff logins under `AssignedToUserName`, `inspector=` and after
 * `created by leasing agent`; a lock's access code under a lock API's `code`; the second person of
 * `X and Y` (`Hi Cassius and Henrietta`, `Tenant(s): … and Anselm Vukovic`) and a given name
 * repeated in a later chat turn; lower-case names after `payer=`, `from`, `tenant there is`, `ask`,
 * `current landlord is`, `co-head` and Spanish `propietario` / `inquilinos`; names in header-less
 * rows written `last first` or `Last I` (fob audits, intercom call records) and `Gideon & Ingrid`
 * in a directory row; birth dates written MMDDYYYY in TRACS pipe rows; URL-encoded names in a
 * guest pass's `guest` / `host`; a lower-case street (`2904 egret landing dr`).
 * After this round's fixes (lower-case names after the parties of rent, lease and housing notes:
 * `payer`, `landlord`, `co-head`, `co-tenant`, `occupant`, `roommate`, `lessee`, Spanish
 * `inquilino` / `propietario`, French `locataire`, German `Mieter` (person_name_lower_tenancy), and
 * a second lower-case name joined by `y` / `et` / `und` / `&` after any lead (lower-case-names.ts);
 * a second person after `and` / `&` read with the first one's lead (`Hi Cassius and Henrietta`),
 * capitalised names after `landlord`, `homeowner`, `occupant`, `roommate`, `propietario`,
 * `inquilino`, `locataire`, `Mieter`…, and rental communities, associations and their managers by
 * their head nouns (`Townhomes`, `Apartments`, `HOA`, `Management`, `Leasing`…: person-names.ts);
 * `guest`, `visitor`, `host`, `landlord`, `roommate`, `cotenant`, `proxy` as a link's person
 * parameters (structure/url.ts); a work order's `AssignedToUserName` and an `inspector` by login,
 * Yardi's `InterfaceLicense`, a `lockbox_code`, a household's `HeadOfHousehold` / `hoh_name` /
 * `co_head_name` / `occupant_name` (detect/keys.ts), a `ParkingPassNumber` kept; a door panel's
 * `credential=fob:0x…` kept (secrets.ts, structure/types.ts); a TRACS household row's MMDDYYYY
 * birth date (structure/bare-cells.ts) and a couple's `Given & Given` cell of a directory row
 * (structure/person-rows.ts)): realistic 0.978, adversarial 0.935; kept 0.993 / 1.000 (recall:
 * pms_residents 0.979, rent_payments 1.000, hoa_association 0.939, access_maintenance 0.875,
 * leasing_ai_comms 0.984).
 * Known leaks left, by record shape: the API login of a Yardi SOAP envelope (`<UserName>` beside
 * `<Password>`: a configuration file's account under `username` stays by design, the public
 * corpus keeps Maven's `<username>deployer</username>`); a session token returned as a bare quoted
 * string under a response's `body`; a smart lock's code under a lock API's bare `code` (its
 * siblings `device_id`, `starts_at` say so, no name does); a given name repeated alone in a later
 * chat turn (`Great to meet you, Marisela!`); lower-case names after `tenant there is`, `ask`,
 * `leasing agent` (`devorah q`) and as a chat export's `from` with an initial (`cassius w`); names
 * in header-less rows without a nine-digit stretch or written `last first` in lower case (`kuznetsova
 * nadia` in fob audits) or `Surname I` (`Raghunathan P` in intercom call records); a lower-case street
 * with no lead word (`2904 egret landing dr`). Look-alikes still masked: a leasing office's role
 * mailbox (`leasing@…`, every e-mail address is masked). `Tenant` stays no capitalised lead: a
 * multi-tenant service's logs name a customer organisation so (`Tenant: Northwind Traders`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundredth round',
  'red-team corpus 100',
  REDTEAM100_CORPUS,
  {
    family: {
      pms_residents: 0.979,
      rent_payments: 1,
      hoa_association: 0.939,
      access_maintenance: 0.875,
      leasing_ai_comms: 0.984,
    },
    slice: { realistic: { recall: 0.978, kept: 0.993 }, adversarial: { recall: 0.935, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundredth round', REDTEAM100_CORPUS);
