/**
 * An xAPI Account object (xAPI 1.0.3, Part Two §2.4.2.2 "Account Object": `{homePage, name}`), the
 * way an LRS names an actor by the system it signed in to: `actor: {account: {homePage:
 * "https://lms.example.edu", name: "jsmith"}}`. Its `name` is "the unique id or name used to log in
 * to this account", a login, read as USERNAME (keptUnderKey keeps what has no login's shape, the
 * LMS's numeric user id `1625378` or a UUID, and system accounts). Only the `name` member of a
 * member named `account` that holds a `homePage` string: a cloud or bank `account: {name}` holds
 * no `homePage` and stays as before (red-team round 80).
 */

/** The member that holds the login and the parent it sits under. */
export const XAPI_ACCOUNT_NAME = 'name';
const XAPI_ACCOUNT_PARENT = 'account';

/** The longest `homePage` read as one (an IRL). */
const MAX_HOME_PAGE = 512;

/** Whether `parent` may hold an xAPI Account (tested first: the `homePage` look-up costs more). */
export function isXapiAccountParent(parent: string): boolean {
  return parent === XAPI_ACCOUNT_PARENT;
}

/** Whether a `name` member under `parent`, beside `homePage`, is an xAPI account's login. */
export function isXapiAccountName(parent: string, homePage: unknown): boolean {
  return (
    isXapiAccountParent(parent) &&
    typeof homePage === 'string' &&
    homePage.length <= MAX_HOME_PAGE &&
    (homePage.startsWith('http://') || homePage.startsWith('https://'))
  );
}
