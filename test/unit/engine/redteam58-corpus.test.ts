import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM58_CORPUS } from './fixtures/redteam58-corpus.js';

/**
 * Fifty-eighth red-team round: the data platforms' and database servers' own audit logs
 * (Snowflake QUERY_HISTORY / LOGIN_HISTORY / ACCESS_HISTORY rows, BigQuery Cloud Audit Logs,
 * Databricks audit events, Redshift STL_QUERY / user activity log lines, Athena and Synapse query
 * logs; pgaudit and PostgreSQL statement logs with parameters, MySQL Enterprise / Percona / MariaDB
 * audit records, SQL Server Audit and Oracle unified audit rows; MongoDB audit and slow-query
 * messages, Elasticsearch / OpenSearch audit logs, Redis MONITOR and SLOWLOG output, Cassandra audit
 * lines; Debezium change events and Kafka Connect errors, Airflow / dbt / Airbyte / Fivetran task
 * logs, Spark / Glue job errors and Redshift STL_LOAD_ERRORS rows). Each case cites its public
 * source in fixtures/redteam58-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.961 (131 planted),
 * adversarial 0.922 (90); look-alikes kept 1.000 (110) / 0.979 (49). Per family (recall / kept):
 * warehouse_audit 0.984 / 1.000, db_server_audit 0.921 / 1.000, nosql_search_cache 0.941 / 1.000,
 * pipelines_cdc 0.927 / 0.973. (The corpus plants 221 values and 159 look-alikes, a little more
 * than the brief's 200 / 100.) The idempotence suite passed before any fix.
 * After this round's fixes (SQL credential clauses quoted \'…\' as a MariaDB server_audit CSV field
 * holds them, Oracle's `IDENTIFIED BY new REPLACE old`, mongosh `db.changeUserPassword`; Oracle
 * positional binds `:1` no longer masked as literals, and unified audit `SQL_BINDS` read as one
 * header-less row; a bare `name` column in an INSERT whose columns name an e-mail, phone, birth
 * date or SSN; header-less rows: Latin-1 letters in name cells (`Sánchez`), a proven person row's
 * names past its e-mail and a published sample SSN there; newline-delimited JSON in a string (an
 * Elasticsearch `_bulk` request.body); Redis MONITOR `SET otp:… value` / `HSET … password value`
 * by the key's first segment or the field; an IPv4 glued to a client's `-h` flag; a pair in
 * capitals as a JSON member quoted in a log line (`"applicant":"…"`) and surnames in capitals with
 * an apostrophe): realistic 0.992, adversarial 1.000; kept 1.000 / 0.979 (recall: warehouse_audit
 * 1.000, db_server_audit 0.980, nosql_search_cache 1.000, pipelines_cdc 1.000).
 * Known leaks left, by record shape: Oracle HR's sample phone `515.123.4567` in `SQL_BINDS` (a
 * dotted number whose exchange `123` the NANP does not allow, so no phone by its shape; masked
 * where a column names it). Look-alikes still masked: a ZIP code (`02139`) under `zip` in a
 * dead-letter record beside a person's SSN and birth date (read as the person's postcode, which is
 * defensible). Not planted but noticed: Oracle's `:2`-style binds in SQL_TEXT were masked as their
 * column's entity before this round (`VALUES (:1, :<PERSON:…>)`; fixed).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-eighth round',
  'red-team corpus 58',
  REDTEAM58_CORPUS,
  {
    family: { warehouse_audit: 1, db_server_audit: 0.98, nosql_search_cache: 1, pipelines_cdc: 1 },
    slice: { realistic: { recall: 0.992, kept: 1 }, adversarial: { recall: 1, kept: 0.979 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-eighth round', REDTEAM58_CORPUS);
