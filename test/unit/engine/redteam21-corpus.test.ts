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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-first round',
  'red-team corpus 21',
  REDTEAM21_CORPUS,
  {
    family: { people: 0.84, contact: 0.76, ids: 0.75, payments: 0.8, credentials: 0.75 },
    slice: { realistic: { recall: 0.821, kept: 0.931 }, adversarial: { recall: 0.718, kept: 0.947 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-first round', REDTEAM21_CORPUS);
