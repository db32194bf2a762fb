/** One entry of a code list: the code stored in the database and the name the UI shows. */
export interface DictionaryItem {
  code: string;
  name: string;
}

/** A code list the forms offer and the lists translate (证件类型, 险种类型 …). */
export interface Dictionary {
  /** kebab-case key, the `:name` of `GET /api/dictionaries/:name` */
  name: string;
  /** Chinese title, as the guides label the field */
  title: string;
  items: DictionaryItem[];
}

/** Builds a dictionary from `[code, name]` pairs, in the order a select should offer them. */
export function dictionary(
  name: string,
  title: string,
  pairs: readonly (readonly [string, string])[],
): Dictionary {
  return { name, title, items: pairs.map(([code, name]) => ({ code, name })) };
}
