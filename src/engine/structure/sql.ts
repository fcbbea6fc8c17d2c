import { TextScan } from '../detect/types.js';
import { isNameMember, isTypedAnswerMember, isValueMember, MAX_SIBLING_NAME } from './siblings.js';
import { boundParameterSpans, hibernateBindSpans, pgauditParameterSpans, postgresParameterSpans } from './sql-params.js';
import { keptUnderKey, pushSpan, type SpanContext } from './types.js';

/**
 * A statement shape, by native substring search (prose that merely says "where" or "update" is
 * not tokenised): SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM, MERGE INTO, UPSERT INTO.
 */
/** The placeholder entities of the statement sqlSpans read last (sqlPlaceholderEntities). */
let lastBound: (string | undefined)[] | undefined;
/** The statement sqlPlaceholderEntities read last, and its answer: a span's members share one statement. */
let placeholderText: string | undefined;
let placeholderClassify: ((name: string) => string | null) | undefined;
let placeholderEntities: readonly (string | undefined)[] | undefined;

/**
 * The entity of the column each placeholder of a statement stands for (`$n`, `:n`, the n-th `?`),
 * by parameter index from 0 (sparse; undefined when the statement has no sensitive placeholder):
 * what sqlSpans reads to mask bound parameters printed after the statement, for parameters that
 * stand apart from it (OpenTelemetry `db.operation.parameter.<n>` beside `db.query.text`).
 */
export function sqlPlaceholderEntities(
  text: string,
  classifyKey: (name: string) => string | null,
): readonly (string | undefined)[] | undefined {
  if (text === placeholderText && classifyKey === placeholderClassify) return placeholderEntities;
  const ctx: SpanContext = { classifyKey, out: [], priority: 0 };
  sqlSpans(new TextScan(text), ctx, false);
  placeholderText = text;
  placeholderClassify = classifyKey;
  placeholderEntities = lastBound;
  lastBound = undefined;
  return placeholderEntities;
}

