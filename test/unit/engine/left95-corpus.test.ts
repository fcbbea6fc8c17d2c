import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT95_CORPUS } from './fixtures/left95-corpus.js';

/**
 * Leftovers of red-team round 95 (stop 46): the record shapes of clinical research sites (CTMS,
 * EDC, eConsent, safety reporting) that round 95 still leaked or over-masked, written again from
 * other sources (fixtures/left95-corpus.ts cites each case's), so a fix is measured on records it
 * was not written for. A planted value counts as found only if no raw copy of it remains anywhere
 * in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds now;
 * raise them, never lower them.
 * Before any fix (43 cases, 67 planted, 148 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left95-corpus.test.ts): realistic recall 0.538 (39 planted), adversarial 0.571
 * (28); look-alikes kept 0.977 (89) / 1.000 (59). Per family (recall / kept): logins 0.300 /
 * 0.964, ids_accounts 0.640 / 1.000, flat_rows 0.400 / 1.000, free_text_names 0.545 / 1.000,
 * lookalikes 1.000 / 0.985. The look-alikes masked before any fix: a Castor audit row's field
 * name `dm_height` (read as a login beside the real login) and `Central Monitoring` under
 * `verifiedBy` (read as a person). Leaks before any fix: logins under `coordinator`,
 * `assignedCoordinator`, `responder` and `respondedBy` (the last inside twice-serialised JSON);
 * logins in header-less pipe, tab, semicolon and CSV audit rows (`…|rpenwarden|…`,
 * `…\tbtrevelyan\t…`, `…;jvermeulen;…`, `…,bkaminski,…`, `…,cdubreuil,…`); the `Name` of an
 * OpenClinica `AuditLog`; an OpenClinica `UniqueIdentifier` attribute and a REST
 * `uniqueIdentifier`; a payee in `payee="…"`; Canadian SINs after `sin` / `nas` (one opening
 * with 0, one valid under `nas`); MRNs as the first cell of EHR hit lists (pipe and CSV); phones
 * and streets as cells of header-less CSV rows after a comma (`…,HOMEPHONE,608-555-0131,…`,
 * `…,mobile,262-555-0144,…`, `…,STREET1,88 Thistledown Rd,…`); a staff name under
 * `performedBy`; a lower-case name after `71 y/o m,`; a lower-case witness after `witnessed by`;
 * a name split by a line break after `(`. The idempotence suite passed before any fix.
 * Fixes of stop 46 (each keeps its look-alikes; both walks agree): `coordinator`,
 * `assignedCoordinator`, `responder`, `respondedBy` read as reviewer keys, a person's login by its
 * shape only, a dotted host name (`ocsp.digicert.com`) no login (keys.ts, structure/types.ts,
 * login-names.ts); a person's name written out under `performedBy`, a team's label of stop words
 * only (`Central Monitoring`) kept under any login key (engine.ts, login-names.ts
 * isTeamDisplayName); the user cell of a bare audit row between a date and a cell that names a
 * data change, any separator, and the old / new phone or street after the cell naming the field
 * (`HOMEPHONE`, `mobile`, `STREET1`; structure/dated-login-cells.ts); OpenClinica's `AuditLog`
 * `Name` and `SubjectData` `UniqueIdentifier` (structure/openclinica-attributes.ts, kv.ts);
 * `payee="…"` as a care party (claim-party-names.ts); Quebec's `nas` key (only a SIN's shape);
 * an `account=` member after `method=ACH` (banking.ts us_bank_account); an EHR hit list's first
 * cell before a `FAMILY^GIVEN` name with a birth date as the MRN (person-rows.ts); two new
 * detectors, person_name_lower_after_opener (`71 y/o m, …`, `witnessed by …`: hyphenated or all
 * parts known) and person_name_bracketed_after_subject_id (`Participant 610-0003 (Name\nSurname,`).
 * After: realistic 1.000, adversarial 0.857; kept 0.989 / 1.000 (recall: logins 1.000,
 * ids_accounts 0.840, flat_rows 1.000, free_text_names 1.000; lookalikes kept 1.000).
 * Left, as decisions: a REST `uniqueIdentifier` (a bare key that names GUIDs and device ids
 * elsewhere; the ODM attribute is read in its element only); MRNs as the first cell of a CSV hit
 * list with `"LAST, FIRST"` names (other header-less rows keep their first ids: payroll, member
 * and hub ids, rows38 and left92); the SIN `018 352 070` that opens with 0 (tried, taken back:
 * national-ids.test.ts keeps `SIN 046 454 286 (fictitious 0xx range)` by decision). Look-alike
 * still masked: a Castor field name `dm_height` / `dm_weight` in a row with a login (read as
 * `initials_surname` logins by login_cells and person_rows).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 95',
  'left95 corpus',
  LEFT95_CORPUS,
  {
    family: {
      logins: 1,
      ids_accounts: 0.84,
      flat_rows: 1,
      free_text_names: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.988 }, adversarial: { recall: 0.857, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 95', LEFT95_CORPUS);
