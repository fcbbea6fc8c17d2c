import { SIG_COLON, SIG_DIGIT, SIG_SPACE } from '../char-signature.js';
import { regexDetector } from './helpers.js';
import { isPersonLoginShape, isSystemAccount } from './login-names.js';
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

/**
 * A chat transcript's speaker by role with the login in parentheses (`Member (fitzgerald.oyelaran):`,
 * `Customer (tobiah.ferreira):`, `Patient (login):`, `Agent (login):`: PBM member-portal,
 * Intercom and LivePerson transcripts; red-team round 92 and its leftovers), at a line's start or
 * after a bracketed time. The login must read as a person's by its shape (login-names.ts
 * isPersonLoginShape): a bot's or a queue's account (`rx-bot`, `member-services`) stays.
 */
const ROLE_LOGIN_HEAD =
  /(?:^|\n|\] )(?:Member|Customer|Patient|Client|Caller|Visitor|Guest|User|Agent|Operator|Rep|Pharmacist|Nurse) \(([a-z][a-z0-9._-]{3,39})\):/dg;

export const chatRoleLogin = regexDetector({
  id: 'chat_role_login',
  entity: 'USERNAME',
  description: "A chat transcript speaker's login in parentheses after the speaker's role (`Member (fitzgerald.oyelaran):`)",
  validation:
    "at a line start or after `] `: a role (Member, Customer, Patient, Client, Caller, Visitor, Guest, User, Agent, Operator, Rep, Pharmacist, Nurse), a blank, a login in parentheses and a colon; the login reads as a person's (lower case, no team, role or everyday word, no system account)",
  context: false,
  example: '[16:20:11] Member (fitzgerald.oyelaran): cant log in',
  keywords: [
    'member (',
    'customer (',
    'patient (',
    'client (',
    'caller (',
    'visitor (',
    'guest (',
    'user (',
    'agent (',
    'operator (',
    'rep (',
    'pharmacist (',
    'nurse (',
  ],
  prefilter: (s) => s.text.indexOf('):', 1) !== -1,
  pattern: ROLE_LOGIN_HEAD,
  group: 1,
  validate: (v) => (isPersonLoginShape(v) ? v : undefined),
});
