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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-eighth round',
  'red-team corpus 58',
  REDTEAM58_CORPUS,
  {
    family: { warehouse_audit: 0.984, db_server_audit: 0.921, nosql_search_cache: 0.941, pipelines_cdc: 0.927 },
    slice: { realistic: { recall: 0.961, kept: 1 }, adversarial: { recall: 0.922, kept: 0.979 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-eighth round', REDTEAM58_CORPUS);
