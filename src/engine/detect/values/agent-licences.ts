import { afterNameDetector } from './after-name.js';

/**
 * A real-estate licensee's number in prose after the licensing body's initials, as showing
 * confirmations, listing remarks and e-mail signatures print it (red-team round 40: `agent Luis
 * Ortiz (TREC 0734521)`): the Texas Real Estate Commission (TREC), California's Department of
 * Real Estate (DRE, CalDRE) and the Florida Real Estate Commission (FREC, whose
 * numbers carry an SL / BK prefix). The initials are looked for in capitals only (`DRE`, not
 * `dress`), and the number must follow at once, after at most `#`, `No.` or `Lic.`.
 */
export const agentLicenceInProse = afterNameDetector({
  id: 'real_estate_licence_in_prose',
  entity: 'PROFESSIONAL_LICENSE',
  description: "A real-estate licensee's number after TREC, DRE / CalDRE or FREC in prose",
  validation:
    '5–8 digits (an SL or BK prefix allowed) right after the capital initials TREC, DRE, CalDRE or FREC, with only #, No. or Lic. between',
  context: true,
  example: 'Luis Ortiz (TREC 0734521)',
  // No `bre` (the Bureau's old initials): as a gate word it would open on every `break` and `bread`.
  keywords: ['trec', 'dre', 'caldre', 'frec'],
  prefilter: (s) => s.hasDigit,
  names: ['TREC', 'DRE', 'CalDRE', 'FREC'],
  pattern: /(?:TREC|CalDRE|DRE|FREC)(?: ?(?:#|No\.?|Lic(?:ense|\.)?(?: ?#)?))?[ :#]*((?:SL|BK)?\d{5,8})(?![\w-]|[.,/:]\d)/dy,
  validate: (v) => v,
});

/**
 * An insurance producer's National Producer Number (NIPR) in prose and log lines after its
 * initials, as carriers' licensing tickets, termination logs and agency notes write it (red-team
 * round 83: `Producer Beatrix Holloway (NPN 17744120)`, `npn=17730412`, `npn# 19044127`): one
 * licensed person's number, the key to their record in NIPR's Producer Database. 5–10 digits right
 * after `NPN`, with only `#`, `no.`, `number`, `:` or `=` between.
 */
export const producerNpnInProse = afterNameDetector({
  id: 'producer_npn_in_prose',
  entity: 'PROFESSIONAL_LICENSE',
  description: "An insurance producer's National Producer Number (NPN) after its initials",
  validation: '5–10 digits right after NPN (any case), with only #, no., number, `:` or `=` between; no digit, letter or dash after',
  context: true,
  example: 'Producer Jane Roe (NPN 12345678)',
  keywords: ['npn'],
  prefilter: (s) => s.hasDigit,
  names: ['NPN', 'npn', 'Npn'],
  pattern: /npn(?:[ _-]?(?:#|no\.?|number))?[ \t]{0,2}[:#=]?[ \t]{0,2}(\d{5,10})(?![\w-]|[.,/:]\d)/diy,
  validate: (v) => v,
});
