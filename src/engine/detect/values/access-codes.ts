import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';
import { afterNameDetector } from './after-name.js';

/**
 * A door, gate or alarm code written after its name, as delivery instructions, ride and courier
 * notes, property-management tickets and team chats carry them (`gate code 4471`, `Door code for
 * the Oak St office is 4471#`, `digicode : 2580B`… only digits are read). The code opens a
 * building: it is a credential as a PIN is. Up to 40 characters without a digit or a line break
 * may stand between the name and the code (`for the side entrance is`); a code is 3–8 digits,
 * alone (a date or a time after the name is not one: `1-2` digits or a `-`/`:` joined run).
 */
export const accessCodeAfterName = afterNameDetector({
  id: 'access_code_after_name',
  entity: 'SECRET',
  description: 'Door, gate, entry, buzzer, lockbox, key safe and alarm codes named before them (delivery notes, tickets)',
  validation:
    '3–8 digits alone, after door / gate / entry / buzzer / lockbox / alarm / keypad / building code, digicode or key safe, with at most 40 characters and no digit or line break between',
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
    // A key safe's code in an engineer's or a carer's visit note (red-team round 44: `key in
    // keysafe by back door (code 1397)`). Not `key safe`: gated on `safe`, a word prose holds often.
    'keysafe',
  ],
  prefilter: (s) => s.hasDigit,
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
    'keysafe',
    'Keysafe',
    'KEYSAFE',
    'key safe',
    'Key safe',
    'Key Safe',
    'key-safe',
  ],
  pattern:
    /(?:(?:door|gate|entry|buzzer|lockbox|alarm|keypad|building)[ _-]?code|digicode|key[ -]?safe(?:[ _-]?code)?)(?![a-z])[^\d\n]{0,40}?(?<![A-Za-z])(\d{3,8})(?![\w]|[.,/:-]\d)/diy,
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
