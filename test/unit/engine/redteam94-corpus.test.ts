import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM94_CORPUS } from './fixtures/redteam94-corpus.js';

/**
 * Ninety-fourth red-team round: local government services — Open311 GeoReport v2 requests and
 * responses, SeeClickFix issues, Salesforce 311 cases, open-data 311 exports with caller columns,
 * call-taker notes and status SMS; handheld parking citations, NYC-style violation rows,
 * registered-owner look-ups, appeals, hearings, tow / boot releases and residential permits; ETC
 * toll transactions, toll-by-mail notices, account statements, pay-by-plate payments, IAG-style
 * interoperability files and lane-controller syslog; Accela-style building permits, Chicago-style
 * permit exports, inspections, business and dog licences, short-term rental registrations and
 * public-records requests; municipal court cases, payment plans, warrants, collections placements,
 * utility billing accounts, shut-off notices, payment-kiosk logs and a residents' LLM assistant.
 * Each case cites its public source in fixtures/redteam94-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.859 (128 planted),
 * adversarial 0.851 (121); look-alikes kept 0.939 (116) / 1.000 (59). Per family (recall / kept):
 * service_requests_311 0.955 / 0.974, parking_citations 0.884 / 1.000, tolling_violations 0.612 /
 * 0.965, permits_licensing 0.960 / 0.864, municipal_court_utilities 0.867 / 1.000. (The corpus
 * plants 249 values and 175 look-alikes in 70 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: the `Unique Key` of a 311 CSV export read as a phone (and
 * the header cell `Email` as a name, after the line break), an IAG file header's `008 20251204` read
 * as a phone, a contractor's licence `CCB 204417`, a business licence `BL-2025-07731` and a dog
 * licence `DOG-2025-18817` under `licenseNumber` / `licenseNo` (read as driver licences), an EIN
 * under `ein`, and a newspaper's name under `company` (read as a person).
 * The main leak classes before any fix: toll transponder (tag) serials (`tagSerial`, `tag=`,
 * `Tag 008-…`, `transponder …`, IAG list and reconciliation rows); licence plates in CSV columns
 * (`Plate ID`), fixed-width and header-less rows, lower case (`plate 4mzt881 ca`, `hxt2194`,
 * `nj r44 dmk`), after `plaque`, under a short key `pl`; toll customer account numbers under
 * `account` and after `account` in prose; a utility shut-off notice's name, address and account
 * lines (no labels); a `defendant="…"` key=value name; logins under `agent=` and
 * `point_of_contact`; lower-case names after `named`, `host is`, `card holder`; an SSA specimen SSN
 * in a header-less CSV; a house number and street without a suffix in pipe rows (`14 Brattle Ter`,
 * `77 VISTA GRANDE`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-fourth round',
  'red-team corpus 94',
  REDTEAM94_CORPUS,
  {
    family: {
      service_requests_311: 0.955,
      parking_citations: 0.884,
      tolling_violations: 0.612,
      permits_licensing: 0.96,
      municipal_court_utilities: 0.867,
    },
    slice: { realistic: { recall: 0.859, kept: 0.939 }, adversarial: { recall: 0.851, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-fourth round', REDTEAM94_CORPUS);
