import { isLabPlateText } from '../detect/values/lab-logins.js';
import { isVendorKey } from './vendor-key.js';
import { custodianFolderSpans, mayHoldCustodianFolder } from './custodian-folders.js';
import { lastCellLoginSpans, mayHoldLastCellLogin } from './dated-login-cells.js';
import type { TextScan } from '../detect/types.js';
import { changedFieldBefore, isBankAccountChange, isChangeValueKey } from './account-change.js';
import { isPassphraseName, passphraseEnd } from './passphrase-extent.js';
import { base64ValueSpan, ENCODED_MIN } from './base64-value.js';
import { cefLabelOf } from './cef-labels.js';
import { configTextSpans } from './config-text.js';
import { personNameExtent } from './kv-name-extent.js';
import { isPersonAttribute } from './markup-person-attributes.js';
import { openClinicaAttributeEntity } from './openclinica-attributes.js';
import { isPersonLineName, isQuotedCarePartyName, isQuotedPartyName, searchedPersonItems } from './claim-party-names.js';
import { bareNamePersonEnd, isNameHalfPair, nameBeforeIdPair } from './bare-name-pair.js';
import { besideInLine, isRolePersonName, ownerNameInLine } from './bare-name-columns.js';
import { personNameMemberEntity } from './person-parent.js';
import { isFullNameLoginValue } from '../detect/values/login-names.js';
import { isPartyNumber, isPartyWord } from './sender-members.js';
import { coordinatePairEnd } from './geo-pair.js';
import { markupValueNameOf } from './markup-value-pairs.js';
import { shorthandNameOf } from './shorthand-pairs.js';
import {
  isCaretPersonName,
  isRecipientListMember,
  isShortShapeMember,
  recipientListItems,
  shortMemberEntity,
} from './short-member-shapes.js';
import { isActorName, keptUnderKey, PLACEHOLDER_VALUE, pushSpan, SECRET_SETTING, type SpanContext } from './types.js';
import { conditionEnd, inEncodedQuery, isUserTableQuery } from './encoded-query.js';
import { uriCredentialsRange, uriPasswordRange } from './uri-credentials.js';

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/** Bare values end at whitespace, a quote, `<`, `>`, or a pair separator (`,` `;` `&`). */
function endsBare(c: number): boolean {
  return c <= 32 || c === 44 || c === 59 || c === 38 || c === 34 || c === 39 || c === 60 || c === 62;
}

/**
 * A bare value's end before the closing brackets it did not open: a pair that ends a printed
 * structure (`{id=7, ssn=078-05-1120}`, `User(name=…)`) leaves its closer to the structure, while
 * a value that holds its own brackets (`tags=[a,b]`, `f(x)`) keeps them.
 */
function unclosedBracketEnd(text: string, start: number, end: number): number {
  let last = text.charCodeAt(end - 1);
  if (end <= start || (last !== 125 && last !== 41 && last !== 93)) return end;
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 40 || c === 91) open++;
    else if (c === 125 || c === 41 || c === 93) open--;
  }
  while (open < 0 && end > start && (last === 125 || last === 41 || last === 93)) {
    end--;
    open++;
    last = text.charCodeAt(end - 1);
  }
  return end;
}

/**
 * Whether a `KEY=` pair starts at `i`, right after a `|`: pipe-delimited pairs
 * (`SPEC=7729013|DOB=19910215|RESULT=NEGATIVE` of drug-screen and lab result lines; red-team
 * round 43) end each value at the pipe. A `|` inside a value (`dobs=1983-06-21|1990-01-08`) stays.
 */
