import { isLabPlateText } from './lab-logins.js';
import { contextBefore } from '../context.js';
import { SIG_DOT } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { imeiValid, imsiValid, latLongValid, vinValid } from '../validators-ids.js';
import { digitsOnly, luhnValid, mod97Remainder } from '../validators.js';
import { candidatePatterns, detectorFields, regexDetector } from './helpers.js';
import { contextKeywords, hasAtLeast, hasUpperCode, numericWindows, upperWindows, windowedDetector } from './shared.js';

const GEO = contextKeywords([
  'lat',
  'latitude',
  'lng',
  'lon',
  'long',
  'longitude',
  'coord',
  'coords',
  'coordinates',
  'location',
  'gps',
  'geo',
  'position',
  'geolocation',
  'latlng',
  'latlon',
]);

/** A latitude/longitude pair: two decimals with at least 3 places, in range, after a location keyword. */
export const latLong = regexDetector({
  id: 'lat_long',
  entity: 'GEO_COORDINATES',
  description: 'Latitude/longitude pairs',
  validation:
    'two decimals with ≥ 3 places, |lat| ≤ 90, |lon| ≤ 180, separated by a comma, space or slash; a keyword (lat, location, gps, coordinates…) within 40 characters before',
  context: true,
  example: 'location: 37.77493, -122.41942',
  keywords: GEO.keywords,
  prefilter: (s) => s.hasDigit && s.text.includes('.'),
  pattern: /(?<![\w.-])(-?\d{1,2}\.\d{3,12})\s{0,2}[,;/ ]\s{0,2}(-?\d{1,3}\.\d{3,12})(?![\w]|\.\d)/dg,
  validate: (v, scan, start) => {
    const m = /^(-?[\d.]+)\s*[,;/ ]\s*(-?[\d.]+)$/.exec(v);
    if (!m || !latLongValid(m[1]!, m[2]!) || !contextBefore(scan, start, GEO.re)) return undefined;
    return `${m[1]},${m[2]}`;
  },
});

/**
 * A GPS fix written as a bare pair, without a location word, as trip summaries, chat shares and
 * activity descriptions print it (`ended at 40.741895,-73.989308`, `start 42.360082 -71.058880`;
 * red-team round 25): two decimals of 5 to 8 places each (a device's fix, about a metre; a
 * person's precise location), in range, joined by a comma, one space or a slash (a driver app's
 * `loc=53.338921/-6.270843`, red-team round 42) or a semicolon (a trip's breadcrumbs in one cell,
 * `53.480759;-2.242631|53.481902;-2.240117`, red-team round 48) or a pipe (the latitude and
 * longitude cells of a header-less pipe row, `…|2025-03-01T06:14:19Z|41.85003|-87.65005`, a fleet
 * export or a trip-score batch: red-team round 76) or a percent-encoded comma (`%2C`: a map link's
 * `ll=45.52306%2C-122.67648` in a safety alert, red-team round 85), at least one of them 1 or more in size (a pair of scores or weights, `0.12345, 0.67891`, is not read). Gated on the
 * numeric gate, the text's signature (a dot) and a native search for the shape.
 */
export const latLongBare = regexDetector({
  id: 'lat_long_bare',
  entity: 'GEO_COORDINATES',
  description: 'Latitude/longitude pairs of 5–8 decimal places each, without a location word',
  validation:
    'two decimals with 5–8 places, |lat| ≤ 90, |lon| ≤ 180, not both below 1, joined by a comma (and a space), one space, a slash, a semicolon, a pipe or a percent-encoded comma (%2C); no keyword needed',
  context: false,
  example: 'ended at 40.741895,-73.989308',
  // `numeric` (a stretch of 7+ digits and `.`, shared by the numeric detectors) holds every pair.
  prefilter: (s) => s.numeric && (s.signature & SIG_DOT) !== 0 && s.text.length >= 15 && fiveDecimals(s.text) && BARE_PAIR.test(s.text),
  pattern: /(?<![\w.-])(-?\d{1,2}\.\d{5,8})(?:,? ?|\/|;|\||%2[Cc])(-?\d{1,3}\.\d{5,8})(?![\w]|\.\d)/dg,
  validate: (v) => {
    const m = /^(-?[\d.]+)(?:,? ?|\/|;|\||%2[Cc])(-?[\d.]+)$/.exec(v);
    if (!m || !latLongValid(m[1]!, m[2]!)) return undefined;
    if (Math.abs(Number(m[1])) < 1 && Math.abs(Number(m[2])) < 1) return undefined;
    // Pipe-joined cells of whole numbers written with places (`|1.00000|2.00000|`) are no fix.
    if (v.includes('|') && (ROUND_DECIMAL.test(m[1]!) || ROUND_DECIMAL.test(m[2]!))) return undefined;
    return `${m[1]},${m[2]}`;
  },
});
const ROUND_DECIMAL = /\.0+$/;
const BARE_PAIR = /\d\.\d{5,8}(?:,? ?|\/|;|\||%2[Cc])-?\d{1,3}\.\d{5}/;

/**
 * A latitude and a longitude under their own names in text (red-team round 48): JSON relayed in
 * a log line (`bridge rx … {"lat":40.416775,"lon":-3.70379}` of an OwnTracks payload) and a GPS
 * tracker's SMS reply (`lat:-33.868820 long:151.209290`). The record walk reads such members of
 * decoded JSON, and the key=value reader a blank after `=`; a number right after `"lat":` or
 * `lat:` is neither. Both names must stand, latitude first, at most 12 characters apart, each
 * value with 4–12 decimals and the pair in range; each number is masked alone, the names stay.
 * OpenStreetMap's marker parameters `mlat=…&mlon=…` are read the same way (a pet tracker's or a
 * wearer's last fix as a map link: red-team round 76).
 */
const NAMED_PAIR =
  /(?<![A-Za-z])m?lat(?:itude)?(?:\\?["'])?\s?[:=]\s?(?:\\?["'])?(-?\d{1,2}\.\d{4,12})(?:\\?["'])?[^\d\n]{1,12}?(?<![A-Za-z])m?(?:lon|lng|long|longitude)(?:\\?["'])?\s?[:=]\s?(?:\\?["'])?(-?\d{1,3}\.\d{4,12})(?![\w]|\.\d)/diy;
const LAT_NAMES = ['lat', 'Lat', 'LAT'];
/** What may follow `lat` of a named latitude: `i` (`latitude`), a quote, a backslash, a blank, `:` or `=`. */
const AFTER_LAT = new Set([105, 73, 34, 39, 92, 32, 58, 61]);
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export const latLongNamedPair: ValueDetector = {
  ...detectorFields({
    id: 'lat_long_named_pair',
    entity: 'GEO_COORDINATES',
    description: 'Latitude and longitude values under their own names in text (JSON in a log line, tracker replies)',
    validation:
      'lat / latitude (or OpenStreetMap mlat) then : or = and a decimal of 4–12 places, then within 12 characters lon / lng / long / longitude (mlon) with : or = and a decimal; |lat| ≤ 90, |lon| ≤ 180',
    context: false,
    example: 'lat:-33.868820 long:151.209290',
    keywords: ['lat', 'latitude'],
    prefilter: (s) => s.hasDigit && (s.signature & SIG_DOT) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const from = out.length;
    // The names are found with native searches; the pattern is tried only where one starts.
    for (const name of LAT_NAMES) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 3)) {
        // Most `lat`s of prose are inside a word (`translate`, `platform`) or start one (`later`).
        if (!AFTER_LAT.has(text.charCodeAt(at + 3))) continue;
        let from = at;
        if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) {
          // OpenStreetMap's marker `mlat`; any other letter before `lat` makes another word.
          if (text.charCodeAt(at - 1) !== 109 || (at > 1 && isLetterCode(text.charCodeAt(at - 2)))) continue;
          from = at - 1;
        }
        NAMED_PAIR.lastIndex = from;
        const m = NAMED_PAIR.exec(text);
        if (m === null || !latLongValid(m[1]!, m[2]!)) continue;
        const lat = m.indices![1]!;
        const lon = m.indices![2]!;
        out.push({ start: lat[0], end: lat[1], entity: 'GEO_COORDINATES', detector: 'lat_long_named_pair', normalized: m[1]!, priority });
        out.push({ start: lon[0], end: lon[1], entity: 'GEO_COORDINATES', detector: 'lat_long_named_pair', normalized: m[2]!, priority });
      }
    }
    // One name form after another: put this detector's spans back in text order.
    if (out.length - from > 2) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};
