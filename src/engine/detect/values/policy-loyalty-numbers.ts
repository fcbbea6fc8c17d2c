import { afterNameDetector } from './after-name.js';

/** The value of a policy or loyalty number: a digit group run with `/`, `-` or blanks, at least 5 digits. */
function numberWithDigits(v: string): string | undefined {
  const digits = v.replace(/\D/g, '');
  return digits.length >= 5 && digits.length <= 20 ? v.replace(/ /g, '') : undefined;
}

/**
 * An insurance policy number written after its name in prose, in the languages of claims notes
 * (`policy no. HX-778812-03`, `polizza n. RCA/2026/771204`, `Police Nr. 12-345678-9`, `póliza
 * núm. 00012345`, `apólice nº 123456789`): the name must be followed by a number word (number,
 * no., nr., n., n°, nº, núm., numero, #), so `IAM policy 12345` or `policy denied` are not read.
 * The value holds at least five digits. Without a number word, a value shaped as carriers print
 * policy numbers (1–4 capitals, maybe a digit, then 4+ digits: `policy HO3-5521-0087`, `policy
 * UL7730041926`) stands right after the word; `is` / `es` / `é` may stand between (`policy is PA-4471208833`); a number read out in digit groups (`policy # is PAP
 * 4417 229 013`, as callers type it in claim chats) is taken whole. A French pet insurer's
 * owner writes the contract's number word after `contrat` too (red-team round 99: `contrat n°
 * SV-0093381127`): then a value with a run of 5+ digits.
 */
