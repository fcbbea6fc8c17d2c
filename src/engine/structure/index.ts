import {
  SIG_ASCII_WHITESPACE,
  SIG_AT,
  SIG_BACKSLASH,
  SIG_COLON,
  SIG_DIGIT,
  SIG_DOT,
  SIG_EQUALS,
  SIG_HASH,
  SIG_LESS_THAN,
  SIG_LINE_FEED,
  SIG_QUESTION,
  SIG_QUOTE,
  SIG_SPACE,
  SIG_UPPER,
} from '../detect/char-signature.js';
import type { Span, TextScan } from '../detect/types.js';
import { auditdSpans, hexArgumentSpans, mayBeHexArgument } from './auditd.js';
import { COMMAND_KEYWORDS, commandLineSpans, mayHoldWindowsCommand } from './command-line.js';
import { configTextSpans, MAY_HOLD_DEFINE, MAY_HOLD_MACHINE, PROSE_KEYWORDS } from './config-text.js';
import { ccdaSpans, mayHoldCda } from './ccda.js';
import { csvSpans, escapedCsvSpans, mayHoldCsv } from './csv.js';
import { DEVICE_CONFIG_KEYWORDS, deviceConfigSpans } from './device-config.js';
import { dcmdumpSpans, mayHoldDcmdump } from './dicom.js';
import { DSN_KEYWORDS, dsnSpans } from './dsn.js';
import { EDIFACT_KEYWORDS, edifactSpans } from './edifact.js';
import { headerSpans } from './headers.js';
import { hl7Spans, mayHoldHl7 } from './hl7.js';
import { ldifSpans, mayHoldLdif } from './ldif.js';
import { licenceFieldSpans, mayHoldLicenceFields } from './licence-fields.js';
import { gs1UdiSpans } from './gs1-udi.js';
import { metro2Spans } from './metro2.js';
import { alloggiatiSpans, mayHoldAlloggiati } from './alloggiati.js';
import { captionSpans } from './captions.js';
import { ERROR_ECHO_KEYWORDS, errorEchoSpans } from './error-echo.js';
import { envTableSpans, mayHoldEnvTable } from './env-table.js';
import { abapVariableSpans, mayHoldAbapVariables } from './abap-variables.js';
import { mayHoldOldNewLine, oldNewLineSpans } from './old-new-lines.js';
import { argumentListSpans, mayHoldArgumentList } from './argument-lists.js';
import { bareCellSpans, mayBeWholeCell, mayHoldBareCells, wholeCellSpans } from './bare-cells.js';
import { activityLoginSpans, loginCellSpans, mayHoldActivityLogins, mayHoldLoginCells } from './login-cells.js';
import { custodianFolderSpans, mayHoldCustodianFolder } from './custodian-folders.js';
import { mayHoldPersonPartners, personPartnerSpans } from './person-partners.js';
import { mayHoldSplitStreet, splitStreetSpans } from './transcript-lines.js';
import {
  auditRowSpans,
  datedLoginSpans,
  dispenserRowSpans,
  lastCellLoginSpans,
  mayHoldAuditRows,
  mayHoldDatedLogins,
  mayHoldDispenserRows,
  mayHoldLastCellLogin,
} from './dated-login-cells.js';
import { alertRowSpans, mayHoldAlertRows } from './alert-rows.js';
import { mayHoldWrappedEmail, wrappedEmailSpans } from './wrapped-emails.js';
import { mayHoldPersonRows, personRowSpans } from './person-rows.js';
import { boxWrapSpans, mayHoldBoxWrap } from './box-wrap.js';
import { TYPED_INTO_KEYWORDS, typedIntoFieldSpans } from './typed-into-field.js';
import { FAILED_LOGON_KEYWORDS, failedLogonSpans } from './failed-logon.js';
import { PANOS_KEYWORDS, panosSpans } from './panos.js';
import { NCPDP_KEYWORDS, ncpdpSpans } from './ncpdp.js';
import { injuryReportSpans, mayHoldInjuryReport } from './iaiabc-flat.js';
import { al3InsuredSpans, mayHoldAl3Insured } from './al3-groups.js';
import { ZPL_KEYWORDS, zplLabelSpans } from './zpl-labels.js';
import { CARGO_IMP_KEYWORDS, cargoImpSpans } from './cargo-imp.js';
import { GEDCOM_KEYWORDS, gedcomSpans, mayHoldGedcom } from './gedcom.js';
import { escapedJsonMemberSpans, inlineJsonMemberSpans, keyValueSpans, wholeBase64Spans } from './kv.js';
import { ENCODED_MIN } from './base64-value.js';
import { SECRET_COMMAND_KEYWORDS, secretOutputLineSpans } from './secret-output.js';
import { POWERSHELL_KEYWORDS, powershellEncodedSpans } from './powershell-encoded.js';
import { QUOTED_PRINTABLE_KEYWORDS } from './mail-body.js';
import { TASMOTA_KEYWORDS, tasmotaBacklogSpans } from './tasmota.js';
import { mayBeRedisCommandText, REDIS_MONITOR_KEYWORDS, redisCommandTextSpans, redisMonitorSpans } from './redis-monitor.js';
import { mayHoldPgpass, pgpassSpans } from './pgpass.js';
import { mayHoldPhpSerialized, phpSerializedSpans } from './php-serialized.js';
import { debugExporterSpans, mayHoldDebugExporter } from './debug-exporter.js';
import { mayHoldObjectDump, objectDumpSpans } from './object-dumps.js';
import { mayHoldMultipart, multipartFormSpans } from './multipart-form.js';
import { runBit } from '../detect/digit-runs.js';
import { paddedPersonRowSpans } from './padded-person-rows.js';
import { mayHoldPaymentRecord, paymentRecordSpans } from './payment-records.js';
import { pythonReprSpans } from './python-repr.js';
import { sqlSpans } from './sql.js';
import { SQL_CREDENTIAL_KEYWORDS, sqlCredentialSpans } from './sql-credentials.js';
import {
  capitalReportSpans,
  dataFrameSpans,
  htmlTableSpans,
  mayHoldCapitalReport,
  mayHoldDataFrame,
  mayHoldHtmlTable,
  mayHoldTextTable,
  textTableSpans,
} from './text-tables.js';
import type { SpanContext, StructureOptions } from './types.js';
import { keyAsUserSpans } from './uri-credentials.js';
import { fragmentEmailSpans, oneDriveOwnerSpans, sharedLinkSpans, urlSpans } from './url.js';
import { X12_KEYWORDS, x12Spans } from './x12.js';

export { GENAI_STRUCTURAL_KEYS, isGenAiAttribute } from './genai.js';
export { isBareOutput, isOutputMember, printsSecret, SECRET_OUTPUT_DETECTOR } from './secret-output.js';
export { escapedOnceMore, looksLikeJson, maskJsonString, type JsonHost } from './json-string.js';
export { keptUnderKey, type StructureOptions } from './types.js';

/**
 * Words without which a handler cannot find anything, searched in the detectors' keyword pass
 * (KeywordIndex `extra`), in this order: SQL statements, credential headers, password sentences,
 * command lines, SQL credential clauses, OneDrive personal-site hosts, X12 segments, Redis MONITOR
 * password commands, PowerShell (for its encoded commands), commands that print a secret
 * (structure/secret-output.ts), network device configuration commands (structure/device-config.ts),
 * UN/EDIFACT headers (structure/edifact.ts), a quoted-printable mail body (structure/mail-body.ts),
 * a Tasmota Backlog (structure/tasmota.ts), NCPDP D.0 patient and insurance segments
 * (structure/ncpdp.ts), PAN-OS syslog types (structure/panos.ts), a caption timing arrow, a Metro 2
 * record descriptor word, a Python dict's `{'`, a GS1 `(01)`, an error echoing a rejected value
 * (structure/error-echo.ts), a failed logon (structure/failed-logon.ts), a French DSN rubrique
 * (structure/dsn.ts), a ZPL field, Cargo-IMP party lines (structure/cargo-imp.ts); and three
 * words whose absence lets a handler skip a native search: an
 * UPDATE's ` set `, netrc's `machine`, PHP's `define`.
 * (structure/dsn.ts); three words whose absence lets a handler skip a native search: an
 * UPDATE's ` set `, netrc's `machine`, PHP's `define`; ZPL's `^FD`; and `update` (SQL_UPDATE_KEYWORD).
 */