function pairAfterPipe(text: string, i: number): boolean {
  const first = text.charCodeAt(i);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return false;
  let j = i + 1;
  while (j < text.length && j - i < 64 && isKeyChar(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 61;
}

/**
 * Where a bare street value of a pipe-delimited line ends (`|loss_addr=15 Kestrel Pointe|dob=…`: an
 * intake bridge's line, red-team round 105): a blank does not end it when the next `|KEY=` pair
 * comes within 80 characters with no `=`, quote or line break before it; otherwise the value ends
 * where it did.
 */
function pipedValueExtent(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end;
  for (let j = end + 1; j < text.length && j - end < 80; j++) {
    const c = text.charCodeAt(j);
    if (c === 124) return pairAfterPipe(text, j + 1) ? j : end;
    if (c === 61 || c === 34 || c === 39 || c === 10 || c === 13) return end;
  }
  return end;
}

/**
 * `key=value` and logfmt text (`level=info user=jane password=hunter2 msg="…"`): the value of a
 * pair whose key the key rules call sensitive is masked whole as that key's entity; other values
 * are left to the value detectors. Placeholders (`${DB_PASSWORD}`, `***`) stay. Pairs are found
 * from each `=` (native indexOf), reading the key backwards and the value forwards, so a line
 * without `=` costs one search.
 */
/**
 * A name that starts with a short number and then letters: RADIUS vendor attributes as
 * FreeRADIUS dictionaries spell them (`3GPP-IMSI`, `3GPP-IMEISV`, `3GPP2-…`).
 */
function vendorPrefixedName(text: string, k: number): boolean {
  return VENDOR_PREFIXED.test(text.slice(k, k + 4));
}
const VENDOR_PREFIXED = /^\d{1,2}[A-Za-z]{2}/;

/** A mask token (`<PHONE:vccbrlifpesf>`) at the start of the text. */
const MASK_TOKEN_AT = /^<[A-Z][A-Z0-9_]{1,40}:[a-z]{12}>/;

/** A bare value that opens with a pair of its own: a key, `=`, and a value character. */
const NESTED_PAIR = /^[A-Za-z_][\w.-]{0,63}=[^\s=&]/;

export function keyValueSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const n = text.length;
  let resume = 0;
  for (let eq = text.indexOf('='); eq > 0; eq = text.indexOf('=', eq + 1)) {
    if (eq < resume) continue;
    // `first_name = 'Desmond'`: blanks around the `=` before a quoted value (REDCap's logging of
    // data changes, SQL predicates; red-team round 45), read only under a name the key rules know.
    const spaced = isSpacedQuotedPair(text, eq);
    const keyEq = spaced ? eq - 1 : eq;
    // Key: [A-Za-z_][\w.-]{0,63} right before '=', not preceded by another key character; it
    // may end with a parenthesised qualifier (qualifierStart).
    // A quoted key (`"ID NO"="…"` of OCR key-value pairs) is read inside its quotes.
    const before = text.charCodeAt(keyEq - 1);
    const quoted = before === 34 ? quotedKeyStart(text, keyEq - 1) : -1;
    let k =
      quoted >= 0
        ? quoted + 1
        : before === 93
          ? subscriptStart(text, keyEq)
          : (before === 68 || before === 100) && text.charCodeAt(keyEq - 3) === 37
            ? encodedSubscriptStart(text, keyEq)
            : qualifierStart(text, keyEq);
    const nameEnd = quoted >= 0 ? keyEq - 1 : k;
    if (quoted < 0) {
      while (k > 0 && keyEq - k < 64 && isKeyChar(text.charCodeAt(k - 1))) k--;
      if (k === nameEnd || (k > 0 && isKeyChar(text.charCodeAt(k - 1)))) continue;
    }
    const first = text.charCodeAt(k);
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95) && !vendorPrefixedName(text, k)) continue;
    // Value: "…" (with \ escapes), '…', or bare.
    let start = spaced ? eq + 2 : eq + 1;
    let end: number;
    const q = text.charCodeAt(start);
    const escapedQuote = q === 92 ? escapedQuoteLevel(text, start) : 0;
    if (escapedQuote > 0) {
      // `token=\"…\"` in text escaped again (a Rails `Token token="…"` header in a JSON log line
      // printed as text): the value runs to the quote of the same escape level.
      start += escapedQuote + 1;
      end = escapedStringEnd(text, start, escapedQuote);
      if (end <= start) continue;
    } else if (q === 34 || q === 39) {
      end = start + 1;
      while (end < n && end - start < 2048) {
        const c = text.charCodeAt(end);
        if (c === 92 && q === 34) end += 2;
        else if (c === q || c === 10) break;
        else end++;
      }
      if (end >= n || text.charCodeAt(end) !== q) continue;
      start++;
    } else {
      end = start;
      while (end < n && end - start < 2048 && !endsBare(text.charCodeAt(end))) {
        if (text.charCodeAt(end) === 124 && pairAfterPipe(text, end + 1)) break;
        end++;
      }
      end = unclosedBracketEnd(text, start, end);
      // A condition of a ServiceNow encoded query ends at the `^` of the next one (encoded-query.ts).
      if (text.charCodeAt(k - 1) === 61 || text.charCodeAt(k - 1) === 94) {
        if (inEncodedQuery(text, k)) end = conditionEnd(text, start, end);
      }
    }
    if (end === start) continue;
    // A bare value cut short by a token is the head of a value masked before, whose tail a value
    // detector took (`phone=%2B44%207400%<PHONE:…>` of a percent-encoded number): left as that
    // pass left it, so masking the output again changes nothing.
    if (text.charCodeAt(end) === 60 && q !== 34 && q !== 39 && escapedQuote === 0 && MASK_TOKEN_AT.test(text.slice(end, end + 48)))
      continue;
    const key = text.slice(k, quoted >= 0 ? nameEnd : keyEq);
    // A CEF custom field (`cs1=`) is named by its label (`cs1Label=DB Password`: cef-labels.ts).
    // An AWS CLI shorthand `Value=` is named by the pair before it (`Name=email,Value=…`:
    // shorthand-pairs.ts).
    // A markup element's value attribute is named by its name attribute (`<Tag TagName="Custodian"
    // TagValue="…"/>`, `<add key="…" value="…"/>`: markup-value-pairs.ts).
    const label = cefLabelOf(text, key) ?? shorthandNameOf(text, k, key) ?? markupValueNameOf(text, k, key);
    const classified = label === undefined ? ctx.classifyKey(key) : ctx.classifyKey(label);
    // `actor=` of a key=value log line stays as before round 66 (a back-office operator's handle,
    // red-team round 44); a JSON audit event's `actor` is a login (keys.ts).
    const entity = classified === 'USERNAME' && key.length === 5 && key.toLowerCase() === 'actor' ? null : classified;
    if (entity === 'PERSON' && q !== 34 && q !== 39 && escapedQuote === 0) end = personNameExtent(text, end);
    if (entity === 'ADDRESS' && q !== 34 && q !== 39 && escapedQuote === 0) end = pipedValueExtent(text, end);
    // A spaced pair under a name that says nothing is left as it was: its value may hold pairs.
    if (spaced && entity === null) continue;
    resume = end;
    // A form body logged as one bare value (`body=guest_name=Yuki+Nakamura&room=1409`, round 41):
    // its own pairs are read.
    if (entity === null && q !== 34 && q !== 39 && escapedQuote === 0 && NESTED_PAIR.test(text.slice(start, start + 66))) {
      resume = start;
      continue;
    }
    if (entity === null) {
      // A subject's person id and an audit entry's user in OpenClinica's ODM extensions
      // (structure/openclinica-attributes.ts).
      if (q === 34 && escapedQuote === 0 && (key.length === 4 || key.length === 16)) {
        const odm = openClinicaAttributeEntity(text, k, key, text.slice(start, end));
        if (odm !== null) {
          pushSpan(ctx, text, start, end, odm, 'structure:key_value');
          continue;
        }
      }
      // The user table's `name` in an encoded query is a person's full name (encoded-query.ts).
      if (eq - k === 4 && key === 'name' && q !== 34 && q !== 39 && inEncodedQuery(text, k) && isUserTableQuery(text, k)) {
        pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value', text.slice(start, end).replace(/\+/g, ' '));
        continue;
      }
      // `SKY_KEY=<32 hex>`: a vendor's key under its own name (structure/vendor-key.ts).
      if (end - start >= 20 && isVendorKey(key, text.slice(start, end))) {
        pushSpan(ctx, text, start, end, 'SECRET', 'structure:key_value');
        continue;
      }
      // A person's name in a markup element beside a person field (structure/markup-person-attributes.ts),
      // or a claim party's under its role (`claimant="…"`), or a bare `name="…"` in a line about one
      // person (`employee=… name="…"`: structure/claim-party-names.ts).
      if (
        (q === 34 || q === 39) &&
        escapedQuote === 0 &&
        (isPersonAttribute(text, k, key, start, end, ctx.classifyKey) ||
          isQuotedPartyName(key, text.slice(start, end)) ||
          isQuotedCarePartyName(key, text.slice(start, end)) ||
          isPersonLineName(text, key, k, text.slice(start, end)))
      ) {
        pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
        continue;
      }
      // A `;`-separated list of people under `cc` / `recipients` or an EDRM `#CC` tag (short-member-shapes.ts).
      if ((q === 34 || q === 39) && escapedQuote === 0 && isRecipientListMember(label ?? key)) {
        const items = recipientListItems(text.slice(start, end));
        for (let k = 0; k < items.length; k += 2)
          pushSpan(ctx, text, start + items[k]!, start + items[k + 1]!, 'PERSON', 'structure:key_value');
        if (items.length > 0) continue;
      }
      if ((q === 34 || q === 39) && escapedQuote === 0) {
        const items = searchedPersonItems(key, text.slice(start, end));
        for (let k = 0; k < items.length; k += 2)
          pushSpan(ctx, text, start + items[k]!, start + items[k + 1]!, 'PERSON', 'structure:key_value');
        if (items.length > 0) continue;
      }
      // A bare `NAME=LAURA BIANCHI` beside an e-mail or phone pair (structure/bare-name-pair.ts).
      const nameEnd = q === 34 || q === 39 || escapedQuote !== 0 ? -1 : bareNamePersonEnd(text, key, start, end, ctx.classifyKey);
      if (nameEnd > 0 && !keptUnderKey(key, text.slice(start, nameEnd), 'PERSON')) {
        pushSpan(ctx, text, start, nameEnd, 'PERSON', 'structure:key_value');
        resume = nameEnd;
        continue;
      }
      // A street line form-encoded under `addr` (`addr=Sveav%C3%A4gen+94`, red-team round 42), read
      // decoded by its shape as the member `addr` is (short-member-shapes.ts).
      if (eq - k === 4 && q !== 34 && q !== 39 && escapedQuote === 0 && isShortShapeMember(key) && formEncodedStreet(text, start, end)) {
        pushSpan(ctx, text, start, end, 'ADDRESS', 'structure:key_value');
        continue;
      }
      // An HL7 name under a person's role (`DONOR=Reyes^Carlos^J`: short-member-shapes.ts).
      if (q !== 34 && q !== 39 && escapedQuote === 0 && isCaretPersonName(key, text.slice(start, end))) {
        pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
        continue;
      }
      // Half a name under `LN=` / `last=` / `app_fname=` beside its other half (bare-name-pair.ts).
      if (q !== 34 && q !== 39 && escapedQuote === 0 && eq - k <= 16 && isNameHalfPair(text, key, start, end, ctx.classifyKey)) {
        pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
        continue;
      }
      // An owner's name beside the owner's tax id or the contract in the same line (bare-name-columns.ts).
      if (eq - k >= 9 && eq - k <= 10 && ownerNameInLine(text, key, start, end)) {
        pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
        continue;
      }
      // `mid=` / `ph=` / `nm=` of a loyalty or guest log line beside a partner pair (bare-name-columns.ts).
      const beside = eq - k <= 4 && q !== 34 && q !== 39 && escapedQuote === 0 ? besideInLine(text, key, start, end) : null;
      if (beside !== null) {
        pushSpan(ctx, text, start, end, beside, 'structure:key_value');
        continue;
      }
      // A phone number in bare international digits under a message party's name (`From=14155550176`
      // of a Plivo form body, `recipient=` of a webhook URL: structure/sender-members.ts). Such a
      // number has 10 to 16 characters (isPartyNumber): shorter values (`page=6`) ask no name.
      if (end - start <= 16 && end - start >= 10 && eq - k <= 16 && isPartyWord(key) && isPartyNumber(text.slice(start, end))) {
        pushSpan(ctx, text, start, end, 'PHONE', 'structure:key_value');
        continue;
      }
      // A direct-deposit change's account under `new=` (structure/account-change.ts).
      if (end - start <= 17 && eq - k <= 9 && isChangeValueKey(key) && isBankAccountChange(text, text.slice(start, end))) {
        pushSpan(ctx, text, start, end, 'BANK_ACCOUNT', 'structure:key_value');
        continue;
      }
      // A change's values under `old=` / `new=` named by a `field=` pair before them in the line
      // (structure/account-change.ts, changedFieldBefore).
      if (eq - k <= 9 && isChangeValueKey(key)) {
        const field = changedFieldBefore(text, k);
        const changed = field === undefined ? null : ctx.classifyKey(field);
        if (changed !== null && !PLACEHOLDER_VALUE.test(text.slice(start, end)) && !keptUnderKey(field!, text.slice(start, end), changed)) {
          pushSpan(ctx, text, start, end, changed, 'structure:key_value');
          continue;
        }
      }
      // A pickup or drop-off point under a short name (structure/geo-pair.ts): a bare value ends
      // at its comma, so the pair runs on to the end of the longitude.
      if (text.charCodeAt(end) === 44 && end - start <= 15) {
        const pairEnd = coordinatePairEnd(text, start, end);
        if (pairEnd > 0) {
          pushSpan(ctx, text, start, pairEnd, 'GEO_COORDINATES', 'structure:key_value');
          resume = pairEnd;
          continue;
        }
      }
      // A whole config file in base64 under a name that says nothing (structure/base64-value.ts).
      if (end - start >= ENCODED_MIN) base64ValueSpan(ctx, text, start, end, readDecodedConfig);
      // A quoted value under a name that says nothing may hold pairs of its own (a form body
      // logged as `body="first_name=…&card=…"`): they are read next, as pairs.
      if (q === 34 || q === 39) resume = start;
      continue;
    }
    // A bare passphrase runs over its blanks (structure/passphrase-extent.ts).
    if (entity === 'SECRET' && q !== 34 && q !== 39 && escapedQuote === 0 && text.charCodeAt(end) === 32 && isPassphraseName(key)) {
      end = passphraseEnd(text, start, end);
      resume = end;
    }
    const value = text.slice(start, end);
    // Snowflake's `CREDENTIALS=(AWS_KEY_ID='…' AWS_SECRET_KEY='…')`: the bracket opens a group of
    // pairs, read next as pairs (one token per secret value, the names kept).
    if (value.charCodeAt(0) === 40 && /^\([A-Za-z_]\w*(?:=|$)/.test(value)) {
      resume = start + 1;
      continue;
    }
    // A display name quoted under a login's name (`requester="Priyanka Delacroix-Obi"` of a
    // telematics gateway line; red-team round 93) is a person's name, as the same JSON member's is
    // (engine.ts); `submittedBy=` / `performedBy=` values are read as any text there too.
    if (entity === 'USERNAME' && (q === 34 || q === 39) && isQuotedDisplayName(key, value)) {
      pushSpan(ctx, text, start, end, 'PERSON', 'structure:key_value');
      continue;
    }
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity) || isWordUnderDigitName(value, entity)) continue;
    // A laboratory's microplate under `plate=` (lab-logins.ts).
    if (entity === 'LICENSE_PLATE' && key.length === 5 && isLabPlateText(text)) continue;
    // A connection string's settings (`DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`)
    // are read next, as pairs: only the secret ones are masked.
    if (entity === 'SECRET' && q !== 34 && q !== 39 && value.indexOf('=') > 0) {
      if (SECRET_SETTING.test(text.slice(start, start + 1200))) {
        resume = start;
        continue;
      }
    }
    if (entity === 'DB_CREDENTIALS' || entity === 'SECRET') {
      // A connection URI loses only its user-info (uri-credentials.ts); under a generic secret
      // name (`dsn='mysql://…'`) only when it carries a password. A bare value stops at `&` or
      // `;`, which a password or the query may hold: the URI runs on to a blank or a quote.
      const uriEnd = q === 34 || q === 39 ? end : uriExtent(text, start);
      const uri = text.slice(start, uriEnd);
      const credentials = entity === 'DB_CREDENTIALS' ? uriCredentialsRange(uri) : uriPasswordRange(uri);
      if (credentials !== undefined) {
        pushSpan(ctx, text, start + credentials[0], start + credentials[1], entity, 'structure:key_value');
        // The pairs of its query (`?sslmode=require&password=…`) are read next, as pairs.
        resume = start + credentials[1];
        continue;
      }
    }
    // A name in capitals right before a birth date or SSN pair (`failed for JANE Q DOE dob=…`: bare-name-pair.ts).
    const named = entity === 'DATE_OF_BIRTH' || entity === 'US_SSN' ? nameBeforeIdPair(text, k, entity) : null;
    if (named !== null) pushSpan(ctx, text, named[0], named[1], 'PERSON', 'structure:key_value');
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
}

