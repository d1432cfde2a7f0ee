import { joinPath } from './data-error.js';

/**
 * The path of a key given twice in one object of a JSON text (`{"Hà Nội": 1, "Hà Nội": 2}` →
 * `["Hà Nội"]`), which JSON.parse reads without a word, keeping the last value: so that no value
 * is silently dropped. Run on text that parsed, so its tokens are well formed.
 */
export function repeatedKeyPath(text: string): string | undefined {
  // Per open object its keys so far, per open array nothing; and the key or index each is at.
  const keys: (Set<string> | undefined)[] = [];
  const at: (string | number)[] = [];
  let keyNext = false;
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\],]/g)) {
    const i = keys.length - 1;
    const seen = keys[i];
    if (token === '{' || token === '[') {
      keyNext = token === '{';
      keys.push(keyNext ? new Set() : undefined);
      at.push(0);
    } else if (token === '}' || token === ']') {
      keys.pop();
      at.pop();
    } else if (token === ',') {
      if (seen) keyNext = true;
      else at[i] = (at[i] as number) + 1;
    } else if (keyNext && seen) {
      keyNext = false;
      const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
      if (seen.has(key)) return joinPath([...at.slice(0, -1), key]);
      seen.add(key);
      at[i] = key;
    }
  }
  return undefined;
}
