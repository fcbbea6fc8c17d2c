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
 * After this round's fixes (toll transponders after `transponder` / `tag` (agency and serial),
 * under `transponder*` / `tagSerial` / `toll tag` names and in the rows of interoperability and
 * reconciliation files beside a state and a plate, which go too; plates typed in lower case after
 * `plate` near vehicle or toll talk, after French `plaque`, under `Plate ID` / `plateId`, and in
 * header-less registered-owner return rows with the owner's street (detect/values/toll-parking.ts,
 * detect/keys.ts); `defendant` and `point_of_contact` (keys.ts); lower-case names after `named`
 * and `host is` (lower-case-names.ts); a licensing office's record id (`BL-2025-07731`) under a
 * generic `licenseNumber` kept (structure/types.ts); `Email`, `Phone`, `Unique` no name words
 * (person-name-stop.ts), a row's first cell of bare digits no mobile (structure/person-rows.ts),
 * a phone word of a header's later column no context for the row's first cell (pii.ts); a
 * published sample SSN after the birth date of a proven row (structure/bare-cells.ts); `LP` as a
 * company's legal form, so a partnership under `defendant` stays (structure/company-name.ts)):
 * realistic 0.953, adversarial 0.975; kept 0.965 / 1.000 (recall: service_requests_311 0.955,
 * parking_citations 1.000, tolling_violations 0.959, permits_licensing 1.000,
 * municipal_court_utilities 0.905).
 * Known leaks left, by record shape: a utility shut-off notice without a city line (`JOSEPHINE
 * ACHEAMPONG\n908 TAMARIND ST\nAccount: 4410028817`: the mailing-block readers want the city,
 * state and ZIP line); a resident's customer account number under a bare `account` and after
 * `account` in prose (`account 4410044190`: cloud account ids look the same); a call-taker's
 * login after `agent=` (as a key it holds user agents too); a street with the USPS abbreviation
 * `Ter` (`14 Brattle Ter`); a plate under a short key `pl`; a lower-case initial and surname after
 * `card holder` (`t. nakashima-boyd`). Look-alikes still masked: an IAG file header's `008
 * 20251204` (read as a phone), a contractor's `CCB 204417` under `licenseNumber` (a driver licence
 * there), an EIN under `ein` (the policy masks `ein` as US_EIN: a policy call, left as it is) and a
 * newspaper's name under `company` (`Tri-County Ledger`, read as a person).
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
      service_requests_311: 1,
      parking_citations: 1,
      tolling_violations: 0.959,
      permits_licensing: 1,
      municipal_court_utilities: 0.905,
    },
    slice: { realistic: { recall: 0.96, kept: 0.974 }, adversarial: { recall: 0.983, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-fourth round', REDTEAM94_CORPUS);
