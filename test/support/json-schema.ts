// Reading published JSON Schema files in tests.

type SchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `meta.date`, `answers.*`, `list[].name`, `["odd key"]`. */
function join(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** The node a local `$ref` such as `#/$defs/item` points to, or undefined. */
function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const keys = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const key of keys) node = isNode(node) ? node[key] : undefined;
  return node;
}

/**
 * Every property of a JSON Schema that has no description, by path. A property is a named
 * entry of `properties`, or the values of a map (`additionalProperties`, written `name.*`,
 * and `patternProperties`); it counts as described when it has a non-empty `description`
 * itself or through the `$ref` it is. The walk follows `items` and `prefixItems` (written
 * `name[]`), `anyOf`, `oneOf`, `allOf`, `not`, `if`/`then`/`else`, and local `$ref`s (each
 * reported where it is used; a recursive one once; one that points nowhere is reported too), then
 * any `$defs` or `definitions` no
 * `$ref` reached, under their own path. Generic: it knows nothing of any particular schema.
 */
export function undescribedPaths(schema: unknown): string[] {
  const found = new Set<string>();
  const reached = new Set<unknown>();

  const described = (node: unknown, seen: ReadonlySet<unknown> = new Set()): boolean => {
    if (!isNode(node) || seen.has(node)) return false;
    if (typeof node.description === 'string' && node.description.trim() !== '') return true;
    return typeof node.$ref === 'string' && described(resolveRef(schema, node.$ref), new Set([...seen, node]));
  };

  const property = (node: unknown, path: string, expanding: ReadonlySet<unknown>): void => {
    if (!described(node)) found.add(path);
    walk(node, path, expanding);
  };

  const walk = (node: unknown, path: string, expanding: ReadonlySet<unknown>): void => {
    if (!isNode(node)) return;
    if (typeof node.$ref === 'string') {
      const target = resolveRef(schema, node.$ref);
      if (target === undefined) found.add(`${path || '(root)'} (unresolved $ref ${node.$ref})`);
      reached.add(target);
      if (!expanding.has(target)) walk(target, path, new Set([...expanding, target]));
    }
    if (isNode(node.properties))
      for (const [name, child] of Object.entries(node.properties)) property(child, join(path, name), expanding);
    if (isNode(node.additionalProperties)) property(node.additionalProperties, `${path}.*`, expanding);
    if (isNode(node.patternProperties))
      for (const [pattern, child] of Object.entries(node.patternProperties))
        property(child, `${path}./${pattern}/`, expanding);
    for (const key of ['items', 'not', 'if', 'then', 'else'] as const) {
      const child = node[key];
      const childPath = key === 'items' ? `${path}[]` : path;
      if (Array.isArray(child)) for (const item of child) walk(item, childPath, expanding);
      else walk(child, childPath, expanding);
    }
    for (const key of ['prefixItems', 'anyOf', 'oneOf', 'allOf'] as const) {
      const list = node[key];
      if (Array.isArray(list))
        for (const item of list) walk(item, key === 'prefixItems' ? `${path}[]` : path, expanding);
    }
  };

  walk(schema, '', new Set([schema]));
  if (isNode(schema)) {
    for (const key of ['$defs', 'definitions'] as const) {
      const defs = schema[key];
      if (!isNode(defs)) continue;
      for (const [name, def] of Object.entries(defs))
        if (!reached.has(def)) walk(def, `${key}.${name}`, new Set([def]));
    }
  }
  return [...found];
}
