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
 * Known leaks left, by record shape: columns named by nothing sensitive or by nothing at all —
 * BigQuery `f0_`, Athena `c1`, Spark `_c0`, psql `?column?`, spreadsheet letters `A` / `B`, `NM` /
 * `PH` abbreviations — where the value detectors alone see a bare Aadhaar, CPR, SIN or 10-digit
 * phone (and a name outside the gazetteer); headerless CSV rows (a Belgian national number
 * written `YY.MM.DD-NNN CC` with no word: the detector tests keep that form alone; a name outside
 * the gazetteer) and a pandas `to_string()` password off its column; an IBAN written with
 * `&nbsp;` between its groups; a JSON object inside a psql cell with one-letter keys; a URL-encoded CSV in a query
 * string; a pandas frame with a named index or wrapped columns, and rows not aligned under their
 * names (the corpus' tibble and `to_string()` rows are slightly off their columns, so they are
 * not read); an Ofcom 07700 number and an Australian 0491 number without context, `27 Example
 * Parade` (no street word).
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
    family: { people: 0.92, contact: 0.934, ids: 0.941, payments: 0.955, credentials: 0.958 },
    slice: { realistic: { recall: 0.982, kept: 0.931 }, adversarial: { recall: 0.895, kept: 0.947 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-first round', REDTEAM21_CORPUS);
