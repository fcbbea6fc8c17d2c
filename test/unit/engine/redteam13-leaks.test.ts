import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks and over-masking the thirteenth red-team round found (fixtures/redteam13-corpus.ts:
 * security telemetry and normalised security schemas), each closed where it happens, with the
 * look-alike beside it that must stay. Values come from public documentation as cited in the corpus.
 */
const engine = testEngine();
const text = (t: string) => engine.maskText(t).value;

describe('directory attribute labels are not names', () => {
  it('`User Principal Name` after a masked display name stays (a second pass changes nothing)', () => {
    const once = text('Changed Attributes: Display Name: Diego Siciliani User Principal Name: DiegoS@contoso.com');
    expect(once).not.toContain('Diego Siciliani');
    expect(once).toContain('User Principal Name:');
    expect(text(once)).toBe(once);
  });

  it('a name after the weak lead `User` is still a name', () => {
    expect(text('ticket reassigned, User: Megan Bowen asked for a reset')).not.toContain('Megan Bowen');
  });
});
