// The built-in policy is written out (src/engine/policy/builtin.ts) so that commands without
// --policy start without the policy parser. It must stay what the parser makes of an empty policy.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/engine/policy/builtin.js';
import { policyHash } from '../../../src/engine/policy/loaded-policy.js';
import { policyFromText } from '../../../src/engine/policy/load.js';
import { policySchema } from '../../../src/engine/policy/schema.js';

describe('the built-in policy', () => {
  it("is the schema's parse of an empty policy, key order included (policy show prints it)", () => {
    const parsed = policySchema.parse({});
    const builtin = defaultPolicy();
    expect(builtin.policy).toStrictEqual(parsed);
    expect(JSON.stringify(builtin.policy)).toBe(JSON.stringify(parsed));
    expect(builtin.source).toBe('built-in default');
  });

  it('has the hash of the parsed policy, and of an empty policy file', () => {
    expect(defaultPolicy().hash).toBe(policyHash(policySchema.parse({})));
    expect(defaultPolicy().hash).toBe(policyFromText('').hash);
  });

  it('is a fresh copy on every call: changing one changes no other', () => {
    const first = defaultPolicy();
    first.policy.detectors.phone_regions.push('JP');
    first.policy.actions.default = 'redact';
    expect(defaultPolicy().policy).toStrictEqual(policySchema.parse({}));
  });
});
