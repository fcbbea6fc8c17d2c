/**
 * A device or a car named for its owner, as phones, computers and connected cars name themselves
 * by default (`Nikhil's iPhone`, `Priya's MacBook Pro`, a Tesla `display_name` `Nikhil's Model 3`;
 * red-team round 27): a given name the name lists know, `'s`, then the device or model word. Only
 * the name is masked, so the device stays readable; `Apple's iPhone` or `Tesla's Model 3` (no
 * given name) stay.
 */
import { isEverydayWord } from './intro-phrases.js';
import { foldName, nameKind, WORDLIKE_GIVEN } from './person-names.js';
import { isNameStopWord } from './person-name-stop.js';
import { regexDetector } from './helpers.js';

/** nameKind's bit of a given name. */
const GIVEN = 1;
/** Makers whose names the given-name lists also hold (`Tesla's Model 3`, `Dell's laptop`). */
const MAKERS = new Set(['tesla', 'apple', 'samsung', 'google', 'dell', 'lenovo', 'asus', 'acer', 'sony', 'mercedes', 'kia']);

function ownerName(v: string): string | undefined {
  const folded = foldName(v);
  return (nameKind(folded) & GIVEN) !== 0 && !MAKERS.has(folded) && !isNameStopWord(folded) ? v : undefined;
}

export const deviceOwnerName = regexDetector({
  id: 'device_owner_name',
  entity: 'PERSON',
  description: "Owners' given names in device and car names (`Nikhil's iPhone`, `Priya's Model 3`)",
  validation: "a capitalised given name the name lists know, then 's and a phone, computer, watch or car model word",
  context: false,
  example: "Nikhil's iPhone",
  keywords: [
    'iphone',
    'ipad',
    'macbook',
    'imac',
    'airpods',
    'apple watch',
    'galaxy',
    'pixel',
    'model 3',
    'model s',
    'model x',
    'model y',
    'laptop',
  ],
  prefilter: (s) => s.text.indexOf('s ', 1) !== -1,
  pattern:
    /(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}{1,20})['’]s\s+(?:iPhone|iPad|MacBook|iMac|AirPods|Apple Watch|Galaxy|Pixel|Model [3SXY]|[Ll]aptop)(?![\p{L}])/dgu,
  group: 1,
  validate: (v, scan, start) => ownerName(v) ?? wholeDeviceNameOwner(v, scan.text, start),
});

/**
 * A device's whole name, as the phone named itself (`Lucasta's iPad`, `Tamsin's iPhone 15 Pro`:
 * Sentry `contexts.device.name`, MDM inventories; red-team round 88): the word before `'s` is the
 * owner's given name, one the lists do not know too, unless it is a stop, everyday, maker's or
 * fleet word (`Admin's iPad`). Only when the name is the whole value: in prose the lists decide.
 */
const WHOLE_DEVICE_NAME = /^\p{Lu}\p{Ll}{1,20}['’]s (?:iPhone|iPad|MacBook|iMac|Apple Watch|Galaxy|Pixel)(?: [\w.()-]{1,12}){0,3}$/u;
function wholeDeviceNameOwner(v: string, text: string, start: number): string | undefined {
  if (start !== 0 || text.length > 48 || !WHOLE_DEVICE_NAME.test(text)) return undefined;
  const folded = foldName(v);
  if (folded.length < 3 || isNameStopWord(folded) || isEverydayWord(folded) || MAKERS.has(folded) || FLEET_WORDS.has(folded))
    return undefined;
  return v;
}

/** Words before a device word that name a fleet's use, not its owner (`Loaners-MacBook-Air`, `Admins-iMac`). */
const FLEET_WORDS = new Set([
  'admin',
  'user',
  'test',
  'dev',
  'build',
  'loaner',
  'lab',
  'demo',
  'kiosk',
  'shared',
  'guest',
  'office',
  'corp',
  'spare',
  'team',
  'staff',
  'student',
  'class',
]);

/**
 * The owner in a host name: macOS names a host from its owner's device name without the
 * apostrophe (`Ottavias-MacBook-Pro`, `Priyas-iPhone`), so a capitalised word ending in `s`
 * before the device word is the owner's given name, a name no list knows too unless it is a stop,
 * everyday, maker's or fleet word; Windows fleets name a laptop after its user in capitals
 * (`WILHELMINA-LAPTOP`, `GUNNAR-PC`), a given name the lists know that is no everyday word
 * (`SALES-LAPTOP`, `LOANER-LAPTOP-03` stay).
 */
function hostOwnerName(v: string): string | undefined {
  if (v === v.toUpperCase()) {
    const folded = foldName(v);
    return (nameKind(folded) & GIVEN) !== 0 &&
      !WORDLIKE_GIVEN.has(folded) &&
      !isNameStopWord(folded) &&
      !isEverydayWord(folded) &&
      !MAKERS.has(folded)
      ? v
      : undefined;
  }
  const folded = foldName(v.slice(0, -1));
  if (folded.length < 3 || isNameStopWord(folded) || isEverydayWord(folded) || MAKERS.has(folded) || FLEET_WORDS.has(folded))
    return undefined;
  return v;
}

export const deviceHostOwnerName = regexDetector({
  id: 'device_host_owner_name',
  entity: 'PERSON',
  description: "Owners' given names in host names (`Ottavias-MacBook-Pro`, `WILHELMINA-LAPTOP`)",
  validation:
    "a capitalised word ending in s before -MacBook / -iPhone / -iPad / -iMac (no stop, everyday, maker's or fleet word), or a given name in capitals the lists know before -LAPTOP / -PC / -DESKTOP",
  context: false,
  example: 'Ottavias-MacBook-Pro',
  keywords: ['-macbook', '-mbp', '-iphone', '-ipad', '-imac', '-mac-mini', '-laptop', '-pc', '-desktop'],
  prefilter: (s) => s.text.indexOf('-', 1) !== -1,
  pattern:
    /(?<![\p{L}\p{N}_.\\/-])(\p{Lu}\p{Ll}{2,20}s(?=-(?:MacBook|MBP|iPhone|iPad|iMac|Mac-mini))|\p{Lu}{3,20}(?=-(?:LAPTOP|PC|DESKTOP)(?![\p{L}\p{N}])))-/dgu,
  group: 1,
  validate: hostOwnerName,
});
