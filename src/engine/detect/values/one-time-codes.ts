/**
 * One-time codes in the messages that deliver them (red-team round 10: an FCM push body "Your
 * code is 482913", SMS gateway logs, e-mail templates): 4–8 digits right after the phrase that
 * announces a code, in English and in the languages of the round's records. A code is a
 * credential while it is valid; a number after other words (`status code 404`) is not read.
 */
import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';

const PHRASES = [
  'your code is',
  'your code:',
  'verification code',
  'one-time code',
  'one time code',
  'one-time password',
  'login code',
  'sign-in code',
  'security code is',
  'otp',
  // How a customer reads a code back in a chat or a call, and the codes' names in Spanish, French
  // and German (red-team round 24).
  'code they sent',
  // A caller asking for it (`read me the code we just texted you`; the answer in the next turn is
  // read with the question, structure/split-pieces.ts answerPieces).
  'code we sent',
  'code we just sent',
  'code we texted',
  // The same read back from the receiving side in a chat export (red-team round 62).
  'code they texted',
  'code you texted',
  'just texted you',
  'code you sent',
  'code i got',
  'code i received',
  'sms code',
  'code de vérification',
  'code de verification',
  'code de confirmation',
  'code reçu',
  'reçu par sms',
  'código de verificación',
  'código de verificacion',
  // The phrase and its verb (`código de verificación es `, 26) outgrow the window; its noun alone fits.
  'verificación',
  'verificacion',
  'código de seguridad es',
  'bestätigungscode',
  'sicherheitscode',
  'code lautet',
  // A reset or sign-in mail's second way in (red-team round 32: `Or enter code 482913.`).
  'enter code',
  'enter the code',
  'enter this code',
  '認証コード',
  '确认码',
  '验证码',
  '인증번호',
  'код подтверждения',
  'код:',
  'mã xác nhận',
  'doğrulama kodu',
  // Portuguese access and verification codes (`Seu código de acesso: 552901`), with or without
  // accents as SMS gateways often strip them, and a SIM's PUK as a care agent reads it out
  // (`your PUK is 12345678`: eight digits that unlock the SIM; red-team round 27).
  'código de acesso',
  'codigo de acesso',
  'código de verificação',
  'codigo de verificacao',
  'puk is',
  'puk:',
  'puk code',
  'puk code is',
  // A sign-in code in French and Dutch SMS templates (red-team round 52: `Code de connexion : 318
  // 204`, `Uw verificatiecode: 902731`).
  'code de connexion',
  'verificatiecode',
  'inlogcode',
  'bevestigingscode',
];
const ANNOUNCED = keywordRegex(PHRASES);
const ANNOUNCEMENT_WINDOW = 24;
/** `your <up to 4 words> code is` / `code:` right before the code (lower-cased text). */
const BRANDED_BEFORE = /\byour(?:\s+[\w'&.-]+){1,4}?\s+(?:code|pin|passcode)(?:\s+is)?\s*:?\s*$/;
/**
 * The sender giving their own code in an SMS a CPaaS webhook logs (`Hi this is …, my code is
 * 550921`: red-team round 52, stop 36), the code right after (`the bug in my code is on line 2048`
 * stays).
 */
const MY_CODE_BEFORE = /\bmy code is\s*:?\s*$/;
/**
 * The same in French, Spanish, Portuguese, Italian, Dutch and German templates, where the sender's
 * brand and the code's kind stand between the noun and the verb (`Votre code de vérification
 * Northwind est 604193`, `tu codigo de acceso a farmacia+ es 847301`; red-team round 72): `your`,
 * the noun, up to five words, then `is`. A customer, postal, promotion or order code is no
 * credential (OTHER_CODE_WORDS).
 */
const BRANDED_BEFORE_INTL =
  /(?:^|[^a-z0-9à-ÿ])(?:votre|ton|tu|su|seu|sua|uw|je|ihr|dein|il\s+tuo|il\s+suo)\s+(?:code|c[oó]digo|codice)((?:\s+\S+){0,5}?)\s+(?:est|es|é|è|is|ist|lautet)\s*:?\s*$/;
const OTHER_CODE_WORDS =
  /\b(?:postal|postale|client|cliente|promo|promocional|promozionale|produit|producto|produto|article|pedido|commande|ordine|descuento|réduction|sconto|fiscale|iban|swift|bic)\b/;

function brandedBeforeIntl(text: string): boolean {
  const m = BRANDED_BEFORE_INTL.exec(text);
  return m !== null && !OTHER_CODE_WORDS.test(m[1]!);
}

/** `is your <up to 4 words> code` right after the code (lower-cased text). */
const BRANDED_AFTER = /^\s+is\s+your(?:\s+[\w'&.-]+){0,4}?\s+(?:code|pin|passcode|otp)\b/;

/**
 * A bank or wallet push that asks the user to type the code back (`Use 4471 to confirm your
 * transfer`, `Use code 903152 to verify your sign-in`): `use` right before the code and the action
 * it confirms right after; either alone (`use 2048 bits`, `8 to confirm`) reads no code.
 */
const USE_BEFORE = /\buse(?:\s+(?:code|pin|otp|passcode))?\s*:?\s*$/;
const CONFIRM_AFTER = /^\s+(?:to|for)\s+(?:confirm|verify|authori[sz]e|approve)\b/;

/** How far back the asking turn may stand from a code given as a turn of its own. */
const TURN_WINDOW = 160;
/** A speaker's label right before the code, at the start of its line (`User: `, `Caller:`). */
const SPEAKER_LABEL = /(?:^|\n)[A-Za-z][\w .'-]{0,23}:[ \t]*$/;

/** Whether the code at `[start, end)` is a whole line after a speaker's label (a turn of its own). */
function isCodeTurn(text: string, start: number, end: number): boolean {
  let after = end;
  if (text.charCodeAt(after) === 46) after++;
  const c = text.charCodeAt(after);
  if (after < text.length && c !== 10 && c !== 13) return false;
  return SPEAKER_LABEL.test(text.slice(Math.max(0, start - 32), start));
}

/** A word character or one of `.,:/-`: a code does not start right after one. */
const GLUED_BEFORE = /[\w.,:/-]/;
/**
 * Whether a code may start at `start`: after no word character and none of `.,:/-`, or after a
 * one-letter brand prefix (`G-582931`: a capital and a dash, with no word character or dash before
 * the capital).
 */
function codeStartsHere(text: string, start: number): boolean {
  if (start === 0 || !GLUED_BEFORE.test(text[start - 1]!)) return true;
  if (text[start - 1] !== '-' || start < 2) return false;
  const letter = text.charCodeAt(start - 2);
  if (letter < 65 || letter > 90) return false;
  return start === 2 || !/[\w-]/.test(text[start - 3]!);
}

export const oneTimeCode = regexDetector({
  id: 'one_time_code',
  entity: 'SECRET',
  description: 'One-time codes (OTP, verification and login codes) right after the phrase that announces them',
  validation:
    '4–8 digits, within 24 characters after a phrase such as "your code is", "verification code", OTP, "código de acesso", "PUK is", 認証コード, 验证码, 인증번호, or between "use" and "to confirm / verify / authorise / approve"',
  context: true,
  example: 'Your code is 482913',
  // Literals of the phrases, not `code` alone: `status_code`, `error code` fill audit records.
  keywords: [
    'your code',
    'verification',
    'one-time',
    'one time',
    'login code',
    'sign-in code',
    'security code',
    'otp',
    'code they',
    'code we',
    'texted you',
    'code you',
    'code i ',
    'sms code',
    'code de',
    'code reçu',
    'reçu par sms',
    'código',
    'verificaci',
    'bestätigungscode',
    'sicherheitscode',
    'code lautet',
    'enter code',
    'enter the code',
    'enter this code',
    '認証コード',
    '确认码',
    '验证码',
    '인증번호',
    'код',
    'mã xác nhận',
    'doğrulama',
    'codigo de',
    'puk',
    'code is',
    'code:',
    'is your',
    'verificatiecode',
    'inlogcode',
    'bevestigingscode',
    'to confirm',
    'to verify',
    'to authori',
    'to approve',
  ],
  prefilter: (s) => s.hasDigit,
  // A code may be printed in two halves (`417-263`) or after a one-letter brand prefix (`G-582931`).
  // Digit-led, with the character before checked in `validate` (codeStartsHere): a look-behind
  // alternation before the body made the search try both look-behinds at every character (about
  // 50 µs on a 5 KB prompt against 3 for this form).
  pattern: /(?:\d{3}[- ]\d{3}|\d{4,8})(?![\w]|[.,:/-]\d)/g,
  // 24 characters: the longest phrase with its verb (`verification code is `, 21) fits whole.
  validate: (v, scan, start) => {
    if (!codeStartsHere(scan.text, start)) return undefined;
    const code = v.length === 7 && (v[3] === '-' || v[3] === ' ') ? v.slice(0, 3) + v.slice(4) : v;
    if (contextBefore(scan, start, ANNOUNCED, ANNOUNCEMENT_WINDOW)) return code;
    // The sender's brand between `your` and `code` (`Your WhatsApp code: 417-263`, `Your Example
    // Bank code is 739204`), or the code first (`902715 is your Lyft code`, `G-582931 is your
    // Google verification code`), as the services' own SMS and push templates write them.
    if (contextBefore(scan, start, BRANDED_BEFORE, 48) || contextBefore(scan, start, MY_CODE_BEFORE, 16)) return code;
    if (brandedBeforeIntl(scan.text.slice(Math.max(0, start - 72), start).toLowerCase())) return code;
    const end = start + v.length;
    // The code as the whole of a transcript turn after the turn that asks for it (`VA: Please enter
    // the verification code we texted you.` then `User: 482913`: a virtual agent's password-reset
    // chat quoted into a ticket, red-team round 64).
    if (isCodeTurn(scan.text, start, end) && contextBefore(scan, start, ANNOUNCED, TURN_WINDOW)) return code;
    const after = scan.lower().slice(end, end + 64);
    if (BRANDED_AFTER.test(after)) return code;
    return CONFIRM_AFTER.test(after) && contextBefore(scan, start, USE_BEFORE, 16) ? code : undefined;
  },
});

/**
 * Account recovery and backup codes pasted as a list (red-team round 24: `here are my recovery
 * codes: 4f2a9-1c7e3 8b0d4-e6a51`, `backup codes: 4821 7730, 1964 0285`): the layouts GitHub
 * (five and five characters around a dash) and Google (eight digits, often written four and four,
 * with a blank or a dash: `5839-2716`, round 30) document, Microsoft's 25-character account
 * recovery code (five groups of five) and six- to ten-digit codes (HOTP-style backup codes, RFC
 * 4226: red-team round 65), within 160 characters after the list's name, so every code of a list is read.
 */
const RECOVERY_PHRASES = [
  'recovery code',
  'backup code',
  'backup-code',
  'code de secours',
  'codes de secours',
  'code de récupération',
  'codes de récupération',
  'código de respaldo',
  'códigos de respaldo',
  'código de recuperación',
  'códigos de recuperación',
  'wiederherstellungscode',
  'backup-codes',
  'sicherungscode',
];
const RECOVERY_LIST = keywordRegex(RECOVERY_PHRASES);
const RECOVERY_WINDOW = 160;

export const recoveryCode = regexDetector({
  id: 'recovery_code',
  entity: 'SECRET',
  description: 'Account recovery and backup codes listed after their name (GitHub xxxxx-xxxxx, Google 8 digits)',
  validation:
    'five or so letters and digits, a dash, five or so more (with a digit), five groups of five, or six to ten digits (also 4 + 4), within 160 characters after "recovery codes", "backup codes" or their Spanish, French and German names',
  context: true,
  example: 'recovery codes: 4f2a9-1c7e3',
  keywords: [
    'recovery code',
    'backup code',
    'backup-code',
    'de secours',
    'de récupération',
    'de respaldo',
    'de recuperación',
    'wiederherstellungscode',
    'sicherungscode',
  ],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])(?:[a-z0-9]{5}(?:-[a-z0-9]{5}){4}|[a-z0-9]{4,6}-[a-z0-9]{4,6}|\d{4} \d{4}|\d{6,10})(?![\w-])/gi,
  validate: (v, scan, start) =>
    /\d/.test(v) && /[a-z]|^\d{4}[ -]?\d{4}$|^\d{6,10}$/i.test(v) && contextBefore(scan, start, RECOVERY_LIST, RECOVERY_WINDOW)
      ? v
      : undefined,
});
