import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';
import { afterNameDetector } from './after-name.js';

/**
 * A door, gate or alarm code written after its name, as delivery instructions, ride and courier
 * notes, property-management tickets and team chats carry them (`gate code 4471`, `Door code for
 * the Oak St office is 4471#`, `digicode : 2580B`, `key safe by the garage is 1955`). The code
 * opens a building: it is a credential as a PIN is. French digicode pads carry the letters A and
 * B, so one keypad letter A–D right after the digits belongs to the code (`Digicode 2580B`,
 * red-team round 42). Up to 40 characters without a digit or a line break may stand between the
 * name and the code (`for the side entrance is`); a code is 3–8 digits, alone (a date or a time
 * after the name is not one: `1-2` digits or a `-`/`:` joined run, a year after `in` / `since` /
 * `until` / `from`: `the key safe was fitted in 2019`).
 * Property-management and MLS notes write them shorter too (red-team round 40): a number sign or
 * `combo` / `pin` after the name (`gate #4471`, `lockbox combo 1379`), the digits right after
 * `keypad` (`door keypad 9023*`), a lockbox's combination alone (`Combo 2468 on back door`) and
 * the Supra call-before-showing code (`CBS code 2468`).
 * An engineer's note names a flat's door entry panel and spells its code digit by digit (red-team
 * round 44: `Door entry 4 5 8 1 then buzz flat 6`): 4–8 single digits, one blank between each.
 * A smart lock's guest code and a parcel locker's pickup code are such codes too, and a household
 * chat names the keypad before `is` (red-team round 48: `added guest code 90263 for …`, `code for
 * the front door keypad is 640192`).
 * Check-in messages and delivery notes (red-team round 47): the code after `code` further on in the
 * sentence of a lockbox, key box, buzzer or intercom (`the lockbox is left of the door, code 7391`,
 * `buzzer 3B, code #4402`); a French key box (`boîte à clés`) and a digicode with its keypad letter
 * first (`digicode de l'immeuble B4791`); the code spelled digit by digit in words (`door code is
 * four seven one nine`).
 * A daycare's or a sitter's chat names whose lockbox before `is` (red-team round 99: `lockbox for
 * the pruitts is 3319`): the code after `is` within 30 characters of `lockbox` / `key box`, no digit
 * or stop between.
 */
