/**
 * A JSON Schema checker for the keywords docs/check-line.schema.json uses (type, const, enum, anyOf,
 * $ref into $defs, properties, required, additionalProperties: false, items, minItems, maxItems,
 * minimum, maximum, minLength). Tests use it to hold real `gongkai check --json` output against the
 * published file itself, not only against the zod schema it was generated from. Throws on a keyword
 * it does not know, so a schema that grows new keywords cannot pass unchecked.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "$defs",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "anyOf",
  "$ref",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "minLength",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Problems of `value` against `schema` (empty when it conforms), each with its JSON path. */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = "$"): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`);
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = (root.$defs as Record<string, Schema>)[name];
    if (!target) return [`${path}: unknown $ref ${schema.$ref}`];
    return schemaErrors(target, value, root, path);
  }
  if (Array.isArray(schema.anyOf)) {
    const all = (schema.anyOf as Schema[]).map((s) => schemaErrors(s, value, root, path));
    return all.some((e) => e.length === 0)
      ? []
      : [`${path}: matches no alternative (${all.flat().join("; ")})`];
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    const ok = types.some((t) => t === actual || (t === "number" && actual === "integer"));
    if (!ok) return [`${path}: ${actual} is not ${types.join("|")}`];
  }
  if ("const" in schema && schema.const !== value)
    errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === "string" && typeof schema.minLength === "number" && value.length < schema.minLength)
    errors.push(`${path}: shorter than ${schema.minLength}`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      errors.push(`${path}: too many items`);
    if (schema.items)
      value.forEach((v, i) => {
        errors.push(...schemaErrors(schema.items as Schema, v, root, `${path}[${i}]`));
      });
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(object)) {
      const sub = properties[key];
      if (sub) errors.push(...schemaErrors(sub, v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected key ${key}`);
    }
  }
  return errors;
}
