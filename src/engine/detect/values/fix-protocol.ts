import { regexDetector } from './helpers.js';
import { isSystemAccount } from './login-names.js';

/**
 * Session passwords of FIX messages (FIX Trading Community, FIXimate: tag 554 Password, 925
 * NewPassword) as engines and log viewers print them: `tag=value` fields separated by SOH (0x01),
 * `|` or a caret-A. Only inside a message, so the keyword is the BeginString `8=FIX` (FIX.4.x and
 * FIXT.1.1): strings without it never run the pattern.
 */
export const fixPassword = regexDetector({
  id: 'fix_password',
  entity: 'SECRET',
  description: 'Passwords in FIX messages (tags 554 Password and 925 NewPassword)',
  validation: 'a FIX message (BeginString 8=FIX…) with a 554= or 925= field: its value up to the next field delimiter (SOH, |, ^A)',
  context: false,
  example: '8=FIX.4.4|9=102|35=A|553=trader7|554=Fx!Logon2024|10=072|',
  keywords: ['8=fix'],
  prefilter: (s) => s.text.length >= 16,
  pattern: /(?:^|[|\x01]|\^A)(?:554|925)=((?:(?!\^A)[^|\x01\n]){1,128})/dg,
  group: 1,
  validate: (v) => v,
});

/** A FIX field's value: up to the next delimiter (SOH, `|`, `^A`) or the line's end. */
const FIX_VALUE = '((?:(?!\\^A)[^|\\x01\\n\\\\"]){1,64})';

/**
 * PartyRole (452) values that name a customer or a trader rather than a firm or a venue (FIX 4.4
 * PartyRole code set): 3 Client ID, 5 Investor ID, 9 Fund manager Client ID, 24 Customer Account,
 * 38 Position Account are a customer's; 11 Order Origination Trader, 12 Executing Trader, 36
 * Entering Trader, 37 Contra Trader are a person's login at a desk. Firms (1, 4, 7, 13, 17),
 * exchanges (22) and systems (16) stay.
 */
const CUSTOMER_ROLES = new Set(['3', '5', '9', '24', '38']);
const TRADER_ROLES = new Set(['11', '12', '36', '37']);

/**
 * The PartyRole of the party whose PartyID (448) ends at `end`: the first `452=` after it, before
 * the next party's `448=` and within its repeating group (a few fields on).
 */
function partyRoleAfter(text: string, end: number): string | undefined {
  const tail = text.slice(end, end + 96);
  const role = /(?:[|\x01]|\^A)452=(\d{1,3})(?![\d])/.exec(tail);
  if (role === null) return undefined;
  const next = /(?:[|\x01]|\^A)448=/.exec(tail);
  return next !== null && next.index < role.index ? undefined : role[1];
}

/** A placeholder or an empty-looking value (`NONE`, `N/A`, `-`, `0`) is no one's account. */
function fixIdentifier(v: string): string | undefined {
  const t = v.trim();
  if (t.length < 2 || !/[A-Za-z0-9]/.test(t) || /^(?:none|n\/?a|null|unknown|test|0+)$/i.test(t)) return undefined;
  return t;
}

/**
 * A customer's account in a FIX message (FIX 4.4: tag 1 Account, tag 79 AllocAccount of an
 * allocation, and a PartyID 448 whose PartyRole 452 is a customer's: client id, investor id,
 * customer or position account). Only inside a message (the BeginString `8=FIX` is the keyword);
 * firm ids (`448=GSCO|452=1`), ClOrdIDs (11), ExecIDs (17), symbols and prices stay.
 */
export const fixAccount = regexDetector({
  id: 'fix_account',
  entity: 'BANK_ACCOUNT',
  description: 'Customer accounts in FIX messages (tags 1 Account, 79 AllocAccount, 448 PartyID of a client role)',
  validation:
    'a FIX message (BeginString 8=FIX…) with a 1= or 79= field, or a 448= field whose 452 PartyRole is 3, 5, 9, 24 or 38: its value up to the next field delimiter',
  context: false,
  example: '8=FIX.4.4|35=D|1=7QX-310228|11=ORD-1|453=1|448=CLT-5512|447=D|452=3|10=001|',
  keywords: ['8=fix'],
  prefilter: (s) => s.text.length >= 16,
  pattern: new RegExp(`(?:^|[|\\x01]|\\^A)(?:1|79|448)=${FIX_VALUE}`, 'dg'),
  group: 1,
  validate: (v, scan, start) => {
    const text = scan.text;
    if (text.charCodeAt(start - 2) === 56 && text.charCodeAt(start - 3) === 52 && text.charCodeAt(start - 4) === 52) {
      const role = partyRoleAfter(text, start + v.length);
      if (role === undefined || !CUSTOMER_ROLES.has(role)) return undefined;
    }
    return fixIdentifier(v);
  },
});

/**
 * A trader's login as a FIX PartyID (448) whose PartyRole (452) is an order origination,
 * executing, entering or contra trader: one person's id at a desk. System and service accounts
 * (`svc_…`, `…-bot`) stay, as does every party of a firm, exchange or system role.
 */
export const fixTraderParty = regexDetector({
  id: 'fix_trader_party',
  entity: 'USERNAME',
  description: 'Traders’ ids in FIX messages (448 PartyID with PartyRole 11, 12, 36 or 37)',
  validation: 'a FIX message (BeginString 8=FIX…) with a 448= field whose 452 PartyRole is 11, 12, 36 or 37; system accounts stay',
  context: false,
  example: '8=FIX.4.4|35=D|11=ORD-1|453=1|448=jkowalczyk|447=D|452=11|10=001|',
  keywords: ['8=fix'],
  prefilter: (s) => s.text.length >= 16,
  pattern: new RegExp(`(?:^|[|\\x01]|\\^A)448=${FIX_VALUE}`, 'dg'),
  group: 1,
  validate: (v, scan, start) => {
    const role = partyRoleAfter(scan.text, start + v.length);
    if (role === undefined || !TRADER_ROLES.has(role) || isSystemAccount(v)) return undefined;
    return fixIdentifier(v);
  },
});
