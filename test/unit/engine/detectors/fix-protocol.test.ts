import { describe } from 'vitest';
import { detectorCases } from './support.js';

// FIX 4.4 Logon (35=A) fields from the FIX Trading Community's FIXimate: 553 Username, 554 Password,
// 925 NewPassword; messages written with `|`, SOH (0x01) or `^A` between fields, as engines log them.
describe('fix_password', () => {
  detectorCases(
    'fix_password',
    [
      ['8=FIX.4.4|9=102|35=A|34=1|49=BUYSIDE01|56=SELLSIDE|98=0|108=30|553=trader7|554=Fx!Logon2024|10=072|', 'Fx!Logon2024'],
      ['8=FIX.4.4\x019=120\x0135=A\x01553=trader7\x01554=s3cr3t-Pa55\x01925=N3w-Pa55word\x0110=201\x01', 'N3w-Pa55word'],
      ['8=FIXT.1.1^A9=88^A35=A^A554=Caret^Pass1^A10=011^A', 'Caret^Pass1'],
    ],
    [
      // No BeginString: a `554=` elsewhere is no FIX field.
      'order 554=12 units|ok',
      // A FIX message without a password field; tag 1554 and 5540 are other tags.
      '8=FIX.4.4|35=D|49=BUYSIDE01|11=ORD-20240506-0001|1554=x1|5540=y2|44=170.25|10=128|',
    ],
  );
});
