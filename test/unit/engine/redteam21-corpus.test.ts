import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM21_CORPUS } from './fixtures/redteam21-corpus.js';

/**
 * Twenty-first red-team round: tabular data printed into logs and agent traces — psql aligned /
 * expanded output, mysql box tables and `\G` rows, sqlite3 column / line / list modes, sqlcmd,
 * `bq query`, duckdb, clickhouse-client, snowsql; pandas, Spark, R tibbles, Polars; CSV / TSV in a
 * log string, pg_dump COPY blocks, mysqldump INSERTs, mongoexport, redis-cli HGETALL / MONITOR;
 * Google Sheets, BigQuery, Athena, Snowflake, Databricks, Airtable, Notion, DynamoDB and
 * Excel-to-JSON results; markdown tables in agent answers and HTML tables in e-mails. Each case
 * cites its public source in fixtures/redteam21-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.821 (112 planted),
 * adversarial 0.719 (96); look-alikes kept 0.931 (87) / 0.947 (19). Per family (recall / kept):
 * people 0.840 / 0.867, contact 0.761 / 0.857, ids 0.750 / 0.958, payments 0.800 / 0.966,
 * credentials 0.750 / 1.000. (The corpus as written plants 340 values; it is cut to about 200 by
 * the mechanical rule in the fixture, fixed before any measurement; on all 340 the same engine
 * scored 0.794 realistic / 0.713 adversarial.) Idempotence failed before any fix: a company
 * head-office street (`410 Terry Ave N`) kept on the first pass was masked on the second, once
 * its postcode had become a token.
 * After this round's fixes (printed tables read by their header: psql / mysql / markdown / Spark /
 * bq / snowsql bar tables, duckdb / Polars / clickhouse box drawing, sqlcmd and sqlite3 underlined
 * tables, pg_dump COPY blocks, pandas and tibble frames, HTML tables and form-like rows; a CSV header
 * after a log line's label and pandas' unnamed index; arrays of arrays with a header row; a bare
 * `name` beside a person-only id column; the `birth` field name; a birth word no longer reaching a
 * timestamp on its own labelled line; street lines found out of position order no longer dropped):
 * realistic 0.955, adversarial 0.781; kept unchanged 0.931 / 0.947 (recall: people 0.920, contact
 * 0.848, ids 0.882, payments 0.867, credentials 0.875; on all 340 written values 0.922 / 0.779).
 * After the leftovers pass (leaks30b: role columns `customer` / `Employee` / `Payee` / `Who` read by
 * a person-shaped cell, or beside a person's id column; clickhouse's top border read as the header;
 * `&nbsp;` between a name's words; a card after a literal `\t` escape; Excel-to-JSON A1 cell maps read
 * by row 1; sqlite3 `.mode list` rows read by the SELECT before them): realistic 0.982,
 * adversarial 0.833; kept unchanged (recall: ids 0.912, payments 0.956, credentials 0.958).
 * After stop 31's leftovers (structure/bare-cells.ts: rows without column names read cell by cell
 * and national-format phones as whole values; keys: pagination cursors, SIM Ki / PUK): realistic 0.982,
 * adversarial 0.844; kept 0.931 / 0.947 (contact 0.870: the Sheets range's 07700 number).
 * After the leftover pass of stop 45 (structure/unnamed-columns.ts through columnar.ts: cells under
 * columns named by nothing — `f0_`, `_col0`, `_c0`, `$1`, `column0`, `Column1`, an expression,
 * `PH`, a sheet's letters — read by what they prove (a national id's check, a bare NANP or
 * international number, a SIN in 3-3-3 groups, a Swedish personnummer with its century, a name in
 * a column a gazetteer name proves) in a row of a person (an e-mail, a sensitive column, a proven
 * name); ClickHouse `meta`; rows that are objects keyed by position; entity_joined_iban: IBANs
 * grouped with `&nbsp;` / `&#160;`; structure/encoded-rows.ts: a CSV / TSV percent-encoded into one
 * query or form value read by the CSV reader): realistic 0.982, adversarial 0.979; kept 0.931 /
 * 0.947 (recall: people 1.000, contact 0.978, ids 0.971, payments 1.000, credentials 0.958; on all
 * 340 written values 0.951 / 0.971). Measured on the same shapes from other sources
 * (left21-corpus.test.ts): realistic 0.481 → 0.926, adversarial 0.513 → 0.949, look-alikes kept 1.000.
 * Known leaks left, by record shape: rows not aligned under their names (the corpus' tibble,
 * `to_string()` and wrapped pandas rows are off their columns, so a tibble's birth date, a
 * `to_string()` password and a wrapped frame's PESEL under a named index are not read; a real
 * print aligns them); a JSON object inside a psql cell with one-letter keys holding a name written
 * surname first (`Sato Hiroshi`: the name detectors read given names first; the e-mail beside it
 * spells only the surname and an initial, and a rule reading surname-first pairs in free text
 * would mask place and company names). Of the written values the cut leaves uncounted: the
 * pandas `print(df)` birth dates (rows off their columns too), a BSN `111222333` in a header-less
 * CSV row (nine bare digits), `Paulo Santos` in a sqlite3 column row and a BigQuery REPEATED
 * RECORD (outside the gazetteer), a birth date in a DynamoDB single-table key.
 * Look-alikes still masked: company head-office streets in a markdown table (no signal tells a
 * company's street from a person's); `patient_id` (the key rules call it a medical record number),
 * pay under `salary` / `Net pay` (COMPENSATION), and a recipient address `finance@example.com` —
 * each is what the key rules and detectors mean to mask, kept in the corpus as written.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-first round',
  'red-team corpus 21',
  REDTEAM21_CORPUS,
  {
    family: { people: 1, contact: 0.978, ids: 0.97, payments: 1, credentials: 0.958 },
    slice: { realistic: { recall: 0.982, kept: 0.931 }, adversarial: { recall: 0.979, kept: 0.947 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-first round', REDTEAM21_CORPUS);
