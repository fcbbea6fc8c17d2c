/**
 * Markup that carries a field's name and its value in two attributes of one element: EDRM XML
 * load files (`<Tag TagName="Custodian" TagDataType="Text" TagValue="Osterhaus, Wendeline"/>`, the
 * EDRM XML 2 schema), .NET configuration (`<add key="SmtpPassword" value="…"/>`), Spring and Ant
 * properties (`<property name="db.password" value="…"/>`), hidden form inputs (`<input
 * name="email" value="…">`). The value attribute is read under the name the element gives it, so
 * the key rules decide as for any key; `TagName="#Subject"` changes nothing (red-team round 96).
 */

/** The attributes that hold the value (any case). */
const VALUE_KEYS: ReadonlySet<string> = new Set(['value', 'tagvalue', 'fieldvalue']);
/** The attribute that names it in the same element (`#` of EDRM's reserved tags dropped). */
const NAME_ATTRIBUTE = /(?:^|\s)(?:tag_?name|name|key|field_?name)=(["'])#?([A-Za-z_][\w .:-]{0,63})\1/i;
/** How far back the element's `<` may stand. */
const ELEMENT_REACH = 400;

/**
 * The name another attribute of the same element gives a value attribute (`Custodian` for
 * `TagValue` in `<Tag TagName="Custodian" … TagValue="…"/>`), or undefined. `keyStart` is where
 * the key starts in `text`. Keys other than a value key cost a length and a set test.
 */
export function markupValueNameOf(text: string, keyStart: number, key: string): string | undefined {
  if (key.length !== 5 && key.length !== 8 && key.length !== 10) return undefined;
  if (!VALUE_KEYS.has(key.toLowerCase())) return undefined;
  const open = text.lastIndexOf('<', keyStart);
  if (open === -1 || keyStart - open > ELEMENT_REACH || text.lastIndexOf('>', keyStart) > open) return undefined;
  const m = NAME_ATTRIBUTE.exec(text.slice(open, keyStart));
  return m === null ? undefined : m[2]!.trim();
}
