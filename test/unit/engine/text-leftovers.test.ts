import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 13–16 that are not one detector's: a phone under a French phone
 * field that libphonenumber calls invalid, public values a user would not want masked.
 */
const engine = testEngine();
const masked = (record: unknown) => JSON.stringify(engine.maskValue(structuredClone(record)).value);

describe('a phone under `portable` (French customer files, round 15)', () => {
  it('masks the value whatever libphonenumber says of it (ARCEP fiction range 06 39 98)', () => {
    const out = masked({ fiche_client: { nom: 'x', portable: '06 39 98 12 34' } });
    expect(out).not.toContain('06 39 98 12 34');
    expect(out).toContain('<PHONE:');
  });
  it('leaves names that only contain the word', () => {
    const out = masked({ is_portable: 'yes', portable_device: 'scanner-7', device: { portable_mode: 'on' } });
    expect(out).toContain('"is_portable":"yes"');
    expect(out).toContain('"portable_device":"scanner-7"');
  });
});

describe("Zoom's public dial-in numbers (round 14)", () => {
  const meeting = {
    id: 85746065,
    password: 'Qx7pZ2',
    settings: { global_dial_in_numbers: [{ country: 'US', number: '+1 6465588656', type: 'toll' }], contact_phone: '+1 415 555 0142' },
  };
  it('keeps global_dial_in_numbers and still masks the meeting password and other phones', () => {
    const out = masked(meeting);
    expect(out).toContain('+1 6465588656');
    expect(out).not.toContain('Qx7pZ2');
    expect(out).not.toContain('+1 415 555 0142');
  });
  it('keeps them in the JSON-text walk too', () => {
    const out = engine.maskJsonText(JSON.stringify(meeting))?.render('{}') ?? '';
    expect(out).toContain('+1 6465588656');
    expect(out).not.toContain('Qx7pZ2');
  });
});

describe('property and estate names are not people (round 16)', () => {
  it('keeps `Sunset Palms` under PropertyName and still masks the tenant', () => {
    const out = masked({ tenant: { FirstName: 'Hiroshi', Lease: { PropertyName: 'Sunset Palms', Unit: 'C 214' } } });
    expect(out).toContain('Sunset Palms');
    expect(out).not.toContain('Hiroshi');
  });
  it('keeps other estate names in text', () => {
    for (const kept of ['Lease signed at Willow Acres', 'moved to Harbor Towers unit 5']) {
      expect(engine.maskText(kept).value).toBe(kept);
    }
  });
});
