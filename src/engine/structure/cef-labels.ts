/**
 * ArcSight CEF and QRadar LEEF custom fields carry their name in a sibling: `cs1Label=DB Password
 * cs1=hunter2` (CEF Implementation Standard, "Custom Dictionary Extensions": cs1–cs6, cn1–cn3,
 * cfp1–cfp4, flexString1–2, devicecustomdate1–2 each with a `…Label`). The value of `cs1` is read
 * under the name its label gives; the key rules then decide as for any key.
 */

/** The custom-field keys of CEF that take their name from a `<key>Label` field. */
const CUSTOM_FIELD = /^(?:cs[1-6]|cn[1-3]|cfp[1-4]|c6a[1-4]|flexString[12]|flexNumber[12]|deviceCustomString[1-6])$/;

/** A key=value pair starts: blank, then a key, then `=` (how a CEF label ends). */
const NEXT_PAIR = /\s[A-Za-z_][\w.]{0,63}=/g;

/**
 * The name a CEF custom field's label gives it in `text` (`DB Password` for `cs1` when the
 * extension holds `cs1Label=DB Password`), or undefined when `key` is no custom field or has no
 * label. Only keys of the custom-field shape search the text; other keys cost a character test.
 */
export function cefLabelOf(text: string, key: string): string | undefined {
  // Every custom field's key ends in a digit: other keys stop at this test.
  const last = key.charCodeAt(key.length - 1);
  if (last < 49 || last > 54 || key.length > 19 || !CUSTOM_FIELD.test(key)) return undefined;
  const marker = `${key}Label=`;
  let at = text.indexOf(marker);
  // The label must start a pair: `xcs1Label=` is another key.
  while (at > 0 && !/\s|\|/.test(text[at - 1]!)) at = text.indexOf(marker, at + 1);
  if (at < 0) return undefined;
  const start = at + marker.length;
  NEXT_PAIR.lastIndex = start;
  const next = NEXT_PAIR.exec(text);
  const label = text.slice(start, next === null ? text.length : next.index).trim();
  return label.length > 0 && label.length <= 64 ? label : undefined;
}
