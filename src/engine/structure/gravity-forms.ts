/**
 * Gravity Forms entries (WordPress; the Entry Object of its REST API, webhooks and add-on feeds:
 * `form_id`, then each input's value under the input's id): a Name field's inputs are `N.2`
 * (prefix), `N.3` (first), `N.4` (middle), `N.6` (last) and `N.8` (suffix), an Address field's `N.1`
 * (street) to `N.6` (country). The id names no field, so in an entry (a `form_id` member) whose
 * field N has inputs `.3` and `.6` but neither `.1` nor `.5` (no address's street or ZIP), `N.3`,
 * `N.4` and `N.6` are a person's name parts (red-team round 98: a membership inquiry's
 * `"1.3": "Cosima", "1.6": "…"`). Checked only for a member named like an input id.
 */
export const GRAVITY_FORMS_DETECTOR = 'structure:gravity_forms';

/** Whether a member name is a Gravity Forms input id (`1.3`, `12.6`): a field id, a dot, one digit. */
export function isGravityInputId(member: string): boolean {
  const n = member.length;
  if (n < 3 || n > 5) return false;
  const c = member.charCodeAt(0);
  return c >= 49 && c <= 57 && GRAVITY_INPUT.test(member);
}
const GRAVITY_INPUT = /^[1-9]\d{0,2}\.\d$/;

/**
 * Whether input id `member` (isGravityInputId) is a Name field's first, middle or last name in an
 * entry whose members `has` tells.
 */
export function isGravityNameInput(member: string, has: (name: string) => boolean): boolean {
  const dot = member.indexOf('.');
  const input = member.charCodeAt(dot + 1);
  // `3`, `4`, `6`.
  if (input !== 51 && input !== 52 && input !== 54) return false;
  const field = member.slice(0, dot);
  return has('form_id') && has(`${field}.3`) && has(`${field}.6`) && !has(`${field}.1`) && !has(`${field}.5`);
}
