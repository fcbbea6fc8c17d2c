import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// A vendor's short typed id under a session's name (left73): at most 48 bits, below the 64 bits
// of entropy OWASP's Session Management Cheat Sheet asks of a session credential. Ids made up.

describe('short typed ids under a session name', () => {
  it('keeps a liveness or verification session id of a type prefix and a few hex digits', () => {
    for (const text of [
      'liveness=pass vendor=facetec session=fs-9a8b7c6d',
      'selfie check session_id=vs_01fe22ab result=approved',
      'kyc step done sessionId: lv-77c0de12',
    ])
      expect(engine.maskText(text).value).toBe(text);
    const record = JSON.stringify(engine.maskValue({ session_id: 'iv-3e4f5a6b', status: 'ok' }).value);
    expect(record).toContain('iv-3e4f5a6b');
  });
  it('still masks session cookies and long session ids', () => {
    for (const [text, secret] of [
      ['Cookie: session=fs-9a8b7c6d5e4f3a2b1c0d9e8f', 'fs-9a8b7c6d5e4f3a2b1c0d9e8f'],
      ['session_id=7f3e9a1c5b2d8e4f6a0c', '7f3e9a1c5b2d8e4f6a0c'],
      ['session=Zk3vQ9pLm2Rt8sWx', 'Zk3vQ9pLm2Rt8sWx'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(secret);
    expect(JSON.stringify(engine.maskValue({ session_id: '0d1c2b3a4f5e6d7c8b9a' }).value)).not.toContain('0d1c2b3a4f5e6d7c8b9a');
  });
});