export const STRUCTURE_KEYWORDS: readonly (readonly string[])[] = [
  // `update` has a set of its own (the last): prose says "update" far more often than SQL does.
  ['select', 'insert', 'delete', 'merge', 'upsert'],
  ['authorization', 'cookie', 'api-key', 'apikey', '-token', '-signature', '-secret', 'subscription-key', 'functions-key'],
  PROSE_KEYWORDS,
  COMMAND_KEYWORDS,
  SQL_CREDENTIAL_KEYWORDS,
  // OneDrive personal sites, and shared-file links with a token in the path (url.ts sharedLinkSpans).
  ['-my.sharepoint', 'box.com/s/', 'egnyte.com/fl/', 'egnyte.com/dl/', 'dropbox.com/s/', 'dropbox.com/sh/'],
  X12_KEYWORDS,
  REDIS_MONITOR_KEYWORDS,
  POWERSHELL_KEYWORDS,
  SECRET_COMMAND_KEYWORDS,
  DEVICE_CONFIG_KEYWORDS,
  EDIFACT_KEYWORDS,
  QUOTED_PRINTABLE_KEYWORDS,
  TASMOTA_KEYWORDS,
  NCPDP_KEYWORDS,
  PANOS_KEYWORDS,
  ['-->'],
  ['0426'],
  ["{'"],
  ['(01)'],
  ERROR_ECHO_KEYWORDS,
  FAILED_LOGON_KEYWORDS,
  DSN_KEYWORDS,
  [' set '],
  ['machine'],
  ['define'],
  ZPL_KEYWORDS,
  CARGO_IMP_KEYWORDS,
  ['update'],
  TYPED_INTO_KEYWORDS,
  GEDCOM_KEYWORDS,
];
/** Bits of `find`'s `keywords`: which STRUCTURE_KEYWORDS sets occurred. */
export const SQL_KEYWORD = 1;
export const HEADER_KEYWORD = 2;
export const PROSE_KEYWORD = 4;
export const COMMAND_KEYWORD = 8;
export const SQL_CREDENTIAL_KEYWORD = 16;
export const ONEDRIVE_KEYWORD = 32;
export const X12_KEYWORD = 64;
export const REDIS_MONITOR_KEYWORD = 128;
export const POWERSHELL_KEYWORD = 256;
export const SECRET_COMMAND_KEYWORD = 512;
export const DEVICE_CONFIG_KEYWORD = 1024;
export const EDIFACT_KEYWORD = 2048;
/** A quoted-printable mail body or a base64 part: the engine scans it decoded (structure/mail-body.ts). */
export const QUOTED_PRINTABLE_KEYWORD = 4096;
export const TASMOTA_KEYWORD = 8192;
/** An NCPDP D.0 patient or insurance segment (structure/ncpdp.ts). */
export const NCPDP_KEYWORD = 16384;
/** A PAN-OS TRAFFIC, THREAT or GLOBALPROTECT syslog line (structure/panos.ts). */
export const PANOS_KEYWORD = 32768;
/** A caption timing line's arrow (structure/captions.ts). */
export const CAPTION_KEYWORD = 65536;
/** A Metro 2 record descriptor word (structure/metro2.ts). */
export const METRO2_KEYWORD = 131072;
/** A Python dict whose first key is a string (structure/python-repr.ts). */
export const PYTHON_REPR_KEYWORD = 262144;
/** A GS1 GTIN application identifier (structure/gs1-udi.ts). */
export const GS1_KEYWORD = 524288;
/** A validation or database error that echoes a rejected value beside its field (structure/error-echo.ts). */
export const ERROR_ECHO_KEYWORD = 1048576;
/** A Windows failed logon for a user name that does not exist (structure/failed-logon.ts). */
export const FAILED_LOGON_KEYWORD = 2097152;
/** A French DSN rubrique of an individual's block (structure/dsn.ts). */
export const DSN_KEYWORD = 4194304;
/** ` set ` (an UPDATE statement's clause: structure/sql.ts). */
export const SQL_SET_KEYWORD = 8388608;
/** `machine` (a netrc line: structure/config-text.ts). */
export const NETRC_KEYWORD = 16777216;
/** `define` (a PHP constant: structure/config-text.ts). */
export const PHP_DEFINE_KEYWORD = 33554432;
/** `^FD`, a ZPL label's field data (structure/zpl-labels.ts). */
export const ZPL_KEYWORD = 67108864;
/** `CNE/`, `SHP/`, `NFY/`: a Cargo-IMP waybill's party lines (structure/cargo-imp.ts). */
export const CARGO_IMP_KEYWORD = 134217728;
/**
 * `update`, apart from SQL_KEYWORD's other statement words: an UPDATE is read only with ` set `
 * (SQL_SET_KEYWORD), so prose that says "update" without the others is not handed to sqlSpans.
 */
export const SQL_UPDATE_KEYWORD = 268435456;
/** A quoted value typed into a named field: ` into `, `set text`, `in das Feld`… (structure/typed-into-field.ts). */
export const TYPED_INTO_FIELD_KEYWORD = 536870912;
/** GEDCOM records: `@ INDI`, `@ SUBM`, `GIVN`, `SURN` (structure/gedcom.ts). */
export const GEDCOM_KEYWORD = 1073741824;
// GEDCOM_KEYWORD is 2^30, the last bit of a 32-bit mask below its sign bit: the next structure keyword
// needs a second mask (or every test of the mask checked for 2^31's negative value), not 2^31 as is.

/**
 * The span handlers a policy enables, each behind a gate of native `indexOf` calls so that a
 * string without `=`, `:`, `?` or a quote costs nothing more.
 */
export class StructureSpans {
  readonly #options: StructureOptions;
  readonly #ctx: SpanContext;
  readonly enabled: boolean;

  constructor(options: StructureOptions, classifyKey: (name: string) => string | null) {
    this.#options = options;
    this.#ctx = { classifyKey, out: [], priority: 0 };
    this.enabled =
      options.urls ||
      options.headers ||
      options.sql ||
      options.key_value ||
      options.csv ||
      options.command_lines ||
      options.hl7 ||
      options.x12;
  }

