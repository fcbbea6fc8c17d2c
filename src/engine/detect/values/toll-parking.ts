import type { Span, TextScan, ValueDetector } from '../types.js';
import { PLATE_REGIONS } from './devices.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind } from './person-names.js';
import { detectorFields, regexDetector } from './helpers.js';

/**
 * Plates and toll transponders in the records of parking enforcement and toll back offices
 * (red-team round 94): an officer's or an agent's note typed in lower case, a French notice, a
 * transponder's number after its word, and the rows of interoperability and reconciliation files
 * between toll agencies, which lay a tag (agency and serial) beside a plate (state and number).
 */

/**
 * Words of vehicle, parking and toll talk near a plate typed in lower case (plateAfterWordLowerCase):
 * without one, `plate` is a lab's or a kitchen's as often.
 */
const VEHICLE_TALK =
  /(?<![a-z])(?:cars?|veh|vehicles?|truck|suv|van|sedan|toll|tolls|v-toll|tolling|parked|parking|driveway|tow|towed|boot(?:ed)?|citation|cited|ticket(?:ed)?|dmv|registered|owner|sold|transponder|hydrant|meter|expired reg)(?![a-z])/;

/**
 * A plate typed in lower case after the word `plate` (`plate 4mzt881 ca`, `my old plate was
 * hxt2194`, `plate nj r44 dmk` with the state first): 5–8 letters and digits, two of each at
 * least, in one or two groups, with a vehicle, parking or toll word within 100 characters before
 * or 60 after. plate_after_word reads capitals.
 */
export const plateAfterWordLowerCase = regexDetector({
  id: 'plate_after_word_lower_case',
  entity: 'LICENSE_PLATE',
  description: 'Vehicle registration plates typed in lower case after the word plate, near a vehicle, parking or toll word',
  validation:
    'plate (number, no., #, is, was, :) then maybe a 2-letter state, then 5–8 lower-case letters and digits (at least 2 of each) in one or two groups; a vehicle / parking / toll word (car, veh, toll, parked, driveway, towed, citation, owner, sold, transponder…) within 100 characters before or 60 after',
  context: false,
  example: 'veh blocking driveway, plate 4mzt881 ca, cited',
  keywords: ['plate'],
  prefilter: (s) => s.hasDigit && s.text.length >= 14,
  pattern:
    /(?<![A-Za-z])plate(?: number| no\.?| #)?(?: is| was)?:? (?:([a-z]{2}) (?=[a-z0-9]{1,5}[- ]?[a-z0-9]))?([a-z0-9]{1,8}(?:[- ][a-z0-9]{1,4})?)(?![A-Za-z0-9-])/dg,
  group: 2,
  // `plate 4mzt881 ca`: the state after the plate is cut off (validate rejects it as a group).
  shrinkWords: 1,
  validate: (v, scan, start) => {
    const space = v.lastIndexOf(' ');
    if (space > 0 && PLATE_REGIONS.has(v.slice(space + 1).toUpperCase())) return undefined;
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 5 || chars.length > 8) return undefined;
    const digits = chars.replace(/\D/g, '').length;
    if (digits < 2 || chars.length - digits < 2) return undefined;
    const near = scan.text.slice(Math.max(0, start - 100), start + v.length + 60).toLowerCase();
    return VEHICLE_TALK.test(near) ? chars.toUpperCase() : undefined;
  },
});

/**
 * A plate after the French word (`plaque FXK 2194`, `plaque d'immatriculation : ab-123-cd`, a
 * Québec or French toll or parking notice): 4–8 letters and digits of one case, both kinds
 * present, in up to three groups joined by a blank or a dash. A dental or a memorial plaque has
 * no such code after the word.
 */
