import { regexDetector } from './helpers.js';

/**
 * A named health condition, procedure or pregnancy outcome given as the reason for a leave, sick day
 * or FMLA certification (`Scheduled hysterectomy and six weeks recovery per Dr. …`, `certified for
 * intermittent FMLA: Type 2 diabetes with episodes of hypoglycemia`, `Had a miscarriage, doctor says
 * rest`). Health data is a special category (GDPR art. 9; the ADA and FMLA keep medical
 * certifications confidential), and a leave request names its worker. The condition words are a
 * closed list of the diagnoses and procedures that leave requests and certifications name; each
 * counts only with a leave or medical word in the same text within CONTEXT characters before or
 * after it, so a benefits catalogue (`Diabetes care kit`), a charity run or a leave type
 * (`FMLA - Employee Serious Health Condition`, `COVID-19 leave`) stays.
 */
const CONDITIONS = [
  ...['diabetes', 'diabetic', 'hypoglycemia', 'hypoglycaemia', 'hyperglycemia', 'hyperglycaemia'],
  ...['hysterectomy', 'mastectomy', 'appendectomy', 'cholecystectomy', 'miscarriage', 'stillbirth', 'ivf', 'endometriosis'],
  ...['chemotherapy', 'chemo', 'dialysis', 'cancer', 'leukemia', 'leukaemia', 'lymphoma', 'tumor', 'tumour'],
  ...['epilepsy', 'seizure', 'seizures', 'migraine', 'migraines', 'asthma', 'copd', 'multiple sclerosis', 'lupus', 'fibromyalgia'],
  ...["crohn's disease", 'crohns disease', 'ulcerative colitis', 'depression', 'postpartum depression', 'anxiety disorder'],
  ...['ptsd', 'bipolar disorder', 'schizophrenia', 'adhd', 'dementia', 'concussion', 'pneumonia', 'stroke', 'kidney stones'],
  ...['substance abuse', 'alcohol dependence'],
  // An airline medical case's free text (red-team round 55).
  ...["parkinson's disease", 'parkinsons disease', "parkinson's", 'parkinsons'],
  // HR case notes, accommodation requests and exit interviews (red-team round 63), and the same
  // conditions as European workers write them in their own language: German, French, Spanish,
  // Portuguese, Italian, Polish and Dutch sick notes and absence comments.
  ...['alcohol dependency', 'alcohol addiction', 'alcoholism', 'major depression', 'major depressive disorder'],
  ...['pregnancy complications', 'high-risk pregnancy', 'herniated disc', 'slipped disc', 'burnout', 'burn-out'],
  ...['bandscheibenvorfall', 'epilepsie', 'depressionen', 'multiple sklerose', 'fehlgeburt', 'risikoschwangerschaft', 'chemotherapie'],
  ...['dépression', 'épilepsie', 'sclérose en plaques', 'hernie discale', 'fausse couche', 'grossesse à risque', 'chimiothérapie'],
  ...['depresión', 'depresión mayor', 'esclerosis múltiple', 'hernia discal', 'embarazo de riesgo', 'epilepsia', 'quimioterapia'],
  ...['depressão', 'esclerose múltipla', 'hérnia de disco', 'gravidez de risco', 'aborto espontâneo', 'aborto espontáneo'],
  ...['depressione', 'sclerosi multipla', 'ernia del disco', 'gravidanza a rischio', 'epilessia', 'chemioterapia'],
  ...['depresja', 'stwardnienie rozsiane', 'przepuklina dysku', 'padaczka', 'poronienie', 'depressie', 'multiple sclerose'],
  // Exit interviews and accommodation records (left63): compounds and longer forms of the above.
  ...['schwangerschaftskomplikationen', 'embarazo de alto riesgo', 'gravidez de alto risco', 'gravidanza ad alto rischio'],
];
/**
 * The gate word of each phrase: its rarest word, never a common one that opens the detector on
 * ordinary records (`disease`, `disorder`, `multiple`, `abuse`; no `heart attack`: `heart` opens on
 * every `heartbeat`).
 */
const GATE_WORD: Readonly<Record<string, string>> = {
  'multiple sclerosis': 'sclerosis',
  "crohn's disease": 'crohn',
  'crohns disease': 'crohn',
  'ulcerative colitis': 'colitis',
  'postpartum depression': 'depression',
  'anxiety disorder': 'anxiety',
  'bipolar disorder': 'bipolar',
  'kidney stones': 'kidney',
  'substance abuse': 'substance',
  'alcohol dependence': 'alcohol',
  "parkinson's disease": 'parkinson',
  'parkinsons disease': 'parkinson',
  "parkinson's": 'parkinson',
  parkinsons: 'parkinson',
  'alcohol dependency': 'alcohol',
  'alcohol addiction': 'alcohol',
  'major depression': 'depression',
  'major depressive disorder': 'depressive',
  'pregnancy complications': 'complications',
  'high-risk pregnancy': 'pregnancy',
  'herniated disc': 'herniated',
  'slipped disc': 'slipped',
  'burn-out': 'burn-out',
  'multiple sklerose': 'sklerose',
  'sclérose en plaques': 'sclérose',
  'hernie discale': 'discale',
  'fausse couche': 'fausse',
  'grossesse à risque': 'grossesse',
  'depresión mayor': 'depresión',
  'esclerosis múltiple': 'esclerosis',
  'hernia discal': 'discal',
  'embarazo de riesgo': 'embarazo',
  'esclerose múltipla': 'esclerose',
  'hérnia de disco': 'hérnia',
  'gravidez de risco': 'gravidez',
  'aborto espontâneo': 'espontâneo',
  'aborto espontáneo': 'espontáneo',
  'sclerosi multipla': 'sclerosi',
  'ernia del disco': 'ernia',
  'gravidanza a rischio': 'gravidanza',
  'stwardnienie rozsiane': 'stwardnienie',
  'przepuklina dysku': 'przepuklina',
  'multiple sclerose': 'sclerose',
  'embarazo de alto riesgo': 'embarazo',
  'gravidez de alto risco': 'gravidez',
  'gravidanza ad alto rischio': 'gravidanza',
};

