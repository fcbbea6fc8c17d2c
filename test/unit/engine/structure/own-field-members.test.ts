import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * The record walk (engine.ts #namesOwnField): a list or object under a sensitive name whose
 * objects each name their own member of that entity (Clerk `email_addresses: [{id,
 * email_address, verification}]`) is read member by member, in both walks; a list whose objects
 * do not (`emails: [{value, type}]`) is masked whole as its name says.
 */
const engine = testEngine();

function both(record: unknown): string[] {
  return [maskJsonString(engine, JSON.stringify(record)).output ?? '', JSON.stringify(engine.maskValue(structuredClone(record)).value)];
}

describe('objects under a sensitive name that name their own field', () => {
  it('masks the named member and keeps the ids and states beside it', () => {
    const record = {
      email_addresses: [
        { id: 'idn_29w83yL7CwVlJXylYLxcslromF1', email_address: 'amara.obi@example.org', verification: { status: 'verified' } },
      ],
      phone_numbers: [{ id: 'idn_2b', phone_number: '+15005550006' }],
    };
    for (const out of both(record)) {
      expect(out).not.toContain('amara.obi@example.org');
      expect(out).not.toContain('+15005550006');
      expect(out).toContain('idn_29w83yL7CwVlJXylYLxcslromF1');
      expect(out).toContain('"status":"verified"');
    }
  });

  it('masks the whole list when its objects hold the value under a neutral name, or when one object names nothing', () => {
    for (const out of both({
      emails: [{ value: 'ops-lead', type: 'work' }],
      phones: [{ phone: '+15005550006' }, { id: 'plain-id-7' }],
    })) {
      expect(out).not.toContain('ops-lead');
      expect(out).not.toContain('plain-id-7');
    }
  });
});
