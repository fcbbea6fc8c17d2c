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
      logins: 0.3,
      ids_accounts: 0.64,
      flat_rows: 0.4,
      free_text_names: 0.545,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.538, kept: 0.977 }, adversarial: { recall: 0.571, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 95', LEFT95_CORPUS);
