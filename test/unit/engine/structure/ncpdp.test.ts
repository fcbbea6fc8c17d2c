import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// NCPDP Telecommunication Standard D.0: field separator 0x1C, segment separator 0x1E, group
// separator 0x1D; AM01 patient segment, AM04 insurance segment, AM07 claim segment.
const engine = testEngine();
const FS = '\x1c';
const RS = '\x1e';

describe('NCPDP D.0 claims', () => {
  it('masks the patient and cardholder fields by field id, with the control-character separators', () => {
    const claim = `610014D0B1${RS}${FS}AM04${FS}C2ZYX98765432${FS}C1GRP12345${FS}CCMARGARET${FS}CDABERNATHY${RS}${FS}AM01${FS}C419620615${FS}C52${FS}CAMARGARET${FS}CBABERNATHY${FS}CM27 SUNSET TERRACE${FS}CP62704${FS}CQ2175550143${RS}${FS}AM07${FS}EM1${FS}D2000012345${FS}D700093111301`;
    const out = engine.maskText(claim);
    for (const secret of ['ZYX98765432', '19620615', 'MARGARET', 'ABERNATHY', '27 SUNSET TERRACE', '62704', '2175550143']) {
      expect(out.value).not.toContain(secret);
    }
    // Codes, the group id and the claim segment stay.
    for (const kept of [`${FS}C52${FS}`, `${FS}C1GRP12345${FS}`, `${FS}D2000012345${FS}D700093111301`]) expect(out.value).toContain(kept);
    expect(out.findings.every((f) => f.detector === 'structure:ncpdp')).toBe(true);
  });

  it('reads a switch log that writes the separators as <FS> and the segment id after the header text', () => {
    const out = engine.maskText('D0B1 claim BIN=610014 AM01<FS>C419620615<FS>CAMARGARET<FS>AM07<FS>EM1').value;
    expect(out).toMatch(/^D0B1 claim BIN=610014 AM01<FS>C4<DATE_OF_BIRTH:\w+><FS>CA<PERSON:\w+><FS>AM07<FS>EM1$/);
  });

  it('leaves fields outside the patient and insurance segments, and AM01 inside a word', () => {
    for (const kept of ['AM07<FS>CAMARGARET<FS>C419620615x', 'XAM01<FS>CAMARGARET', 'am01 is a room<FS>CA whatever']) {
      expect(engine.maskText(kept).findings.map((f) => f.detector)).not.toContain('structure:ncpdp');
    }
  });
});
