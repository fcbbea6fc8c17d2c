/**
 * AWS Textract AnalyzeDocument FORMS responses: a form's key and its value are separate blocks of
 * the `Blocks` list, linked by id. A `KEY_VALUE_SET` block with `EntityTypes: ["KEY"]` holds its
 * label's words as `CHILD` ids and its value block as `VALUE` ids; that `KEY_VALUE_SET` value
 * block holds the value's words as `CHILD` ids; each `WORD` block holds one word in `Text`. A
 * label the key rules call sensitive (`Date of birth:`) makes its value words that entity
 * (detector `key:textract_form`), as a JSON member of that name would; the walk of each word
 * block masks them (engine.ts, both walks). Gated on the `Blocks` member name and on the first
 * block's `BlockType`; labels naming nothing leave their words to the value detectors.
 */

/** Whether member `member` may hold Textract blocks (`Blocks`). */
export function isBlocksMember(member: string): boolean {
  return member.length === 6 && member.toLowerCase() === 'blocks';
}

/** A value word to mask: the index of its block in the list, and the entity its label names. */
export interface FormValueWord {
  element: number;
  entity: string;
}

/** The longest label read (characters); a longer one is text, not a field's name. */
const MAX_LABEL = 64;

type Block = Record<string, unknown>;

function idsOf(block: Block, type: string): readonly unknown[] {
  const relationships = block.Relationships;
  if (!Array.isArray(relationships)) return [];
  for (const r of relationships) {
    if (typeof r === 'object' && r !== null && (r as Block).Type === type && Array.isArray((r as Block).Ids))
      return (r as Block).Ids as unknown[];
  }
  return [];
}

/**
 * The value words of the form fields of `blocks` whose label `classify` calls sensitive, or null
 * when `blocks` is no Textract block list or names none.
 */
export function textractFormValues(blocks: readonly unknown[], classify: (label: string) => string | null): FormValueWord[] | null {
  const first = blocks[0];
  if (typeof first !== 'object' || first === null || typeof (first as Block).BlockType !== 'string') return null;
  const byId = new Map<unknown, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (typeof b === 'object' && b !== null && typeof (b as Block).Id === 'string') byId.set((b as Block).Id, i);
  }
  const text = (id: unknown): string | null => {
    const i = byId.get(id);
    const t = i === undefined ? undefined : (blocks[i] as Block).Text;
    return typeof t === 'string' ? t : null;
  };
  let out: FormValueWord[] | null = null;
  for (const b of blocks) {
    if (typeof b !== 'object' || b === null) continue;
    const block = b as Block;
    if (block.BlockType !== 'KEY_VALUE_SET' || !Array.isArray(block.EntityTypes) || !block.EntityTypes.includes('KEY')) continue;
    const words: string[] = [];
    for (const id of idsOf(block, 'CHILD')) {
      const word = text(id);
      if (word !== null) words.push(word);
    }
    const label = words.join(' ').replace(/[\s:]+$/, '');
    if (label.length === 0 || label.length > MAX_LABEL) continue;
    const entity = classify(label);
    if (entity === null) continue;
    for (const valueId of idsOf(block, 'VALUE')) {
      const v = byId.get(valueId);
      if (v === undefined) continue;
      for (const wordId of idsOf(blocks[v] as Block, 'CHILD')) {
        const w = byId.get(wordId);
        if (w !== undefined && typeof (blocks[w] as Block).Text === 'string') (out ??= []).push({ element: w, entity });
      }
    }
  }
  return out;
}
