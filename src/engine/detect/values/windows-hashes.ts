import { regexDetector } from './helpers.js';

/**
 * Windows password hashes, which pass-the-hash tools take in place of the password, as EDR and
 * process-creation events log their command lines and as dump tools print them:
 * - after a hash option: mimikatz `sekurlsa::pth /ntlm:<NT>` and `/rc4:<NT>` (mimikatz wiki),
 *   impacket `-hashes <LM>:<NT>` (impacket examples' usage), `ntlm=` / `nthash:` labels;
 * - pwdump lines `user:RID:<LM>:<NT>:::` (secretsdump, pwdump, fgdump output).
 * A hash option without 32 hex digits after it (`ntlm: enabled`) reads as nothing.
 */
export const windowsPasswordHash = regexDetector({
  id: 'windows_password_hash',
  entity: 'SECRET',
  description: 'Windows NT / LM password hashes after a hash option (/ntlm:, /rc4:, -hashes) and in pwdump lines',
  validation:
    '32 hex digits (or LM:NT, 32:32) right after /ntlm:, /rc4:, ntlm=, nthash:, -hashes; or the LM and NT columns of a user:RID:LM:NT::: line',
  context: false,
  example: 'sekurlsa::pth /user:Administrateur /domain:chocolate.local /ntlm:cc36cf7a8514893efccd332446158b1a',
  keywords: ['ntlm', 'rc4:', 'nthash', 'nt_hash', 'lmhash', 'lm_hash', '-hashes', ':::'],
  prefilter: (s) => s.text.length >= 32 && s.hasDigit,
  pattern:
    /(?:(?:\/(?:ntlm|rc4):|(?<![\w-])(?:ntlm|nt[_-]?hash|lm[_-]?hash)["']?\s{0,3}[:=]\s{0,3}["']?|(?<![\w-])-hashes\s{1,3}|(?:^|[\s"'])[^\s:"']{1,64}:\d{1,10}:)((?:[0-9A-Fa-f]{32})?:?[0-9A-Fa-f]{32}))(?![0-9A-Fa-f])/dg,
  group: 1,
  validate: (v, scan, start) => {
    // A pwdump line ends its NT column with `:::`; the option forms need nothing after.
    const before = scan.text.slice(Math.max(0, start - 16), start);
    if (/:\d{1,10}:$/.test(before) && !/^:::/.test(scan.text.slice(start + v.length, start + v.length + 3))) return undefined;
    return v;
  },
});
