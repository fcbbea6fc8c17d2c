import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// GS1 human-readable UDIs (FDA "UDI Basics": (01) device identifier, (17) expiry, (10) lot, (21)
// serial); GTIN 00884838000513 of the FDA example.
const engine = testEngine();

describe('GS1 UDI serial numbers', () => {
  it('masks the (21) serial of an implant and keeps the GTIN, expiry and lot', () => {
    const out = engine.maskText('implant UDI (01)00884838000513(17)261231(10)A213B1(21)PJN600211S recorded').value;
    expect(out).not.toContain('PJN600211S');
    expect(out).toMatch(/^implant UDI \(01\)00884838000513\(17\)261231\(10\)A213B1\(21\)<DEVICE_ID:\w+> recorded$/);
  });

  it('masks the serial where the record repeats it under a name that says nothing', () => {
    const out = engine.maskValue({ implant: { udi: '(01)00884838000513(17)261231(21)PJN600211S', serialNumber: 'PJN600211S' } });
    expect(JSON.stringify(out.value)).not.toContain('PJN600211S');
  });

  it('leaves a UDI without a serial, a short (01) and a (21) without a GTIN', () => {
    for (const kept of ['(01)00884838000513(10)A213B1 lot only', 'step (01) done (21)PJN600211S', '(01)0088483800(21)PJN600211S']) {
      expect(engine.maskText(kept).value).toBe(kept);
    }
  });
});