/**
 * `"ID NO"="X4217789"`: key-value pairs that OCR services print with both sides quoted (Textract
 * and Azure form pairs flattened into a log line), the key a caption with blanks. The index of
 * the opening quote of the key whose closing quote is at `close` (letters, digits, blanks and
 * `_.-`, 2 to 40 characters, not glued to a word before), or -1.
 */
function quotedKeyStart(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 41; i--) {
    const c = text.charCodeAt(i);
    if (c === 34) return close - i >= 3 && (i === 0 || !isKeyChar(text.charCodeAt(i - 1))) ? i : -1;
    if (c !== 32 && !isKeyChar(c)) return -1;
  }
  return -1;
}

/**
 * Where the key before the `=` at `eq` ends, before a parenthesised qualifier: a Diameter / 3GPP
 * trace names an AVP and, in parentheses, the type of its value (`Subscription-Id-Data(IMSI)=…`,
 * RFC 4006 Subscription-Id-Type END_USER_IMSI), and the key rules read the whole
 * `Subscription-Id-Data(IMSI)` (its words include `imsi`). `eq` itself when no `)` comes right
 * before it, or the qualifier is not 1 to 16 key characters in parentheses.
 */
/** ` = '` or ` = "` at `eq`, after a key character or a quoted key's closing quote (`"ID NO" = "…"`). */
/** Whether the bare value `text[start, end)` holds a `+` or `%XX` and reads as a street line decoded. */
function formEncodedStreet(text: string, start: number, end: number): boolean {
  if (end - start < 6 || end - start > 240) return false;
  const raw = text.slice(start, end);
  if (raw.indexOf('+') < 0 && raw.indexOf('%') < 0) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return false;
  }
  return shortMemberEntity('addr', decoded) === 'ADDRESS';
}

