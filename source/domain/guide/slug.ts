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

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
