import { afterNameDetector } from './after-name.js';

/**
 * A Korean personal customs clearance code (개인통관고유부호, PCCC: `P` and 12 digits, issued by
 * the Korea Customs Service) written after its name, as forwarders' order exports, shop memos and
 * customs notices carry it (`통관번호 p210098765432`, `PCCC: P180012345678`). Every overseas
 * purchase a Korean buyer makes carries it, and it is tied to the buyer's name and phone: a
 * personal id. The code has no published check digit, so only the name before it marks it; a
 * field named so is masked by the key rules (`pccc`, `개인통관고유부호`). Reports the upper-case form.
 */
export const krPcccAfterName = afterNameDetector({
  id: 'kr_pccc_after_name',
  entity: 'KR_PCCC',
  description: 'South Korea personal customs clearance codes (개인통관고유부호) after their name',
  validation:
    'P (either case) and 12 digits, after PCCC, 통관번호, 통관부호 or (개인)통관고유부호 with at most 12 characters and no letter or digit between',
  context: true,
  example: '통관번호 P180012345678',
  keywords: ['pccc', '통관'],
  prefilter: (s) => s.digitRun >= 12,
  names: ['pccc', 'PCCC', 'Pccc', '통관'],
  pattern: /(?:pccc|통관(?:고유)?(?:부호|번호))[^\w\n]{0,12}?(?<![A-Za-z0-9])([Pp]\d{12})(?!\d)/diy,
  validate: (v) => v.toUpperCase(),
});