function isSpacedQuotedPair(text: string, eq: number): boolean {
  if (text.charCodeAt(eq - 1) !== 32 || text.charCodeAt(eq + 1) !== 32) return false;
  const q = text.charCodeAt(eq + 2);
  if (!(q === 39 || q === 34) || eq < 2) return false;
  const last = text.charCodeAt(eq - 2);
  return isKeyChar(last) || last === 34;
}

function qualifierStart(text: string, eq: number): number {
  if (text.charCodeAt(eq - 1) !== 41) return eq;
  let open = eq - 2;
  while (open > 0 && eq - open <= 18 && isKeyChar(text.charCodeAt(open))) open--;
  return open < eq - 2 && text.charCodeAt(open) === 40 ? open : eq;
}

/**
 * Where the key before the `=` at `eq` ends, before its subscripts: a nested form field as Rails,
 * PHP and the Stripe API write them (`individual[id_number]=…`, `address[line1]=…`,
 * `owners[0][dob][year]=…`; red-team round 47) is named by its whole path, whose words the key
 * rules read (`individual`, `id`, `number`). `eq` itself when the subscripts are not 1 to 32 key
 * characters in brackets each (at most four).
 */
function subscriptStart(text: string, eq: number): number {
  let at = eq;
  for (let level = 0; level < 4 && text.charCodeAt(at - 1) === 93; level++) {
    let open = at - 2;
    while (open > 0 && at - open <= 34 && isKeyChar(text.charCodeAt(open))) open--;
    if (open >= at - 2 || text.charCodeAt(open) !== 91) return eq;
    at = open;
  }
  return at === eq || text.charCodeAt(at - 1) === 93 ? eq : at;
}