  /**
   * Appends the handlers' spans for `scan` to `out` at `priority` (after every detector).
   * `keywords`: the SQL_KEYWORD / HEADER_KEYWORD / PROSE_KEYWORD / COMMAND_KEYWORD bits of the sets that occur in the text.
   */
  find(scan: TextScan, out: Span[], priority: number, keywords: number): void {
    const o = this.#options;
    const text = scan.text;
    const ctx = this.#ctx;
    ctx.out = out;
    ctx.priority = priority;
    const firstOwn = out.length;
    // Single characters are asked of the text's signature (bits, no native call); longer
    // literals by indexOf, behind the bit of one of their characters.
    const sig = scan.signature;
    const eq = (sig & SIG_EQUALS) !== 0;
    if (o.urls && eq && (sig & (SIG_QUESTION | SIG_HASH)) !== 0) urlSpans(scan, ctx);
    // A base64 e-mail as a URL's whole fragment has no `=` when its length needs no padding.
    else if (o.urls && (sig & SIG_HASH) !== 0 && text.indexOf('://') >= 0) fragmentEmailSpans(scan, ctx);
    if (o.urls && (keywords & ONEDRIVE_KEYWORD) !== 0) {
      oneDriveOwnerSpans(scan, ctx);
      sharedLinkSpans(scan, ctx);
    }
    // An API key as a URL's user name, with an empty password or none (structure/uri-credentials.ts).
    if (o.urls && (sig & SIG_AT) !== 0 && (sig & SIG_COLON) !== 0 && text.indexOf('://') >= 0) keyAsUserSpans(scan, ctx);
    if (o.key_value && eq) keyValueSpans(scan, ctx);
    if (o.key_value && (sig & SIG_BACKSLASH) !== 0 && text.indexOf('\\":') >= 0) escapedJsonMemberSpans(scan, ctx);
    // `"key" : "value"` with a blank before the colon is how the mongo shell and some pretty
    // printers write members (a change event logged as relaxed Extended JSON).
    if (o.key_value && (sig & SIG_QUOTE) !== 0 && startsAsText(text) && (text.indexOf('":') > 0 || text.indexOf('" :') > 0))
      inlineJsonMemberSpans(scan, ctx);
    // Python dicts printed with repr() (`{'email': …, 'active': True}`): structure/python-repr.ts,
    // their one reader (object-dumps.ts leaves quoted identifier members to it).
    if (o.key_value && (keywords & PYTHON_REPR_KEYWORD) !== 0 && (sig & SIG_COLON) !== 0) pythonReprSpans(scan, ctx);
    if (o.key_value)
      configTextSpans(
        scan,
        ctx,
        (keywords & PROSE_KEYWORD) !== 0,
        ((keywords & PHP_DEFINE_KEYWORD) !== 0 ? MAY_HOLD_DEFINE : 0) | ((keywords & NETRC_KEYWORD) !== 0 ? MAY_HOLD_MACHINE : 0),
      );
    // Objects printed by Ruby inspect, Rust Debug, util.inspect, PHP print_r and var_dump, Go %+v
    // (structure/object-dumps.ts): a colon or `=` first. Python dicts are read above, once.
    if (o.key_value && (sig & (SIG_QUOTE | SIG_SPACE | SIG_UPPER)) !== 0 && (sig & (SIG_COLON | SIG_EQUALS)) !== 0) {
      const forms = mayHoldObjectDump(text, sig);
      if (forms !== 0) objectDumpSpans(scan, ctx, forms);
    }
    // Validation and database errors echoing a rejected value beside its field (structure/error-echo.ts).
    if (o.key_value && (keywords & ERROR_ECHO_KEYWORD) !== 0) errorEchoSpans(scan, ctx);
    // A PHP error page's environment table, `NAME   "value"` a line (structure/env-table.ts).
    if (o.key_value && (sig & SIG_QUOTE) !== 0 && (sig & SIG_UPPER) !== 0 && mayHoldEnvTable(text)) envTableSpans(scan, ctx);
    // A person's name beside an e-mail or phone in a job's argument list (structure/argument-lists.ts).
    if (o.key_value && (sig & SIG_QUOTE) !== 0 && (sig & SIG_UPPER) !== 0 && mayHoldArgumentList(text)) argumentListSpans(scan, ctx);
    // An ABAP short dump's or debugger's variable list, `P0002-PERID   value` a line (structure/abap-variables.ts).
    if (o.key_value && (sig & SIG_LINE_FEED) !== 0 && (sig & SIG_UPPER) !== 0 && mayHoldAbapVariables(text)) abapVariableSpans(scan, ctx);
    // A change report's `FIELD  text  old: …  new: …` line (structure/old-new-lines.ts).
    if (o.key_value && (sig & SIG_COLON) !== 0 && mayHoldOldNewLine(text)) oldNewLineSpans(scan, ctx);
    // A value Python rich wrapped inside its box onto the next line (structure/box-wrap.ts).
    if (o.key_value && (sig & SIG_QUOTE) !== 0 && mayHoldBoxWrap(text)) boxWrapSpans(scan, ctx);
    // A quoted value an agent or a robot typed into a named field (structure/typed-into-field.ts).
    if (o.key_value && (keywords & TYPED_INTO_FIELD_KEYWORD) !== 0) typedIntoFieldSpans(scan, ctx);
    // multipart/form-data fields (structure/multipart-form.ts).
    if (o.key_value && eq && (sig & SIG_QUOTE) !== 0 && mayHoldMultipart(text)) multipartFormSpans(scan, ctx);
    // Credentials after a device configuration command (`username x secret 9 …`, `snmp-server
    // community …`, Junos `secret "$9$…"`): structure/device-config.ts.
    if (o.key_value && (keywords & DEVICE_CONFIG_KEYWORD) !== 0 && (sig & SIG_SPACE) !== 0) deviceConfigSpans(scan, ctx);
    // LDIF entries and changes: `attr:: base64`, folded lines, person attributes (structure/ldif.ts).
    if (o.key_value && (sig & SIG_COLON) !== 0 && (sig & SIG_ASCII_WHITESPACE) !== 0 && mayHoldLdif(text)) ldifSpans(scan, ctx);
    // A whole string in base64 (a HEC event, a body): 4n characters, read when all are of the
    // alphabet (structure/base64-value.ts; its test stops at the first blank).
    if (o.key_value && text.length >= ENCODED_MIN && (text.length & 3) === 0) wholeBase64Spans(scan, ctx);
    // PHP serialize() arrays and objects, a:2:{s:8:"username";s:4:"…";} (structure/php-serialized.ts).
    if (o.key_value && (sig & SIG_QUOTE) !== 0 && (sig & SIG_COLON) !== 0 && mayHoldPhpSerialized(text)) phpSerializedSpans(scan, ctx);
    // PostgreSQL password file lines host:port:db:user:password (structure/pgpass.ts).
    if (o.key_value && (sig & SIG_COLON) !== 0 && mayHoldPgpass(text)) pgpassSpans(scan, ctx);
    // The Collector debug exporter's attribute lines `-> user.name: Str(…)` (structure/debug-exporter.ts).
    if (o.key_value && (sig & SIG_COLON) !== 0 && (sig & SIG_UPPER) !== 0 && mayHoldDebugExporter(text)) debugExporterSpans(scan, ctx);
    // CSV / TSV with a header row: its column names are open-ended (any name the key rules call
    // sensitive), so no keyword set gates it; a line feed (a bit of the signature) and a separator
    // on the first line (mayHoldCsv, which needs a line feed) do.
    if (o.csv && (sig & SIG_LINE_FEED) !== 0 && mayHoldCsv(text)) csvSpans(scan, ctx);
    // A CSV export JSON-escaped twice holds `\n` (two characters) where its lines break.
    else if (o.csv && (sig & SIG_BACKSLASH) !== 0) escapedCsvSpans(scan, ctx);
    // Rows without column names (a headerless CSV line, mysqlbinlog `@N=` cells, a Postgres
    // composite row, a fixed-width person line): cells whose whole text or whose row proves its
    // kind (structure/bare-cells.ts).
    // A person's login spelling a full name as a cell of such a row (structure/login-cells.ts).
    if (o.csv && mayHoldLoginCells(text)) loginCellSpans(scan, ctx);
    // The user column of an activity line, `12/03 14:22 | jmorales | note` (structure/login-cells.ts).
    if (o.csv && (sig & SIG_DIGIT) !== 0 && mayHoldActivityLogins(text)) activityLoginSpans(text, ctx);
    // The user column right after the date of a bare pipe row, `2025-11-12|jmorales|…` (structure/dated-login-cells.ts).
    if (o.csv && (sig & SIG_DIGIT) !== 0 && mayHoldDatedLogins(text)) datedLoginSpans(text, ctx);
    // The owner (`Last First`) and the dispenser's login of a controlled-drug log's bare rows,
    // `2025-11-28|Hydromorphone 2 mg/mL|…|Dunleavy Marguerite|jkowalski|…` (structure/dated-login-cells.ts).
    if (o.csv && (sig & SIG_DIGIT) !== 0 && mayHoldDispenserRows(text)) dispenserRowSpans(text, ctx);
    // The user cell of a bare audit-trail row between its time and its action, `2025-11-01
    // 08:12<TAB>btrevelyan<TAB>Update record 2044` (structure/dated-login-cells.ts).
    // The old and new phone or street after the cell naming the field, `…,HOMEPHONE,608-555-0131,…`.
    if (o.csv && (sig & SIG_DIGIT) !== 0 && mayHoldAuditRows(text)) auditRowSpans(text, ctx);
    // A person's login as a bare row's last cell, `EV-19,…,m.delacroix-mensah` (structure/dated-login-cells.ts).
    if (o.csv && (sig & SIG_DOT) !== 0 && mayHoldLastCellLogin(text)) lastCellLoginSpans(text, ctx);
    // A custodian's folder in a collection or production path, `…\Custodians\Surname_G\…` (structure/custodian-folders.ts).
    if (o.key_value && (sig & SIG_UPPER) !== 0 && mayHoldCustodianFolder(text, (sig & SIG_BACKSLASH) !== 0))
      custodianFolderSpans(text, ctx);
    // An e-mail cut by a line break of a notebook, a terminal or a wrapped table (structure/wrapped-emails.ts).
    if (o.csv && (sig & SIG_AT) !== 0 && (sig & SIG_LINE_FEED) !== 0 && mayHoldWrappedEmail(text)) wrappedEmailSpans(text, ctx);
    // The owner or user cell of SIEM alert rows, TLN and l2tcsv timeline rows (structure/alert-rows.ts).
    if (o.csv && mayHoldAlertRows(text)) alertRowSpans(text, ctx);
    if (o.csv && mayHoldBareCells(scan)) bareCellSpans(scan, ctx);
    // A whole value that is one such cell (a neutral custom field holding `0412 345 678`).
    else if (o.key_value && mayBeWholeCell(text)) wholeCellSpans(scan, ctx);
    // A person's row and a table's name, id, phone and login columns (structure/person-rows.ts).
    if (o.csv && mayHoldPersonRows(scan)) personRowSpans(scan, ctx);
    // Query results and dataframes as clients print them (psql, mysql, sqlcmd, duckdb, Spark,
    // markdown…; structure/text-tables.ts): a line break and a rule, box bar or underline.
    if (o.csv && (sig & SIG_LINE_FEED) !== 0 && mayHoldTextTable(text)) textTableSpans(scan, ctx);
    // pandas and R dataframes printed without rules (structure/text-tables.ts): `\n0 ` or a tibble caption (`# A tibble`).
    if (o.csv && (sig & (SIG_LINE_FEED | SIG_HASH)) !== 0 && mayHoldDataFrame(text)) dataFrameSpans(scan, ctx);
    // A fixed-width report under a header of capitals (a DMS deal file: structure/text-tables.ts).
    if (o.csv && (sig & SIG_LINE_FEED) !== 0 && (sig & SIG_UPPER) !== 0 && mayHoldCapitalReport(text)) capitalReportSpans(text, ctx);
    // HTML tables of e-mailed reports (structure/text-tables.ts): a `<` and a `<td` / `<th`.
    if (o.csv && (sig & SIG_LESS_THAN) !== 0 && mayHoldHtmlTable(scan)) htmlTableSpans(scan, ctx);
    // A transcript: the bare line after a command that prints a secret (structure/secret-output.ts).
    if (o.command_lines && (keywords & SECRET_COMMAND_KEYWORD) !== 0 && (sig & SIG_LINE_FEED) !== 0) secretOutputLineSpans(scan, ctx);
    // Linux audit EXECVE / PROCTITLE records carry argv in hex (structure/auditd.ts).
    if (o.command_lines && eq && (text.indexOf('msg=audit(') >= 0 || text.indexOf('argc=') >= 0)) auditdSpans(scan, ctx);
    // One argument in hex as a member of its own (Wazuh `audit.execve.a1`, Auditbeat `auditd.data.a2`).
    else if (o.command_lines && (sig & SIG_SPACE) === 0 && mayBeHexArgument(text)) hexArgumentSpans(scan, ctx);
    // powershell.exe -EncodedCommand <base64 of UTF-16LE> (structure/powershell-encoded.ts).
    if (o.command_lines && (keywords & POWERSHELL_KEYWORD) !== 0) powershellEncodedSpans(scan, ctx);
    // Redis MONITOR lines: "AUTH" "user" "pass", "CONFIG" "SET" "requirepass" … (structure/redis-monitor.ts).
    if (o.command_lines && (keywords & REDIS_MONITOR_KEYWORD) !== 0) redisMonitorSpans(scan, ctx);
    // One Redis command as a database span's query text (`AUTH default …`, `HSET key field value`).
    else if (o.command_lines && (sig & SIG_SPACE) !== 0 && mayBeRedisCommandText(text)) redisCommandTextSpans(scan, ctx);
    // Tasmota `Backlog Password1 x; MqttPassword y` (structure/tasmota.ts).
    if (o.command_lines && (keywords & TASMOTA_KEYWORD) !== 0) tasmotaBacklogSpans(scan, ctx);
    if (
      o.command_lines &&
      (keywords & COMMAND_KEYWORD) !== 0 &&
      (text.indexOf(' -') >= 0 || text.indexOf('rabbitmqctl') >= 0 || text.indexOf(' set ') >= 0 || mayHoldWindowsCommand(text) >= 0)
    ) {
      commandLineSpans(scan, ctx);
    }
    if (
      o.sql &&
      (keywords & SQL_CREDENTIAL_KEYWORD) !== 0 &&
      (text.indexOf("'") >= 0 || text.indexOf('"') >= 0 || scan.lower().indexOf('identified') >= 0)
    ) {
      sqlCredentialSpans(scan, ctx);
    }
    if (o.headers && (keywords & HEADER_KEYWORD) !== 0 && (sig & SIG_COLON) !== 0) headerSpans(scan, ctx);
    // HL7 needs a segment id (capital letters: PID, NK1…) and a `|` or the letters MSH (mayHoldHl7).
    if (o.hl7 && (sig & SIG_UPPER) !== 0 && mayHoldHl7(text)) hl7Spans(scan, ctx);
    // DICOM headers as dcmdump prints them: `(0010,0010) PN [...]  # …` (structure/dicom.ts).
    if (o.hl7 && (sig & SIG_HASH) !== 0 && mayHoldDcmdump(text)) dcmdumpSpans(scan, ctx);
    // HL7 CDA / C-CDA documents (HL7 v3 XML): names, birth time, SSN-rooted ids, patient ids, addresses, telecoms (structure/ccda.ts).
    if (o.hl7 && (sig & SIG_LESS_THAN) !== 0 && mayHoldCda(text)) ccdaSpans(scan, ctx);
    // GS1 UDI `(01)<GTIN>…(21)<serial>`: the serial of one device (structure/gs1-udi.ts).
    if (o.hl7 && (keywords & GS1_KEYWORD) !== 0) gs1UdiSpans(scan, ctx);
    // French DSN rubriques of the individual's blocks 30 and 31 (structure/dsn.ts).
    if (o.key_value && (keywords & DSN_KEYWORD) !== 0) dsnSpans(scan, ctx);
    // UN/EDIFACT COM and CTA segments: phones, e-mails and contact names by qualifier (structure/edifact.ts).
    if (o.x12 && (keywords & EDIFACT_KEYWORD) !== 0) edifactSpans(scan, ctx);
    // SubRip / WebVTT captions: a card number read across two cues (structure/captions.ts).
    if (o.key_value && (keywords & CAPTION_KEYWORD) !== 0 && (sig & SIG_ASCII_WHITESPACE) !== 0) captionSpans(scan, ctx);
    // The numbered fields of an EU driving licence read by OCR (structure/licence-fields.ts).
    if (o.key_value && (sig & SIG_DIGIT) !== 0 && (sig & SIG_ASCII_WHITESPACE) !== 0 && mayHoldLicenceFields(text))
      licenceFieldSpans(text, ctx);
    // A failed logon for a user name that does not exist: the name is often a password (structure/failed-logon.ts).
    if (o.key_value && (keywords & FAILED_LOGON_KEYWORD) !== 0) failedLogonSpans(scan, ctx);
    // CDIA Metro 2 base segments: `0426`, the record descriptor word (structure/metro2.ts).
    if (o.key_value && (keywords & METRO2_KEYWORD) !== 0 && text.length >= 120) metro2Spans(scan, ctx);
    // Italian police guest reports (Alloggiati Web schedine): fixed-width lines without names (structure/alloggiati.ts).
    if (o.key_value && (sig & SIG_DIGIT) !== 0 && mayHoldAlloggiati(text)) alloggiatiSpans(text, ctx);
    // NACHA, EFW2, FIRE, ABA, Bacs 18 and CNAB 240 records by their columns: a run of 12 digits or a TIN after letters (structure/payment-records.ts).
    if (o.key_value && mayHoldPaymentRecord(scan)) paymentRecordSpans(scan, ctx);
    // A person row of a fixed-width file: capitals name cells and a compact birth date (structure/padded-person-rows.ts).
    if (o.key_value && (sig & SIG_UPPER) !== 0 && (scan.digitRuns & runBit(8)) !== 0 && text.length >= 30 && text.indexOf('   ') >= 0)
      paddedPersonRowSpans(text, ctx);
    // PAN-OS syslog CSV without a header: users by field position (structure/panos.ts).
    if (o.csv && (keywords & PANOS_KEYWORD) !== 0) panosSpans(scan, ctx);
    // Patient labels printed in ZPL: `^FD` in the keyword pass (structure/zpl-labels.ts).
    if (o.key_value && (keywords & ZPL_KEYWORD) !== 0) zplLabelSpans(scan, ctx);
    // GEDCOM records: a person's names, a living person's birth date, addresses and contacts (structure/gedcom.ts).
    if (o.key_value && (keywords & GEDCOM_KEYWORD) !== 0 && (sig & (SIG_LINE_FEED | SIG_BACKSLASH)) !== 0 && mayHoldGedcom(text))
      gedcomSpans(scan, ctx);
    // Cargo-IMP FWB / FHL party lines: `CNE/` in the keyword pass and a line break (structure/cargo-imp.ts).
    if (o.key_value && (keywords & CARGO_IMP_KEYWORD) !== 0 && text.indexOf('\n') > 0) cargoImpSpans(scan, ctx);
    // NCPDP D.0 pharmacy claims: AM01 / AM04 in the keyword pass (structure/ncpdp.ts).
    if (o.x12 && (keywords & NCPDP_KEYWORD) !== 0) ncpdpSpans(scan, ctx);
    // IAIABC FROI / SROI records joined by `*`: an SSN field, the names and birth date after it (structure/iaiabc-flat.ts).
    if (o.x12 && (sig & SIG_UPPER) !== 0 && (scan.digitRuns & runBit(9)) !== 0 && mayHoldInjuryReport(text)) injuryReportSpans(text, ctx);
    // ACORD AL3 insured groups (5BIS): the insured's name cells before a street cell (structure/al3-groups.ts).
    if (o.key_value && (sig & SIG_UPPER) !== 0 && text.length >= 24 && mayHoldAl3Insured(text)) al3InsuredSpans(text, ctx);
    // X12 health care transactions (837 claims…): segment ids in the keyword pass (structure/x12.ts).
    if (o.x12 && (keywords & X12_KEYWORD) !== 0) x12Spans(scan, ctx);
    // looksLikeSql (sql.ts) finds a statement only by `select `, `insert into`, `delete from`,
    // `merge into`, `upsert into` (SQL_KEYWORD's words, searched in the same lower-cased text) or by
    // `update ` with ` set ` after it: without the former, `update` and ` set ` must both occur.
    if (
      o.sql &&
      ((keywords & SQL_KEYWORD) !== 0 || (keywords & SQL_UPDATE_OR_SET) === SQL_UPDATE_OR_SET) &&
      text.length >= 12 &&
      (text.indexOf("'") >= 0 || scan.hasDigit) &&
      (sig & SIG_SPACE) !== 0
    ) {
      sqlSpans(scan, ctx, o.sql_all_literals, (keywords & SQL_SET_KEYWORD) !== 0);
    }
    // A street split by a transcript's page:line numbering (structure/transcript-lines.ts).
    if (o.key_value && (sig & SIG_LINE_FEED) !== 0 && (sig & SIG_COLON) !== 0 && (sig & SIG_DIGIT) !== 0 && mayHoldSplitStreet(text))
      splitStreetSpans(text, ctx);
    // The other party of a person found, in a list or beside a verb of writing (structure/person-partners.ts).
    if (o.key_value && (sig & SIG_UPPER) !== 0 && (sig & SIG_SPACE) !== 0 && mayHoldPersonPartners(out)) personPartnerSpans(text, ctx);
    if (out.length > firstOwn && firstOwn > 0) keepCoverage(out, firstOwn);
  }
}

