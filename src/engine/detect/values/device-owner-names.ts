/**
 * A device or a car named for its owner, as phones, computers and connected cars name themselves
 * by default (`Nikhil's iPhone`, `Priya's MacBook Pro`, a Tesla `display_name` `Nikhil's Model 3`;
 * red-team round 27): a given name the name lists know, `'s`, then the device or model word. Only
 * the name is masked, so the device stays readable; `Apple's iPhone` or `Tesla's Model 3` (no
 * given name) stay.
 */
import { foldName, nameKind } from './person-names.js';
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
  prefilter: (s) => s.text.indexOf('s ') > 0,
  pattern:
    /(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}{1,20})['’]s\s+(?:iPhone|iPad|MacBook|iMac|AirPods|Apple Watch|Galaxy|Pixel|Model [3SXY]|[Ll]aptop)(?![\p{L}])/dgu,
  group: 1,
  validate: ownerName,
});