/**
 * The same subscripts percent-encoded, as a form body logged raw writes them
 * (`data%5Bmerges%5D%5BLNAME%5D=Haddad` of a Mailchimp webhook: red-team round 54): the start of
 * the outermost `%5B`, or `eq` when the name before `=` ends in no such subscript.
 */
function encodedSubscriptStart(text: string, eq: number): number {
  let at = eq;
  for (
    let level = 0;
    level < 4 && text.charCodeAt(at - 3) === 37 && text.charCodeAt(at - 2) === 53 && (text.charCodeAt(at - 1) | 32) === 100;
    level++
  ) {
    // Back over the subscript's name and the `5B` of its opening `%5B` (both key characters).
    let open = at - 4;
    while (open > 0 && at - open <= 40 && isKeyChar(text.charCodeAt(open))) open--;
    if (text.charCodeAt(open) !== 37 || text.charCodeAt(open + 1) !== 53 || (text.charCodeAt(open + 2) | 32) !== 98 || open + 3 >= at - 3)
      return eq;
    at = open;
  }
  return at;
}

/** How a decoded base64 value is read: as key=value pairs, else as configuration lines (INI, YAML, TOML). */
/**
 * A whole string that is one base64 run (a Splunk HEC `event` posted as base64, a message body
 * field): read as a base64 value under a name that says nothing (structure/base64-value.ts).
 * The caller gates on a string without blanks, of ENCODED_MIN characters or more, length a
 * multiple of 4.
 */