export const plateAfterPlaque = regexDetector({
  id: 'plate_after_plaque',
  entity: 'LICENSE_PLATE',
  description: "Vehicle registration plates after the French word plaque (plaque d'immatriculation)",
  validation:
    "plaque (d'immatriculation, no, :) then 4–8 letters and digits of one case (both kinds present) in up to three groups joined by a blank or a dash",
  context: false,
  example: 'propriétaire : Mme Roy, plaque GHX 4471, montant 14,60 $',
  keywords: ['plaque'],
  prefilter: (s) => s.hasDigit && s.text.length >= 10,
  pattern:
    /(?<![A-Za-z])(?:[Pp]laque|PLAQUE)(?: d['’][Ii]mmatriculation)?(?: n[o°º]\.?)? ?:? {0,2}([A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,2}|[a-z0-9]{1,4}(?:[- ][a-z0-9]{1,4}){0,2})(?![A-Za-z0-9-])/dg,
  group: 1,
  validate: (v) => {
    const chars = v.replace(/[- ]/g, '');
    if (chars.length < 4 || chars.length > 8 || !/[A-Za-z]/.test(chars) || !/\d/.test(chars)) return undefined;
    return chars.toUpperCase();
  },
});

/**
 * A toll transponder's number after its word: `transponder 008-06620145`, `transponder
 * 00806620145` (an agency's 3 digits and the tag's 8-digit serial, joined or apart, or 8–12
 * digits), `tag=021-11804572`, `Tag 008-05590317` (after `tag` only the agency–serial pair with
 * its blank or dash: a bare number after `tag` is a release's or a build's). A transponder names
 * the account holder's vehicle, as a device id does its owner.
 */
export const tollTagAfterWord = regexDetector({
  id: 'toll_tag_after_word',
  entity: 'DEVICE_ID',
  description: 'Toll transponder (tag) numbers after transponder or tag',
  validation:
    'transponder (#, no., number, id, serial, :, =) then 3 digits and 8 digits (maybe joined by a dash or blank) or 8–12 digits; tag (same) then 3 digits, a dash or blank, 8 digits',
  context: false,
  example: 'lane 4 read transponder 021-11804573 at 06:12',
  keywords: ['transponder', 'tag'],
  prefilter: (s) => s.hasDigit && s.digitRun >= 8,
  pattern:
    /(?<![A-Za-z])(?:(?:[Tt]ransponder|TRANSPONDER)(?: ?(?:#|[Nn]o\.?|[Nn]umber|[Ii][Dd]|[Ss]erial))?[:=]? {0,2}(\d{3}[- ]?\d{8}|\d{8,12})|(?:[Tt]ag|TAG)(?: ?(?:#|[Nn]o\.?|[Nn]umber|[Ii][Dd]|[Ss]erial))?[:=]? {0,2}(\d{3}[- ]\d{8}))(?![\w-])/dg,
  group: [1, 2],
  validate: (v) => v.replace(/[- ]/g, ''),
});

/** An agency's 3 digits and a tag's 8-digit serial, as cells of a row (tollInteropRow). */
const TAG_CELLS = /(?<![\w.:/-])(\d{3})[ ,|;\t](\d{8})(?![\w.:/-])/g;
/** A state or province and a plate in the cells before a tag (plate type such as PAS maybe between). */
const PLATE_BEFORE = /(?:^|[ ,|;\t])([A-Z]{2})[ ,|;\t]{1,3}([A-Z0-9]{4,8})[ ,|;\t]{1,3}(?:[A-Z]{3}[ ,|;\t]{1,3})?$/;
/** A state or province and a plate in the cells after a tag. */
const PLATE_AFTER = /^[ ,|;\t]{1,3}([A-Z]{2})[ ,|;\t]{1,3}([A-Z0-9]{4,8})(?=[ ,|;\t\r\n]|$)/;
/** An 8-digit date (yyyymmdd), no serial. */
const YYYYMMDD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * The rows of interoperability files between toll agencies (tag validation and licence-plate
 * lists, `DTL US NY KGJ4821  PAS 008 04417286 V`) and of their reconciliation files
 * (`008,04417286,NY,KGJ4821,2025-12-01T06:12:44,1.45,POSTED`), which carry no header: a tag as
 * two cells (the issuing agency's 3 digits, the 8-digit serial) beside a plate as two cells (a US
 * state or Canadian province code, then 4–8 capitals and digits with both kinds). The serial is
 * masked as DEVICE_ID and the plate as LICENSE_PLATE; the agency code and the state stay.
 */
export const tollInteropRow: ValueDetector = {
  ...detectorFields({
    id: 'toll_interop_row',
    entity: 'DEVICE_ID',
    description: 'Toll tag serials and plates in the rows of toll interoperability and reconciliation files',
    validation:
      'a cell of 3 digits and a cell of 8 digits (no date) next to a cell of a US state or Canadian province code and a cell of 4–8 capitals and digits (both kinds), before or after them on the line; cells split by a blank, comma, |, ; or a tab',
    context: false,
    example: 'DTL US NJ GHT4471  PAS 008 05590318 V',
    requires: 'capital_digit',
    prefilter: (s) => s.capitalDigit && s.digitRun >= 8 && s.text.length >= 20,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    TAG_CELLS.lastIndex = 0;
    for (let m = TAG_CELLS.exec(text); m !== null; m = TAG_CELLS.exec(text)) {
      const serial = m[2]!;
      if (YYYYMMDD.test(serial)) continue;
      const end = m.index + m[0].length;
      let plate: { start: number; value: string } | undefined;
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = PLATE_BEFORE.exec(text.slice(Math.max(lineStart, m.index - 40), m.index));
      if (before !== null && PLATE_REGIONS.has(before[1]!) && isPlateCell(before[2]!)) {
        const cut = text.slice(0, m.index).lastIndexOf(before[2]!);
        plate = { start: cut, value: before[2]! };
      } else {
        const after = PLATE_AFTER.exec(text.slice(end, end + 24));
        if (after !== null && PLATE_REGIONS.has(after[1]!) && isPlateCell(after[2]!))
          plate = { start: end + after[0].length - after[2]!.length, value: after[2]! };
      }
      if (plate === undefined) continue;
      const serialStart = end - serial.length;
      out.push({ start: serialStart, end, entity: 'DEVICE_ID', detector: 'toll_interop_row', normalized: m[1]! + serial, priority });
      out.push({
        start: plate.start,
        end: plate.start + plate.value.length,
        entity: 'LICENSE_PLATE',
        detector: 'toll_interop_row',
        normalized: plate.value,
        priority,
      });
    }
  },
};

function isPlateCell(cell: string): boolean {
  return /[A-Z]/.test(cell) && /\d/.test(cell);
}

/**
 * A registered-owner return row of a motor-vehicle agency as parking and toll back offices load it
 * (no header: plate, state, surname, given name, street, city, state, ZIP; `|`, `,`, `;` or a tab
 * between cells): a line that opens with a plate cell (5–8 capitals and digits, both kinds), a US
 * state or Canadian province cell, two cells of capitals (the names, which the bare-cell reader
 * masks), a street cell (a house number and words), then the city, the state and the ZIP code. The
 * plate and the street are masked.
 */
const OWNER_ROW =
  /(?:^|\n)([A-Z0-9]{5,8})([|,;\t])([A-Z]{2})\2([A-Z][A-Z'-]{1,30})\2([A-Z][A-Z' -]{0,30})\2(\d{1,6} [A-Z0-9][A-Z0-9 .'-]{1,40})\2[A-Z][A-Z .'-]{1,30}\2([A-Z]{2})\2\d{5}(?:-\d{4})?(?![\w-])/dg;

/** Two cells that read as a surname and a given name: no everyday or stop word, the given name in the name lists. */
function ownerNameCells(surname: string, given: string): boolean {
  for (const cell of [surname, given]) {
    for (const part of cell.split(/[ '-]/)) {
      if (part.length === 0) continue;
      const folded = foldName(part);
      if (isEverydayWord(folded) || isNameStopWord(folded)) return false;
    }
  }
  const first = given.split(/[ '-]/)[0]!;
  return (nameKind(foldName(first)) & GIVEN) !== 0;
}

export const registeredOwnerRow: ValueDetector = {
  ...detectorFields({
    id: 'registered_owner_row',
    entity: 'LICENSE_PLATE',
    description: 'Plates and owners’ streets in header-less registered-owner return rows (plate, state, surname, given name, street…)',
    validation:
      'a line of cells: 5–8 capitals and digits (both kinds), a US state or Canadian province code, two cells of capitals, a house number and words, a city, a state code, a ZIP code; split by |, comma, ; or a tab',
    context: false,
    example: '7LQD204|CA|MARCHETTI|ROSALIND|4471 ALTA LOMA DR|FRESNO|CA|93711',
    requires: 'capital_digit',
    prefilter: (s) => s.capitalDigit && s.text.length >= 24,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    OWNER_ROW.lastIndex = 0;
    for (let m = OWNER_ROW.exec(text); m !== null; m = OWNER_ROW.exec(text)) {
      const plate = m[1]!;
      if (!PLATE_REGIONS.has(m[3]!) || !PLATE_REGIONS.has(m[7]!) || !isPlateCell(plate) || !ownerNameCells(m[4]!, m[5]!)) continue;
      const [ps, pe] = m.indices![1]!;
      out.push({ start: ps, end: pe, entity: 'LICENSE_PLATE', detector: 'registered_owner_row', normalized: plate, priority });
      const [ss, se] = m.indices![6]!;
      const street = text.slice(ss, se);
      out.push({ start: ss, end: se, entity: 'ADDRESS', detector: 'registered_owner_row', normalized: street, priority });
    }
  },
};
