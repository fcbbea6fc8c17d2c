import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Look-alikes earlier red-team rounds found masked (rounds 45, 49 and 50), each reproduced with
 * values of our own and kept by a general rule, with the positive beside it that must still mask;
 * and the spaced key = value pair with a quoted key (kv.ts), whose name ended at the pair's `=`
 * instead of the key's own.
 */
const { masks, keeps } = leakCases();

describe('a spaced key = value pair with a quoted key (kv.ts)', () => {
  masks(
    'an id number under a quoted key, blanks around the =',
    'ocr fields "Holder Name" = "Desmond Okafor" "ID NO" = "S8812345K" page=2',
    ['S8812345K'],
  );
  masks('a PIN under a quoted key', 'form "card pin" = "4417" submitted', ['4417']);
  keeps('a status under a quoted key', 'ocr "Status" = "ACTIVE" "Ref" = "A-1"', ['ACTIVE', 'A-1']);
  keeps('a quoted word compared in prose', 'if "mode" = "fast" then skip', ['fast']);
});
