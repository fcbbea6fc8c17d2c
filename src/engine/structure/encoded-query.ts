/**
 * ServiceNow encoded queries (`sysparm_query=caller_id.name=Jane+Roe^active=true^ORDERBYnumber`,
 * the Table API's and list URLs' filter): conditions joined by `^`, each a field, an operator and
 * a value. The key=value reader reads each condition as a pair; these say where a condition's value
 * ends and when a bare `name` is a person's (red-team round 86 and its leftovers:
 * `sys_user_list.do?sysparm_query=name=Corentin+Abernethy` in a SIR work note).
 */

const PARAM = 'sysparm_query=';

/** Whether the pair whose key starts at `k` is a condition of an encoded query (after `sysparm_query=` or a `^`). */
export function inEncodedQuery(text: string, k: number): boolean {
  if (k === 0) return false;
  if (text.charCodeAt(k - 1) === 94) return text.lastIndexOf(PARAM, k) !== -1;
  return k >= PARAM.length && text.startsWith(PARAM, k - PARAM.length);
}

/** A condition's value ends at the `^` that joins the next condition (or where the pair reader ended it). */
export function conditionEnd(text: string, start: number, end: number): number {
  const caret = text.indexOf('^', start);
  return caret !== -1 && caret < end ? caret : end;
}

/**
 * The user table's list, form or Table API path right before the query (`sys_user_list.do?`,
 * `sys_user.do?`, `/api/now/table/sys_user?`, `nav_to.do?uri=sys_user_list.do?`): there a bare
 * `name` is the user's full name. A group's (`sys_user_group`) or any other table's `name` stays.
 */
const USER_TABLE = /(?:^|[/=])sys_user(?:_list)?(?:\.do)?\?$/;

/** Whether the encoded query holding the pair at `k` filters the user table. */
export function isUserTableQuery(text: string, k: number): boolean {
  const at = text.lastIndexOf(PARAM, k);
  if (at === -1) return false;
  // The path ends at the `?` or `&` before `sysparm_query=`; the table is the segment before it.
  let q = at - 1;
  while (q > 0 && text.charCodeAt(q) === 38) {
    const prev = text.lastIndexOf('?', q);
    if (prev === -1) return false;
    q = prev;
  }
  if (text.charCodeAt(q) !== 63) return false;
  return USER_TABLE.test(text.slice(Math.max(0, q - 40), q + 1));
}