candidatePatterns.set(latLongNamedPair, [new RegExp(NAMED_PAIR.source, 'dgi')]);

/**
 * A position in degrees, minutes and seconds with its hemispheres, as exiftool prints EXIF GPS
 * (`52 deg 22' 12.48" N, 4 deg 53' 42.60" E`) and maps and cameras write it (`48°51'29.5"N
 * 2°17'40.2"E`): a latitude and a longitude, each with seconds, in range (red-team round 31).
 * Gated on the keywords `deg` and `°`.
 */
export const latLongDms = regexDetector({
  id: 'lat_long_dms',
  entity: 'GEO_COORDINATES',
  description: 'Latitude/longitude pairs in degrees, minutes and seconds (exiftool `deg`, `°`)',
  validation: 'degrees ≤ 90 N/S then ≤ 180 E/W, minutes and seconds < 60, joined by a comma or blanks; keyword deg or °',
  context: false,
  example: `52 deg 22' 12.48" N, 4 deg 53' 42.60" E`,
  keywords: ['deg', '°'],
  prefilter: (s) => s.hasDigit && (s.text.includes(' deg ') || s.text.includes('°')),
  pattern:
    /(?<![\w.])(\d{1,2})(?: deg |°\s?)(\d{1,2})['′]\s?(\d{1,2}(?:\.\d{1,6})?)(?:"|″|'')\s?[NS],?\s{0,2}(\d{1,3})(?: deg |°\s?)(\d{1,2})['′]\s?(\d{1,2}(?:\.\d{1,6})?)(?:"|″|'')\s?[EW](?![\w])/dg,
  validate: (v) => {
    const m = /^(\d+)\D+(\d+)\D+([\d.]+)\D+?(\d+)\D+(\d+)\D+([\d.]+)/.exec(v);
    if (m === null) return undefined;
    const [lat, latMin, latSec, lon, lonMin, lonSec] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    if (lat > 90 || lon > 180 || latMin >= 60 || lonMin >= 60 || latSec >= 60 || lonSec >= 60) return undefined;
    return v;
  },
});
/**
 * A digit, a dot and five digits somewhere: dot by dot with native searches, so prose with dates
 * and full stops (long prompts, messages) costs a few reads per sentence instead of a regex pass.
 */
function fiveDecimals(t: string): boolean {
  for (let i = t.indexOf('.', 1); i !== -1 && i + 5 < t.length; i = t.indexOf('.', i + 1)) {
    if (!isDigitCode(t.charCodeAt(i - 1))) continue;
    let k = 1;
    while (k <= 5 && isDigitCode(t.charCodeAt(i + k))) k++;
    if (k > 5) return true;
  }
  return false;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** VINs: 17 characters without I, O, Q and a valid check digit in position 9 (mandatory in North America since 1981). */
export const vin = windowedDetector({
  id: 'vin',
  entity: 'VIN',
  description: 'Vehicle identification numbers',
  validation:
    'ISO 3779: 17 characters from A–Z (no I, O, Q) and 0–9, letters and digits both present, check digit in position 9 (mod 11, 10 = X)',
  context: false,
  example: '1M8GDM9AXKP042788',
  windows: upperWindows,
  minDigits: 1,
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 17 && hasUpperCode(s),
  pattern: /(?<![A-Za-z0-9_-])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9_])/g,
  validate: (v) => (vinValid(v) ? v : undefined),
});

/**
 * A VIN typed in lower case right after its name (`vin 5npe34af0fh012345`, `vin# …`, `vin: …`),
 * as adjusters and salvage desks type notes (red-team round 75): the same 17 characters and check
 * digit as `vin`, read upper-cased; the word is what makes a lower-case run of 17 worth a look.
 */
