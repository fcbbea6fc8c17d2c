import { regexDetector } from './helpers.js';

/**
 * PowerShell's `ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force` (Microsoft Learn,
 * ConvertTo-SecureString example 3): the string literal is a password in clear, written to
 * Script Block Logging (event 4104) and transcripts. The literal after the cmdlet (optionally
 * after `-String`) is masked when `-AsPlainText` follows in the same statement.
 */
const PLAIN_TEXT_SECURE_STRING =
  /convertto-securestring[ \t]{1,4}(?:-string[ \t]{1,4})?(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})')(?=[^\r\n;|]{0,60}-asplaintext)/dgi;

export const powershellPlainTextSecureString = regexDetector({
  id: 'powershell_plaintext_securestring',
  entity: 'SECRET',
  description: 'Passwords in clear in PowerShell ConvertTo-SecureString … -AsPlainText',
  validation:
    'a quoted literal right after ConvertTo-SecureString (or its -String), with -AsPlainText later in the statement; $variables are not literals',
  context: false,
  example: '$pw = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force',
  keywords: ['convertto-securestring'],
  prefilter: () => true,
  pattern: PLAIN_TEXT_SECURE_STRING,
  group: [1, 2],
  validate: (v) => (v.startsWith('$') && /^\$[\w:]+$/.test(v) ? undefined : v),
});
