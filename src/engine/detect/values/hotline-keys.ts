import { regexDetector } from './helpers.js';

/**
 * The key a whistleblower comes back to an anonymous report with, read out in a hotline operator's
 * call note or a follow-up in the languages of EU hotlines (`podał klucz zgłoszenia 4418290375`,
 * `sdělil klíč hlášení 5520918374`, `a donné la clé du rapport 7730145582`, `la clave de la
 * denuncia 6619027734`, `nannte ihren Zugangscode 48213907`, `noemde toegangscode K7QP4MZD91`,
 * `report key 4418290375`): NAVEX EthicsPoint's report key, the access codes of EQS Integrity Line,
 * SpeakUp, FaceUp and Whispli (red-team round 74 and its leftovers). With it (and the password
 * beside it) anyone reads the reporter's case; `reportKey` as a field is a key rule (keys.ts).
 * The key follows its name right away or after `:`, `=`, `#` or the verb (`is`, `ist`, `est`,
 * `jest`, `je`, `was`); it is 6–40 letters and digits (groups joined by `-` allowed) with a digit,
 * and two digits when it holds letters. What the sentence says of the key (`access code expired`,
 * `report key sent by mail`) holds no digit and stays.
 */
export const hotlineReportKey = regexDetector({
  id: 'hotline_report_key',
  entity: 'SECRET',
  description:
    "Whistleblowing hotlines' report keys and access codes named before them in call notes (report key, access code / key, klucz zgłoszenia, klíč hlášení, clé du rapport, clave de la denuncia, Zugangscode, toegangscode…)",
  validation:
    '6–40 letters and digits (groups joined by - allowed) with a digit (two when letters are in it), right after the name or after :, =, # or is / ist / est / es / jest / je / was',
  context: true,
  example: 'rozmówca podał klucz zgłoszenia 4418290375 i hasło',
  keywords: [
    'report key',
    'access code',
    'access key',
    'klucz zg',
    'kod dost',
    'klíč hl',
    'klíč ozn',
    'klic hl',
    'klic ozn',
    'přístupový kód',
    'clé du rapport',
    'clé de rapport',
    'clé du signalement',
    "code d'accès",
    'clave de la denuncia',
    'clave de denuncia',
    'clave del informe',
    'código de acceso',
    'codigo de acceso',
    'chiave della segnalazione',
    'codice di accesso',
    "codice d'accesso",
    'zugangscode',
    'zugangsschlüssel',
    'meldungsschlüssel',
    'toegangscode',
    'rapportnøgle',
    'rapportnyckel',
    'åtkomstkod',
  ],
  prefilter: (s) => s.hasDigit,
  pattern:
    /(?:report key|access (?:code|key)|klucz zg[łl]oszenia|kod dost[ęe]pu|kl[íi][čc] (?:hl[áa][šs]en[íi]|ozn[áa]men[íi])|p[řr][íi]stupov[ýy] k[óo]d|cl[ée] d[ue] (?:rapport|signalement)|code d'acc[èe]s|clave de(?:l informe| la denuncia| denuncia)|c[óo]digo de acceso|chiave della segnalazione|codice d(?:i |')accesso|zugangs(?:code|schl[üu]ssel)|meldungsschl[üu]ssel|toegangscode|rapportn[øo]gle|rapportnyckel|[åa]tkomstkod)(?:[ \t]*(?::|=|#|is|ist|est|es|jest|je|was)(?![a-z]))?[ \t]*([A-Za-z0-9]{2,40}(?:-[A-Za-z0-9]{2,12}){0,5})(?![\w-])/dgi,
  group: 1,
  validate: (v) => {
    const plain = v.replace(/-/g, '');
    if (plain.length < 6 || plain.length > 40) return undefined;
    const digits = plain.replace(/[^0-9]/g, '').length;
    if (digits === 0 || (digits < plain.length && digits < 2)) return undefined;
    return v;
  },
});