export const accessCodeAfterName = afterNameDetector({
  id: 'access_code_after_name',
  entity: 'SECRET',
  description: 'Door, gate, entry, buzzer, lockbox, key safe and alarm codes named before them (delivery notes, tickets)',
  validation:
    '3–8 digits (and one keypad letter A–D after them, or before them after digicode), 4–8 single digits one blank apart, or 4–8 digits spelled in words, alone, after door / gate / entry / buzzer / lockbox / alarm / keypad / building / guest / pickup code (or combo / pin), key safe (code), digicode, boîte à clés, CBS code, codice (del) cancello / portone / citofono / allarme / accesso, Torcode or código (del) portón / portal / alarma / acceso, with at most 40 characters and no digit or line break between; or right after door / gate / lockbox / alarm / keypad #, keypad (is), door entry, combo(ination) or disarm (with), or after alarm with disarm right after; or after code / combo in the same sentence of a lockbox, key box, buzzer or intercom (30 characters); or after `is` within 30 characters (no digit) of lockbox / key box',
  context: true,
  example: 'gate code is 4471',
  keywords: [
    'door code',
    'door-code',
    'gate code',
    'gate-code',
    'entry code',
    'buzzer code',
    'lockbox code',
    'alarm code',
    'keypad code',
    'building code',
    'digicode',
    'keypad',
    'combo',
    'cbs',
    // A key safe's code in a delivery or carer's note (red-team rounds 42 and 44); `keysafe` as one word too.
    'key safe',
    'keysafe',
    // An alarm's code without the word (`alarm 7319 disarm at panel`, `disarm with 2580`: red-team round 40).
    'disarm',
    // A flat's door entry panel (red-team round 44: `Door entry 4 5 8 1`).
    'door entry',
    // A smart lock's guest code, a parcel locker's pickup code (red-team round 48).
    'guest code',
    'pickup code',
    // Check-in messages (red-team round 47): a key box, an intercom, a French boîte à clés.
    'keybox',
    'intercom',
    'boîte',
    // Field-service notes in Italian, German and Spanish (red-team round 71: `Codice cancello 7319`,
    // `Torcode 2580`, `código del portón 1357`).
    'codice',
    'torcode',
    'código',
  ],
  // A code spelled in words has no digit, but its name has `code`.
  prefilter: (s) => s.hasDigit || s.text.includes('code'),
  names: [
    'door',
    'Door',
    'DOOR',
    'gate',
    'Gate',
    'GATE',
    'entry',
    'Entry',
    'buzzer',
    'Buzzer',
    'lockbox',
    'Lockbox',
    'alarm',
    'Alarm',
    'keypad',
    'Keypad',
    'building',
    'Building',
    'digicode',
    'Digicode',
    'DIGICODE',
    'combo',
    'Combo',
    'COMBO',
    'CBS',
    'cbs',
    'key safe',
    'Key safe',
    'keysafe',
    'Keysafe',
    'KEYSAFE',
    'Key Safe',
    'key-safe',
    'disarm',
    'Disarm',
    'guest',
    'Guest',
    'pickup',
    'Pickup',
    'key box',
    'Key box',
    'keybox',
    'Keybox',
    'intercom',
    'Intercom',
    'boîte',
    'Boîte',
    'codice',
    'Codice',
    'Torcode',
    'torcode',
    'código',
    'Código',
  ],
  pattern:
    /(?:(?:(?:door|gate|entry|buzzer|lockbox|alarm|keypad|building|guest|pickup)[ _-]?(?:code|combo|pin)|digicode|cbs[ _-]?code|key[ -]?safe(?:[ _-]?code)?|boîte à clés|codice (?:del |dell')?(?:cancello|portone|citofono|allarme|accesso)|torcode|código (?:del |de )?(?:portón|porton|portal|alarma|acceso))(?![a-z])[^\d\n]{0,40}?|(?:door|gate|lockbox|alarm|keypad) ?# ?|keypad(?: is)?[ :]+|door[ _-]entry(?: is)?[ :#=]{1,3}|combo(?:ination)?(?: is)?[ :#=]{1,3}|alarm[ :]+(?=\d{3,8}[ ,]+(?:to )?disarm(?![a-z]))|disarm(?: with| using)?[ :]+|(?:lockbox|key ?box|buzzer|intercom)(?![a-z])[^\n.;!?]{0,30}?(?<![a-z])(?:code|combo)(?: is)?[ :#=]{1,3}|(?:lockbox|key ?box)(?![a-z])[^\d\n.;!?]{0,30}? is[ :]{1,2})(?<![A-Za-z])(?!(?<=(?:in|since|until|from) )(?:19|20)\d\d(?!\d))(\d{3,8}(?:[A-D](?![\w]))?|\d(?: \d){3,7}|(?<=digicode[^\d\n]{0,40})[A-D]\d{3,7}(?![\w])|(?:zero|one|two|three|four|five|six|seven|eight|nine)(?:[ -](?:zero|one|two|three|four|five|six|seven|eight|nine)){3,7}(?![a-z]))(?![\w]|[.,/:-]\d)/diy,
  validate: (v) => v,
});

const DTMF = keywordRegex(['dtmf']);

/**
 * Keys pressed on a phone keypad as an IVR logs them (red-team round 29: `dtmf call=… buffer=4111…
 * last=1 collected=…`, Asterisk / Connect DTMF events): the digits gathered so far under `buffer=`,
 * `digits=`, `collected=` or `input=` on a line that names DTMF are a card, a PIN or an account
 * read in, whole or in part. The name alone is no such buffer (`buffer=4096` of a server log).
 */
export const dtmfDigits = regexDetector({
  id: 'dtmf_digits',
  entity: 'SECRET',
  description: 'Keypad digits an IVR log gathers (buffer= / digits= / collected= / input= after the word dtmf)',
  validation: '4–19 digits after buffer= / digits= / collected= / input=, with dtmf within 120 characters before',
  context: true,
  example: 'dtmf call=1710239967.4412 buffer=4111111111',
  keywords: ['dtmf'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])(?:buffer|digits|collected|input)=(\d{4,19})(?![\w])/dgi,
  group: 1,
  validate: (v, scan, start) => (contextBefore(scan, start, DTMF, 120) ? v : undefined),
});

const SMART_LOCK_WORDS = ['lock=', 'lock_id', 'lockid', 'smartlock', 'smart lock', 'smart_lock'];
const SMART_LOCK = keywordRegex(SMART_LOCK_WORDS);

/**
 * A smart lock's keypad code in its audit or event line (red-team round 47: `lock=front-door-01
 * event=code_created code=839201 label="guest …"`; Seam / August / Yale access-code events): the
 * digits under `code=` / `access_code=` / `pin=` on a line that names the lock before them. The
 * pair alone is no such code (`code=200` of an HTTP log), nor is a status's, an exit's or an
 * error's code on such a line (`lock=cache-7 http code=5032`).
 */
export const smartLockCode = regexDetector({
  id: 'smart_lock_code',
  entity: 'SECRET',
  description: "A smart lock's keypad code in its audit line (code= / access_code= / pin= after lock= or smart lock)",
  validation:
    '4–8 digits under code= / access_code= / pin= (or code:), with lock= / lock_id / smart lock within 120 characters before on its line',
  context: true,
  example: 'lock=front-door-01 event=code_created code=839201',
  keywords: SMART_LOCK_WORDS,
  prefilter: (s) => s.hasDigit,
  pattern:
    /(?<![\w-])(?<!(?:http|status|exit|error|err|return|response|reason|result|country|zip|postal|area)[ _.-]?)(?:access_?code|code|pin)(?:=|: ?)"?(\d{4,8})(?![\w]|[.,/:-]\d)/dgi,
  group: 1,
  validate: (v, scan, start) => {
    const from = Math.max(0, start - 120);
    const line = scan.text.lastIndexOf('\n', start);
    return contextBefore(scan, start, SMART_LOCK, start - Math.max(from, line + 1)) ? v : undefined;
  },
});

/**
 * An access-control badge or fob number named in prose, as guard reports, service-desk tickets and
 * SIEM lines write it (red-team round 48: `Badge 7730215 was used at 02:09`, `badge #4471902`,
 * `fob no. 60418`, `using card #17745 (26-bit, FC 98)`). The number is on one holder's card and, on 26-bit Wiegand cards, enough to
 * clone it: a credential as a PIN is. 4–10 digits right after badge / fob / prox card / access
 * card (optionally number / no. / id / #, `:` or `=`), alone (not a date, a time or a version).
 */
export const badgeNumberAfterName = afterNameDetector({
  id: 'badge_number_after_name',
  entity: 'SECRET',
  description: 'Access-control badge, fob and proximity card numbers named before them (guard reports, tickets, SIEM lines)',
  validation:
    '4–10 digits right after badge / fob / key fob / prox card / access card / Dutch pasnummer (or card #), optionally number / no. / id / #, is / was, : or =; not followed by a letter, a digit group or a date / time / version separator and digit',
  context: true,
  example: 'Badge 7730215 was used at 02:09',
  // Dutch `Pasnummer 40771` (an access pass's number; red-team round 106).
  keywords: ['badge', 'fob', 'prox card', 'access card', 'card #', 'pasnummer'],
  prefilter: (s) => s.hasDigit,
  names: [
    'badge',
    'Badge',
    'BADGE',
    'fob',
    'Fob',
    'prox card',
    'Prox card',
    'access card',
    'Access card',
    'Access Card',
    'card #',
    'Card #',
    'old card',
    'Old card',
    'new card',
    'New card',
    'lost card',
    'Lost card',
    'stolen card',
    'replacement card',
    'pasnummer',
    'Pasnummer',
  ],
  pattern:
    /(?:badge|fob|prox card|access card|pasnummer|card(?= #)|(?:old|new|lost|stolen|replacement) card)(?:[ _-]?(?:number|num|no\.?|id))?(?: is| was)?(?: ?[#:=] ?| )(\d{4,10})(?![\w]|[.,/:-]\d)/diy,
  validate: (v) => v,
});

/**
 * A Wiegand card number in the facility-code : card-number form controllers and integrations print
 * (red-team round 48: a debug line's `fc=142 cn=62164`, Brivo's credential reference `26-bit
 * 98:17745`). The facility code is site-wide and stays; the card number is one holder's (with the
 * facility code, enough to clone a 26-bit card). 1–8 digits after `fc` and its code then `cn` /
 * `card`, or after a Wiegand format's bit count (26, 34–37, 40, 48) and `FC:`.
 */
export const wiegandCardNumber = afterNameDetector({
  id: 'wiegand_card_number',
  entity: 'SECRET',
  description: 'Wiegand card numbers written after their facility code (fc=142 cn=62164, 26-bit 98:17745)',
  validation:
    '1–8 digits after fc (= / :) and 1–5 digits, then cn or card (no / #) (= / :); or after 26 / 34–37 / 40 / 48-bit, an optional FC and 1–5 digits, then : / or - (as a Brivo export writes 26-bit 0115-62204); not followed by a letter, a digit group or a separator and digit',
  context: true,
  example: 'wiegand26 fc=142 cn=62164',
  keywords: ['fc=', 'fc:', 'fc ', '-bit ', 'bit:'],
  prefilter: (s) => s.hasDigit,
  names: ['fc', 'FC', 'Fc', 'bit', 'BIT'],
  pattern:
    /(?:fc ?[=:#]? ?\d{1,5}[ ,;/]+(?:cn|card(?: ?(?:no\.?|num|number|#))?) ?[=:#]? ?|(?<=(?<!\d)(?:26|3[4-7]|40|48)[- ]?)bit[ :,]+(?:fc ?[=:]? ?)?\d{1,5}[:/-])(\d{1,8})(?![\w]|[.,/:-]\d)/diy,
  validate: (v) => v,
});

/**
 * A code a person shows or shares to let someone else see or collect something of theirs, named
 * before it in prose (red-team round 48): a mailroom's `Show code 4417-92 at the mailroom`, a
 * parcel's `collection code`, a UK driving-licence check's or right-to-work `share code
 * Gh7kLm9P` (8–9 letters and digits, printed in groups too: `Gh 7k Lm 9P`). Whoever holds the
 * code sees the record or takes the parcel: a credential. Not `check code`: `check` is an
 * everyday word of prompts, and a keyword opens on its longest word.
 */
export const handoverCodeAfterName = afterNameDetector({
  id: 'handover_code_after_name',
  entity: 'SECRET',
  description: 'Collection, show and share codes named before them (mailroom notices, licence checks, right-to-work checks)',
  validation:
    'after show / collection code (is, :, # or =): 4–8 digits, or digits joined by one dash (4417-92); after those or share code: 8–9 letters and digits, a letter and a digit among them, whole or in 3–4 groups of 2–3 one blank apart',
  context: true,
  example: 'Show code 4417-92 at the mailroom',
  keywords: ['show code', 'collection code', 'share code'],
  prefilter: (s) => s.hasDigit,
  names: ['show code', 'Show code', 'collection code', 'Collection code', 'share code', 'Share code'],
  pattern:
    /(?:show|collection|share) code(?: is| was)?[ :#=]{1,3}((?<=(?:show|collection) code[ :#=isw]{1,7})(?:\d{2,6}-\d{2,6}|\d{4,8})|[A-Za-z0-9]{8,9}|[A-Za-z0-9]{2,3}(?: [A-Za-z0-9]{2,3}){2,3})(?![\w]|[.,/:-]\d)/diy,
  validate: (v) => {
    if (/^[\d-]+$/.test(v)) return v.length <= 11 ? v : undefined;
    const bare = v.replace(/ /g, '');
    return bare.length >= 8 && bare.length <= 9 && /\d/.test(bare) && /[A-Za-z]/.test(bare) ? v : undefined;
  },
});

/**
 * The matching id of an eSIM activation code (GSMA SGP.22 §4.1: `LPA:1$<SM-DP+ address>$<matching
 * id>[$<OID>$<confirmation code required>]`), as activation logs, support e-mails and QR payloads
 * print it: with the SM-DP+ address it downloads the subscriber's profile once, so it is a
 * credential; the address (a public server) stays (red-team round 52).
 */
export const esimActivationCode = regexDetector({
  id: 'esim_activation_code',
  entity: 'SECRET',
  description: 'The matching id of an eSIM activation code (LPA:1$…$…)',
  validation: '`LPA:1$`, an SM-DP+ host name, `$`, then 4–64 letters, digits and dashes (the matching id)',
  context: false,
  example: 'LPA:1$smdp.example.com$04386-AGYFT-A74Y8-3F815',
  keywords: ['lpa:1$'],
  prefilter: (s) => s.text.length >= 12,
  pattern: /(?<![A-Za-z])LPA:1\$[A-Za-z0-9.-]{3,253}\$([A-Za-z0-9-]{4,64})(?![A-Za-z0-9-])/dgi,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

const SWITCHING_CODE_GATE = /(?<![A-Za-z])(?:PAC|[Pp]ac|STAC|[Ss]tac)(?![A-Za-z])/;
const SWITCHING_CODE_NAME = /(?<![a-z])(?:stac|pac)(?![a-z])/;

/**
 * UK switching codes (Ofcom's mobile switching rules, 2019): a PAC (porting authorisation code,
 * three letters and six digits, `PAC is PQR123456`) moves a number to another network and a STAC
 * (six digits and three letters) ends the contract; each is a credential over the subscriber's
 * number. Read after the name (PAC / STAC) within 30 characters on its line, as the network's SMS
 * and care notes write them (red-team round 52).
 */
export const ukSwitchingCode = regexDetector({
  id: 'uk_switching_code',
  entity: 'SECRET',
  description: 'UK mobile switching codes (PAC, STAC) after their name',
  validation:
    'three letters and six digits (PAC) or six digits and three letters (STAC, the digits may be grouped by three), with PAC / STAC within 30 characters before on the line',
  context: true,
  example: 'Your PAC is PQR123456',
  // The name then a blank or a separator, not the letters alone (`package`, `pace`, `pacific`).
  keywords: ['pac ', 'pac:', 'pac=', 'pac"', 'stac'],
  prefilter: (s) => s.hasDigit && SWITCHING_CODE_GATE.test(s.text),
  pattern: /(?<![A-Za-z0-9])(?:[A-Z]{3}\d{6}|\d{3} ?\d{3} ?[A-Z]{3})(?![A-Za-z0-9])/g,
  validate: (v, scan, start) =>
    contextBefore(scan, start, SWITCHING_CODE_NAME, 30) && !/\n/.test(scan.text.slice(Math.max(0, start - 30), start)) ? v : undefined,
});

/**
 * A home's access code in a field-service work order or a technician's note (red-team round 97:
 * HVAC, plumbing and lawn-care dispatch notes, a lockbox link for a job), in the shapes
 * access_code_after_name does not read: a lockbox's combination right after the word
 * (`Side gate lockbox 0415, key inside`, a query's `lockbox=8840`: 3–6 digits, as lockbox dials
 * have; a longer number there is the box's serial); an alarm's password (`alarm pw 2468`); the
 * code further on in the sentence of a gate, a door or a garage (`use the side gate, code is
 * 4#7731`), not an error's, a status's or a promotion's code; French `code de porte` / `code du
 * portail` / `code d'accès`; German `Schlüsselsafe … Code 5821`, `Türcode`, `Alarmcode`. A keypad
 * code may hold `#` or `*` between its digits (`4#7731`) or end with one (`8812#`).
 */
export const accessCodeFieldNote = afterNameDetector({
  id: 'access_code_field_note',
  entity: 'SECRET',
  description:
    "Lockbox combinations, alarm passwords and gate / door / garage codes in field-service work orders and technicians' notes (also French and German)",
  validation:
    "after lockbox (space, : or =): 3–6 digits; after alarm pw / pass / password / passcode, code de porte / du portail / d'accès / d'entrée / du garage, Türcode / Alarmcode / Garagencode, or code / pin / combo within 30 characters after gate / door / garage / Schlüsselsafe / Schlüsselkasten (not an error, status, exit, response, promo or discount code): 3–8 digits, or 1–4 digits, # or *, 2–7 digits; alone (no letter, digit group or date / version separator after)",
  context: true,
  example: 'use the side gate, code is 4#7731',
  keywords: [
    'lockbox',
    'alarm pw',
    'alarm pass',
    'code is',
    ', code',
    'code de porte',
    'code du portail',
    "code d'",
    'code d’',
    'code du garage',
    'schlüsselsafe',
    'schlüsselkasten',
    'türcode',
    'alarmcode',
    'garagencode',
  ],
  prefilter: (s) => s.hasDigit,
  names: [
    'lockbox',
    'Lockbox',
    'LOCKBOX',
    'alarm',
    'Alarm',
    'gate',
    'Gate',
    'door',
    'Door',
    'garage',
    'Garage',
    'code',
    'Code',
    'Schlüssel',
    'schlüssel',
    'Türcode',
    'Alarmcode',
    'Garagencode',
  ],
  pattern:
    /(?:lockbox[ :=]{1,2}(?=\d{3,6}(?![\w#*]|[.,/:-]\d))|alarm[ _-]?(?:pw|pass|password|passcode)(?: is)?[ :=#]{1,3}|code (?:de (?:la )?porte|du portail|du garage|d['’](?:accès|acces|entrée|entree))(?: est)?[ :#=]{1,3}|(?:türcode|alarmcode|garagencode)(?: ist)?[ :#=]{1,3}|(?:gate|door|garage|schlüssel(?:safe|kasten|tresor))(?![a-zäöü])[^\d\n.;!?]{0,30}?(?<![a-zäöü])(?<!(?:error|status|exit|return|response|http|zip|area|postal|promo|discount|coupon|country|source|verification|confirmation) )(?:code|pin|combo)(?: is| ist)?[ :#=]{1,3})(\d{1,4}[#*]\d{2,7}|\d{3,8})#?(?![\w*]|[.,/:-]\d)/diy,
  validate: (v) => v,
});

/** A visit sheet's word of a home's way in, beside a bare `alarm=` (`entry=`, `lockbox=`, `gate code`, `wifi_pw=`). */
const HOME_ENTRY_WORD = /(?<![A-Za-z])(?:entry|door|gate|lockbox|key ?box|keysafe|key safe|garage|wifi|code)(?![a-z])/i;

/**
 * A home's alarm code in a pet sitter's or a house sitter's visit sheet (leftovers of red-team
 * round 99): a bare `alarm=9182` among key=value pairs that name the home's way in too (`entry="side
 * door, code 4471"`), and `disarm alarm 5521` / `turn off the alarm 5521` in a note. A bare
 * `alarm=` with four to eight digits names a device's alarm time or count as often (a feeder's
 * `alarm=0730 portion=2`): read only beside an entry, door, gate, lockbox, key box, garage, wifi or
 * code word in the same text.
 */
export const alarmCodeInVisit = regexDetector({
  id: 'alarm_code_in_visit',
  entity: 'SECRET',
  description: "A home's alarm code as a bare alarm= of a sitter's visit sheet, or after disarm / turn off (the) alarm",
  validation:
    '4–8 digits alone after `alarm=` / `alarm:` (quoted or not) where the text also names an entry, door, gate, lockbox, key box, garage, wifi or code; or after disarm / deactivate / turn off (the) alarm (with, using, :)',
  context: true,
  example: 'entry="side door" alarm=9182',
  keywords: ['alarm'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?:(?<![A-Za-z_])(alarm)[=:]"?|(?:disarm|deactivate|turn off)(?: the)? alarm(?: with| using|:)? )(\d{4,8})(?![\d:./-])/dgi,
  group: 2,
  validate(v, scan, start) {
    const bare = scan.text.charCodeAt(start - 1) === 61 || scan.text.charCodeAt(start - 1) === 58 || scan.text.charCodeAt(start - 1) === 34;
    if (bare && !HOME_ENTRY_WORD.test(scan.text)) return undefined;
    return v;
  },
});