export function wholeBase64Spans(scan: TextScan, ctx: SpanContext): void {
  base64ValueSpan(ctx, scan.text, 0, scan.text.length, readDecodedConfig);
}

function readDecodedConfig(scan: TextScan, ctx: SpanContext): void {
  if (scan.text.charCodeAt(0) === 123) decodedJsonSpans(scan.text, ctx);
  if (ctx.out.length === 0 && scan.text.indexOf('=') >= 0) keyValueSpans(scan, ctx);
  if (ctx.out.length === 0) configTextSpans(scan, ctx, false);
  // A production's OPT load file or a custody log in base64 (leftovers of red-team round 96).
  if (ctx.out.length === 0 && mayHoldCustodianFolder(scan.text, scan.text.indexOf('\\') >= 0)) custodianFolderSpans(scan.text, ctx);
  if (ctx.out.length === 0 && mayHoldLastCellLogin(scan.text)) lastCellLoginSpans(scan.text, ctx);
}

/**
 * A JSON object in base64 (an OAuth `state` that carries the return path and the customer's
 * e-mail and phone, red-team round 72; a session cookie's payload): its string members, to two
 * levels, are read by their names; the first one the key rules call sensitive marks the whole
 * base64 (base64ValueSpan). The span stands for the member's value in the decoded text.
 */
