import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM90_CORPUS } from './fixtures/redteam90-corpus.js';

/**
 * Ninetieth red-team round: airline crew, flight operations and aviation maintenance (crew
 * rosters, PBS bid awards, trip trades, AIMS-style crew tracking changes, crew hotel rooming lists
 * and limo dispatch, FRMS fatigue reports, per-diem claims; acarsdec / ARINC 620 ACARS messages,
 * libacars CPDLC decodes, LIDO-style OFPs, AHM 517 load sheets, dispatch releases, EFB sync logs,
 * OOOI events and briefing packages; AMOS / TRAX / Ramco-style work orders, task cards and parts
 * issues, technical-log entries, FAA 43.11 entries, EASA Form 1 / CRS texts, maintenance-control
 * chat; turnaround events, WorldTracer AHL files, BSM messages, PRM requests, SIDA badge events,
 * ramp incidents, unaccompanied-minor handovers, gate DCS logs; ASRS / ASAP / FOQA records,
 * training and checkride records, medical expiry, licence verifications, LLM summaries). Each case
 * cites its public source in fixtures/redteam90-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.531 (158 planted),
 * adversarial 0.553 (130); look-alikes kept 0.979 (147) / 0.983 (61). Per family (recall / kept):
 * crew_scheduling 0.585 / 0.948, flight_ops 0.462 / 1.000, maintenance_mro 0.416 / 0.979,
 * ground_ops 0.687 / 1.000, safety_training 0.535 / 0.972. (The corpus plants 288 values and 208
 * look-alikes in 84 cases.) The idempotence suite passed before any fix. The look-alikes masked
 * before any fix: a crew hotel's name (`Hilton Garden Inn Madrid Airport`: `Hilton` read as a
 * surname) and its street address, ASRS's `Flight Crew Total 14200` (`Crew Total` read as a name),
 * and an access log's client address `198.51.100.14` (RFC 5737; a look-alike in this record).
 * The main leak classes before any fix: employee / crew / staff numbers under their field names
 * (`employeeId`, `staffNo`, `crewId`, `captainEmpNo`, `employeeNumber`, `traineeId`, `badge`,
 * `cardNumber`) and after `emp` / `emp no` / `employee` / `matricule` / `Personalnummer`; EASA
 * Part-FCL and Part-66 licence numbers (`DE.FCL.ATPL.…`, `DE.66.…`, `UK.66.…`) and FAA certificate
 * numbers after `A&P`, `Certificate No.:`, `dsp_cert=`, `certificateNumber`; crew names in
 * rosters, PBS awards, ACARS crew lists, OFPs (`SURNAME/GIVEN`), load sheets and BSM `.P/` lines;
 * logins of dispatchers, mechanics and agents (`dispatcher=`, `requestedBy`, `BY`, `agent=`,
 * `who`); lower-case names after `capt` / `fo`.
 * After this round's fixes (EASA Part-FCL / Part-66 licence numbers, FAA A&P / IA and airman
 * certificate numbers, ANAC CANAC codes; crew staff numbers and surnames in crew-tracking lines,
 * PBS awards and ACARS sign-ons and crew lists; `SURNAME/GIVEN` on OFP crew lines and BSM `.P/`
 * elements; load-sheet signatories; crew staff numbers after `emp` / `employee` / `Personalnummer`
 * / `matricule` / `crew id` in a text that names a crew rank; controllers' logins after `|BY` and
 * `closed by user` (detect/values/aviation-crew.ts); a rooming list's or a certifier's `name`
 * beside a staff number or a licence, a badge and a captain's number beside a name
 * (structure/bare-name-columns.ts); `requestedBy` and `dispatcher` as logins (detect/keys.ts);
 * crew ranks as leads of names (`Capt.`, `Erster Offizier`, `Primer oficial`, `monteur`, `lead
 * tech`, `Técnico responsável`: person-names.ts) and lower-case `capt` (lower-case-names.ts)):
 * realistic 0.854, adversarial 0.753; kept 0.979 / 0.983 (recall: crew_scheduling 0.841,
 * flight_ops 0.888, maintenance_mro 0.791, ground_ops 0.770, safety_training 0.732).
 * After the leftover pass of stop 44 (lower-case crew names after `capt`, `f/o`, `purser`, and
 * `fo` / `fa` in a crew text, and after `prepared by`, `checked by`, `cert by`, `certified:`, `signed
 * off by` (person_name_lower_crew, lower-case-names.ts); a name in brackets after `FO` / `F/O` / `SO`
 * (rank_bracket_name), `CERTIFIED:` / `CRS SIGNED:` with an initial (crs_signatory), crew staff
 * numbers of `crew=[…]` (crew_id_list) and a quoted `driver=` / `chauffeur=` name
 * (quoted_driver_name) in aviation-crew.ts; header-less access-control event rows and crew list
 * rows (access_event_holder, access_event_card, crew_row_number: access-events.ts); a crew table's
 * staff-number column beside a name column and a `who` column's logins (structure/crew-columns.ts),
 * an event table's `user` beside `time` and `action`; a `crewId` beside a sign-in e-mail and an
 * airman's `certificateNumber` beside the name (bare-name-columns.ts); `idDocument` /
 * `identityDocument` (keys.ts); phones after `reached on` (pii.ts); the CIE after `documento`
 * (ids-europe.ts); `Crew Total` and `Hilton Garden Inn` no longer names (person-names.ts)):
 * realistic 0.924, adversarial 0.900; kept 0.993 / 0.984 (recall: crew_scheduling 0.963,
 * flight_ops 0.944, maintenance_mro 0.875, ground_ops 0.938, safety_training 0.821).
 * Known leaks left, by record shape: employee numbers of HR-style fields and labels (`employeeId`,
 * `employeeNumber`, `traineeId`, `employeeNo` beside a name, `empId=` / `empno=` in a URL,
 * `mechanic_emp` CSV columns, a markdown table's `Emp no` column, a header-less training or
 * task-card row's employee number without a crew rank cell): the engine keeps employee ids even
 * beside a name (rounds 7, 18, 74 keep `employee=E31120 name=…`, `{employeeId, firstName}`), so only
 * crew staff numbers in crew texts go (policy); logins after `agent=` / `tech=` (as keys they hold
 * user agents and technologies too); `capt ottavio lanzavecchia` (neither word in a list: the rank
 * alone does not make two words a name, `capt windshield heat`); `Erster Offizier Timo Wallenfels`
 * after `Bewerber:` (the rank inside a capitalised run); the load sheet's `APPROVED` column (a name
 * under a column heading of another line); a ramp agent under `staff` (a count or a team as
 * often); the EFB `crewId=` of a query beside an e-mail and `pilot=` with a percent-encoded name
 * (query keys of five letters and more have no beside rule); a crew hotel's street address under
 * `hotel.address` (a look-alike: the street detectors read the text whatever its parent) and an
 * access log's client address (RFC 5737: a client's IP is masked by policy).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninetieth round',
  'red-team corpus 90',
  REDTEAM90_CORPUS,
  {
    family: {
      crew_scheduling: 0.963,
      flight_ops: 0.944,
      maintenance_mro: 0.875,
      ground_ops: 0.937,
      safety_training: 0.821,
    },
    slice: { realistic: { recall: 0.924, kept: 0.993 }, adversarial: { recall: 0.9, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninetieth round', REDTEAM90_CORPUS);