export const vinLowerCase = regexDetector({
  id: 'vin_lower_case',
  entity: 'VIN',
  description: 'Vehicle identification numbers in lower case after the word vin',
  validation:
    'vin (#, no., number, :) then 17 characters from a–z (no i, o, q) and 0–9, letters and digits both present, ISO 3779 check digit of the upper-cased value',
  context: false,
  example: 'clmt vehicle vin 5npe34af0fh012345',
  keywords: ['vin'],
  prefilter: (s) => s.hasDigit && s.text.length >= 20,
  pattern: /(?<![A-Za-z])(?:vin|VIN|Vin)(?: ?#| no\.?| number)?:? {1,2}([a-hj-npr-z0-9]{17})(?![A-Za-z0-9_])/dg,
  group: 1,
  validate: (v) => {
    const upper = v.toUpperCase();
    return /[A-Z]/.test(upper) && /\d/.test(upper) && vinValid(upper) ? upper : undefined;
  },
});

/**
 * A vehicle's plate named in prose (`Driver with plate 8XYZ472`, `car plate AA-12-BB`, `plate VA
 * TKR-4419` with a US state before it): after `plate` (optionally `number`, `no.`, `is`, `:`),
 * one to three groups of capitals and digits (4–8 of them, both kinds present), joined by a
 * blank or a dash. Plates have no shape of their own across countries: the word is the evidence.
 */
export const plateAfterWord = regexDetector({
  id: 'plate_after_word',
  entity: 'LICENSE_PLATE',
  description: 'Vehicle registration plates named by the word plate in prose',
  validation:
    'plate (number, no., is, :) then 4–8 capitals and digits (both present) in up to three groups; an optional 2-letter state before',
  context: false,
  example: 'Driver with plate 8XYZ472 never showed up',
  keywords: ['plate'],
  prefilter: (s) => s.hasDigit && s.text.length >= 10,
  pattern:
    /(?<![A-Za-z])[Pp]late(?: [Nn]umber| [Nn]o\.?| #)?(?: is| was)?:? (?:[A-Z]{2} (?=[A-Z0-9]{1,4}[- ]?[A-Z0-9]))?([A-Z0-9]{1,4}(?:[- ]?[A-Z0-9]{1,4}){1,2})(?![A-Za-z0-9-])/dg,
  group: 1,
  validate: (v, scan) => {
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 4 || chars.length > 8 || !/[A-Z]/.test(chars) || !/\d/.test(chars)) return undefined;
    // A laboratory's microplate (lab-logins.ts).
    return isLabPlateText(scan.text) ? undefined : v;
  },
});

/**
 * A plate after the word a claims note or a foreign form gives it (red-team round 75): the
 * adjusters' `plt` / `plate#`, German `Kennzeichen`, Dutch `kenteken` and French `immatriculation`
 * or `immatriculé` (`Véhicule immatriculé GH-482-KT`, a parking note; red-team round 106), Polish `nr rej.`,
 * Italian `targa`, Spanish `matrícula`, and `vrm` (the UK's vehicle registration mark): then one to
 * three groups of letters and digits (4–8 of them, both kinds present, one case throughout: `HH-WO
 * 4412`, `GH-418-KT`, `WA 4417K`, `kcx-2291`), joined by a blank or a dash.
 */
export const plateAfterLocalWord = regexDetector({
  id: 'plate_after_local_word',
  entity: 'LICENSE_PLATE',
  description: 'Vehicle registration plates after plt / Kennzeichen / kenteken / immatriculation / nr rej. / targa / matrícula / vrm',
  validation:
    'the word (then maybe :, # or =) and 4–8 letters and digits of one case (both kinds present) in up to three groups joined by a blank or a dash',
  context: false,
  example: 'Unfall auf der A7, Kennzeichen HH-WO 4412',
  keywords: ['plt', 'kennzeichen', 'immatricul', 'kenteken', 'nr rej', 'targa', 'matrícula', 'matricula', 'vrm'],
  prefilter: (s) => s.hasDigit && s.text.length >= 8,
  pattern:
    /(?<![A-Za-z])(?:plt|PLT|Plt|[Kk]ennzeichen|KENNZEICHEN|[Kk]enteken|KENTEKEN|[Ii]mmatricul(?:ation|ée?s?)|IMMATRICUL(?:ATION|ÉE?S?)|[Nn]r\.? rej\.?|[Tt]arga|TARGA|[Mm]atr[íi]cula|MATR[ÍI]CULA|vrm|VRM)#?[:=]? {0,2}([A-Z0-9]{1,5}(?:[- ][A-Z0-9]{1,5}){0,2}|[a-z0-9]{1,5}(?:[- ][a-z0-9]{1,5}){0,2})(?![A-Za-z0-9-])/dg,
  group: 1,
  validate: (v, scan, start) => {
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 4 || chars.length > 8 || !/[A-Za-z]/.test(chars) || !/\d/.test(chars)) return undefined;
    // After a participle or `kenteken`, a lower-case run with blanks is prose (`immatriculée en
    // 2019 au nom de`), as after `placas` (plateAfterPlacaWord).
    if (v.includes(' ') && /[a-z]/.test(v) && PROSE_PLATE_WORD.test(scan.text.slice(Math.max(0, start - 16), start))) return undefined;
    return v.toUpperCase();
  },
});
const PROSE_PLATE_WORD = /(?:kenteken|immatricul[ée]+s?)[#:= ]*$/i;

/**
 * A plate after the French and Spanish words for it (red-team round 93: a Québec dealer's `plaque
 * Y47 KRT`, a border-state repossession report's `Placas TX NVX-4827`, Latin American `placa
 * ABC-1234`, Mercosur `ABC1D23`; with the vehicle's word between: `Placa do veículo BRA2E19`,
 * `placa del vehículo …`, red-team round 105), optionally with the issuing state's two capitals before it: one
 * to three groups of letters and digits of one case (4–8 of them, both kinds present), joined by a
 * blank or a dash; in lower case by a dash only (`placas base 2024` is a motherboard's).
 */
export const plateAfterPlacaWord = regexDetector({
  id: 'plate_after_placa_word',
  entity: 'LICENSE_PLATE',
  description: 'Vehicle registration plates after plaque / placa / placas (French, Spanish, Portuguese)',
  validation:
    'the word (then maybe do / del / du and a word for the vehicle, then maybe :, # or =), maybe a 2-capital state code, then 4–8 letters and digits of one case (both kinds present) in up to three groups joined by a blank or a dash (a dash only in lower case)',
  context: false,
  example: 'Placas TX NVX-4827, unidad recuperada',
  keywords: ['plaque', 'placa'],
  prefilter: (s) => s.hasDigit && s.text.length >= 10,
  pattern:
    /(?<![A-Za-z])(?:[Pp]laques?|PLAQUES?|[Pp]lacas?|PLACAS?)(?: (?:do|da|del|de la|de|du) (?:ve[ií]culo|veh[ií]culo|v[ée]hicule|carro|coche|auto|moto))?#?[:=]? {0,2}(?:[A-Z]{2} (?=[A-Z0-9]{1,4}[- ]?[A-Z0-9]))?([A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,5}){0,2}|[a-z0-9]{1,8}(?:-[a-z0-9]{1,5}){0,2})(?![A-Za-z0-9-])/dg,
  group: 1,
  validate: (v) => {
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 4 || chars.length > 8 || !/[A-Za-z]/.test(chars) || !/\d/.test(chars)) return undefined;
    return v.toUpperCase();
  },
});

/**
 * A current British registration (`WX68 KLM`, DVLA format since 2001): two letters (the region,
 * not I, Q, Z first), the age identifier (02–25 for March, 51–75 for September issues), a blank
 * and three letters (not I, Q). Written with its blank, the shape is the plate's own.
 */
export const ukPlate = regexDetector({
  id: 'uk_plate',
  entity: 'LICENSE_PLATE',
  description: 'Current-format UK vehicle registrations (AB12 CDE)',
  validation:
    'two letters (first not I, Q, Z), an age identifier 02–25 or 51–75, a blank, three letters without I or Q; without the blank only right after its name (registration, reg, reg no, VRM) or with a parking / vehicle word (car, van, parked, blocking, bay, towed, PCN, ANPR) within 40 characters',
  context: false,
  example: 'returned WX68 KLM to the depot',
  requires: 'capital_digit',
  prefilter: (s) => s.capitalDigit && s.text.length >= 7 && UK_PLATE_GATE.test(s.text),
  pattern: /(?<![A-Za-z0-9-])[A-HJ-PR-Y][A-HJ-PR-Z](\d{2}) ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9-])/g,
  validate: (v, scan, start) => {
    const age = Number(v.slice(2, 4));
    if (!((age >= 2 && age <= 25) || (age >= 51 && age <= 75))) return undefined;
    // Run together (`KM06WVW`), the shape is also an id's: its name must stand right before
    // (`<Registration>KM06WVW`, `reg no: KM06WVW`, `VRM=…`; red-team round 37).
    // Or a parking or vehicle word stands within 40 characters on its line (`silver golf
    // LK21RXT blocking bay 44`, `parked in bay 12: KM06WVW`; red-team round 48).
    if (v.length === 8 || PLATE_NAME_BEFORE.test(scan.text.slice(Math.max(0, start - 24), start))) return v;
    const line = scan.text.slice(Math.max(0, start - 40), start + v.length + 40);
    return VEHICLE_WORDS.test(line) ? v : undefined;
  },
});
/**
 * A current British registration typed in lower case by a handler (`mid check on ab51abc came
 * back not insured`, `tp reg ab12cde`, `car bd51 smr towed`; leftovers of red-team round 75):
 * the DVLA shape (age identifier 02–25 or 51–75, no I or Q) in lower case, with or without its
 * blank, only after a vehicle's or a lookup's word on its line within 24 characters before (reg,
 * vrm, vrn, plate, car, van, veh, vehicle, checked / check on, askmid, mid, tp). An id of that
 * shape without such a word (`ab12cde` in a path) stays.
 */
