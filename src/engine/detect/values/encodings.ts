/**
 * Values that real systems write in another spelling than the one the plain detectors read:
 * percent-encoded and HTML-escaped email addresses, internationalised addresses, IBANs and NINOs
 * in lower case, card numbers grouped by dots, and credentials in base64 where a format defines
 * them. Each reports the entity of the plain spelling with the same normalized value, so both
 * spellings of one value get one token.
 */
import { SIG_PLUS } from '../char-signature.js';
import { contextBefore, keywordRegex } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { ukNinoValid } from '../validators-ids.js';
import { cardIssuer, ibanValid, luhnValid } from '../validators.js';
import { detectorFields, regexDetector } from './helpers.js';
import { EMAIL_PATTERN, normalizeEmail } from './pii.js';
import { ENGLISH_DIGIT_WORDS } from './spoken-digits.js';

/**
 * `%40`, `&#64;`, `&#x40;`, `&commat;`, `\u0040`: an `@` written for a URL, HTML or a JSON/JS
 * string; `%2540`, a URL encoded twice (a redirect target inside a query parameter). The
 * full-width and small at signs (`＠`, `﹫`) are email_lookalike_at's (values/mailbox.ts).
 */
const ENCODED_AT = /%40|%2540|&#0*64;|&#x0*40;|&commat;|\\u0040/gi;
/** One character of an encoded local part or domain: plain, percent-escaped or an HTML numeric entity. */
const ENCODED_CHAR = '(?:[A-Za-z0-9._+-]|%[0-9A-Fa-f]{2}|&#\\d{2,3};|&#x[0-9A-Fa-f]{2};)';
const ENCODED_LOCAL = new RegExp(`${ENCODED_CHAR}{1,192}$`);
const ENCODED_DOMAIN = new RegExp(`^${ENCODED_CHAR}{4,255}`);
const WHOLE_EMAIL = new RegExp(`^${EMAIL_PATTERN.source}$`);

/** Percent escapes and HTML numeric entities decoded; undefined when an escape is malformed. */
export function decodeEscapes(s: string): string | undefined {
  const html = s.replace(/&#x([0-9a-f]+);|&#(\d+);|&commat;|\\u0040/gi, (all, hex: string | undefined, dec: string | undefined) => {
    if (all.toLowerCase() === '&commat;' || all.toLowerCase() === '\\u0040') return '@';
    return String.fromCharCode(hex !== undefined ? Number.parseInt(hex, 16) : Number(dec));
  });
  try {
    return decodeURIComponent(html);
  } catch {
    return undefined;
  }
}

/**
 * Email addresses whose `@` (and possibly other characters) is percent-encoded or an HTML entity:
 * `jane%40example.com` in a URL path or query, `jane&#64;example.com` in HTML. The span covers
 * the encoded text; the token is the plain address's.
 */
