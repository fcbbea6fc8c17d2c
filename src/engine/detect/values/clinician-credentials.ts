import { SIG_SPACE } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

/**
 * A clinician named with the credential after a comma (`Fenella Marchbanks, NP`, `Ravi
 * Subramanyam-Clarke, FNP`, `Saoirse Pettigrew, RN`), as telehealth visit records, licensure gates,
 * RPM alerts and chat exports write the provider (red-team round 103). The credential says a person
 * stands before it, so the name need not be one the lists know: two or three capitalised words
 * (a middle initial, a double-barrelled surname), none a stop word or an everyday word. `PA` alone
 * and `MD` before a ZIP (`Silver Spring, MD 20910`) are states, not credentials.
 */

/** Clinical credentials written after a provider's name (US licensure and board titles). */
const CREDENTIALS: readonly string[] = [
  'MD',
  'DO',
  'NP',
  'NP-C',
  'RN',
  'PA-C',
  'FNP',
  'FNP-C',
  'FNP-BC',
  'APRN',
  'DNP',
  'LPN',
  'LVN',
  'CNM',
  'CRNA',
  'LCSW',
  'LMFT',
  'LPC',
  'PhD',
  'PsyD',
  'PharmD',
  'RPh',
  'DDS',
  'DMD',
  'DPM',
  'MSN',
  'BSN',
  'PMHNP',
  'AGNP',
  'MBBS',
];
const KEYWORDS: readonly string[] = CREDENTIALS.map((c) => `, ${c.toLowerCase()}`);

/** The name right before `, CRED`: two or three capitalised words, a middle initial, a double-barrelled surname. */
const NAME_BEFORE =
  /(?:^|[^A-Za-z'’.-])([A-Z][a-z'’]{1,20}(?: [A-Z]\.?)? (?:[A-Z][a-z'’]{1,20} )?[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?)$/;

function wordOk(word: string): boolean {
  const f = foldName(word.replace(/[.'’]/g, ''));
  return f.length >= 2 && !isNameStopWord(f) && !isEverydayWord(f);
}

function nameOk(name: string): boolean {
  return name.split(/[ -]/).every((w) => w.length <= 2 || wordOk(w));
}

/** `Fenella Marchbanks, NP`: a provider's name before a clinical credential. */
export const personNameClinicianCredential: ValueDetector = {
  ...detectorFields({
    id: 'person_name_clinician_credential',
    entity: 'PERSON',
    description:
      'A clinician\'s name right before a comma and a clinical credential ("MD", "DO", "NP", "RN", "PA-C", "FNP", "APRN", "LCSW", "PharmD"…), as visit records, alerts and chat exports name the provider',
    validation:
      'two or three capitalised words (a middle initial and a double-barrelled surname allowed), none a stop word or an everyday English word, then `, ` and a credential of the list as a whole word; `MD` followed by a ZIP is a state',
    context: true,
    example: 'clinician="Fenella Marchbanks, NP" licensed_states=AZ,UT',
    keywords: KEYWORDS,
    readsKeywordHits: true,
    prefilter: (s) => (s.signature & SIG_SPACE) !== 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const hits = scan.keywordHits;
    const from = out.length;
    for (let j = 0; j < CREDENTIALS.length; j++) {
      if (hits !== undefined && hits[j] !== 1) continue;
      const needle = `, ${CREDENTIALS[j]!}`;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        const after = text.charCodeAt(at + needle.length);
        // The credential as a whole word (`, NP` is no `, NP-C`'s: that one is read by its own entry).
        if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 48 && after <= 57) || after === 45) continue;
        if (needle === ', MD' && /^ \d{5}/.test(text.slice(at + 4, at + 10))) continue;
        const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
        if (m === null) continue;
        let name = m[1]!;
        if (!nameOk(name)) {
          // A role word before the name (`Care Manager Beatrix Lindqvist, RN`): the last two words.
          const words = name.split(' ');
          if (words.length !== 3 || words[1]!.length <= 2) continue;
          name = `${words[1]} ${words[2]}`;
          if (!nameOk(name)) continue;
        }
        const start = at - name.length;
        if (out.some((s, k) => k >= from && s.start === start)) continue;
        out.push({ start, end: at, entity: 'PERSON', detector: 'person_name_clinician_credential', normalized: foldName(name), priority });
      }
    }
    if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};