const SQL_UPDATE_OR_SET = SQL_UPDATE_KEYWORD | SQL_SET_KEYWORD;

/** Text that does not open as a JSON object or array (that text is parsed as JSON instead). */
function startsAsText(text: string): boolean {
  const c = text.charCodeAt(0);
  return c !== 123 && c !== 91;
}

/**
 * Overlaps are resolved by rank, and a detector's span outranks a structure span; when it covers
 * only part of one (`sig=9f8e#access_token=<JWT>` read as one value), the rest of the structure
 * span must not be left in clear. So each structure span (from `firstOwn` on) is cut to the parts
 * that no detector span covers, each masked on its own.
 */
function keepCoverage(out: Span[], firstOwn: number): void {
  const own = out.splice(firstOwn);
  for (const span of own) {
    let pieces: [number, number][] = [[span.start, span.end]];
    for (let i = 0; i < firstOwn; i++) {
      const d = out[i]!;
      if (d.end <= span.start || d.start >= span.end) continue;
      const next: [number, number][] = [];
      for (const [a, b] of pieces) {
        if (d.end <= a || d.start >= b) next.push([a, b]);
        else {
          if (d.start > a) next.push([a, d.start]);
          if (d.end < b) next.push([d.end, b]);
        }
      }
      pieces = next;
    }
    if (pieces.length === 1 && pieces[0]![0] === span.start && pieces[0]![1] === span.end) {
      out.push(span);
      continue;
    }
    for (const [a, b] of pieces) {
      if (b - a < 1) continue;
      out.push({ ...span, start: a, end: b, normalized: `${span.normalized}#${a - span.start}` });
    }
  }
}

