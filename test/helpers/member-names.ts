/**
 * Every member name of Object.prototype, and the special keys, that is also a valid slug: ids a
 * guide may use, which a plain object lookup would mistake for built-in members.
 */
export const OBJECT_MEMBER_NAMES: readonly string[] = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'constructor',
]
  .map((name) => name.toLowerCase())
  .filter((name, index, all) => /^[a-z0-9][a-z0-9._-]*$/.test(name) && all.indexOf(name) === index);
