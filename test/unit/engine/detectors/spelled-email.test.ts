import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: RFC 2606 example domains spelled out as contact-centre speech recognition writes an
// address read aloud (Amazon Connect Contact Lens and Google CCAI transcripts keep "dot" and "at"
// as words); the obfuscation forms of Presidio's email tests, in words.

describe('email_spelled', () => {
  detectorCases(
    'email_spelled',
    [
      ['sure my email is jane dot doe at example dot com and my cell', 'jane dot doe at example dot com'],
      ['e-mail address: j underscore smith at mail dot example dot org', 'j underscore smith at mail dot example dot org'],
      ['Customer: my mail is bob at example dot net', 'bob at example dot net'],
    ],
    [
      // The same words in prose, without an e-mail word before them.
      'look at the dot com bubble',
      'we met at example dot com headquarters',
      // An e-mail word, but no top-level domain after "dot".
      'email me at jane dot doe',
    ],
  );
});