/** What each structure handler does, for `auditmask rules` and docs/detectors.md. */
export const STRUCTURE_HANDLERS: readonly { option: keyof StructureOptions; name: string; description: string }[] = [
  {
    option: 'json_strings',
    name: 'JSON in a string',
    description:
      'A string whose first and last characters are {} or [] is parsed, masked inside with the same key rules and detectors (paths continue inside: payload.user.email), and re-serialised; unchanged when nothing is found. At most json_max_nesting levels.',
  },
  {
    option: 'hl7',
    name: 'HL7 v2 messages',
    description:
      'Segments of an HL7 v2 message in text (PID, NK1, GT1, IN1, IN2, MRG, PV1; delimiters from MSH): the identity fields of the HL7 v2.5 definitions are masked by position (MRN and other CX ids, names, birth dates, street, city and ZIP, phone and e-mail, SSN, driver licence, health plan numbers, clinician names), whatever they hold; codes and structure stay.',
  },
  {
    option: 'hl7',
    name: 'DICOM attribute dumps',
    description:
      'DICOM headers as DCMTK dcmdump prints them ((0010,0010) PN [DOE^JOHN]  #   8, 1 PatientName; on with hl7): the value of an identity attribute of DICOM PS3.15 Annex E (patient name, id, birth date, address and phones, other patient ids and names, accession number, admission id, referring, performing and reading physicians, operators) is masked by its tag number, whatever it holds. The same tag numbers name DICOMweb JSON members ("00100010": {"vr": "PN", "Value": […]}) in the key rules. Technical attributes, UIDs and study dates stay.',
  },
  {
    option: 'hl7',
    name: 'HL7 CDA / C-CDA documents',
    description:
      'HL7 v3 XML (C-CDA documents and fragments, recognised by an OID under 2.16.840.1.113883 or the urn:hl7-org:v3 namespace; on with hl7): name parts <given> and <family> (PERSON) and <birthTime value> (DATE_OF_BIRTH) anywhere, an <id> rooted at the SSN OID 2.16.840.1.113883.4.1 (US_SSN), and inside a person role (patientRole, guardian, associatedEntity, relatedEntity, relatedSubject) every <id extension>, the street, city and postal code of <addr>, and <telecom value> after its tel: or mailto: scheme. Organisations, codes and templateIds stay.',
  },
  {
    option: 'hl7',
    name: 'GS1 UDI',
    description:
      'Unique device identifiers in GS1 human-readable form ((01) and a 14-digit GTIN, then (AI)value elements; on with hl7): the (21) serial number, which names one device such as an implant, is masked as DEVICE_ID, with its copies elsewhere in the record. The GTIN, (10) lot and (11) / (17) dates stay.',
  },
  {
    option: 'x12',
    name: 'X12 health care transactions',
    description:
      'Segments of an ASC X12 005010 transaction in text (837 claims, 270/271, 834, 820, 276/277; delimiters from ISA, else * and ~, or | and a line per segment; one person NM1 or one BPR quoted alone): by position, the person names of NM1 (NM102 = 1) and its member id, SSN or other person id (NM109; an NPI stays), N3 street, N4 city and ZIP, DMG birth date of a person, REF02 of SY (SSN), 1W, 0F, IG (member and policy numbers), 23, EA, Y4, PER contact name, phone and e-mail, and CLM01 (patient control number), BPR09 / BPR15 account numbers (after DA, SG, 03, 11). Organisations (payer, billing provider, submitter), routing numbers, codes, amounts and the envelope stay.',
  },
  {
    option: 'key_value',
    name: 'Payment and wage file records',
    description:
      'Fixed-width records of payroll, tax-wage and banking files, whole or one quoted in a log, known by their signature (a routing number with its check digit, a valid SSN, record types at their columns): NACHA entry detail (DFI account, an SSN as individual id, individual name) and NOC corrected accounts, SSA EFW2 RW (SSN, names, address), IRS FIRE B of an individual payee (TIN, name lines, address), ABA Direct Entry detail (account, title, trace account), Bacs Standard 18 (both accounts, payee name), CNAB 240 segments A (account, name) and B (CPF, street), CPA-005 C / D segments (account, payee name), BAI2 03 accounts, positive-pay issue records (account and payee, with a valid issue date) and employee census rows (employee number, a valid SSN, padded capital name columns, a valid MMDDYYYY birth date: SSN, names, birth date). Routing numbers, sort codes, BSBs, amounts, codes and trace numbers stay.',
  },
  {
    option: 'csv',
    name: 'Rows without column names',
    description:
      "A CSV, semicolon, tab or pipe line of at least 4 cells pasted without its header, the cells of a mysqlbinlog -v row event (###   @3=…), a Postgres composite row (=(…) of a NOTICE) and Oracle unified audit's SQL_BINDS ( #1(3):207 #2(6):Steven …): a cell is masked when its whole text proves its kind. Alone: an SSN written 3-2-4 with dashes (the published samples 078-05-1120 and 219-09-9999 in a binlog row only), a phone in its national writing grouped as libphonenumber formats it (a mobile or fixed line, not toll-free), an NXP 7-byte RFID UID (04 and 12 hex digits). When the row also holds an e-mail, a second phone or a hit of another kind: 10 digits valid in the NANP, 11–15 digits valid as an international number, an IMEI (Luhn), an IMSI (an E.212 mobile country code first), an upper-case UUID in a row that names an Apple or Android device; a given name and a surname in neighbouring cells (and then a 9-digit cell that keeps the SSN structure). A person's row of 6 cells or more that proves its kind by two of an SSN (3-2-4 or 9 digits valid), a birth date at least 14 years back, a US state and ZIP, an e-mail: also the SSN (a published sample too), the birth date, one to three name cells before them (past the e-mail), a 10-digit NANP phone, a licence cell (1–2 letters and 8–14 digits), a street line cell, and the account beside a routing cell with its ABA check digit (the routing stays). In a row with a UK postcode cell (an energy switching row): a 13-digit cell with the MPAN check digit and a street line in capitals. A fixed-width line with a padded surname, a given name, an 8-digit birth date and a valid SSN (booking, census): those and an FBI number after them. A positive-pay issue row (account, check serial, amount, date, payee): the account. A whole value that is such a national phone is masked under any name (on with key_value).",
  },
  {
    option: 'csv',
    name: 'SIEM alert and timeline rows',
    description:
      'The login cell of rows pasted without their header: a SIEM alert, notable or offense row (a title cell of two words or more, a severity low … critical, informational or a magnitude of one or two digits, then a login in lower case; five cells or more split by |, ; or ,), a TLN timeline row (epoch|SOURCE|host|user|description) and a plaso l2tcsv row (its eighth cell), masked as USERNAME. System and service accounts, team names (soc-tier2), statuses and words stay.',
  },
  {
    option: 'csv',
    name: 'Wrapped e-mail addresses',
    description:
      "An e-mail address cut by a line break: a local part ending a line before a line that starts with @ and a domain (a notebook's dataframe), a line ending inside a domain before the rest of it (a terminal's wrap), or Format-Table -Wrap's cell ending in @ and a label with the rest of the domain at the same column of the next line; the pieces are masked as one EMAIL.",
  },
  {
    option: 'csv',
    name: 'Person rows and table columns',
    description:
      "A CSV, semicolon, tab or pipe line without its header read as evidence about its cells (4 cells or more; 3 in a run of such lines): a row holding two kinds of personal cells, one of them a name, an e-mail or a national id that passes its own check (SE, DK, NO, FI, EE/LT, PL, DE, AT, CH, RO, ZA, IE, IT, ES, FR, CA, UK NHS, US), is a person's row and its name cells (a given name and a surname in neighbouring cells, a whole name, SURNAME, Given), id, phone (international, national with its trunk 0 grouped as libphonenumber formats it, or a mobile without it right after the name), oldest birth-plausible date, street and postcode are masked; a login spelled from the row's name (f.last, flast, first_last, an 8-letter alias) is masked with it. Lines of the same separator and cell count are a table: a column holding a name, a checked id or a phone in two rows and half of them is read so in every row, and a column with a full-name login holds logins in every row (system accounts stay). A lower-case name both of whose words the name lists know, and an IAM user's name beside its ARN, are masked alone. Product, department, place and event cells, ids that fail every check and event dates stay.",
  },
  {
    option: 'csv',
    name: 'PAN-OS syslog',
    description:
      'PAN-OS TRAFFIC, THREAT and GLOBALPROTECT logs in their default headerless CSV syslog format (a firewall serial in field 3): the Source User (field 13) and, in TRAFFIC and THREAT, the Destination User (field 14) are masked as PERSON after their domain\\ prefix; the domain and the other fields stay.',
  },
  {
    option: 'key_value',
    name: 'Captions',
    description:
      'SubRip (.srt) and WebVTT captions (cues after a 00:01:05,000 --> 00:01:07,300 timing line): the digit groups that end a cue and those that open the next one are read as one number; 13 to 19 digits in all, at least 4 on each side, passing Luhn, both parts are masked as CREDIT_CARD.',
  },
  {
    option: 'key_value',
    name: 'Metro 2 base segments',
    description:
      'CDIA Metro 2 base segments in text (426 characters from the record descriptor word 0426, then a 14-digit time stamp): surname, first and middle name, SSN, date of birth, telephone, address lines, city and postal code are masked by their documented columns. A log that renders the segment with blanks between fields (seg=BASE line=0426 …) in a text that says BASE or Metro 2: the SSN, date of birth, telephone and first address line, read in their order.',
  },
  {
    option: 'key_value',
    name: 'Alloggiati Web guest reports',
    description:
      "Italy's police guest reports (schedine alloggiati) as an Italian hotel's PMS uploads them to Alloggiati Web: fixed-width lines without field names, read when the type code (16–20), arrival date, days, sex code (1 or 2) and birth date sit at their documented columns. The surname, given name, date of birth and document number (PASSPORT, DRIVER_LICENSE or NATIONAL_ID by the document type) are masked by position; the arrival date and the municipality, state and document-type codes stay.",
  },
  {
    option: 'key_value',
    name: 'ZPL patient and shipping labels',
    description:
      'Specimen, wristband and pharmacy labels in Zebra ZPL as print jobs are logged (^FD…^FS fields): on a label that names a birth date or an MRN, the birth date after its DOB label and the first field shaped like a person name (SURNAME, GIVEN or Given Surname, also before a dob in the same field). On a shipping label, the name-shaped field after SHIP TO / DELIVER TO (or in the same field), unless a company, and the street field right after it. Barcodes, accession numbers and tube or test codes stay.',
  },
  {
    option: 'key_value',
    name: 'GEDCOM records',
    description:
      'GEDCOM 5.5.1 and 7.0 lineage-linked text (level, optional @xref@, tag, value a line) as genealogy programs export it and tree sites quote it: in an individual (INDI) or the submitter (SUBM) record, the parts of NAME (Given /Surname/) and GIVN, SURN, NICK, _MARNM, _AKA as PERSON; the DATE of a BIRT with day, month and a year from 1900 on as DATE_OF_BIRTH unless the record has DEAT, BURI or CREM; ADDR / ADR1 / ADR2 with a house number as ADDRESS, PHON as PHONE, EMAIL as EMAIL. The header product name, repositories, places, ids, other dates and tags stay.',
  },
  {
    option: 'key_value',
    name: 'Cargo-IMP party lines',
    description:
      'IATA Cargo-IMP air waybill and house waybill messages (FWB, FHL) in text: a SHP, CNE or NFY party line and its continuation lines (/NAME, /STREET, /PLACE/STATE, /CC/POSTCODE/TE/NUMBER). The name is masked as PERSON unless it names a company, the street as ADDRESS (a shipper company’s stays), the TE / FX / TL contact number as PHONE. Account numbers, places, waybill, routing and goods lines stay.',
  },
  {
    option: 'x12',
    name: 'NCPDP D.0 pharmacy claims',
    description:
      'NCPDP Telecommunication Standard D.0 claims in text (fields separated by 0x1C, a logged <FS> or a printed |, segments by 0x1E / <RS>; on with x12): by two-character field id, the patient segment AM01 (CY patient id, C4 birth date, CA / CB names, CM street, CN city, CP ZIP, CQ phone, HN e-mail) and the insurance segment AM04 (C2 cardholder id, CC / CD cardholder names, 2A Medigap id, N5 Medicaid id). The BIN / PCN header, claim, pricing and prescriber fields and codes stay.',
  },
  {
    option: 'x12',
    name: 'IAIABC FROI / SROI records joined by *',
    description:
      'IAIABC EDI Release 3 first and subsequent reports of injury logged as one line of fields joined by * without labels (FROI*… / SROI*…, as gateways echo a rejected record; on with x12): a field that is a valid SSN (US_SSN), the one to three fields of capital letters right after it (PERSON: last, first and middle name; a middle initial stays) and a compact birth date CCYYMMDD right after those (DATE_OF_BIRTH). Codes, claim numbers, other dates and amounts stay; a segment without a valid SSN is left alone.',
  },
  {
    option: 'key_value',
    name: 'ACORD AL3 insured groups',
    description:
      'ACORD AL3 Basic Insured Segment groups (5BIS and its length) echoed in text: when two name cells in capitals (one or two words each, padded by two or more blanks) stand before a cell that opens with a house number, the name cells are masked as PERSON and the street cell as ADDRESS. A commercial insured (one cell of a company name), other groups (6CVH vehicle, 5LAG location) and codes stay.',
  },
  {
    option: 'fhir',
    name: 'HL7 FHIR person resources',
    description:
      'In an object whose resourceType is Patient, Person, RelatedPerson or Practitioner (a record, a Bundle entry, JSON held in a string), the identity members that carry no telling name are masked by name: name.family, name.given and name.text (PERSON), address.line, city, district and text (ADDRESS), address.postalCode (POSTCODE), identifier.value (MEDICAL_RECORD_NUMBER), telecom.value (PHONE, or what its system names), birthDate, deceasedDateTime. Codes, systems, references, state and country stay; family or given outside such a resource are untouched.',
  },
  {
    option: 'urls',
    name: 'URLs',
    description:
      "Query and fragment parameters named token, access_token, api_key, key, sig, signature, password, secret, code, X-Amz-Signature… or any name the key rules call sensitive (email=) have their value masked, and so has the signing token t of a DocuSign link (*.docusign.net / *.docusign.com); scheme, host, path and other parameters stay. On a FHIR search of a person resource (/Patient?, /Person?, /RelatedPerson?, /Practitioner?) the person’s parameters (family, given, name, birthdate, address, telecom, email, identifier) are masked; of an identifier system|value (| or %7C) only the value. user:password@ is found by url_credentials / db_credentials. The owner of a OneDrive personal site (…-my.sharepoint.com/personal/jane_contoso_com/, the UPN with @ and . as _) is masked as EMAIL, and so is the token in the path of a Box, Egnyte or Dropbox shared link (box.com/s/…, egnyte.com/fl/…, dropbox.com/s/…) as SECRET. In a $filter, filter or search parameter (OData, SCIM, Okta), each percent-encoded attribute eq 'value' (or \"value\", sw / co / ew, startswith(attribute,'value')) is masked when the key rules call the attribute sensitive (lastName, email, userName), and a displayName or name under a /users path as PERSON; a group's display name stays.",
  },
  {
    option: 'headers',
    name: 'HTTP headers as text',
    description:
      'Lines such as Authorization: Bearer …, Proxy-Authorization, X-Api-Key, X-Auth-Token, Cookie and Set-Cookie: the auth scheme and cookie names stay, credentials and cookie values are masked (Set-Cookie attributes stay).',
  },
  {
    option: 'command_lines',
    name: 'Command lines',
    description:
      'In shell history, CI steps and agent tool calls, the values of password and token flags are masked: a table of tools and their flags (mysql -pX and --password, mysqldump, redis-cli -a, sshpass -p, curl -u user:pass and --user, wget --password, docker/podman/helm login -p, az login -p, mongosh -p, sqlcmd -P, plink / pscp / psftp -pw, ldapsearch -w, openssl -passin pass:X, keytool -storepass), any --long-flag the key rules call sensitive (--token, --api-key, --db-password, --client-secret), positional passwords (htpasswd -b file user PASS, rabbitmqctl add_user user PASS, Windows net use \\\\srv\\share PASS /user:D\\u and net user u PASS; schtasks /rp, cmdkey /pass:, wmic /password:, dsadd -pwd, psexec -p and PowerShell ConvertTo-SecureString "…" -AsPlainText) and echo PASS | sudo -S. Windows command lines keep their backslashes (a quoted "C:\\Program Files\\…\\SQLCMD.EXE" as event 4688 logs it); sudo log lines’ COMMAND=/usr/bin/mysql -p… and the text of XML elements (<Data Name="CommandLine">…</Data>) are read as command lines, and so are the script of sh / bash -c "…" and the quoted command of cmd /c "…". Program, other flags and arguments stay. Linux audit EXECVE, PROCTITLE and USER_CMD records are read the same way after their hex-encoded arguments are decoded (a2=2D70… , proctitle=6D7973716C00…, cmd=6D7973…; a hex argument that is a whole command line is also read on its own): a hex argument that holds a password, a credential header or a secret assignment is masked whole. In an AI agent’s trace, the tool result after a command that prints a secret (kubectl get secret … | base64 -d, aws secretsmanager get-secret-value, vault kv get -field=…, op read, gh auth token, printenv of a sensitive variable) is masked whole as SECRET when it is one bare value (structure:secret_output). In Redis MONITOR lines, values written by SET / SETEX under a key whose first segment (otp:…, token:…) or by HSET / HMSET under a field the key rules call sensitive take that entity (structure:redis).',
  },
  {
    option: 'sql',
    name: 'SQL text',
    description:
      "String and numeric literals compared with (=, <>, LIKE, IN (…)) or inserted into (INSERT … (cols) VALUES (…)) a column the key rules call sensitive are masked as that column's entity: WHERE email = '<EMAIL:…>'. Other literals are masked only when a detector fires in them, unless sql_all_literals is on (then SQL_LITERAL). In any statement, credential clauses are masked as SECRET: PASSWORD 'x', PASSWORD = 'x', PASSWORD('x'), IDENTIFIED [WITH plugin] BY 'x' (or Oracle's unquoted IDENTIFIED BY x, and the old password of its REPLACE y), MASTER_PASSWORD / SOURCE_PASSWORD = 'x', also quoted \\'x\\' as a backslash-escaping CSV field holds them (MariaDB server_audit), and the password of the MongoDB shell's db.changeUserPassword(\"user\", \"x\"). An INSERT whose columns name an e-mail, phone, birth date or SSN reads its bare name column as the person's; Oracle's positional binds (:1) are placeholders, no literals.",
  },
  {
    option: 'key_value',
    name: 'key=value / logfmt',
    description:
      'In text such as level=info user=bob password=… msg="…", the value of a sensitive key is masked whole as that key\'s entity; ${VAR} and *** placeholders stay, and so do reads of the environment or a secret store (process.env.X, os.environ["X"], ${{ secrets.X }}); a connection string of Name=value; settings loses only its secret settings (AccountKey, Password, SharedAccessKey). The same holds for configuration lines (.env, export X=…, INI and TOML key = value, YAML key: value, properties), XML elements (<password>…</password>, and a property list\'s value by the <key> before it: <key>UnlockToken</key><data>…</data>) and attributes (password="…"), tags whose key or name attribute names their value attribute (<add key="SmtpPassword" value="…"/>, <property name="password" value="…"/>, <input name="last_name" value="…">), the form fields of accessibility snapshots (- textbox "Last name" [ref=e22]: …), a quoted value an agent or a robot typed into a named field (type "…" into the Email field, Set text "…" in SSN, Gebe „…“ in das Feld „Nachname“ ein), YAML name / value list items (- name: SMTP_PASSWORD then value: …), sentences that state a password (the password is …, my PIN is …, Passwort ist …, mot de passe est …), and members of JSON escaped again inside text (body={\\"password\\":\\"…\\"}, at any escape level), members of objects printed into a line (Ruby inspect #<User email: "…">, Rust Debug, Node util.inspect, Python repr, PHP print_r [email] => … and var_dump, Go %+v {Email:…}; such objects, JSON after a message, Java / Kotlin toString(), .NET records and Erlang maps are also walked as records with their parents and siblings, so a first name beside a last name or a document number beside its type is masked as in a JSON document), multipart/form-data fields by their names, and pairs inside a quoted value under a neutral name (body="first_name=…"). Python dicts printed with repr() ({\'phone_numbers\': [{\'data\': \'…\'}], \'active\': True}) are read as the nested literals they are: every string and number under a sensitive member is masked. A name may end with a qualifier in parentheses (Diameter\'s Subscription-Id-Data(IMSI)=…). The password field of PostgreSQL password file lines (hostname:port:database:username:password, .pgpass) is masked as SECRET when every line of the text has that shape and one has a port number, or the text names .pgpass. A long base64 value under a name that says nothing (CONFIG_INI_B64=…) is decoded and, when its text holds a credential, masked whole. In a ServiceNow encoded query (sysparm_query=field=value^field=value) a condition\'s value ends at the ^ of the next one, and on the user table (sys_user.do, sys_user_list.do, /table/sys_user) a bare name condition is masked as PERSON. A value these handlers mask is masked wherever else it stands in the same string (an echoed copy).',
  },
  {
    option: 'key_value',
    name: 'Network device configurations',
    description:
      'Cisco IOS / NX-OS / ASA, Junos and FortiOS configurations and the logs that echo them (backup diffs, ASA "executed \'…\'" syslogs): the value after enable secret|password, username … secret|password [type], ppp chap|pap password, key-string, crypto isakmp key, pre-shared-key, snmp-server community, snmp-server user … v3 auth … priv … (both passphrases), tacacs-server|radius-server … key|secret, ntp authentication-key … md5, wpa-psk ascii|hex, ip ospf authentication-key / message-digest-key, neighbor … password, a block line that is only password|key [7] VALUE, Junos quoted values after encrypted-password, authentication-password, privacy-password, secret, authentication-key, key, ascii-text (set lines and statements ending in ;), FortiOS set NAME ENC VALUE, and Name := "value" under a sensitive name (FreeRADIUS Cleartext-Password, Go) are masked as SECRET. Type 7 and $9$ values are reversible encodings, so they are masked too; commands, names and interfaces stay.',
  },
  {
    option: 'key_value',
    name: 'LDIF',
    description:
      "LDIF entries and changes (RFC 2849, text with a line starting dn:): the value of a sensitive attribute (the key rules, and the person attributes of RFC 4519 / 2798: sn, givenName, displayName, mail, telephoneNumber, mobile, homePhone, street, postalAddress, userPassword; cn in a person's entry) is masked whether written plain or as attr:: base64, on every folded line it spans. dn, objectClass and changetype stay.",
  },
  {
    option: 'x12',
    name: 'UN/EDIFACT segments',
    description:
      'UN/EDIFACT interchanges in text (UNH+ or UNB+; separators from UNA, release character ?): COM numbers by their qualifier (TE, FX, AL as PHONE, EM as EMAIL) and the employee name of CTA contact segments (PERSON). Other segments stay with the value detectors.',
  },
  {
    option: 'key_value',
    name: 'French DSN rubriques',
    description:
      "Déclaration Sociale Nominative lines (S21.G00.30.001,'…'): the individual's NIR and numéro technique temporaire, family, usage and first names, date of birth, place of birth, street, postcode and e-mail (blocks S21.G00.30 and S21.G00.31) are masked by rubrique whatever they hold. Company and contract blocks stay with the value detectors.",
  },
  {
    option: 'csv',
    name: 'CSV / TSV with a header row',
    description:
      'Text whose first line is a header row (at least 2 column names of letters, digits, _ - . ( ) / # and spaces, separated by , ; or TAB, optionally quoted) followed by records with as many fields (RFC 4180 quoting, CRLF or LF): every non-empty cell of a column whose name the key rules call sensitive (phone, ssn, password, iban, dob, api_key, E-mail, Date of birth, Card number…) is masked whole as that entity, however far the header is; ${VAR} and *** placeholders stay, other cells are left to the value detectors. A record with another number of fields is skipped.',
  },
  {
    option: 'genai',
    name: 'OpenTelemetry GenAI attributes',
    description:
      'gen_ai.input.messages, gen_ai.output.messages, gen_ai.system_instructions, gen_ai.tool.call.arguments / .result and the older gen_ai.prompt / gen_ai.completion are opened (as JSON strings or structured values) and masked inside: content, text, arguments and results are scanned, role / type / finish_reason / id stay.',
  },
];