function decodedJsonSpans(text: string, ctx: SpanContext): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  const visit = (obj: unknown, depth: number): boolean => {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return false;
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      if (typeof v === 'string' && v.length > 0 && v.length <= 256) {
        const entity = ctx.classifyKey(k);
        if (entity !== null && !PLACEHOLDER_VALUE.test(v) && !keptUnderKey(k, v, entity)) {
          const at = text.indexOf(JSON.stringify(v));
          ctx.out.push({
            start: Math.max(0, at),
            end: Math.max(0, at) + v.length + 2,
            entity,
            detector: 'structure:key_value',
            normalized: v,
            priority: ctx.priority,
          });
          return true;
        }
      } else if (depth < 2 && visit(v, depth + 1)) return true;
    }
    return false;
  };
  visit(doc, 0);
}

/** Where a bare URI starting at `start` ends: at a blank, a quote or an angle bracket (at most 2048 characters on). */
function uriExtent(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 2048) {
    const c = text.charCodeAt(end);
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 62) break;
    end++;
  }
  return end;
}

/**
 * Every IP address, coordinate pair and phone number is written with a digit (or, for IPv6, a
 * colon): a word under such a name in a key=value list is a verdict or a placeholder, not the value
 * the name says (Okta System Log `behaviors={New IP=NEGATIVE, New Geo-Location=NEGATIVE}`,
 * `phone=unknown`).
 */
const DIGIT_ENTITIES = new Set(['IP_ADDRESS', 'GEO_COORDINATES', 'PHONE']);
export function isWordUnderDigitName(value: string, entity: string): boolean {
  return DIGIT_ENTITIES.has(entity) && !/[0-9:]/.test(value);
}

/** `\"key\":` (one or more levels of escaping): a JSON member name inside a JSON string that was escaped again. */
const ESCAPED_MEMBER = /(?<![\w\\])(\\+)"([A-Za-z_][\w.-]{0,63})\1"\s*:\s*\1"/dg;

/**
 * JSON held in a string that was escaped again and logged as text (`body={\"user\":\"bob\",
 * \"password\":\"…\"}`, a request body inside a log message inside a JSON log line): the value of a
 * member whose name the key rules call sensitive is masked as that name's entity, like the
 * key=value pairs above. The member's escape level (the number of backslashes before its quotes)
 * tells where its value ends: at a quote preceded by exactly that many backslashes (a quote with
 * more is part of the value). Unescaped `"name": "value"` text is read by the configuration and
 * JSON handlers.
 */
