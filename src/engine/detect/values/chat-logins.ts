import { SIG_COLON, SIG_DIGIT, SIG_SPACE } from '../char-signature.js';
import { regexDetector } from './helpers.js';
import { isSystemAccount } from './login-names.js';
import { foldName, nameKind, SURNAME } from './person-names.js';

/**
 * The speaker's login at the head of a line of a trading-desk chat export (leftovers of red-team
 * round 82): Bloomberg Instant Bloomberg and ICE Chat history lines (`11/04/2025 14:40:12
 * mrenwick: pls book…`), Symphony exports (`[2025-10-14 09:40:02] hsutherland: …`). A log line
 * has the same head with its program's name there (`2025-10-14 09:40:02 kubelet: …`), so the
 * login must be spelled as desks spell them: one initial and a surname the lists know
 * (`m` + `renwick`, `d` + `quintanilla`); a bot or service account (`desk_bot`) and a program stay.
 */

/** The head: a date at the line's start, a time, then the login and its colon. The time is matched first (one character class), the date looked back for. */
const HEAD =
  /(?<=(?:^|\n)\[?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}\/\d{1,2}\/\d{4},? ))\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\]? ([a-z]{4,20}):[ \t]/dg;

/** Whether `login` is an initial and a surname of the lists (`mrenwick`), no system account. */
export function initialSurnameLogin(login: string): boolean {
  if (login.length < 5 || isSystemAccount(login)) return false;
  return (nameKind(foldName(login.slice(1))) & SURNAME) !== 0;
}

export const chatExportLogin = regexDetector({
  id: 'chat_export_login',
  entity: 'USERNAME',
  description: "A trading-desk chat export's speaker login after the line's date and time (`11/04/2025 14:40:12 mrenwick:`)",
  validation:
    'at a line start: a date (YYYY-MM-DD or MM/DD/YYYY, maybe in brackets) and a time, then 4–20 lower-case letters and a colon; the login is an initial and a surname the lists know, no system account',
  context: false,
  example: '11/04/2025 14:40:12 mrenwick: pls book 5k AAPL',
  // The prefilter's characters (a digit and `: `): a text without them skips the call (stop 43).
  needs: { all: SIG_DIGIT | SIG_COLON | SIG_SPACE },
  prefilter: (s) => s.hasDigit && s.text.indexOf(': ', 1) !== -1,
  pattern: HEAD,
  group: 1,
  validate: (v) => (initialSurnameLogin(v) ? v : undefined),
});