export const encodedEmail: ValueDetector = {
  ...detectorFields({
    id: 'encoded_email',
    entity: 'EMAIL',
    description:
      'Email addresses written percent-encoded (jane%40example.com, twice: jane%2540example.com), or with HTML entities (jane&#64;example.com)',
    validation: 'decoded text is a whole email address under the email rules; token of the decoded address',
    context: false,
    example: 'jane.doe%40example.com',
    keywords: ['%40', '%2540', '&#64;', '&#x40;', '&#064;', '&commat;', '\\u0040'],
    prefilter: () => true,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    ENCODED_AT.lastIndex = 0;
    for (let m = ENCODED_AT.exec(text); m !== null; m = ENCODED_AT.exec(text)) {
      const before = ENCODED_LOCAL.exec(text.slice(Math.max(0, m.index - 192), m.index));
      const after = ENCODED_DOMAIN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 255));
      if (before === null || after === null) continue;
      // Trim trailing dots and escapes that decode to separators (`%2C`, `%20`) from the domain.
      let domain = after[0];
      let decodedDomain = decodeEscapes(domain);
      while (domain.length > 0 && (decodedDomain === undefined || !/^[A-Za-z0-9.-]+$/.test(decodedDomain) || decodedDomain.endsWith('.'))) {
        domain = domain.replace(/(?:%[0-9A-Fa-f]{2}|&#x?[0-9A-Fa-f]+;|.)$/, '');
        decodedDomain = decodeEscapes(domain);
      }
      let local = before[0];
      let decodedLocal = decodeEscapes(local);
      // The local part starts after the last escape that decodes to a separator (`to%3Djane%40…`).
      while (
        local.length > 0 &&
        (decodedLocal === undefined || !/^[A-Za-z0-9._%+-]+$/.test(decodedLocal) || decodedLocal.startsWith('.'))
      ) {
        local = local.replace(/^(?:%[0-9A-Fa-f]{2}|&#x?[0-9A-Fa-f]+;|.)/, '');
        decodedLocal = decodeEscapes(local);
      }
      if (local.length === 0 || domain.length === 0 || decodedLocal === undefined || decodedDomain === undefined) continue;
      const address = `${decodedLocal}@${decodedDomain}`;
      if (!WHOLE_EMAIL.test(address)) continue;
      const normalized = normalizeEmail(address);
      if (normalized === undefined) continue;
      const start = m.index - local.length;
      const end = m.index + m[0].length + domain.length;
      out.push({ start, end, entity: 'EMAIL', detector: 'encoded_email', normalized, priority });
      ENCODED_AT.lastIndex = end;
    }
  },
};

const NON_ASCII = /[^\x00-\x7f]/;

/** A non-ASCII character within an address's reach of an `@` (a prompt is long; its `@`s are few). */
function nonAsciiNearAt(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (NON_ASCII.test(text.slice(Math.max(0, at - 64), at + 256))) return true;
  }
  return false;
}
/**
 * RFC 6531 addresses: letters and digits of any script in the local part and the domain
 * (`josé@exämple.com`, `用户@例子.广告`). Punycode domains (`xn--…`) are plain ASCII and found by
 * the email detector.
 */
const UNICODE_EMAIL =
  /(?<![\p{L}\p{N}\p{M}._%+-])[\p{L}\p{N}\p{M}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?\.){1,8}\p{L}[\p{L}\p{M}]{1,23}(?![\p{L}\p{N}\p{M}-]|\.[\p{L}\p{N}])/gu;

export const internationalEmail = regexDetector({
  id: 'international_email',
  entity: 'EMAIL',
  description: 'Internationalised email addresses (RFC 6531): non-ASCII letters in the local part or the domain',
  validation: 'letters, digits and marks of any script; no leading, trailing or double dots; alphabetic TLD; holds a non-ASCII character',
  context: false,
  example: 'josé.garcía@exämple.es',
  prefilter: (s) => nonAsciiNearAt(s.text),
  pattern: UNICODE_EMAIL,
  validate: (v) => {
    if (!NON_ASCII.test(v)) return undefined;
    const local = v.slice(0, v.indexOf('@'));
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
    return v.normalize('NFC').toLowerCase();
  },
});

/**
 * IBANs in lower or mixed case (`gb82west12345698765432` in a URL path or a form field). The mod-97
 * checksum makes a random match about 1 in 97 for a string that already has a country's exact
 * length; all-upper-case IBANs are the iban detector's.
 */
export const lowerCaseIban = regexDetector({
  id: 'iban_lower_case',
  entity: 'IBAN',
  description: 'IBANs written in lower or mixed case',
  validation: "known country code, that country's exact length, ISO 7064 mod 97-10 checksum; at least one lower-case letter",
  context: false,
  example: 'gb82west12345698765432',
  requires: 'numeric',
  // The pattern itself is the search (a prefilter regex would scan the text twice).
  prefilter: (s) => s.text.length >= 15 && s.numeric,
  pattern: /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g,
  // A word after the IBAN that the groups took (`pl61 1090 … 2874 nowy`: red-team round 63).
  shrinkWords: 2,
  validate: (v) => {
    if (!/[a-z]/.test(v)) return undefined;
    const compact = v.replace(/ /g, '').toUpperCase();
    return ibanValid(compact) ? compact : undefined;
  },
});

// `ni=` / `ni:` of a key=value audit line (`doc_b="UK NI card" ni=QQ 12 34 56 C`, left63).
export const NINO_CONTEXT = keywordRegex([
  'nino',
  'national insurance',
  'ni number',
  'ni no',
  'insurance number',
  'ni is',
  'my ni',
  'ni=',
  'ni:',
]);
/**
 * The two NINO detectors' keywords: each NINO_CONTEXT reading contains `nino`, `insurance` or
 * `ni` (their validate needs one before the value), so the gate is open wherever they can report.
 */
const NINO_GATE = ['nino', 'national insurance', 'ni number', 'ni no', 'insurance number', 'ni is', 'ni=', 'ni:'];

/**
 * UK National Insurance numbers in lower or mixed case or grouped oddly, with a keyword nearby
 * (`nino: ab123456c`, `ni number is qq 12 34 56 c`, `NI no AB 123 456 C`). HMRC's prefix rules
 * hold, but for its specimen prefix QQ, which its forms and guidance print (`QQ 12 34 56 C`) and
 * people copy into tickets (red-team round 24); uk_nino reads the valid printed forms.
 */
export const lowerCaseNino = regexDetector({
  id: 'uk_nino_lower_case',
  entity: 'UK_NINO',
  description: 'UK National Insurance numbers in lower or mixed case or odd grouping, after their word',
  validation:
    'HMRC prefix and suffix rules (and its specimen prefix QQ) after upper-casing, six digits with spaces or dashes anywhere between; a keyword (nino, national insurance, ni number) within 40 characters before; lower case, QQ, or a grouping uk_nino does not read',
  context: true,
  example: 'nino ab123456c',
  // `my ni is qq123456c` in a chat: the NI number named by its short name, found by NINO_CONTEXT's
  // `my ni`. Not a keyword: it gated on `my` (every chat), and `ni` (of `ni no`, `ni is`) gates
  // every NINO_CONTEXT reading already.
  keywords: NINO_GATE,
  prefilter: (s) => s.hasDigit,
  // A line break may part two groups (`ni no. QQ 12 34\n56 C` in wrapped minutes: red-team round 63).
  pattern: /(?<![\w-])[A-Za-z]{2}(?:[ -]|\r?\n)?(?:\d(?:[ -]|\r?\n)?){5}\d(?:[ -]|\r?\n)?[A-Da-d](?![\w])/g,
  validate: (v, scan, start) => {
    if (!contextBefore(scan, start, NINO_CONTEXT)) return undefined;
    const compact = v.replace(/[\s-]/g, '').toUpperCase();
    // HMRC's prefix rules, but for its own specimen prefix QQ (`QQ 12 34 56 C` on its forms and guidance).
    if (!ukNinoValid(compact) && !(compact.startsWith('QQ') && ukNinoValid(`AB${compact.slice(2)}`))) return undefined;
    // Upper case with a valid prefix in pairs or unbroken: uk_nino's.
    if (!/[a-z]/.test(v) && ukNinoValid(compact) && /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v)) return undefined;
    return compact;
  },
});

const NINO_DIGIT_WORDS: Readonly<Record<string, string>> = { ...ENGLISH_DIGIT_WORDS, oh: '0' };

/**
 * A UK National Insurance number with its digits in words, after its keyword (`national insurance:
 * Q Q one two three four five six C`, typed as it is read out, red-team round 24): the
 * uk_nino_lower_case checks over the letters and the digits the words stand for.
 */
export const spokenNino = regexDetector({
  id: 'uk_nino_words',
  entity: 'UK_NINO',
  description: 'UK National Insurance numbers with the digits in English words, after their word',
  validation:
    'two letters, six digits of which one or more in words (zero / oh … nine), a letter A–D; the uk_nino_lower_case checks; a keyword (nino, national insurance, ni number) within 40 characters before',
  context: true,
  example: 'ni number Q Q one two three four five six C',
  keywords: NINO_GATE,
  prefilter: (s) => s.text.length >= 30,
  pattern: /(?<![\w-])[A-Za-z] ?[A-Za-z](?:[ ,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)){6}[ ,-]+[A-Da-d](?![\w])/gi,
  validate: (v, scan, start) => {
    if (!contextBefore(scan, start, NINO_CONTEXT)) return undefined;
    const words = v.split(/[ ,-]+/);
    const letters = words[0]!.length === 2 ? words[0]! : words[0]! + words[1]!;
    const digits = words.slice(words[0]!.length === 2 ? 1 : 2, -1);
    if (!digits.some((w) => w.length > 1)) return undefined;
    const compact =
      `${letters}${digits.map((w) => NINO_DIGIT_WORDS[w.toLowerCase()] ?? w).join('')}${words[words.length - 1]}`.toUpperCase();
    if (!/^[A-Z]{2}\d{6}[A-D]$/.test(compact)) return undefined;
    return ukNinoValid(compact) || (compact.startsWith('QQ') && ukNinoValid(`AB${compact.slice(2)}`)) ? compact : undefined;
  },
});

/** Payment card numbers grouped by dots (`4111.1111.1111.1111`, Amex `3782.822463.10005`). */
export const dottedCard = regexDetector({
  id: 'credit_card_dotted',
  entity: 'CREDIT_CARD',
  description: 'Payment card numbers grouped by dots',
  validation: 'groups of 4 (or Amex 4-6-5) digits separated by dots, known issuer prefix, Luhn checksum',
  context: false,
  example: '4111.1111.1111.1111',
  requires: 'numeric',
  // The pattern itself is the search: a second regex as prefilter would scan the text twice.
  prefilter: (s) => s.numeric && s.text.indexOf('.') !== -1,
  // `(?<![\w.])(?:\d{4}…|\d{4}…)` written with its first digit ahead of the look-behind (the same
  // matches): led by a digit, the native search skips ahead to candidates (a 5 KB prompt: 3.1 → 0.7 µs).
  pattern: /\d(?<![\w.]\d)(?:\d{3}\.\d{4}\.\d{4}\.\d{1,7}|\d{3}\.\d{6}\.\d{4,5})(?![\w]|\.\d)/g,
  validate: (v) => {
    const d = v.replace(/\./g, '');
    return d.length >= 13 && cardIssuer(d) !== undefined && luhnValid(d) ? d : undefined;
  },
});

/** Whether some `+` in `text` follows a digit (a form body's words are joined by `+` too: all are looked at). */
function plusAfterDigit(text: string): boolean {
  for (let at = text.indexOf('+', 1); at !== -1; at = text.indexOf('+', at + 1)) {
    const c = text.charCodeAt(at - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Payment card numbers in a form-encoded body or query (`card=4242+4242+4242+4242`): the WHATWG
 * application/x-www-form-urlencoded serializer writes each blank as `+`, so a number typed in
 * groups reaches the log with `+` between them. Groups of 4 (or Amex 4-6-5), one `+` each.
 */
export const formEncodedCard = regexDetector({
  id: 'credit_card_form_encoded',
  entity: 'CREDIT_CARD',
  description: 'Payment card numbers in form-encoded text, groups joined by +',
  validation: 'groups of 4 (or Amex 4-6-5) digits joined by +, known issuer prefix, Luhn checksum',
  context: false,
  example: 'card=4111+1111+1111+1111',
  requires: 'numeric',
  // A `+` right after a digit: a phone's `+` (`call me at +1 415…`) follows a blank, so the pattern
  // runs only where a group may end (a time offset `…:00+00:00` still passes; it fails the pattern).
  prefilter: (s) => (s.signature & SIG_PLUS) !== 0 && plusAfterDigit(s.text) && s.numeric,
  pattern: /(?<![\w.+])(?:\d{4}\+\d{4}\+\d{4}\+\d{1,7}|\d{4}\+\d{6}\+\d{4,5})(?![\w]|\+\d)/g,
  validate: (v) => {
    const d = v.replace(/\+/g, '');
    return d.length >= 13 && cardIssuer(d) !== undefined && luhnValid(d) ? d : undefined;
  },
});

/**
 * Credentials in base64 where a format defines them: a whole value that decodes to `user:password`
 * (Docker config.json `auths.*.auth`, `.npmrc` `_auth`, Kubernetes Secret `data` of a basic-auth
 * or registry secret, an HTTP Basic credential without its scheme), to a configuration text that
 * assigns a secret (`password=…`, `"password": "…"`), or to a PEM private key. The whole value is
 * masked as AUTH_CREDENTIAL, SECRET or PRIVATE_KEY.
 */
export const base64Credential: ValueDetector = {
  ...detectorFields({
    id: 'base64_credential',
    entity: 'AUTH_CREDENTIAL',
    description:
      'Whole values in base64 that decode to user:password, to text assigning a secret, to a private key, or to text holding an email address (a CloudEvents data_base64, a Pub/Sub or Kinesis data payload)',
    validation:
      'the whole string is padded base64 (or unpadded, mixed case with digits, length a multiple of 4); it decodes to printable UTF-8 of one of the three shapes',
    context: false,
    example: 'YWRtaW46Y2hhbmdlbWU=',
    // Called on every string: the length test rejects three strings in four before any search.
    prefilter: (s) => {
      const text = s.text;
      const n = text.length;
      if ((n & 3) !== 0 || n < 8 || n > 16384) return false;
      if (text.charCodeAt(n - 1) === 61) return text.indexOf(' ') === -1;
      return n >= 16 && s.hasDigit && text.indexOf(' ') === -1 && BASE64_MIXED.test(text);
    },
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    if (!BASE64_WHOLE.test(text)) return;
    const decoded = decodedText(text);
    const entity = decoded === undefined ? undefined : (credentialTextEntity(decoded) ?? emailTextEntity(decoded));
    if (entity === undefined) return;
    out.push({ start: 0, end: text.length, entity, detector: 'base64_credential', normalized: text, priority });
  },
};

/** The text `base64` decodes to, when it is printable UTF-8 of 3 characters or more; else undefined. */
export function decodedText(base64: string): string | undefined {
  const decoded = Buffer.from(base64, 'base64').toString('utf8');
  return decoded.length >= 3 && PRINTABLE.test(decoded) ? decoded : undefined;
}

/** What a decoded text is when it is a credential: `user:password`, a PEM private key, or a text that assigns a secret. */
export function credentialTextEntity(decoded: string): string | undefined {
  if (USER_PASS.test(decoded) && !COLON_NUMBERS_ID.test(decoded) && !githubNodeId(decoded) && !GLOBAL_ID_URI.test(decoded))
    return 'AUTH_CREDENTIAL';
  if (/-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY/.test(decoded)) return 'PRIVATE_KEY';
  if (decoded.length <= 256 && VENDOR_TOKEN.test(decoded)) return 'SECRET';
  return SECRET_ASSIGNED.test(decoded) ? 'SECRET' : undefined;
}
/**
 * A whole decoded text that is a vendor's token by its documented prefix (GitHub `ghp_` / `gho_` /
 * `ghs_` / `github_pat_`, GitLab `glpat-`, Stripe `sk_live_` / `sk_test_` / `rk_…`, Slack `xox…-`,
 * npm `npm_`, SendGrid `SG.`, Google `AIza`, HashiCorp Vault `hvs.`, an AWS access key id), as a
 * CI log prints `echo "$TOKEN" | base64` past the CI's masking (red-team round 66).
 */
const VENDOR_TOKEN =
  /^\s*(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{40,}|glpat-[\w-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|xox[abpors]-[\w-]{10,}|npm_[A-Za-z0-9]{36}|SG\.[\w-]{16,}\.[\w-]{16,}|AIza[\w-]{35}|hvs\.[\w-]{24,}|(?:AKIA|ASIA)[A-Z0-9]{16})\s*$/;

/**
 * A base64 word inside log text that decodes to a credential (credentialTextEntity: `user:password`,
 * a vendor token, a private key, text assigning a secret), where the text speaks of base64: a CI
 * step's `echo "$GH_TOKEN" | base64` and its output, cloud-init `write_files` with `encoding: b64`
 * (red-team round 66). The whole word is masked.
 */
export const base64CredentialInText = regexDetector({
  id: 'base64_credential_in_text',
  entity: 'SECRET',
  description: 'A base64 word in text that speaks of base64 (`| base64`, `encoding: b64`) and decodes to a credential or a vendor token',
  validation:
    'a base64 word of 16 to 4096 characters (padded, or a multiple of 4 mixing case and digits); it decodes to user:password, a vendor token, a private key or a secret assignment',
  context: false,
  example: 'echo "$GH_TOKEN" | base64 → Z2hwXzE2QzdlNDJGMjkyYzY5MTJFNzcxMGM4MzgzNDdBZTE3OEI0YQ==',
  keywords: ['base64', 'b64'],
  prefilter: (s) => s.text.length >= 24,
  pattern: /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,4096}={0,2}(?![A-Za-z0-9+/=])/g,
  validate: (v, scan) => {
    // The whole string is base64_credential's.
    if ((v.length & 3) !== 0 || v.length === scan.text.length) return undefined;
    if (!v.endsWith('=') && !(BASE64_MIXED.test(v) && /\d/.test(v))) return undefined;
    const decoded = decodedText(v);
    return decoded !== undefined && credentialTextEntity(decoded) !== undefined ? v : undefined;
  },
});
/**
 * EMAIL when a decoded payload holds an email address: an event envelope's base64 body (CloudEvents
 * `data_base64`, Pub/Sub `message.data`, Kinesis and Firehose `data`) is a record in its own right,
 * and the address is the personal data that most often rides in one. The whole base64 is masked.
 */
function emailTextEntity(decoded: string): string | undefined {
  return decoded.indexOf('@') >= 0 && EMAIL_IN_TEXT.test(decoded) ? 'EMAIL' : undefined;
}
const EMAIL_IN_TEXT = new RegExp(EMAIL_PATTERN.source);
const BASE64_WHOLE = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_MIXED = /[a-z][A-Z]|[A-Z][a-z]/;
const PRINTABLE = /^[\t\n\r\x20-\x7e\u00a0-\ufffc]+$/;
/** `user:password` as HTTP Basic defines it (RFC 7617): a user without blanks or colons, a non-empty password on one line. */
const USER_PASS = /^[\w.@+-]{1,128}:[^\r\n]{1,256}$/;
/**
 * `name:number:number`: an identifier, not a user and password. Tetragon's `exec_id` is the base64
 * of `node:ktime:pid` (`kind-control-plane:11428615636901:51583`) in every process event.
 */
const COLON_NUMBERS_ID = /^[^:]+(?::\d+){2,}$/;
/**
 * A GitHub global node id of the legacy format: base64 of `<length of the type name, 2 or 3
 * digits>:<type name><database id>` (`MDQ6VXNlcjE=` is `04:User1`, octocat's `node_id` in GitHub's
 * REST docs; `010:Repository1296269`), in every webhook and audit event. An identifier, not a user
 * and password: the length must be the type name's.
 */
const GITHUB_NODE_ID = /^(\d{2,3}):([A-Z][A-Za-z]{1,40})\d{1,20}$/;
function githubNodeId(decoded: string): boolean {
  const m = GITHUB_NODE_ID.exec(decoded);
  return m !== null && Number(m[1]) === m[2]!.length;
}
/**
 * A GraphQL global id URI, `gid://<app>/<type>/<id>` (Shopify Admin API, Jobber: the Jobber
 * GraphQL API hands it out base64-encoded, `Z2lkOi8vSm9iYmVyL0pvYi84ODEyMzQ1` is
 * `gid://Jobber/Job/8812345`; red-team round 97): an object's id in every response, not a user and
 * password (its `:` is the scheme's).
 */
const GLOBAL_ID_URI = /^gid:\/\/[A-Za-z][\w.-]{0,40}\/[A-Za-z][\w]{0,60}\/[\w-]{1,64}$/;
/**
 * A secret assigned in the decoded text; the name may go on after the secret word for up to three
 * `_word` / `-word` parts (`"aws_secret_access_key": "…"`, `client_secret_value=…`).
 */
const SECRET_ASSIGNED =
  /(?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|_auth|auth)(?:[_-][a-z]{1,12}){0,3}["']?\s{0,3}[:=]\s{0,3}["']?[^\s"']{3,}|"auths"\s*:/i;
