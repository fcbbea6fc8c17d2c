/**
 * The bare word for "name" in English and the languages of red-team round 15 (`name`, fr `nom`,
 * pt / it `nome`, es `nombre`, id / ms `nama`, sw `jina`, nl `naam`): alone it names a product, a
 * place or a file as often as a person, so the key rules leave it to the value detectors. Beside
 * a column the key rules call a person (`nom;prénom`, `name,first_name`, `nama;nama_ibu`), it is
 * the person's other name.
 */
const BARE_NAME = /^(?:name|nom|nome|nombre|nama|jina|naam)$/;

/** Sets to PERSON, in `entities`, the bare name columns of a header that also has a PERSON column. */
export function personNameColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!entities.includes('PERSON')) return;
  for (let i = 0; i < names.length; i++) {
    if (entities[i] === null && BARE_NAME.test(names[i]!.trim().toLowerCase())) entities[i] = 'PERSON';
  }
}
