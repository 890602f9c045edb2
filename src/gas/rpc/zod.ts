/**
 * The zod/mini functions the RPC contract builds its schemas with. ./contract.ts `require`s this
 * module on first use: inside one esbuild bundle a required module is evaluated when first
 * required, not when the bundle loads, and naming each function keeps zod tree-shaken.
 */
export {
  _default,
  boolean,
  enum,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  number,
  object,
  optional,
  record,
  refine,
  regex,
  string,
  superRefine,
  trim,
  union,
} from "zod/mini";
