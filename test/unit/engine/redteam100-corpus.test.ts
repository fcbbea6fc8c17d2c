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
      pms_residents: 0.938,
      rent_payments: 0.901,
      hoa_association: 0.924,
      access_maintenance: 0.791,
      leasing_ai_comms: 0.953,
    },
    slice: { realistic: { recall: 0.957, kept: 0.955 }, adversarial: { recall: 0.85, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundredth round', REDTEAM100_CORPUS);
