import { pushSpan, type SpanContext } from './types.js';

/**
 * The bound parameters an ORM or query logger prints after a statement with placeholders, as a
 * JSON-like array at the end of the text or of its line: Sequelize `logQueryParameters`
 * (`…; ["a@example.com","hunter2"]`), TypeORM (`-- PARAMETERS: ["Chidi","Okafor"]`), Prisma
 * (`-- ["…"]`), Laravel's query log (`… limit 1 ["…","…"]`), ActiveRecord's binds
 * (`[["email", "…"], ["LIMIT", 1]]`). sql.ts finds which placeholder (`$n`, or the n-th `?`) is
 * compared with or inserted into a column the key rules call sensitive; the parameter at that
 * position is masked as the column's entity (detector `structure:sql`). An ActiveRecord pair
 * names its column itself.
 */

interface Item {
  /** Offsets of a string's content inside its quotes, or of a bare token. */
  start: number;
  end: number;
  quoted: boolean;
  /** The column an `["email", "…"]` pair names. */
  name?: string;
}

/** How many `[` back from the end are tried as the start of the parameter list. */
const MAX_TRIES = 8;

/**
 * Masks the parameters of `text` at the positions `entities` (sparse: the entity of the column
 * each placeholder stands for, by parameter index) holds, reading the last flat array that ends
 * its line.
 */
export function boundParameterSpans(text: string, entities: readonly (string | undefined)[], ctx: SpanContext): void {
  let at = text.lastIndexOf('[');
  for (let tries = 0; at >= 0 && tries < MAX_TRIES; tries++, at = at > 0 ? text.lastIndexOf('[', at - 1) : -1) {
    const items = flatArray(text, at);
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const entity = item.name !== undefined ? ctx.classifyKey(item.name) : entities[i];
      if (entity === undefined || entity === null || !item.quoted || item.end <= item.start) continue;
      pushSpan(ctx, text, item.start, item.end, entity, 'structure:sql');
    }
    return;
  }
}

/**
 * Hibernate's bind lines, one a parameter, logged after the statement when both are in one
 * record (a multi-line message): Hibernate 5 BasicBinder `binding parameter [1] as [VARCHAR] -
 * [Oluwaseun]`, Hibernate 6 JdbcBindingLogging `binding parameter (3:VARCHAR) <- [Fietsbel!2024]`.
 * Parameter n (from 1) is masked as the entity of the column the n-th placeholder stands for
 * (`entities[n - 1]`); `[null]` and `[<null>]` stay. A bind line without its statement names no
 * column and is left to the value detectors.
 */
const HIBERNATE_BIND = /binding parameter (?:\[(\d{1,3})\] as \[\w{1,32}\] - |\((\d{1,3}):\w{1,32}\) <- )\[([^\n]{1,1024})\]\r?$/dgm;

export function hibernateBindSpans(text: string, entities: readonly (string | undefined)[], ctx: SpanContext): void {
  if (text.indexOf('binding parameter ') < 0) return;
  HIBERNATE_BIND.lastIndex = 0;
  for (let m = HIBERNATE_BIND.exec(text); m !== null; m = HIBERNATE_BIND.exec(text)) {
    const entity = entities[Number(m[1] ?? m[2]) - 1];
    const value = m[3]!;
    if (entity === undefined || value === 'null' || value === '<null>') continue;
    const [start, end] = m.indices![3]!;
    pushSpan(ctx, text, start, end, entity, 'structure:sql');
  }
}

/**
 * PostgreSQL's DETAIL line after an extended-protocol statement (`log_statement`,
 * `log_min_duration_statement`): `DETAIL:  parameters: $1 = 'a@example.com', $2 = NULL`. Every
 * parameter is printed as a quoted literal ('' escapes a quote); parameter $n is masked as the
 * entity of the column the placeholder `$n` stands for (`entities[n - 1]`).
 */
const PG_PARAMETER = /\$(\d{1,4}) = '((?:[^'\n]|''){1,1024})'/dg;

