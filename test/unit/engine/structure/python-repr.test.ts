import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Python's repr() of dicts, lists and tuples as a worker logs them (`logger.info("owner: %s",
// owner)`): single-quoted strings (double quotes when the string holds a single quote), True /
// False / None. Values of the Plaid /identity/get sandbox response.
const engine = testEngine();
const detectors = (s: string) => engine.maskText(s).findings.map((f) => f.detector);

describe('Python repr dicts', () => {
  it('masks everything nested under a sensitive member, as the JSON walk does', () => {
    const out = engine.maskText(
      "owner fetched: {'phone_numbers': [{'data': '1112224444', 'type': 'work'}], 'account_number': 1111222233330000, 'ok': True}",
    );
    expect(out.value).not.toContain('1112224444');
    expect(out.value).not.toContain('1111222233330000');
    expect(out.value).toContain("'ok': True}");
    expect(out.findings.map((f) => f.detector)).toContain('structure:python_repr');
  });

  it('reads double-quoted strings, u / b prefixes and tuples, and keeps the literal syntax around the values', () => {
    const out = engine.maskText(`{'note': "it's fine", 'iban': u'GB29NWBK60161331926819', 'pair': ('x', 2), 'sin': [b'046454286']}`);
    expect(out.value).not.toContain('GB29NWBK60161331926819');
    expect(out.value).not.toContain('046454286');
    expect(out.value).toMatch(/^\{'note': "it's fine", 'iban': u'<IBAN:\w+>', 'pair': \('x', 2\), 'sin': \[b'<\w+:\w+>'\]\}$/);
  });

  it('leaves values under harmless names, placeholders, None and a dict that is no Python literal', () => {
    for (const kept of [
      "{'status': 'active', 'count': 12345, 'region': 'eu-west-1'}",
      "{'password': None, 'token': '***', 'email': '<EMAIL:abc>'}",
      "the set {'a', 'b'} and {'phone': oops}",
      "{'phone' is not a key}",
    ]) {
      expect(detectors(kept)).not.toContain('structure:python_repr');
    }
  });

  it("reads a constructor's repr as a tuple under its member and passes over an object's default repr", () => {
    const out = engine.maskText(
      "row={'created': datetime.datetime(2024, 5, 1, 10, 0), 'owner': <User object at 0x7f3a>, 'salary': Decimal('98000.00'), 'phone': '1112224444', 'status': Status('active')}",
    );
    expect(out.value).not.toContain('98000.00');
    expect(out.value).not.toContain('1112224444');
    expect(out.value).toContain("'created': datetime.datetime(2024, 5, 1, 10, 0)");
    expect(out.value).toContain("'status': Status('active')}");
    expect(out.findings.map((f) => f.detector)).toContain('structure:python_repr');
  });

  it('is the one reader of quoted identifier members: no structure:key_value finding on a Python dict', () => {
    const findings = engine.maskText("owner={'last_name': 'Kamau', 'phone': '1112224444'}").findings.map((f) => f.detector);
    expect(findings).toContain('structure:python_repr');
    expect(findings).not.toContain('structure:key_value');
  });
});
