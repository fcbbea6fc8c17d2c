/**
 * Cookies that carry a display preference, not a session: under a `Cookie` name (an HTTP header,
 * API Gateway `multiValueHeaders.Cookie: ["theme=dark", "session=…"]`) a value that is only such
 * cookies (`theme=dark`, `lang=en; tz=UTC`) stays; a value with any other cookie is masked whole as
 * before, since an unknown cookie may be a session (fail closed).
 */
const PREFERENCE_COOKIES = new Set([
  'theme',
  'lang',
  'language',
  'locale',
  'tz',
  'timezone',
  'currency',
  'color_scheme',
  'colorscheme',
  'dark_mode',
]);

const PREFERENCE_VALUE = /^[A-Za-z0-9_-]{1,16}$/;

/** Whether `name` is a cookie header's name (`Cookie`, `cookie`, `COOKIE`). */
export function isCookieName(name: string): boolean {
  return name.length === 6 && name.toLowerCase() === 'cookie';
}

/** Whether a cookie header value holds only preference cookies with short plain values. */
export function onlyPreferenceCookies(value: string): boolean {
  if (value.length > 128) return false;
  for (const pair of value.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return false;
    if (!PREFERENCE_COOKIES.has(pair.slice(0, eq).trim().toLowerCase()) || !PREFERENCE_VALUE.test(pair.slice(eq + 1).trim())) return false;
  }
  return true;
}
