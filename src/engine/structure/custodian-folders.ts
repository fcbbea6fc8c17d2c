import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, nameKind } from '../detect/values/person-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * A custodian's folder in a collection, processing or production path: e-discovery tools file
 * what they collect from one person under a folder named by the person's surname and initial or
 * given name, `Surname_G`, `Surname-Surname_G`, `Surname_Given` (Nuix evidence under
 * `…\Custodians\Haverkamp_L\mailbox.pst`, Relativity Processing source paths
 * `…\Castellane_R\Users\Desktop\…`, Opticon OPT image paths `IMAGES\001\Castellane_O\….tif`,
 * Google Vault exports `…/Castellane_Odile/My Drive/…`; red-team round 96 and its leftovers).
 * No word list knows the surname: the folder's place says it is a person's. The folder must sit
 * between two path separators and either under a folder named `Custodian(s)`, or right above a
 * folder of a user's profile or mailbox (`Users`, `Desktop`, `Documents`, `My Drive`, `Personal`,
 * `OneDrive`, `Mailbox`…), or as the folder of an OPT image path (`IMAGES\<volume>\<folder>\`).
 * Its words are capitalised, none a stop, everyday or file word nor a plural no name list knows
 * (`Accounts_Payable`, `Team_A`, `Marketing_Q3`, `HR_Policies`, `Legal_Hold` stay). The folder is masked whole.
 */
const FOLDER = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?_\p{Lu}(?:\p{Ll}+)?$/u;

/** Folders of a user's profile, mailbox or drive, lower case: the folder above one is a person's. */
const PROFILE_FOLDERS = new Set([
  'users',
  'desktop',
  'documents',
  'my documents',
  'downloads',
  'pictures',
  'my drive',
  'google drive',
  'drive',
  'personal',
  'onedrive',
  'mailbox',
  'mail',
  'email',
  'e-mail',
  'gmail',
  'outlook',
  'pst',
  'inbox',
  'appdata',
  'home',
  'phone',
  'mobile',
  'laptop',
]);

/** Words of folders that are about the files, not a person (they never make a surname). */
const FOLDER_WORDS = new Set(
  'images natives native text texts volume vol batch box part disk drive site team group section exhibit appendix schedule phase set data export exports backup archive shared public common general legal finance sales marketing hold receivable payable'.split(
    ' ',
  ),
);

/** Whether `text` may hold such a folder: an `_` and a path separator. Native calls only. */
export function mayHoldCustodianFolder(text: string, backslash: boolean): boolean {
  return text.indexOf('_') > 0 && (backslash || text.indexOf('/') >= 0);
}

function isSeparator(c: number): boolean {
  return c === 92 || c === 47;
}

/** The start of the path segment ending right before separator `end` (after the separator before it), or -1. */
function segmentStart(text: string, end: number): number {
  for (let i = end - 1; i >= 0 && end - i <= 80; i--) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) return i + 1;
    if (c === 10 || c === 13 || c === 34 || c === 44 || c === 124 || c === 59) return -1;
  }
  return -1;
}

/** The end of the path segment starting at `start` (the next separator), or -1 when no separator ends it. */
function segmentEnd(text: string, start: number): number {
  for (let i = start; i < text.length && i - start <= 80; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) return i;
    if (c === 10 || c === 13 || c === 34 || c === 44 || c === 124 || c === 59) return -1;
  }
  return -1;
}

function isWordOfFiles(word: string): boolean {
  const folded = foldName(word);
  // A plural no list knows names what the folder holds (`Accounts_Receivable`, `Invoices_Q`).
  if (folded.length > 4 && folded.endsWith('s') && nameKind(folded) === 0) return true;
  return FOLDER_WORDS.has(folded) || isNameStopWord(folded) || isEverydayWord(folded);
}

export function custodianFolderSpans(text: string, ctx: SpanContext): void {
  let after = 0;
  for (let u = text.indexOf('_', 1); u >= 0; u = text.indexOf('_', u + 1)) {
    if (u < after) continue;
    const c = text.charCodeAt(u + 1);
    // A capital right after the `_` (the initial or the given name).
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[u + 1] !== text[u + 1]!.toLowerCase())) continue;
    const end = segmentEnd(text, u + 1);
    if (end < 0) continue;
    const start = segmentStart(text, u);
    if (start < 1) continue;
    after = end;
    const folder = text.slice(start, end);
    if (!FOLDER.test(folder)) continue;
    if (!(besideCustodianFolder(text, start - 1) || aboveProfileFolder(text, end))) continue;
    const words = folder.split(/['’_-]/);
    // The initial is no word; the surname's parts and a given name are none of the files' words.
    if (words.some((w) => w.length > 1 && isWordOfFiles(w))) continue;
    pushSpan(ctx, text, start, end, 'PERSON', 'structure:custodian_folder', folder.replace(/_/g, ' '));
  }
}

/** Whether the folder before separator `sep` is `Custodian(s)`, or `IMAGES\<volume>` of an OPT path. */
function besideCustodianFolder(text: string, sep: number): boolean {
  const start = segmentStart(text, sep);
  if (start < 0) {
    // The path's first folder may start the text or a cell (`IMAGES\001\…` of an OPT line).
    return false;
  }
  const parent = text.slice(start, sep).toLowerCase();
  if (parent === 'custodian' || parent === 'custodians') return true;
  if (!/^\d{1,6}$/.test(parent)) return false;
  // `IMAGES\<volume>\`: the word before may start a cell, not only follow a separator.
  let i = start - 2;
  while (i >= 0 && /[A-Za-z]/.test(text[i]!)) i--;
  return text.slice(i + 1, start - 1).toLowerCase() === 'images';
}

/** Whether the folder right after separator `sep` is a user's profile, mailbox or drive folder. */
function aboveProfileFolder(text: string, sep: number): boolean {
  let i = sep + 1;
  while (i < text.length && i - sep <= 14) {
    const c = text.charCodeAt(i);
    if (isSeparator(c) || c === 10 || c === 34 || c === 44 || c === 124) break;
    i++;
  }
  if (i === sep + 1 || i - sep > 14) return false;
  return PROFILE_FOLDERS.has(text.slice(sep + 1, i).toLowerCase());
}