export const ukPlateLowerCase = regexDetector({
  id: 'uk_plate_lower_case',
  entity: 'LICENSE_PLATE',
  description: 'Current-format UK vehicle registrations typed in lower case (ab51abc, bd51 smr) after a vehicle or lookup word',
  validation:
    'two letters (first not i, q, z), an age identifier 02–25 or 51–75, an optional blank, three letters without i or q, all lower case; reg / vrm / vrn / plate / car / van / veh / vehicle / check(ed) on / askmid / mid / tp within 24 characters before on its line',
  context: false,
  example: 'mid check on ab51abc came back not insured',
  keywords: ['reg', 'vrm', 'vrn', 'plate', 'car', 'van', 'veh', 'check', 'mid', 'tp'],
  prefilter: (s) => s.hasDigit && s.text.length >= 10,
  pattern: /(?<![A-Za-z0-9_./-])[a-hj-pr-y][a-hj-pr-z](\d{2}) ?[a-hj-pr-z]{3}(?![A-Za-z0-9_-]|\.\w)/g,
  validate: (v, scan, start) => {
    const age = Number(v.slice(2, 4));
    if (!((age >= 2 && age <= 25) || (age >= 51 && age <= 75))) return undefined;
    const before = scan.text.slice(Math.max(0, start - 24), start);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    return LOWER_PLATE_CUE.test(line) ? v.toUpperCase() : undefined;
  },
});
/** A vehicle's or a registration lookup's word before a plate in lower case (ukPlateLowerCase). */
const LOWER_PLATE_CUE =
  /(?<![a-z])(?:reg(?:istration)?|vrm|vrn|plates?|cars?|vans?|veh|vehicles?|checked|check on|askmid|mid|tp)(?![a-z])[^a-z0-9]{0,3}(?:[a-z]+ ){0,2}$/i;

/**
 * A plate in the cell after a VIN and a state or province code in a delimited row without a header
 * (`…|1FTFW1E50MFA33019|OH|JKT8812|…` of a repair estimate's or a salvage lot's export, `,` or `;`
 * rows of a dealer management system; leftovers of red-team round 75): vehicle records lay out the
 * VIN, the registering state and the plate in that order. The VIN's check digit and a known code
 * are the evidence; the cell holds 4–8 capitals and digits, both kinds present, maybe split by a
 * blank or a dash.
 */
export const plateAfterVinStateCell = regexDetector({
  id: 'plate_after_vin_state_cell',
  entity: 'LICENSE_PLATE',
  description: 'Vehicle registration plates in the cell after a VIN and a US state or Canadian province code in a delimited row',
  validation:
    'a cell of 4–8 capitals and digits (both present, maybe one blank or dash) right after a cell of a valid VIN (ISO 3779 check digit) and a cell of a US state or Canadian province code, cells split by |, comma, ; or a tab',
  context: false,
  example: 'EST|A-5520913|ORIG|1M8GDM9AXKP042788|OH|JKT8812|GRAND|6412.75',
  requires: 'capital_digit',
  prefilter: (s) => s.hasDigit && s.text.length >= 26 && hasUpperCode(s),
  pattern: /(?<=(?:^|[|,;\t])[A-HJ-NPR-Z0-9]{17}[|,;\t][A-Z]{2}[|,;\t])[A-Z0-9]{1,5}[- ]?[A-Z0-9]{1,5}(?=$|[|,;\t])/g,
  validate: (v, scan, start) => {
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 4 || chars.length > 8 || !/[A-Z]/.test(chars) || !/\d/.test(chars)) return undefined;
    const region = scan.text.slice(start - 3, start - 1);
    if (!PLATE_REGIONS.has(region) || !vinValid(scan.text.slice(start - 21, start - 4))) return undefined;
    return v;
  },
});
/** US states, DC, PR and Canada's provinces and territories: the registering region before a plate cell. */
export const PLATE_REGIONS: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(
    ' ',
  ),
);

/** Words of parking and vehicle talk around a plate run together (ukPlate). */
const VEHICLE_WORDS =
  /(?<![A-Za-z])(?:car|cars|van|vehicle|parked|parking|blocking|bay|towed|clamped|pcn|anpr|alpr|lorry|taxi|motorbike)(?![A-Za-z])/i;
const UK_PLATE_GATE = /[A-Z]\d\d ?[A-Z]{3}/;
const PLATE_NAME_BEFORE = /(?:registration|reg(?:istration)?[ _.-]?(?:no|num|number|mark)?|vrm|vrn)\.?["']?\s{0,2}[:=>#]?["']?\s{0,2}$/i;

const IMEI = contextKeywords(['imei', 'imeisv', 'device id', 'handset', 'equipment identity', 'iphonesubinfo']);

/** IMEIs: 15 digits with a Luhn check, after a keyword, or printed AA-BBBBBB-CCCCCC-D. */
export const imei = windowedDetector({
  id: 'imei',
  entity: 'IMEI',
  description: 'Mobile device IMEI numbers',
  validation:
    '15 digits, Luhn check digit (3GPP TS 23.003); printed AA-BBBBBB-CCCCCC-D alone, otherwise a keyword (imei, device id) within 40 characters before',
  context: false,
  example: '49-015420-323751-8',
  windows: numericWindows,
  minDigits: 15,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 15,
  // After a 5G PEI's type prefix too (`pei=imei-49015420…`, 3GPP TS 23.003 §6.4; red-team round 52):
  // the pattern runs on windows with 3 characters of margin, so it sees `ei-` of the prefix; the
  // keyword within 40 characters (validate) asks for the rest.
  pattern: /(?:(?<=[eE][iI]-)|(?<![\w.-]))\d{2}([- ]?)\d{6}\1\d{6}\1\d(?![\w]|[.-]\d)/g,
  validate: (v, scan, start) => {
    if (!imeiValid(v)) return undefined;
    if (v.length === 15 && !contextBefore(scan, start, IMEI.re)) return undefined;
    return digitsOnly(v);
  },
});

/**
 * IMEISVs (3GPP TS 23.003: the 14-digit IMEI body and a 2-digit software version, no check
 * digit), 16 digits or printed 8-6-2 (`35686800-004141-20`), as RADIUS `3GPP-IMEISV`, device
 * audits and care notes write them. Without a check digit the keyword is the evidence.
 */
export const imeisv = regexDetector({
  id: 'imeisv',
  entity: 'IMEI',
  description: 'Mobile device IMEISV numbers (IMEI with software version)',
  validation:
    "16 digits, or 8-6-2 digits joined by one kind of - or blank, after a keyword (imei, imeisv, or Android's `service call iphonesubinfo` that prints it) within 40 characters",
  context: false,
  example: 'IMEISV 35686800-004141-20',
  // A GTPv2 decoder's `MEI(Mobile Equipment Identity) : …` and a 5G PEI's `imeisv-…` (red-team round 52).
  // Android's `adb shell service call iphonesubinfo N` prints the device's IMEI / IMEISV (red-team round 25).
  keywords: ['imei', 'equipment identity', 'iphonesubinfo'],
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 16,
  pattern: /(?:(?<=(?<![\w.-])[iI][mM][eE][iI][sS][vV]-)|(?<![\w.-]))\d{8}([- ]?)\d{6}\1\d{2}(?![\w]|[.-]\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, IMEISV_CONTEXT) ? digitsOnly(v) : undefined),
});
const IMEISV_CONTEXT = /(?<![a-z])imei|equipment identity|iphonesubinfo/;