export function escapedJsonMemberSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ESCAPED_MEMBER.lastIndex = 0;
  for (let m = ESCAPED_MEMBER.exec(text); m !== null; m = ESCAPED_MEMBER.exec(text)) {
    const level = m[1]!.length;
    let entity = ctx.classifyKey(m[2]!) ?? personNameEntity(text, m.index, level, m[2]!, ctx);
    const start = m.index + m[0].length;
    // Without a rule for the name, only a value that is a full name written as a login
    // (`bjorn.halvorsen`: login-names.ts) is read, as the record walk reads any short value.
    const end = escapedStringEnd(text, start, level, entity === null ? 49 : 2048);
    if (end < 0 || end === start) continue;
    const value = text.slice(start, end);
    if (entity === null) {
      if (!isFullNameLoginValue(value)) continue;
      entity = 'PERSON';
    }
    ESCAPED_MEMBER.lastIndex = end;
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(m[2]!, value, entity)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
  // Members whose value is a number (`\"lat\":48.858093` in an MQTT payload logged as a string):
  // the number, when it has 3 digits or more (a count or a flag has fewer).
  ESCAPED_NUMBER_MEMBER.lastIndex = 0;
  for (let m = ESCAPED_NUMBER_MEMBER.exec(text); m !== null; m = ESCAPED_NUMBER_MEMBER.exec(text)) {
    const entity = ctx.classifyKey(m[2]!);
    if (entity === null) continue;
    const [start, end] = m.indices![3]!;
    if (digitCount(text, start, end) < 3) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
}

/**
 * PERSON for a bare `name` member of JSON in text whose object is a person under a generic parent
 * (`{\"user\":{\"name\":…,\"email\":…}}`, structure/person-parent.ts), else null.
 */
function personNameEntity(text: string, memberAt: number, level: number, member: string, ctx: SpanContext): string | null {
  if (member.length !== 4 || member.toLowerCase() !== 'name') return null;
  return personNameMemberEntity(text, memberAt, level, ctx.classifyKey);
}

/** Decimal digits in text[start, end). */
function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/** `\"key\":<number>` at any escape level: a member of escaped JSON whose value is a number. */
const ESCAPED_NUMBER_MEMBER = /(?<![\w\\])(\\+)"([A-Za-z_][\w.-]{0,63})\1"\s*:\s*(-?\d+(?:\.\d+)?)(?![\d.eE])/dg;

/**
 * `"key":"` (JSON member name, its value a string) not inside an escaped string. The name may be
 * in any script (`"收货人":"…"`, `"телефон":"…"`: key rules read native-script names too). The
 * look-behind follows the quote: written first, with Unicode classes, it cost twice as much.
 * MongoDB Extended JSON wraps a date in the member's value (`"dob" : { "$date" : "1990-…" }`,
 * canonical `{ "$date" : { "$numberLong" : "…" } }`): the wrapped string is the member's value.
 */
const INLINE_MEMBER =
  /"(?<![\p{L}\p{N}_\\]")([\p{L}_][\p{L}\p{M}\p{N}_.-]{0,63})"[ \t]*:[ \t]*(?:\{[ \t]*"\$date"[ \t]*:[ \t]*)?(?:\{[ \t]*"\$numberLong"[ \t]*:[ \t]*)?"/gu;

/**
 * A JSON object written into a log line after other text (`GET /api/v1/employees/4017 -> 200
 * {"firstName":…,"lastName":"…"}`, `payload={"cardholderName":"…"}`): a string is parsed as JSON
 * only when it is JSON from its first character, so such members are read here, like the escaped
 * ones above (escape level 0). The caller skips text that starts as JSON.
 */
export function inlineJsonMemberSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  INLINE_MEMBER.lastIndex = 0;
  for (let m = INLINE_MEMBER.exec(text); m !== null; m = INLINE_MEMBER.exec(text)) {
    const entity = ctx.classifyKey(m[1]!) ?? personNameEntity(text, m.index, 0, m[1]!, ctx);
    if (entity === null) continue;
    const start = m.index + m[0].length;
    const end = escapedStringEnd(text, start, 0);
    if (end <= start) continue;
    INLINE_MEMBER.lastIndex = end + 1;
    const value = text.slice(start, end);
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(m[1]!, value, entity) || isWordUnderDigitName(value, entity)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
}

/** The number of backslashes before a `"` at `at` (`\\"`, `\\\\\\"`: a quote escaped again), or 0 when no quote follows them. */
function escapedQuoteLevel(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 8 && text.charCodeAt(i) === 92) i++;
  return text.charCodeAt(i) === 34 ? i - at : 0;
}

/** Where a string escaped `level` times ends: the index of the backslash run before its closing quote, or -1. */
function escapedStringEnd(text: string, from: number, level: number, reach = 2048): number {
  for (let i = from; i < text.length && i - from < reach; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    let run = 0;
    while (run < i - from && text.charCodeAt(i - 1 - run) === 92) run++;
    if (run === level) return i - level;
  }
  return -1;
}

/**
 * Whether a quoted value under a login's name `key` is a person's display name: a person's name
 * written out with a word the name lists know (bare-name-columns.ts isRolePersonName: `Front
 * Desk`, a firm's name stay), no system account's display name (keptUnderKey).
 */
function isQuotedDisplayName(key: string, value: string): boolean {
  return value.indexOf(' ') > 0 && isRolePersonName(value) && !isActorName(key) && !keptUnderKey(key, value, 'PERSON');
}
