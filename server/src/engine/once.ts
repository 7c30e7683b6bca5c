/**
 * A reading of one object (a match, a sentence, a block) that depends on that object alone, answered once per object. The document
 * model keeps a block's sentences and matches across edits (see DocumentModel.matchesIn and incremental.ts), so a long page's
 * hundreds of them are not read again on every keystroke; a changed block gets new objects, and with them new answers.
 */
export function oncePer<K extends object, V extends NonNullable<unknown> | null>(read: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = read(key)));
    return answer;
  };
}
