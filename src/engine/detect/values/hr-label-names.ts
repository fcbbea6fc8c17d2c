import { isEverydayWord } from './intro-phrases.js';
import { regexDetector } from './helpers.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, nameKind } from './person-names.js';

/**
 * A person named after an HR record's label for a person, in any case (red-team round 63 and its
 * second leftover pass, stop 41): an emergency contact (`notfallkontakt: gunhild brackmann
 * (mutter)`, `contacto de emergencia:`, `personne à prévenir :`, `noodcontact:`, `next of kin:`),
 * a payee (`odbiorca: zbigniew kołodziejczyk`, `beneficiário:`, `destinataire :`, `empfänger:`),
 * the employee a line is about (`employee: benedikt oyarzabal (ni no. …)`, `pracownik:`,
 * `dipendente:`), and who uploaded a document (`caricato da Ludovica Sanseverino:`, `hochgeladen
 * von …`, `subido por …`, `uploaded by …`). The labels of Personio, HiBob, Factorial, Workday and
 * SAP tenants in their users' languages, and local payroll tools' logs, write the name in lower
 * case, where the gazetteer-backed lower-case readers (lower-case-names.ts) need a US given name
 * and surname.
 *
 * The label says a person follows, so the words need no list: two or three words (particles
 * between them), each in lower case or capitalised, none a stop word, an everyday English word or
 * one of NOT_NAME (`nicht angegeben`, `no facilitado`, `Amministratore di sistema`, `declined to
 * provide`), one of them a known name or shaped like one (a letter with a mark, a surname ending)
 * unless an emergency contact's label stands before them;
 * and the name must end where the label's value ends: at a punctuation mark, the text's end, the
 * next field's word (`rachunek`, `tel.`, `iban`) or a date after a short word (`am 03.06.2025`).
 * A word in capitals (`ZUS`, `SFTP Import`, `Personio API`) makes no name.
 */

/** Labels of a person's slot; a `:` or `=` must follow them (lower case, as the keyword pass reads). */
const SLOT_LABELS: readonly string[] = [
  // Emergency contacts.
  ...['notfallkontakt', 'notfallperson', 'ansprechpartner im notfall', 'emergency contact', 'next of kin', 'in case of emergency'],
  ...['contacto de emergencia', 'contacto en caso de emergencia', 'contatto di emergenza', 'contatto in caso di emergenza'],
  ...['personne à prévenir', 'personne a prevenir', "contact d'urgence", 'contact en cas d’urgence', "contact en cas d'urgence"],
  ...['noodcontact', 'contactpersoon bij nood', 'kontakt awaryjny', 'osoba do kontaktu', 'contato de emergência', 'contacto de emergência'],
  ...['nødkontakt', 'nödkontakt', 'pårørende', 'anhörig'],
  // Payees.
  ...['odbiorca', 'beneficiário', 'beneficiária', 'destinataire', 'bénéficiaire', 'empfänger', 'zahlungsempfänger', 'kontoinhaber'],
  ...['begunstigde', 'rekeninghouder', 'intestatario', 'titular da conta', 'payee'],
  // The employee a line is about.
  ...['employee', 'employee name', 'worker', 'worker name', 'pracownik', 'pracownica', 'dipendente', 'lavoratore', 'lavoratrice'],
  ...['salarié', 'salariée', 'colaborador', 'colaboradora', 'funcionário', 'funcionária', 'zaměstnanec', 'työntekijä', 'medarbejder'],
];
/** Phrases for who uploaded or sent a document; the name follows after a blank. */
const BY_PHRASES: readonly string[] = [
  ...['uploaded by', 'hochgeladen von', 'caricato da', 'caricata da', 'subido por', 'subida por', 'téléversé par', 'téléversée par'],
  ...['enviado por', 'enviada por', 'carregado por', 'geüpload door', 'przesłane przez', 'dodane przez', 'uppladdad av'],
];

/** Words that follow such labels and are no name, in the labels' languages. */
const NOT_NAME = new Set(
  `nicht angegeben keine keiner kein unbekannt entfällt siehe anlage facilitado ninguno ninguna aplica aucun aucune inconnu
  renseigné geen onbekend brak nieznany nenhum nessuno indicato declined provided unknown none applicable
  amministratore administrador administrateur administrator admin sistema système systeem system systemu api import
  integration integración integrazione utente usuario usuário utilisateur gebruiker benutzer nutzer użytkownik
  servicio servizio serviço team equipo équipe squadra self portal onboarding offboarding enrollment enrolment benefits
  relations profile status terminated active inactive pending approved rejected payroll nómina paie lohn
  bank banco banque banca dienst finanzamt urzad urząd skarbowy hacienda tesouraria`.split(/\s+/),
);