/**
 * Subscriber identities (IMSI, 3GPP TS 23.003): 15 digits opening with a mobile country code of
 * ITU-T E.212, after the word (`IMSI:262…`, `imsi-262…` as Open5GS and free5GC name a subscriber)
 * or as a RADIUS `User-Name=` (EAP-SIM / EAP-AKA and 3GPP accounting send the IMSI as the user
 * name). No check digit: the word, or the attribute right before the value, is the evidence.
 */
export const imsi = regexDetector({
  id: 'imsi',
  entity: 'IMSI',
  description: 'Mobile subscriber identities (IMSI) after the word or as a RADIUS User-Name',
  validation:
    '15 digits whose first three are a mobile country code of ITU-T E.212, after `imsi` within 40 characters or right after `User-Name=` / `User-Name = `',
  context: false,
  example: 'subscriber imsi-262019876543210 attached',
  keywords: ['imsi', 'user-name'],
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 15,
  pattern: /(?<![\w.+])\d{15}(?![\w]|[.-]\d)/g,
  validate: (v, scan, start) => {
    // The test and private networks' codes (001, 999: ITU-T E.212) only right after the SUPI's
    // `imsi-` prefix, as Open5GS / free5GC private 5G cores log their subscribers (red-team round 52).
    if (!imsiValid(v)) return TEST_MCC.test(v) && SUPI_PREFIX.test(scan.text.slice(Math.max(0, start - 5), start)) ? v : undefined;
    return contextBefore(scan, start, IMSI_CONTEXT) || RADIUS_USER_NAME.test(scan.text.slice(Math.max(0, start - 14), start))
      ? v
      : undefined;
  },
});
// A decoder's label spelled out (`IMSI (International Mobile Subscriber Identity number) : …`).
const IMSI_CONTEXT = /(?<![a-z])imsi|subscriber identity/;
const TEST_MCC = /^(?:001|999)/;
const SUPI_PREFIX = /imsi-$/i;
const RADIUS_USER_NAME = /user-name ?= ?"?$/i;

/**
 * SIM card numbers (ICCID, ITU-T E.118): the telecom industry identifier 89, 17 or 18 more digits
 * and a Luhn check digit, as eSIM activation, SIM-swap and provisioning events write them. No card
 * scheme issues under 89 (ISO/IEC 7812 gives the major industry identifier 8 to telecom), so the
 * bare form stands alone; printed in groups of four (as on the SIM card) it needs a keyword.
 */
export const iccid = regexDetector({
  id: 'iccid',
  entity: 'ICCID',
  description: 'SIM card numbers (ICCID)',
  validation:
    '89 and 17–18 more digits with a Luhn check digit; written in blank- or dash-separated groups of four only after a keyword (sim, iccid) within 40 characters',
  context: false,
  example: '89014103211118510720',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 19 && s.text.indexOf('89') !== -1,
  pattern: /(?<![\w.+-])89(?:\d{17,18}|\d{2}(?:[ -]\d{4}){3}[ -]\d{3,4})(?![\w]|[.-]\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if ((d.length !== 19 && d.length !== 20) || !luhnValid(d)) return undefined;
    if (d.length !== v.length && !contextBefore(scan, start, ICCID_CONTEXT)) return undefined;
    return d;
  },
});
const ICCID_CONTEXT = /(?<![a-z])(?:sim|iccid|icc id|icc)(?![a-z])/;

/**
 * A SIM vendor's output file line (`.out`, one card a line, space-separated: ICCID IMSI Ki OPc
 * and then PINs / PUKs, as SIM vendors deliver them to an operator): no names, so a Luhn-valid
 * ICCID, a valid IMSI and one or two 32-hex keys in that order are the evidence. The IMSI is
 * masked as such, the 128-bit Ki / OPc as secrets; the ICCID is the iccid detector's.
 */
