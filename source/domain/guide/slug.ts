/** Lower case without accents, so "Café" and "cafe" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A stable, readable id from heading text: lower case, letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(.{0,60})(?:-.*)?$/s, (whole, kept: string) => (whole.length > 60 ? kept : whole))
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * What an id may be: lower-case letters of any script and digits, with ".", "_" and "-" after the
 * first. The same rule for ids written in a guide, ids made from headings (slugify keeps letters of
 * any script: "позвонить", "なせ"), and ids read back from the progress file, so that whatever a
 * guide may hold can be saved and read again.
 */
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}._-]*$/u;
