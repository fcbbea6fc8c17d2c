import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM26_CORPUS } from './fixtures/redteam26-corpus.js';

/**
 * Twenty-sixth red-team round: the audit trails applications and databases keep of changes to
 * records (ORM audit libraries' version rows, database audit triggers, binlog / CDC / change-stream
 * events, Oracle unified audit, JSON / merge / strategic-merge / SCIM patches and GraphQL mutation
 * variables in API audit logs, SaaS field histories, in-house admin-panel diffs and their CSV
 * exports). Each case cites its public source in fixtures/redteam26-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.988 (173 planted),
 * adversarial 0.759 (162); look-alikes kept 0.978 (93) / 0.964 (85). Per family (recall / kept):
 * orm 0.840 / 1.000, database 0.823 / 0.971, patch 0.961 / 1.000, saas_history 0.887 / 0.947,
 * admin_diff 0.900 / 0.945. (The corpus plants 335 values, more than the brief's 200; it was not
 * cut.) The idempotence suite passed before any fix.
 * After this round's fixes (YAML block sequences under a sensitive key, as paper_trail / audited
 * serialize `object_changes`; change rows naming their field in `column_name` / `col` / `prop`
 * with `was` / `now` / `left` / `right` values; a SCIM filter or list index in a path read as a
 * blank (`phoneNumbers[type eq "work"].value`); `national_insurance` as a NINO field; a published
 * sample SSN as the old / new value of a change to an SSN (`| SSN | … |`, `SSN … from …`); a `(`
 * or `+` phone glued to a colon (Oracle SQL_BINDS); over-masking: the `date` of a change beside a
 * plain field name, and the `timestamp` / `sourceType` / `sourceId` of a value-history entry
 * under a sensitive key): realistic 0.994, adversarial 0.876; kept 1.000 / 0.964 (recall: orm
 * 0.946, database 0.897, patch 0.980, saas_history 0.900, admin_diff 0.983).
 * After stop 31's leftovers (structure/bare-cells.ts: rows without column names read cell by cell
 * and national-format phones as whole values; keys: pagination cursors, SIM Ki / PUK): realistic 0.994,
 * adversarial 0.932; kept 1.000 / 0.976 (orm 0.973, database 0.956, patch 1.000, saas_history 0.925).
 * After stop 32's leftovers (structure/sql.ts: an INSERT row's name column, `field` / `field_name`
 * / `attribute` …, names the entity of its value columns, `old` / `new` / `before` / `after` …):
 * realistic 0.994, adversarial 0.951; kept 1.000 / 0.976 (orm 1.000).
 * Known leaks left, by record shape: a Postgres NOTICE composite's date of birth (no name says
 * it); published sample SSNs as whole values under neutral names (Zendesk
 * numeric custom field ids, Stripe `metadata.legacy_ref`, Mongo `ids.0.number`: a sample alone
 * stays, columnar.test.ts pins it; in a binlog row it is masked); a dotted US number with an
 * invalid exchange (`515.123.4568`, Oracle HR sample data) under a neutral name and in a GTID
 * binlog header; a Salesforce field-history CSV export whose field column names the other
 * columns' values (street addresses); the second sample SSN of `from … to …` beyond the context
 * window. Look-alikes still masked: a company head-office street and `10 Downing Street` in an
 * address diff. Decided in stop 31: a MongoDB change-stream `resume_token` (and `pageToken`,
 * `nextPageToken`, AWS `NextToken`, continuation / sync tokens) is a position in a result set, not a
 * credential, and stays unless its value is one by shape.
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.951 → 0.957 (database 0.956 → 0.971).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-sixth round',
  'red-team corpus 26',
  REDTEAM26_CORPUS,
  {
    family: { orm: 1, database: 0.97, patch: 1, saas_history: 0.949, admin_diff: 1 },
    slice: { realistic: { recall: 0.994, kept: 1 }, adversarial: { recall: 0.975, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-sixth round', REDTEAM26_CORPUS);