const SIM_OUT_LINE = /(?<![\w.+-])(89\d{17,18})[ \t]+(\d{15})[ \t]+([0-9A-Fa-f]{32})(?:[ \t]+([0-9A-Fa-f]{32}))?(?!\w)/dg;
export const simVendorOutLine: ValueDetector = {
  ...detectorFields({
    id: 'sim_vendor_out_line',
    entity: 'SECRET',
    description: 'IMSI, Ki and OPc in a SIM vendor output line after the card ICCID',
    validation:
      'a Luhn-valid ICCID (89 and 17–18 digits), blanks, a valid IMSI (15 digits, E.212 country code), blanks and one or two 32-hex keys',
    context: false,
    example: '8988211000000123458 001010000000001 000102030405060708090A0B0C0D0E0F 0123456789ABCDEF0123456789ABCDEF',
    requires: 'numeric',
    prefilter: (s) => s.text.length >= 68 && s.digitRun >= 19 && s.text.indexOf('89') !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    SIM_OUT_LINE.lastIndex = 0;
    for (let m = SIM_OUT_LINE.exec(scan.text); m !== null; m = SIM_OUT_LINE.exec(scan.text)) {
      const imsiValue = m[2]!;
      if (!luhnValid(m[1]!) || !(imsiValid(imsiValue) || TEST_MCC.test(imsiValue))) continue;
      const at = m.indices!;
      out.push({ start: at[2]![0], end: at[2]![1], entity: 'IMSI', detector: 'sim_vendor_out_line', normalized: imsiValue, priority });
      for (const g of [3, 4]) {
        const span = at[g];
        if (span === undefined) continue;
        out.push({
          start: span[0],
          end: span[1],
          entity: 'SECRET',
          detector: 'sim_vendor_out_line',
          normalized: m[g]!.toUpperCase(),
          priority,
        });
      }
    }
  },
};
candidatePatterns.set(simVendorOutLine, [new RegExp(SIM_OUT_LINE.source, 'dg')]);

/**
 * A number-port request posted as a form (`number=…&carrier=…&account=…&pin=…`, as carriers'
 * port-in pages and porting APIs name their fields): `number` and `account` are too general alone,
 * but beside the losing carrier's name and the port-out PIN they are the ported phone number and
 * the account with the losing carrier. Gated on `carrier` (a keyword) and a `pin=` pair in the run.
 */
const PORT_FORM_PAIR = /(?<=(?:^|[&?\s=])(number|account|tn|btn|account_number|ban)=)(\d{6,15})(?=&|\s|$)/dg;
const PORT_FORM_SIBLINGS =
  /(?:^|[&?\s])(?:losing_)?carrier=[^&\s]+&(?:[^\s]*&)?pin=\d|(?:^|[&?\s])pin=\d+&(?:[^\s]*&)?(?:losing_)?carrier=/;
export const portFormNumbers: ValueDetector = {
  ...detectorFields({
    id: 'port_form_numbers',
    entity: 'PHONE',
    description: 'The phone number and account number of a number-port form (beside its carrier and PIN pairs)',
    validation:
      '6–15 digits under `number` / `tn` / `btn` (a phone) or `account` / `account_number` / `ban` (an account) in a `&`-joined run that also holds a `carrier=` (or `losing_carrier=`) pair and a `pin=` pair',
    context: false,
    example: 'number=2065550171&carrier=Verizon&account=55120944&pin=1357',
    keywords: ['carrier'],
    prefilter: (s) => s.hasDigit && s.text.indexOf('pin=') !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    if (!PORT_FORM_SIBLINGS.test(text)) return;
    PORT_FORM_PAIR.lastIndex = 0;
    for (let m = PORT_FORM_PAIR.exec(text); m !== null; m = PORT_FORM_PAIR.exec(text)) {
      const name = m[1]!;
      const phone = name === 'number' || name === 'tn' || name === 'btn';
      if (phone && m[2]!.length < 10) continue;
      const at = m.indices![2]!;
      out.push({
        start: at[0],
        end: at[1],
        entity: phone ? 'PHONE' : 'BANK_ACCOUNT',
        detector: 'port_form_numbers',
        normalized: m[2]!,
        priority,
      });
    }
  },
};
candidatePatterns.set(portFormNumbers, [new RegExp(PORT_FORM_PAIR.source, 'dg')]);

/**
 * The calling number of a SIP proxy's or STIR/SHAKEN verifier's log line, written without a field
 * name: kamailio's `xlog("INVITE from $fU to $tU …")` as its docs print it, and a verifier's
 * `attest=B orig=<tn> dest=[<tn>]` (the PASSporT's `orig` claim, ATIS-1000074). Gated on `invite`
 * (the method, in capitals, right before `from`) or on `attest` (and `orig=` in the line); 10–15
 * digits, an optional `+`. The called number is left: often the business's own.
 */
const SIP_CALLER = /(?<![\w])(?:INVITE from |orig=)(\+?\d{10,15})(?![\w.])/dg;
export const sipCallerInLogLine: ValueDetector = {
  ...detectorFields({
    id: 'sip_caller_log_line',
    entity: 'PHONE',
    description: "A calling number in a SIP proxy's `INVITE from <digits>` or a STIR verifier's `orig=<digits>` log line",
    validation:
      '10–15 digits (an optional +) right after `INVITE from ` (the method in capitals) or after `orig=` in a line that holds `attest=`',
    context: false,
    example: 'INVITE from 12025550143 to 12025550100 src 192.0.2.10:5060',
    keywords: ['invite', 'attest'],
    prefilter: (s) =>
      s.hasDigit && (s.text.indexOf('INVITE from ') !== -1 || (s.text.indexOf('orig=') !== -1 && s.text.indexOf('attest=') !== -1)),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    SIP_CALLER.lastIndex = 0;
    for (let m = SIP_CALLER.exec(scan.text); m !== null; m = SIP_CALLER.exec(scan.text)) {
      const at = m.indices![1]!;
      out.push({ start: at[0], end: at[1], entity: 'PHONE', detector: 'sip_caller_log_line', normalized: digitsOnly(m[1]!), priority });
    }
  },
};
candidatePatterns.set(sipCallerInLogLine, [new RegExp(SIP_CALLER.source, 'dg')]);

/**
 * eUICC identifiers of eSIM devices (EID, GSMA SGP.29): 32 digits starting 89 whose last two are
 * check digits (ISO/IEC 7064 MOD 97-10: the number mod 97 is 1, as for an IBAN).
 */
export const euiccId = regexDetector({
  id: 'euicc_id',
  entity: 'EUICC_ID',
  description: 'eSIM eUICC identifiers (EID)',
  validation: '32 digits starting 89, the whole number mod 97 equal to 1 (ISO/IEC 7064 MOD 97-10 check digits)',
  context: false,
  example: '89049032123451234512345678901235',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 32,
  pattern: /(?<![\w.+-])89\d{30}(?![\w]|[.-]\d)/g,
  validate: (v) => (mod97Remainder(v) === 1 ? v : undefined),
});

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isWordish(c: number): boolean {
  return isHex(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `count` hex pairs joined by `sep` starting at `p`, not inside a longer run (6: a MAC, 7: an RFID UID). */
function hexPairsAt(t: string, p: number, sep: number, count: number): boolean {
  const end = p + count * 3 - 1;
  if (end > t.length) return false;
  for (let k = 0; k < count; k++) {
    const o = p + k * 3;
    if (!isHex(t.charCodeAt(o)) || !isHex(t.charCodeAt(o + 1))) return false;
    if (k < count - 1 && t.charCodeAt(o + 2) !== sep) return false;
  }
  const before = p > 0 ? t.charCodeAt(p - 1) : 32;
  const after = end < t.length ? t.charCodeAt(end) : 32;
  return !isWordish(before) && before !== sep && before !== 46 && !isWordish(after) && after !== sep;
}

/** Three hex quads joined by dots (Cisco) starting at `p`. */
function quadsAt(t: string, p: number): boolean {
  if (p + 14 > t.length) return false;
  for (let k = 0; k < 3; k++) {
    const o = p + k * 5;
    for (let j = 0; j < 4; j++) if (!isHex(t.charCodeAt(o + j))) return false;
    if (k < 2 && t.charCodeAt(o + 4) !== 46) return false;
  }
  const before = p > 0 ? t.charCodeAt(p - 1) : 32;
  const after = p + 14 < t.length ? t.charCodeAt(p + 14) : 32;
  return !isWordish(before) && before !== 46 && !isWordish(after) && !(after === 46 && isHex(t.charCodeAt(p + 15)));
}

/**
 * Bits of the MAC forms the text could hold: 1 colon form (5 colons), 2 dash form (5 dashes), 4
 * Cisco dotted. The prefilter and `find` ask for the same text one after the other, so the answer
 * for the last text is kept (a string's separators are counted once, not twice).
 */
function macSeparators(t: string): number {
  if (t === lastSeparatorsText) return lastSeparators;
  lastSeparatorsText = t;
  lastSeparators = countMacSeparators(t);
  return lastSeparators;
}
let lastSeparatorsText: string | undefined;
let lastSeparators = 0;

function countMacSeparators(t: string): number {
  let bits = 0;
  if (hasAtLeast(t, ':', 5)) bits |= 1;
  if (hasAtLeast(t, '-', 5)) bits |= 2;
  if (hasAtLeast(t, '.', 2)) bits |= 4;
  return bits;
}

/**
 * MAC addresses: six hex pairs with one separator kind throughout, or Cisco's dotted triples; not
 * all-zero or broadcast. Found by jumping between separators with indexOf rather than by a regex
 * over the whole text: prose has many dots and dashes but few runs of hex pairs.
 */
/**
 * A building device named right before a MAC (red-team round 48: `Camera: Parking Entrance PTZ
 * (00-00-…)`, an Axis line's `cam=…`, `reader_mac=…`): the address is a camera's, a reader's, a
 * controller's or a panel's, which no person carries, and stays. Within 32 characters of one line,
 * with no word between that names a person's device (client, phone, station, tracker, user).
 */
const BUILDING_DEVICE_BEFORE =
  /(?<![a-z])(?:camera|cam|cctv|nvr|reader|controller|panel|thermostat|intercom)(?:[ _-]?(?:mac|addr|address|id))?(?![a-z])(?:(?!client|phone|station|tracker|user)[^\n]){0,32}$/i;

function isBuildingDeviceMac(t: string, start: number): boolean {
  if (start <= 2) return false;
  // An access point's or a gateway's parameter in a query (`&ap=…` of a captive portal's redirect,
  // read decoded as a form body): the building's device, as urlEncodedMac keeps it (round 106).
  if (t.charCodeAt(start - 1) === 61 && DEVICE_MAC_PARAMETER.test(t.slice(Math.max(0, start - 12), start))) return true;
  return BUILDING_DEVICE_BEFORE.test(t.slice(Math.max(0, start - 48), start));
}

export const macAddress: ValueDetector = {
  id: 'mac_address',
  entity: 'MAC_ADDRESS',
  description: 'MAC (EUI-48) hardware addresses',
  validation:
    "six hex pairs separated by one kind of : or -, or xxxx.xxxx.xxxx with a digit; not 00:00:00:00:00:00 or ff:ff:ff:ff:ff:ff, nor one a camera / reader / controller / panel / thermostat / intercom names within 32 characters before (a building device's)",
  context: false,
  example: '00:1A:2B:3C:4D:5E',
  prefilter: (s) => s.text.length >= 14 && macSeparators(s.text) !== 0,
  find(scan: TextScan, out: Span[], priority: number): void {
    const t = scan.text;
    const push = (start: number, end: number) => {
      const hex = t.slice(start, end).replace(/[:.-]/g, '').toLowerCase();
      if (hex === '000000000000' || hex === 'ffffffffffff') return;
      if (end - start === 14 && !/\d/.test(hex)) return;
      if (isBuildingDeviceMac(t, start)) return;
      out.push({ start, end, entity: 'MAC_ADDRESS', detector: 'mac_address', normalized: hex.replace(/(..)(?!$)/g, '$1:'), priority });
    };
    const seps = macSeparators(t);
    for (const sep of [58, 45]) {
      if ((seps & (sep === 58 ? 1 : 2)) === 0) continue;
      const ch = String.fromCharCode(sep);
      let from = 0;
      for (let i = t.indexOf(ch, 2); i >= 0; i = t.indexOf(ch, Math.max(i + 1, from))) {
        // A separator at i is the first of a MAC when its address starts at i - 2.
        if (hexPairsAt(t, i - 2, sep, 6)) {
          push(i - 2, i + 15);
          from = i + 15;
        }
      }
    }
    if ((seps & 4) === 0) return;
    let from = 0;
    for (let i = t.indexOf('.', 4); i >= 0; i = t.indexOf('.', Math.max(i + 1, from))) {
      if (quadsAt(t, i - 4)) {
        push(i - 4, i + 10);
        from = i + 10;
      }
    }
  },
};

/**
 * A phone's MAC as Home Assistant's router integrations (nmap, ping, UniFi, Fritz!Box) name its
 * device tracker: the entity id `device_tracker.a4_c3_…` spells the address in hex pairs joined by
 * `_` (red-team round 48: a presence automation's trigger). A person's phone, so its presence.
 */
export const haTrackerMac = regexDetector({
  id: 'ha_tracker_mac',
  entity: 'MAC_ADDRESS',
  description: "A phone's MAC in a Home Assistant device_tracker entity id (device_tracker.a4_c3_f0_…)",
  validation: 'six hex pairs joined by _ right after device_tracker., ending the id; not all zeros',
  context: true,
  example: 'device_tracker.a4_c3_f0_85_ac_2d',
  keywords: ['device_tracker.'],
  prefilter: (s) => s.hasDigit,
  pattern: /device_tracker\.([0-9a-f]{2}(?:_[0-9a-f]{2}){5})(?![0-9a-z_])/dgi,
  group: 1,
  validate: (v) => (v === '00_00_00_00_00_00' ? undefined : v.replace(/_/g, ':').toLowerCase()),
});

/**
 * A MAC address URL-encoded in a query string (`%3A` between the hex pairs), as a guest Wi-Fi
 * captive portal's redirect carries the client's (UniFi's external portal `?id=f4%3A5c%3A…&ap=…`;
 * red-team round 106): the phone's address, so the person on the guest network. The access
 * point's, the router's or the gateway's address under its parameter (`ap=`, `ap_mac=`, `bssid=`,
 * `called=`, `nas=`, `gw=`) is a building device's and stays, as a reader's is (macAddress).
 */
export const urlEncodedMac = regexDetector({
  id: 'url_encoded_mac',
  entity: 'MAC_ADDRESS',
  description: 'MAC addresses URL-encoded in a query string (f4%3A5c%3A89%3A0a%3A11%3A2e), as captive portals write them',
  validation:
    "six hex pairs joined by %3A (any case), not inside a longer run; not all zeros or all ones, nor the value of an access point's, router's or gateway's parameter (ap, ap_mac, bssid, called, nas, gw)",
  context: false,
  example: 'login?id=f4%3A5c%3A89%3A0a%3A11%3A2e',
  keywords: ['%3a'],
  prefilter: (s) => s.text.length >= 27,
  pattern: /(?<![0-9A-Za-z%])([0-9a-f]{2}(?:%3a[0-9a-f]{2}){5})(?![0-9a-z]|%3a[0-9a-f])/dgi,
  group: 1,
  validate: (v, scan, start) => {
    const hex = v.replace(/%3a/gi, '').toLowerCase();
    if (hex === '000000000000' || hex === 'ffffffffffff') return undefined;
    if (DEVICE_MAC_PARAMETER.test(scan.text.slice(Math.max(0, start - 12), start))) return undefined;
    return hex.replace(/(..)(?!$)/g, '$1:');
  },
});
const DEVICE_MAC_PARAMETER = /(?:^|[?&;\s])(?:ap|ap_?mac|bssid|called|nas|gw|gateway|router)=$/i;

/**
 * A GPS tracker's password glued to its SMS command (TK103-style trackers, red-team round 48:
 * `begin123456` resets it to its factory settings): six digits right after begin, alone in the
 * message or before a blank. Whoever knows the password commands the tracker (its position, its
 * owner's vehicle). Only `begin`: the other commands' words (admin, password) are too common a gate.
 */
export const trackerCommandPassword = regexDetector({
  id: 'tracker_command_password',
  entity: 'SECRET',
  description: "A GPS tracker's password in its SMS command (begin123456)",
  validation: 'six digits right after begin at the start of the text or after a blank or quote, then the end, a blank or a quote',
  context: true,
  example: 'begin123456',
  keywords: ['begin'],
  prefilter: (s) => s.hasDigit,
  // Literal-led (a lookbehind first would be tried at every position of a long prompt that says
  // begin); the character before `begin` is read by validate.
  pattern: /begin(\d{6})(?=$|[\s"'])/dgi,
  group: 1,
  validate: (v, scan, start) => (start === 5 || BEFORE_COMMAND.test(scan.text.charAt(start - 6)) ? v : undefined),
});
const BEFORE_COMMAND = /^[\s"']$/;

/**
 * RFID / NFC card UIDs of 7 bytes (ISO/IEC 14443-3 double-size UID: MIFARE, NTAG, DESFire; the
 * first byte is the manufacturer, 04 for NXP) written as hex pairs, as charging apps, access
 * control and payment terminals print them (`Karte 04:E9:1C:5A:2B:6F:80`): one card, one holder.
 * A MAC has six pairs (mac_address); seven pairs with one separator are no other common shape.
 * Shares the MAC detector's separator count, so a text with fewer than five colons or dashes costs
 * nothing more.
 */
export const rfidUid: ValueDetector = {
  id: 'rfid_uid',
  entity: 'DEVICE_ID',
  description: 'RFID / NFC card UIDs of 7 bytes as hex pairs (ISO/IEC 14443 double-size UID)',
  validation: 'seven hex pairs separated by one kind of : or -, not inside a longer run; not all 00 or ff',
  context: false,
  example: '04:E9:1C:5A:2B:6F:80',
  prefilter: (s) => s.text.length >= 20 && (macSeparators(s.text) & 3) !== 0,
  find(scan: TextScan, out: Span[], priority: number): void {
    const t = scan.text;
    const seps = macSeparators(t);
    for (const sep of [58, 45]) {
      if ((seps & (sep === 58 ? 1 : 2)) === 0) continue;
      const ch = String.fromCharCode(sep);
      let from = 0;
      for (let i = t.indexOf(ch, 2); i >= 0; i = t.indexOf(ch, Math.max(i + 1, from))) {
        if (!hexPairsAt(t, i - 2, sep, 7)) continue;
        const hex = t
          .slice(i - 2, i + 18)
          .replace(/[:-]/g, '')
          .toLowerCase();
        from = i + 18;
        if (hex === '00000000000000' || hex === 'ffffffffffffff') continue;
        out.push({ start: i - 2, end: i + 18, entity: 'DEVICE_ID', detector: 'rfid_uid', normalized: hex, priority });
      }
    }
  },
};

/**
 * An APNs device token in the path of a push request, as push services and proxies log it: Apple
 * "Sending notification requests to APNs" — `:path /3/device/<device token>`, 64 hexadecimal
 * digits that address one app on one device (red-team round 10). The path stays readable.
 */
export const apnsDeviceToken = regexDetector({
  id: 'apns_device_token',
  entity: 'DEVICE_ID',
  description: 'APNs device tokens in a push request path (/3/device/<token>)',
  validation: '64 hexadecimal digits right after /3/device/',
  context: false,
  example: '/3/device/00fc13adff785122b4ad28809a3420982341241421348097878e577c991de8f0',
  keywords: ['/3/device/'],
  prefilter: (s) => s.text.length >= 74,
  pattern: /(?<=\/3\/device\/)[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g,
  validate: (v) => v.toLowerCase(),
});

/**
 * An APNs device token named before it outside a request path (red-team round 88): an iOS app's
 * log of `didRegisterForRemoteNotificationsWithDeviceToken:` (`NSData`'s old description: eight
 * groups of eight hex digits in angle brackets, or the 64 hex digits apps print today), a push
 * service's delivery rows (`…|apns|<token>|delivered|…`) and support notes (`device token: …`).
 * 64 hex digits are a SHA-256 too, so the name must stand within 40 characters before them:
 * `apns`, `device token` / `deviceToken`, `push token`; a `sha` / `hash` / `digest` /
 * `fingerprint` between the name and the token makes it a hash again.
 */
const APNS_TOKEN_NAME = /apns|device[ _-]?token|push[ _-]?token/;
/** `device` / `push` and an optional separator, as the lower-cased text ends them before `token`. */
const TOKEN_OWNER_BEFORE = /(?:device|push)[ _-]?$/;
/** The next `apns`, or `token` after `device` / `push`, at or after `from` (-1 when none). */
function nextApnsName(scan: TextScan, from: number): number {
  const lower = scan.lower();
  const apns = lower.indexOf('apns', from);
  for (let t = lower.indexOf('token', from); t !== -1 && (apns === -1 || t < apns); t = lower.indexOf('token', t + 5)) {
    if (t >= 4 && TOKEN_OWNER_BEFORE.test(lower.slice(Math.max(0, t - 7), t))) return t;
  }
  return apns;
}
const HASH_WORD = /sha|hash|digest|fingerprint|checksum/;
export const apnsTokenAfterName = regexDetector({
  id: 'apns_token_after_name',
  entity: 'DEVICE_ID',
  description: 'APNs device tokens named before them (`DeviceToken: <00fc13ad …>`, `|apns|<64 hex>|`)',
  validation:
    '64 hex digits, or eight groups of eight in angle brackets, not inside a longer run, within 40 characters after apns / device token / push token and no hash word between',
  context: true,
  example: 'didRegisterForRemoteNotificationsWithDeviceToken: <00fc13ad ff785122 b4ad2880 9a342098 23412414 21348097 878e577c 991de8f0>',
  keywords: ['apns', 'devicetoken', 'device_token', 'device token', 'device-token', 'pushtoken', 'push_token', 'push token'],
  prefilter: (s) => s.text.length >= 68,
  // Anchored on the name (nextApnsName: `apns`, or the `token` of `device token` / `push token`):
  // a token starts within 40 characters after the name's end (52 after its anchor) and ends with
  // its look-ahead within 74 characters after its start.
  anchors: { next: nextApnsName, before: 0, after: 52, reach: 127 },
  pattern: /<[0-9a-fA-F]{8}(?: [0-9a-fA-F]{8}){7}>|[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g,
  validate: (v, scan, start) => {
    if (v.length === 64 && start > 0 && /[0-9a-zA-Z]/.test(scan.text.charAt(start - 1))) return undefined;
    const from = Math.max(0, start - 40);
    const before = scan.text.slice(from, start).toLowerCase();
    const name = before.search(APNS_TOKEN_NAME);
    if (name === -1 || HASH_WORD.test(before.slice(name))) return undefined;
    return v.replace(/[<> ]/g, '').toLowerCase();
  },
});

const AD_ID = contextKeywords(['idfa', 'idfv', 'gaid', 'aaid', 'oaid', 'adid', 'gps adid', 'advertising id', 'advertising identifier']);

/**
 * An advertising or vendor id (IDFA, IDFV, GAID, OAID) named before it in prose or a log line, as
 * support notes and SDK logs write it (`Her IDFA is 8E2A…`, `IDFA: …`; red-team round 25): a UUID
 * in either case within 24 characters after the name. Personal data under GDPR / CCPA: it follows
 * one person's device across apps. A UUID after other words (a request or trace id) is not read.
 */
export const advertisingIdAfterName = regexDetector({
  id: 'advertising_id_after_name',
  entity: 'ADVERTISING_ID',
  description: 'Mobile advertising and vendor ids (IDFA, IDFV, GAID, OAID) named before them',
  validation:
    'a UUID (8-4-4-4-12 hexadecimal, any case) within 24 characters after idfa / idfv / gaid / aaid / oaid / adid / advertising id',
  context: true,
  example: 'IDFA is 6D92078A-8246-4BA4-AE5B-76104861E7DC',
  keywords: AD_ID.keywords,
  prefilter: (s) => s.text.length >= 40,
  pattern: /(?<![\w-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])/g,
  validate: (v, scan, start) => (contextBefore(scan, start, AD_ID.re, 24) ? v.toLowerCase() : undefined),
});

/**
 * Push registration tokens by their own shape, under any field name (red-team round 25): an FCM
 * registration token (Firebase "send a message" docs: an instance id, `:`, then `APA91b` and the
 * token body) and an Expo push token (`ExponentPushToken[…]`, Expo push API docs). Each addresses
 * one app install on one person's device. An FCM legacy server key (`AAAA` + 7, `:APA91b` + 134)
 * is the firebase_fcm_server_key row's.
 */
export const pushRegistrationToken = regexDetector({
  id: 'push_registration_token',
  entity: 'DEVICE_ID',
  description: 'FCM registration tokens (…:APA91b…) and Expo push tokens (ExponentPushToken[…])',
  validation:
    'an instance id of 11+ URL-safe characters, `:APA91b` and 20+ more; or ExponentPushToken[ / ExpoPushToken[ with 10+ characters and `]`',
  context: false,
  example: 'bk3RNwTe3H0:APA91bHuN3qPz0wX8fK2rL5mT9vB1cY4dG7hJ0kQ',
  keywords: [':apa91b', 'pushtoken['],
  prefilter: (s) => s.text.length >= 30,
  pattern:
    /(?<![\w-])(?!AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![\w-]))[A-Za-z0-9_-]{11,64}:APA91b[A-Za-z0-9_-]{20,400}(?![\w-])|Expo(?:nent)?PushToken\[[A-Za-z0-9_-]{10,64}\]/g,
  validate: (v) => v,
});
