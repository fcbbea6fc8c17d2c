import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT69_CORPUS } from './fixtures/left69-corpus.js';

/**
 * Leftovers of red-team round 69 (stop 39): the record shapes of banks' payment messages that
 * round 69 still leaked or over-masked, written again from other sources (fixtures/left69-corpus.ts
 * cites each case's), so a fix is measured on records it was not written for. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (32 cases; CI=true npx vitest run --project unit test/unit/engine/left69-corpus.test.ts):
 * realistic recall 0.424 (33 planted), adversarial 0.317 (41); look-alikes kept 0.917 (36) / 0.972
 * (36). Per family (recall / kept): swift_fields 0.200 / 1.000, payment_rows 0.389 / 1.000,
 * note_labels 0.571 / 1.000, payment_keys 0.222 / 0.750, lookalikes 1.000 / 0.917. The look-alikes
 * masked before any fix: companies as the parties of an MT103 (`BRIGHTWATER LOGISTICS GMBH`,
 * `HOLLANDSE VLOT BV`: swift_mt_party reads no legal form), a routing number under ISO 20022's
 * `mmbId` (read as a medical record number), a charge bearer `SHA` under `chgBearer` (a bearer
 * token key).
 * After the fixes of stop 39 (swift.ts swift_mt_party flattened / delimited / echoed,
 * swift_field_content, swift_field_content_account, t24_party_field; bacs-reports.ts
 * bacs_report_account / bacs_report_payer; note-parties.ts person_name_payment_note,
 * person_name_title_wrapped; latin-ids-lower-case.ts de_id_card_lower_case; config-text.ts
 * `…Acct/Id/Othr/Id`; url.ts payment parties and base64 JSON state; keys.ts charges / ordering
 * customer accounts, `FinInstnId`, a charge bearer; pii.ts call-back phrases): realistic 0.970,
 * adversarial 1.000; kept 1.000 / 1.000 (recall: swift_fields 1.000, payment_rows 1.000,
 * note_labels 1.000, payment_keys 0.889, lookalikes 1.000). Left: an account under a JSON
 * rendering's nested `dbtrAcct.id.othr.id` (the XML path is read; the JSON walk reads members by
 * their own and their parent's names only).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 69',
  'left69 corpus',
  LEFT69_CORPUS,
  {
    family: {
      swift_fields: 1,
      payment_rows: 1,
      note_labels: 1,
      payment_keys: 0.888,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.969, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 69', LEFT69_CORPUS);