function looksLikeSql(l: string, mayHoldSet: boolean): boolean {
  const m = STATEMENT.exec(l);
  if (m === null) return false;
  const w = m[0];
  if (w === 'select ') return l.includes(' from ', m.index);
  if (w === 'update ') return mayHoldSet && l.includes(' set ', m.index);
  return true;
}
const STATEMENT = /select |update |insert into|delete from|merge into|upsert into/;
/** The start of a statement that pgaudit writes as a quoted CSV field. */
const CSV_STATEMENT = /^(?:insert |update |select |delete |merge )/i;
const COMPARE = new Set(['=', '==', '<>', '!=', '<', '>', '<=', '>=', 'like', 'ilike', 'is']);
const MAX_TOKENS = 20_000;
/** Entities of INSERT columns that make the row a person's (sql.ts reads its bare `name` column as PERSON). */
const PERSON_COLUMN_ENTITIES = new Set(['EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'US_SSN']);
const SCRATCH: Tokens = { kinds: [], values: [] };

/**
 * Lengths of the words the tokenizer compares case-insensitively: COMPARE's words (is, like,
 * ilike), and the clause words (value, values, insert, upsert, replace). Lower-casing keeps a
 * word's length except where it adds a combining mark (İ → i̇), which no ASCII keyword holds; so a
 * word of another length can never equal one of them and is not lower-cased (an allocation per
 * word of every statement).
 */
const COMPARE_WORD_LENGTHS = (1 << 2) | (1 << 4) | (1 << 5);
const CLAUSE_WORD_LENGTHS = (1 << 5) | (1 << 6) | (1 << 7);

/** `word` lower-cased when its length is one of the `lengths` bits, else `word` itself. */
function lowerIfLength(word: string, lengths: number): string {
  return word.length < 31 && ((lengths >> word.length) & 1) === 1 ? word.toLowerCase() : word;
}

const WORD = 0;
const OP = 1;
const LIT = 2;

/**
 * The statement's tokens so far, as two parallel arrays reused from one statement to the next
 * (no object per token): the kind, and the text of words and operators ('' for literals).
 */
interface Tokens {
  kinds: number[];
  values: string[];
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}

/** Digits, '.', '_', and the letters of exponents and hex literals (0x1F, 1e10). */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 95 || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 120 || c === 88;
}

/** Whether `text` from `start` to `end` is all ASCII digits. */
function isDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The column a literal is compared with or inserted into, from the tokens before it. */
function columnBefore(t: Tokens): string | undefined {
  const { kinds, values } = t;
  const n = kinds.length;
  if (n === 0) return undefined;
  const prev = values[n - 1]!;
  if (kinds[n - 1] !== LIT && COMPARE.has(kinds[n - 1] === WORD ? lowerIfLength(prev, COMPARE_WORD_LENGTHS) : prev)) {
    return kinds[n - 2] === WORD ? values[n - 2] : undefined;
  }
  // IN ( 'a', 'b' ): walk back over literals and commas to `in (`.
  if (prev === '(' || prev === ',') {
    let i = n - 1;
    while (i >= 0 && (kinds[i] === LIT || values[i] === ',')) i--;
    if (values[i] === '(' && values[i - 1]?.toLowerCase() === 'in' && kinds[i - 2] === WORD) return values[i - 2];
  }
  return undefined;
}

/**
 * `mayHoldSet`: false when the keyword pass saw no ` set ` in the lower-cased text, so `UPDATE …`
 * without one is no statement without the search (prose that says "update " is common; the search
 * for ` set ` over the rest of a 5 KB prompt cost about 6 µs).
 *
 * SQL text (query logs, database audit events): string and numeric literals are masked where
 * they are compared with, or inserted into, a column whose name the key rules call sensitive
 * (`WHERE email = '…'`, `INSERT INTO users (email, ssn) VALUES ('…', '…')`), keeping the query's
 * shape; literals holding a detectable value are masked by the value detectors anyway. With
 * `sql_all_literals` every other literal becomes SQL_LITERAL too (the shape stays: quotes,
 * operators, identifiers, keywords).
 */
export function sqlSpans(scan: TextScan, ctx: SpanContext, allLiterals: boolean, mayHoldSet = true): void {
  lastBound = undefined;
  if (!looksLikeSql(scan.lower(), mayHoldSet)) return;
  const text = scan.text;
  const tokens = SCRATCH;
  // `length = 0`, not scratch-array.ts's popping: a statement holds tens to hundreds of tokens, and
  // popping each (twice a call) measured 3–6% of a bench record's cost, more than a new store.
  tokens.kinds.length = 0;
  tokens.values.length = 0;
  const push = (kind: number, value: string) => {
    tokens.kinds.push(kind);
    tokens.values.push(value);
  };
  // INSERT … (cols) VALUES (…): columns and the position of the next value in the current row.
  let insertCols: string[] | undefined;
  let collectingCols = false;
  let inValues = false;
  let depth = 0;
  let valueIndex = 0;
  // A change-record row names its field in a name column (`("field","old","new") VALUES
  // ('User','password','…','…')`, Sequelize / audit-table inserts): the value columns after it
  // take the field's entity, as a JSON `{field, old, new}` object's do (siblings.ts).
  let rowNamed: string | null = null;
  // The entity of the column each placeholder (`$n`, the n-th `?`) stands for, by parameter
  // index, when one is sensitive: the parameters printed after the statement (sql-params.ts).
  let bound: (string | undefined)[] | undefined;
  let questionMarks = 0;
  const rowColumn = () => (inValues && depth === 1 && insertCols !== undefined ? insertCols[valueIndex] : undefined);
  // Whether the INSERT's columns name a person's contact or identity (e-mail, phone, birth date,
  // SSN): then its bare `name` column is the person's (`INSERT INTO leads (name, email, dob)`).
  let personColumns: boolean | undefined;
  // The column of the last literal columnEntity read (keptUnderKey of a national id's short name).
  let lastColumn = '';
  const columnEntity = () => {
    let column = columnBefore(tokens);
    let inserted = false;
    if (column === undefined) {
      column = rowColumn();
      inserted = true;
    }
    if (column === undefined) return null;
    lastColumn = column.slice(column.lastIndexOf('.') + 1);
    const entity = ctx.classifyKey(lastColumn);
    if (entity === null && inserted && column.length === 4 && column.toLowerCase() === 'name') {
      personColumns ??= insertCols!.some((c) => PERSON_COLUMN_ENTITIES.has(ctx.classifyKey(c) ?? ''));
      if (personColumns) return 'PERSON';
    }
    return entity === null && rowNamed !== null && isValueMember(column) && !isTypedAnswerMember(column) ? rowNamed : entity;
  };
  const placeholder = (index: number) => {
    const entity = columnEntity();
    if (entity !== null && index < 1000) (bound ??= [])[index] = entity;
  };
  const literal = (start: number, end: number, kind: 'string' | 'number') => {
    const entity = columnEntity();
    if (kind === 'string' && end - start <= MAX_SIBLING_NAME) {
      const column = rowColumn();
      if (column !== undefined && isNameMember(column)) rowNamed = ctx.classifyKey(text.slice(start, end));
    }
    // A national id's short names keep what is no id there (`pnr = 'QW7R2T'`, a booking locator).
    if (entity === 'NATIONAL_ID' && keptUnderKey(lastColumn, text.slice(start, end), entity)) {
      // kept
    } else if (entity !== null) pushSpan(ctx, text, start, end, entity, 'structure:sql');
    else if (allLiterals && (kind === 'string' || end - start > 1)) pushSpan(ctx, text, start, end, 'SQL_LITERAL', 'structure:sql');
    push(LIT, '');
  };
  for (let i = 0; i < text.length && tokens.kinds.length < MAX_TOKENS; ) {
    const c = text.charCodeAt(i);
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === 39) {
      // '…' with '' (and \') escapes.
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 92) j++;
        else if (d === 39) {
          if (text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      literal(i + 1, Math.min(j, text.length), 'string');
      i = j + 1;
    } else if (c === 34 && text.charCodeAt(i - 1) === 44 && CSV_STATEMENT.test(text.slice(i + 1, i + 8))) {
      // A statement as a CSV field (pgaudit's `…,TABLE,public.t,"INSERT INTO …",<params>`) is
      // read as SQL, not as one quoted identifier.
      i++;
    } else if (c === 34 || c === 96 || c === 91) {
      const closeCh = c === 91 ? ']' : String.fromCharCode(c);
      const close = text.indexOf(closeCh, i + 1);
      const end = close < 0 ? text.length : close;
      push(WORD, text.slice(i + 1, end));
      if (collectingCols) insertCols?.push(text.slice(i + 1, end));
      i = end + 1;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < text.length && isNumberChar(text.charCodeAt(j))) j++;
      // Oracle's positional bind `:1` (unified audit SQL_TEXT, `VALUES (:1, :2)`) is a placeholder, no literal.
      if (text.charCodeAt(i - 1) === 58 && !isWord(text.charCodeAt(i - 2)) && j - i <= 3 && isDigits(text, i, j)) {
        placeholder(Number(text.slice(i, j)) - 1);
        push(WORD, text.slice(i - 1, j));
      } else literal(i, j, 'number');
      i = j;
    } else if (isWord(c)) {
      let j = i + 1;
      while (j < text.length && (isWord(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      const word = text.slice(i, j);
      const lw = lowerIfLength(word, CLAUSE_WORD_LENGTHS);
      if (lw === 'insert' || lw === 'replace' || lw === 'upsert') {
        insertCols = undefined;
        inValues = false;
      } else if (lw === 'values' || lw === 'value') {
        inValues = true;
        depth = 0;
      } else if (collectingCols) insertCols?.push(word);
      else if (c === 36 && j - i <= 5 && j - i >= 2 && isDigits(text, i + 1, j)) placeholder(Number(word.slice(1)) - 1);
      push(WORD, word);
      i = j;
    } else if (c === 40) {
      // A further VALUES row follows VALUES or a comma; any other group after the rows closed
      // (a stack frame's `(File.java:59)` on the next line) is not a row of the INSERT.
      if (inValues && depth === 0) {
        const prev = tokens.values[tokens.values.length - 1];
        if (prev !== ',' && lowerIfLength(prev ?? '', CLAUSE_WORD_LENGTHS) !== 'values' && prev?.toLowerCase() !== 'value')
          inValues = false;
      }
      depth++;
      const n = tokens.kinds.length;
      // The table may be qualified (`INSERT INTO "public"."User" (…)`, as Prisma writes it).
      let table = n - 1;
      while (tokens.values[table - 1] === '.' && tokens.kinds[table - 2] === WORD) table -= 2;
      if (!inValues && tokens.kinds[n - 1] === WORD && tokens.values[table - 1]?.toLowerCase() === 'into') {
        insertCols = [];
        personColumns = undefined;
        collectingCols = true;
      }
      if (inValues && depth === 1) {
        valueIndex = 0;
        rowNamed = null;
      }
      push(OP, '(');
      i++;
    } else if (c === 41) {
      depth = Math.max(0, depth - 1);
      collectingCols = false;
      push(OP, ')');
      i++;
    } else if (c === 44) {
      if (inValues && depth === 1) valueIndex++;
      push(OP, ',');
      i++;
    } else if (c === 61 || c === 60 || c === 62 || c === 33) {
      let j = i + 1;
      while (j < text.length && j < i + 2 && '=<>'.includes(text[j]!)) j++;
      push(OP, text.slice(i, j));
      i = j;
    } else {
      if (c === 63) placeholder(questionMarks++);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) push(OP, text[i]!);
      i++;
    }
  }
  lastBound = bound;
  if (bound !== undefined) {
    boundParameterSpans(text, bound, ctx);
    hibernateBindSpans(text, bound, ctx);
    postgresParameterSpans(text, bound, ctx);
    pgauditParameterSpans(text, bound, ctx);
  }
  // Release the statement's strings (the scratch arrays outlive the call).
  tokens.kinds.length = 0;
  tokens.values.length = 0;
}
