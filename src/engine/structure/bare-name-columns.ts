/**
 * The bare word for "name" in English and the languages of red-team round 15 (`name`, fr `nom`,
 * pt / it `nome`, es `nombre`, id / ms `nama`, sw `jina`, nl `naam`): alone it names a product, a
 * place or a file as often as a person, so the key rules leave it to the value detectors. Beside
 * a field the key rules call a person's (`nom;prénom`, `name,first_name`, `nama;nama_ibu`) or a
 * birth date (`nama;tanggal_lahir`), it is the person's name. One rule for CSV headers (here) and
 * for the members of one JSON object (engine.ts, both walks).
 */
const BARE_NAME = /^(?:name|nom|nome|nombre|nama|jina|naam)$/;

/** Whether field name `name` is a bare word for "name" (any case, surrounding spaces ignored). */
export function isBareName(name: string): boolean {
  return name.length <= 8 && BARE_NAME.test(name.trim().toLowerCase());
}

/** Whether a field of key-rule entity `entity` says its row or object is a person's. */
export function isPersonFieldEntity(entity: string | null): boolean {
  return entity === 'PERSON' || entity === 'DATE_OF_BIRTH';
}

/** Sets to PERSON, in `entities`, the bare name columns of a header that also has a person column. */
export function personNameColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!entities.some(isPersonFieldEntity)) return;
  for (let i = 0; i < names.length; i++) {
    if (entities[i] === null && isBareName(names[i]!)) entities[i] = 'PERSON';
  }
}
