// Hostile JSON is checked here before any schema sees it: a schema library copies keys into new
// objects, and a key named "__proto__" copied by plain assignment would change that object's
// prototype. The walk uses an explicit stack, so a value nested 10,000 levels cannot overflow it.

/** Keys that could reach an object's prototype if some later code copied them naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** What is wrong with the shape of a value, with a readable path such as `answers["x"][2]`. */
export interface StructureProblem {
  readonly path: string;
  readonly message: string;
}

/** Longest path shown; a path 32 levels deep would otherwise fill the message. */
const PATH_SHOWN_MAX = 60;

function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  const text = path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('');
  return text.length > PATH_SHOWN_MAX ? `${text.slice(0, PATH_SHOWN_MAX - 3)}...` : text;
}

/**
 * The first forbidden key or excessive nesting in a parsed JSON value, or null when its shape is
 * safe to hand to a schema. `maxDepth` counts objects and arrays, the top level being depth 1.
 */
export function hostileStructure(root: unknown, maxDepth: number): StructureProblem | null {
  const stack: { node: unknown; path: readonly (string | number)[] }[] = [{ node: root, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= maxDepth) {
      return {
        path: pathText(path),
        message: `nested more than ${maxDepth} levels deep, far deeper than any set of answers`,
      };
    }
    if (Array.isArray(node)) {
      node.forEach((child: unknown, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key))
        return { path: pathText([...path, key]), message: `the key "${key}" is not allowed` };
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
