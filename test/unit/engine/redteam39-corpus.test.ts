import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM39_CORPUS } from './fixtures/redteam39-corpus.js';

/**
 * Thirty-ninth red-team round: the audit and operational records of data platforms (warehouse
 * query history and audit with literals in the SQL, database servers' statement / error / slow
 * logs, ETL loaders' reject rows and messages, notebook outputs, BI query / export audit and
 * reverse-ETL sync logs). Each case cites its public source in fixtures/redteam39-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower
 * them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.931 (130 planted),
 * adversarial 0.850 (107); look-alikes kept 0.973 (113) / 0.954 (65). Per family (recall / kept):
 * query_text 0.937 / 0.982, server_logs 0.927 / 0.979, loader_rejects 0.778 / 0.975,
 * notebooks_bi 0.946 / 0.914. (The corpus plants 237 values and 178 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (PostgreSQL `DETAIL:  parameters: $n = '…'` and pgaudit lines — the
 * statement as a quoted CSV field, the log_parameter list — read by the columns of their
 * placeholders; BigQuery `Could not parse '…' as TYPE for field …`; Redshift STL_LOAD_ERRORS
 * `raw_field_value` named by `colname` (and its copy in `raw_line`); Snowflake `MASTER_KEY` /
 * `AWS_TOKEN` / `AZURE_SAS_TOKEN = '…'`; a bare `nascimento` member; Tableau PAT secrets by their
 * layout; numbered data files such as `part-00003.csv` no longer read as ZIPs): realistic 0.962,
 * adversarial 0.869; kept 0.973 / 0.969 (recall: query_text 0.952, server_logs 0.982,
 * loader_rejects 0.810, notebooks_bi 0.946).
 * Leftovers closed after the round (leaks33f.test.ts: a personnummer, CPR, PESEL or Aadhaar proved
 * by its own check among a header-less row's cells or an SQL `VALUES` tuple without a column list;
 * Snowflake's `CREDENTIALS=(…)` group read as its pairs; a host name after a password word kept):
 * realistic 0.985, adversarial 0.897; kept 0.973 / 0.985 (recall: query_text 0.952, server_logs
 * 1.000, loader_rejects 0.889, notebooks_bi 0.946). With the other leftover branches of stop 33
 * merged (header-less person rows, name halves under short keys): adversarial 0.925, loader_rejects
 * 0.937.
 * Known leaks left, by record shape: a PESEL beside a name alone inside a Snowflake
 * `FIRST_ERROR_MESSAGE` string (two cells, no row); names in
 * header-less delimited or fixed-width rejects (Databricks badRecordsPath `record`, Redshift
 * FIXEDWIDTH `raw_line` in capitals, tLogRow cells, a Databricks text table), in lower case in a
 * SQL literal (`lower(cardholder) = 'hannah kowalski'`), a Dutch name with a particle in a VALUES
 * row without columns (`Daan de Vries`), a name in SQL Server's Msg 245 (`converting the nvarchar
 * value 'Zhang Wei'`), a surname in an unquoted `{FirstName: Elise, LastName: Peeters}` dump; a
 * birth date in a header-less CSV / pipe row; an Indian national-format mobile in the second row of
 * a Redshift STL_QUERYTEXT chunk; the corpus' Tableau secret itself, which was built with 24
 * characters before `==` (the real layout, which the new detector reads, has 22), and an invalid
 * date (`29/02/1987`) in an Informatica port, which no date-of-birth reading accepts. Look-alikes
 * still masked: the row id `20417` in a PostgreSQL `Failing row contains (…)` without its INSERT, a
 * Power BI report named `Patient Outreach` (read as a patient's name), a Tableau token name, and a company address under a Salesforce contact's
 * `MailingStreet` (labelled a look-alike in the corpus, though a masker may fairly mask it there).
 * Fixed in stop 37 (lower-case names): the lower-case name in a SQL literal after
 * `lower(cardholder) =` (`hannah kowalski`).
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.944 → 0.953 (notebooks_bi 0.946 → 0.964).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-ninth round',
  'red-team corpus 39',
  REDTEAM39_CORPUS,
  {
    family: { query_text: 0.984, server_logs: 0.999, loader_rejects: 0.936, notebooks_bi: 0.981 },
    slice: { realistic: { recall: 0.984, kept: 0.973 }, adversarial: { recall: 0.962, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-ninth round', REDTEAM39_CORPUS);
