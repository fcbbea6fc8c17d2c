import type RE2 from 're2';
import { re2 } from './re2.js';

export type LinearRegex = InstanceType<typeof RE2>;

/**
 * Compiles a user's pattern on RE2, which runs in time linear in the input whatever the pattern,
 * so `(a+)+$` cannot hang a worker. RE2 refuses what it cannot run linearly (backreferences,
 * lookaround); that refusal becomes a message naming the construct and the fix.
 */
export function compileLinearRegex(pattern: string, caseInsensitive: boolean): { regex?: LinearRegex; error?: string } {
  if (/\\[1-9]|\\k</.test(pattern)) {
    return { error: 'backreferences (\\1, \\k<name>) cannot run in linear time and are not supported; match the repeated text explicitly' };
  }
  if (/\(\?<?[=!]/.test(pattern)) {
    return {
      error: 'lookahead/lookbehind ((?=…), (?!…), (?<=…), (?<!…)) is not RE2 syntax; match the surrounding text and use allowlists instead',
    };
  }
  try {
    const RE2Class = re2();
    return { regex: new RE2Class(pattern, caseInsensitive ? 'giu' : 'gu') };
  } catch (err) {
    return { error: `not a valid RE2 pattern: ${(err as Error).message}` };
  }
}