export const insurancePolicyAfterName = afterNameDetector({
  id: 'insurance_policy_after_name',
  entity: 'INSURANCE_POLICY_NUMBER',
  description: 'Insurance policy numbers after their name in prose (several languages)',
  validation:
    'right after policy / polizza / Police / póliza / apólice / polis / auto pol + a number word (or Versicherungsnummer) (number, no., nr., n., n°, núm., numero, #, then maybe `is`), or right after the word (maybe `is`, `es`, `é` between) when the value starts with 1–4 capitals and 4+ digits; after pol #, pol=; after contrat a number word (n°, nº, n., no., numéro) and a value with 5+ digits in a run: letters, digits, / and -, groups of 3–4 digits after a blank, at least 5 digits',
  context: true,
  example: 'polizza n. RCA/2026/771204',
  keywords: [
    'policy',
    'polizza',
    'police',
    'póliza',
    'poliza',
    'apólice',
    'apolice',
    'polis',
    'auto pol',
    'pol#',
    'pol #',
    'pol=',
    'versicherungsschein',
    'versicherungsnummer',
    'contrat',
  ],
  prefilter: (s) => s.hasDigit,
  names: [
    // An underwriter's shorthand (`to auto pol PAP-4417229013`: red-team round 37).
    'auto pol',
    'Auto pol',
    'AUTO POL',
    'policy',
    'Policy',
    'POLICY',
    'polizza',
    'Polizza',
    'POLIZZA',
    'Police',
    'police',
    'póliza',
    'Póliza',
    'apólice',
    'Apólice',
    'polis',
    'Polis',
    // Claims shorthand and other languages (red-team round 75): `pol# pa 8841 2209 17`,
    // `POL#MO-AU-55120984`, `Versicherungsschein-Nr. KH-4471-99812`, `n° de contrat AUTO-FR-7718220`.
    'pol#',
    'Pol#',
    'POL#',
    // An adjuster's shorthand with a blank or in a key=value line (`your pol # aut-5518220417`,
    // `|pol=HO3-5502818443|`), and a carrier-shaped value after `policy is` / `póliza es` in a
    // claim chat (`His policy is PA-4471208833`, `mi póliza es AUT-7718204456`): red-team round 105.
    'pol #',
    'Pol #',
    'POL #',
    'pol=',
    'POL=',
    'Versicherungsschein',
    'versicherungsschein',
    // A German insurer's or reinsurer's note (`Versicherungsnummer LV-4410772201`: red-team round 83).
    'Versicherungsnummer',
    'versicherungsnummer',
    'contrat',
  ],
  pattern:
    /(?:(?:policy|polizza|police|p[oó]liza|ap[oó]lice|polis|auto pol)(?:(?: d'assurance)?[ _-]?(?:number|numbers|nummer|numero|número|num\.?|núm\.?|no\.?|nr\.?|n\.|n°|nº|n\.º|#)\s{0,2}[:#=]?\s{0,2}(?:is\s{1,2})?|:?\s{1,2}(?:(?:is|es|é)\s{1,2})?(?=[A-Z]{1,4}(?:-[A-Z]{2})?\d?-?\d{4}))|pol ?[#=] ?|versicherungsnummer\s{0,2}:?\s{0,2}|versicherungsschein(?:nummer|-?nr\.?)\s{0,2}:?\s{0,2}|contrat(?: d'assurance)?(?:\s{1,2}(?:n°|nº|n\.º|n\.|no\.|num[ée]ro)\s{0,2}:?\s{0,2}(?=[A-Za-z0-9]{0,6}[/-]?\d{5})|\s{1,2}(?=[A-Z]{1,4}(?:-[A-Z]{2})?\d?-?\d{4})))([A-Za-z0-9]{1,6}(?:[/-]?[A-Za-z0-9]{1,12}| \d{3,4}(?!\w)){0,4})(?![\w/-])/diy,
  validate: numberWithDigits,
});

/**
 * A loyalty or rewards number after its name in a support chat (`loyalty number 4000 1234 5678`,
 * `Meu número de fidelidade é 4000 1234 5678`, `número de fidelidad: 123456789`, `carte fidélité
 * n° 123456`): digits in groups of blanks or dashes, 6 to 20 digits. A hotel folio's `MEMBERSHIP:
 * GOLD 612345789` (the tier between) and a traveller's `miles number is LH 992003456789012` (the
 * airline's code between) too (red-team round 27).
 */
export const loyaltyNumberAfterName = afterNameDetector({
  id: 'loyalty_number_after_name',
  entity: 'LOYALTY_NUMBER',
  description: 'Loyalty numbers after their name in prose (several languages)',
  validation:
    'right after loyalty (number, no., id, card, #) / rewards (number, no., #) / member (number, no., #) / fidelidade / fidelidad / fidélité (is, é, es, :), membership (a tier word such as GOLD between), miles number (an airline code between): 6–20 digits in groups',
  context: true,
  example: 'loyalty number 4000 1234 5678',
  keywords: ['loyalty', 'fidelidade', 'fidelidad', 'fidélité', 'member', 'rewards', 'miles'],
  prefilter: (s) => s.hasDigit,
  names: [
    'loyalty',
    'Loyalty',
    'LOYALTY',
    'fidelidade',
    'Fidelidade',
    'fidelidad',
    'Fidelidad',
    'fidélité',
    'Fidélité',
    // `member` also finds `membership`; `rewards number`, `member no.` of a chain's tickets (round 41).
    'member',
    'Member',
    'MEMBER',
    'rewards',
    'Rewards',
    'REWARDS',
    'miles',
    'Miles',
    'MILES',
  ],
  pattern:
    /(?:loyalty(?:[ _-]?(?:card|account|member(?:ship)?|program))?[ _-]?(?:number|no\.?|nr\.?|id|#)|fidelidade|fidelidad|fidélité(?: n°)?|rewards(?:[ _-]?(?:card|account))?[ _-]?(?:number|no\.?|#)|member[ _-]?(?:number|no\.?|#)|membership(?:[ _-]?(?:number|no\.?|id|#))?:?\s{1,2}(?:(?:gold|silver|platinum|diamond|titanium|bronze|elite|premier)\s{1,2})?|miles[ _-]?(?:number|no\.?|account|#):?(?:\s{1,2}is)?\s{1,2}(?:[A-Z][A-Z0-9]\s)?)\s{0,2}(?:is\s|é\s|es\s|[:#=])?\s{0,2}(\d{2,6}(?:[ -]?\d{2,6}){0,4})(?![\w]|[.,/-]\d)/diy,
  validate: (v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 6 && digits <= 20 ? v.replace(/[ -]/g, '') : undefined;
  },
});