export function postgresParameterSpans(text: string, entities: readonly (string | undefined)[], ctx: SpanContext): void {
  const at = text.indexOf('parameters: $');
  if (at < 0) return;
  const lineEnd = text.indexOf('\n', at);
  const line = lineEnd < 0 ? text.length : lineEnd;
  PG_PARAMETER.lastIndex = at;
  for (let m = PG_PARAMETER.exec(text); m !== null && m.index < line; m = PG_PARAMETER.exec(text)) {
    const entity = entities[Number(m[1]) - 1];
    if (entity === undefined) continue;
    const [start, end] = m.indices![2]!;
    pushSpan(ctx, text, start, end, entity, 'structure:sql');
  }
}

/**
 * pgaudit with `pgaudit.log_parameter = on` prints the parameters as the last CSV field of its
 * line, one comma-separated list (`AUDIT: SESSION,7,1,WRITE,INSERT,TABLE,t,"INSERT … VALUES ($1,
 * $2)","Chidi Okafor,+44 20 7946 0000"`); parameter n is masked as the entity of the column `$n`
 * stands for. A parameter holding a comma shifts the ones after it, so the list is read only when
 * it has as many members as the statement has placeholders.
 */
const PGAUDIT_PARAMETERS = /,"((?:[^"\n]|""){1,4096})"\r?$/dm;

export function pgauditParameterSpans(text: string, entities: readonly (string | undefined)[], ctx: SpanContext): void {
  const audit = text.indexOf('AUDIT: ');
  if (audit < 0) return;
  PGAUDIT_PARAMETERS.lastIndex = 0;
  const m = PGAUDIT_PARAMETERS.exec(text.slice(audit));
  if (m === null) return;
  const list = m[1]!;
  const parts = list.split(',');
  if (parts.length !== entities.length) return;
  let at = audit + m.indices![1]![0];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const entity = entities[i];
    if (entity !== undefined && part.length > 0) pushSpan(ctx, text, at, at + part.length, entity, 'structure:sql');
    at += part.length + 1;
  }
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** The end of the JSON string whose opening quote is at `i` (the index of its closing quote), or -1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j;
    else if (c === 10) return -1;
  }
  return -1;
}

/** One scalar at `i`: a JSON string or a bare token (number, null, true, false). */
function scalar(text: string, i: number): { item: Item; next: number } | undefined {
  if (text.charCodeAt(i) === 34) {
    const close = stringEnd(text, i);
    return close < 0 ? undefined : { item: { start: i + 1, end: close, quoted: true }, next: close + 1 };
  }
  let j = i;
  while (j < text.length && /[\w.+-]/.test(text[j]!)) j++;
  return j === i ? undefined : { item: { start: i, end: j, quoted: false }, next: j };
}

/**
 * The items of a flat array at `at` (scalars, or `["name", scalar]` pairs) that closes before the
 * end of its line with nothing but blanks after it; undefined for anything else.
 */
function flatArray(text: string, at: number): Item[] | undefined {
  const items: Item[] = [];
  let i = skipBlanks(text, at + 1);
  if (text.charCodeAt(i) === 93) return undefined;
  for (;;) {
    let read: { item: Item; next: number } | undefined;
    if (text.charCodeAt(i) === 91) {
      const name = scalar(text, skipBlanks(text, i + 1));
      if (name === undefined || !name.item.quoted) return undefined;
      let j = skipBlanks(text, name.next);
      if (text.charCodeAt(j) !== 44) return undefined;
      const value = scalar(text, skipBlanks(text, j + 1));
      if (value === undefined) return undefined;
      j = skipBlanks(text, value.next);
      if (text.charCodeAt(j) !== 93) return undefined;
      read = { item: { ...value.item, name: text.slice(name.item.start, name.item.end) }, next: j + 1 };
    } else read = scalar(text, i);
    if (read === undefined) return undefined;
    items.push(read.item);
    i = skipBlanks(text, read.next);
    const c = text.charCodeAt(i);
    if (c === 44) i = skipBlanks(text, i + 1);
    else if (c === 93) break;
    else return undefined;
  }
  const after = skipBlanks(text, i + 1);
  return after >= text.length || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13 ? items : undefined;
}
