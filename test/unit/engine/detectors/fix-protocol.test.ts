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

// FIX 4.4 order flow (FIXimate): tag 1 Account and 79 AllocAccount hold a customer's account; the
// Parties group (453) repeats 448 PartyID / 447 PartyIDSource / 452 PartyRole, and only the
// customer roles (3, 5, 9, 24, 38) and the trader roles (11, 12, 36, 37) name a person.
describe('fix_account', () => {
  detectorCases(
    'fix_account',
    [
      ['8=FIX.4.4|9=140|35=D|49=BUYSIDE02|56=SELLSIDE|1=QX7-401829|11=C-20240611-17|55=IBM|54=1|38=100|10=019|', 'QX7-401829'],
      ['8=FIX.4.4\x0135=J\x0170=AL-55\x0178=2\x0179=PB-2207761\x0180=60\x0179=PB-2207762\x0180=40\x0110=088\x01', 'PB-2207761'],
      ['8=FIX.4.4^A35=D^A11=C-9^A453=1^A448=CUST-771903^A447=D^A452=24^A10=007^A', 'CUST-771903'],
      ['{"raw":"8=FIX.4.2|35=D|1=55018832|11=X1|453=2|448=BNP|452=1|448=INV-20931|452=5|10=1|"}', 'INV-20931'],
    ],
    [
      // No BeginString: `|1=` in other pipe text is no FIX field.
      'step|1=ok|79=done|448=x',
      // Firm, exchange and system parties stay, as do ClOrdID, ExecID and the tags ending in 1.
      '8=FIX.4.4|35=8|11=C-20240611-17|17=EXEC-77|21=1|31=170.25|453=2|448=MSCO|447=B|452=1|448=XNYS|447=G|452=22|10=128|',
      // A placeholder account.
      '8=FIX.4.4|35=D|1=NONE|11=C-3|10=001|',
    ],
  );
});

describe('fix_trader_party', () => {
  detectorCases(
    'fix_trader_party',
    [
      ['8=FIX.4.4|35=D|11=C-20240611-18|453=2|448=aokonjo|447=D|452=11|448=GSCO|447=B|452=1|10=201|', 'aokonjo'],
      ['8=FIX.4.4\x0135=8\x01453=1\x01448=p.lindahl\x01447=D\x01452=12\x0110=033\x01', 'p.lindahl'],
    ],
    [
      // A desk's service account and an executing firm stay.
      '8=FIX.4.4|35=D|453=2|448=svc_algo_router|447=D|452=11|448=JPMS|447=B|452=1|10=201|',
      // A 448 of a client role is an account (fix_account), no trader; a 448 with no role stays.
      '8=FIX.4.4|35=D|453=1|448=cust9912|447=D|452=3|10=201|',
      '8=FIX.4.4|35=D|453=1|448=tbrandt|447=D|10=201|',
    ],
  );
});