/** Field words that may follow the name in a line (`odbiorca: … rachunek PL61…`, `…, tel. …`). */
const FIELD_AFTER =
  '(?:rachunek|konto|account|iban|tel|telefon|telefono|teléfono|telefone|phone|mobil|mobile|móvil|cell|nif|pesel|bsn|ssn|dob|e-?mail|adresse|address|adres|dirección|indirizzo)';
const PARTICLE = "(?:van|von|de|der|den|da|di|del|della|dos|das|du|la|le|ten|ter|zu|y|e|d'|o')";
const WORD = "\\p{L}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]+)?";
const NAME = `${WORD}(?:[ ](?:${PARTICLE}[ ]){0,2}${WORD}){1,2}`;
const END = `(?=[ \\t]*(?:$|[(),;:|"\\\\\\n\\r.!?/]|[ \\t]${FIELD_AFTER}\\b|[ \\t]\\p{Ll}{1,4}[ \\t]\\d|[ \\t]+[-–—][ \\t]))`;

function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)))
    .join('|');
}

const LABEL_NAME = new RegExp(
  `(?<![\\p{L}\\d_])(?:(?:${alternation(SLOT_LABELS)})[ \\t]*[:=][ \\t]*|(?:${alternation(BY_PHRASES)})[ \\t]+)(${NAME})${END}`,
  'dgiu',
);

const MARKED = /[^\x00-\x7f]/;
const SURNAME_ENDING =
  /(?:mann|meier|maier|mayer|bauer|huber|hofer|berger|inger|stein|stra|sma|ski|ska|cki|cka|wicz|czyk|ova|ová|ov|ev|enko|ić|vić|sson|sen|nen|poulos|escu|ini|elli|etti|ucci|andi|ardi|ez|eira|eiro|aga|abal|egui|otti|ato|ano|ino)$/;

const PARTICLE_ONLY = new RegExp(`^${PARTICLE}$`, 'i');

function nameWord(w: string): boolean {
  const key = foldName(w);
  if (w.length < 2 || isNameStopWord(key) || isEverydayWord(key) || NOT_NAME.has(w.toLowerCase())) return false;
  // Lower case or capitalised; a word in capitals (`ZUS`, `SFTP`, `API`) is an acronym.
  const rest = w.slice(1);
  return rest === rest.toLowerCase();
}

function backed(w: string): boolean {
  return nameKind(foldName(w)) !== 0 || MARKED.test(w) || SURNAME_ENDING.test(w.toLowerCase());
}

/** An emergency contact's label right before the name: only a person is one, so no list need back the words. */
const EMERGENCY_BEFORE =
  /(?:notfall\p{L}*|emergen\p{L}*|next of kin|prévenir|prevenir|urgence|nood\p{L}*|awaryjny|kontaktu|nødkontakt|nödkontakt|pårørende|anhörig)[ \t]*[:=][ \t]*$/iu;

/** The name's words without particles, or undefined when they do not make a name. */
function labelName(value: string, before: string): string | undefined {
  const words = value.split(/[ ]+/).filter((w) => !PARTICLE_ONLY.test(w));
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every(nameWord) || !(words.some(backed) || EMERGENCY_BEFORE.test(before))) return undefined;
  // One casing for the whole name: all lower case or all capitalised.
  const lower = words.every((w) => w === w.toLowerCase());
  const capitalised = words.every((w) => w[0] !== w[0]!.toLowerCase());
  return lower || capitalised ? value.toLowerCase() : undefined;
}

export const personNameHrLabel = regexDetector({
  id: 'person_name_hr_label',
  entity: 'PERSON',
  description:
    'People\'s names after an HR label for a person in any case: emergency contacts ("notfallkontakt:", "contacto de emergencia:", "personne à prévenir :", "noodcontact:", "next of kin:"), payees ("odbiorca:", "beneficiário:", "destinataire :", "empfänger:"), the employee ("employee:", "pracownik:", "dipendente:") and uploaders ("uploaded by", "hochgeladen von", "caricato da", "subido por")',
  validation:
    'two or three words (particles between), all lower case or all capitalised, none a stop word, an everyday word or a placeholder (nicht angegeben, no facilitado, sistema), one a known name or shaped like one; the value ends there (punctuation, the end, a field word such as tel. or iban, or a date)',
  context: true,
  example: 'notfallkontakt: gunhild brackmann (mutter), telefon …',
  keywords: [...SLOT_LABELS, ...BY_PHRASES],
  prefilter: () => true,
  pattern: LABEL_NAME,
  group: 1,
  validate: (v, scan, start) => labelName(v, scan.text.slice(Math.max(0, start - 40), start)),
});