/** Where one is typed first (`Type 1 diabetes`) or named by its organ (`breast cancer`), that is part of the condition. */
const QUALIFIER =
  '(?:(?:type|typ)[ -]?(?:1|2|i{1,2}|one|two)[ -]|(?:breast|lung|prostate|colon|colorectal|skin|ovarian|cervical|pancreatic|thyroid|bladder|brain|stage [1-4i]{1,3}) )?';

const ALTERNATION = [...CONDITIONS]
  .sort((a, b) => b.length - a.length)
  .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]'))
  .join('|');

const CONDITION_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_-])${QUALIFIER}(?:${ALTERNATION})(?![\\p{L}\\p{N}_])`, 'giu');

/**
 * Leave and absence words: the text asks for time off or excuses one (a leave request, a sick note,
 * an FMLA certification). An airline's medical case codes too (MEDA / MEDIF clearance, WCHR /
 * WCHS / WCHC wheelchair, STCR stretcher: red-team round 55): the condition is a passenger's. A
 * referral to an employee assistance programme (EAP), and the leave, sick-note and accommodation
 * words of German, French, Spanish, Portuguese, Polish, Italian and Dutch absence records
 * (`Krankschreibung`, `arrêt maladie`, `baja`, `atestado`, `zwolnienie lekarskie`, `malattia`,
 * `ziekmelding`; a request about one's `Arbeitsplatz`, an `aménagement`: red-team round 63) are
 * context too. Clinical words alone (`doctor`, `diagnosis`, `treatment`) are not
 * context: a clinical record keeps its diagnoses (`Diagnosis: Hypertension`, red-team rounds 2, 8
 * and 23 keep them as look-alikes; the identifiers around them are what Safe Harbor removes).
 */
const CONTEXT_WORDS =
  /(?<![a-z])(?:(?:fmla|leave|loa|sick|absence|absent|time off|pto|accommodation|short[ -]term disability|fit note|rest for|bed rest|signed me off|signed off|off work|out of office|meda|medif|wch[rsc]|stcr|eap|krankschreibung|krankmeldung|krankgeschrieben|arbeitsunfähig|arbeitsunfähigkeit|krankenstand|arbeitsplatz|arrêt maladie|arrêt de travail|congé|aménagement|baja|incapacidad temporal|permiso|ausencia|licença|atestado|afastamento|zwolnienie lekarskie|urlop|malattia|congedo|certificato medico|ziekmelding|ziekteverlof|verlof|reason for leaving|why (?:did )?you (?:leave|left)|exit interview|austrittsgespr[aä]e?ch|austrittsgrund|entrevista de salida|motivo de (?:la )?salida|entrevista de desligamento|motivo (?:do|de) desligamento|entretien de sortie|colloquio di uscita)(?![a-z])|recover)/;
/**
 * A person's own condition: a possessive right before it (`my burnout`, `my pregnancy
 * complications`, `meiner Risikoschwangerschaft`, `minha gravidez de risco`, `ma dépression`, `mi
 * embarazo de riesgo`; an exit interview's answer, left63): the writer's health, whatever the
 * record is. `a migraine`, `the cancer ward`, `diabetes care kit` stay.
 */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:my|meine[mnrs]?|mein|minha|meu|mi|ma|mon|mia|mio|moja|mojej|mijn|his|her)[ \t]$/iu;
/** A token this engine wrote: its entity name is no context (masking stays idempotent). */
const TOKEN = /<[a-z][a-z0-9_]{1,40}(?::[^<>\s]{1,320})?>/g;
const CONTEXT = 120;

export const healthConditionInLeave = regexDetector({
  id: 'health_condition_in_leave',
  entity: 'HEALTH_CONDITION',
  description: 'Diagnoses, procedures and pregnancy outcomes named as the reason in leave, sick-day and FMLA records',
  validation: `a listed condition word (with its type or organ), and a leave or medical word within ${CONTEXT} characters`,
  context: true,
  example: 'intermittent FMLA: Type 2 diabetes',
  keywords: [...new Set(CONDITIONS.map((c) => GATE_WORD[c] ?? c))],
  prefilter: () => true,
  pattern: CONDITION_PATTERN,
  validate: (v, scan, start) => {
    const lower = scan.lower();
    if (start >= 3 && POSSESSIVE_BEFORE.test(lower.slice(Math.max(0, start - 8), start))) return v;
    const from = start > CONTEXT ? start - CONTEXT : 0;
    let around = `${lower.slice(from, start)} ${lower.slice(start + v.length, start + v.length + CONTEXT)}`;
    if (around.indexOf('<') !== -1) around = around.replace(TOKEN, ' ');
    return CONTEXT_WORDS.test(around) ? v : undefined;
  },
});

const WHOLE_CONDITION = new RegExp(`^${QUALIFIER}(?:${ALTERNATION})$`, 'iu');
/**
 * Whether a member's whole value is one listed condition (`type 1 diabetes`, `multiple
 * sclerosis`): an accommodation record's `condition` member beside its restrictions
 * (structure/bare-name-columns.ts CONDITION_BESIDE; red-team round 63, left63).
 */
export function isListedHealthCondition(value: string): boolean {
  return value.length <= 64 && WHOLE_CONDITION.test(value.trim());
}
