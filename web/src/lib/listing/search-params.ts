/**
 * Reading the query string of listing pages. Anything odd (arrays, overlong text, page 0, unknown choices) is read as
 * "not given", never as an error: a visitor's URL must not break a page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

const MAX_TEXT = 100;
export const MAX_PAGE = 10000;

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function readText(params: SearchParams, name: string): string | undefined {
  const value = single(params[name])?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, MAX_TEXT) : undefined;
}

export function readChoice<T extends string>(params: SearchParams, name: string, choices: readonly T[]): T | undefined {
  const value = single(params[name]);
  return choices.find((choice) => choice === value);
}

export function readSlug(params: SearchParams, name: string): string | undefined {
  const value = single(params[name])?.trim().toLowerCase();
  return value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= MAX_TEXT ? value : undefined;
}

export function readPage(params: SearchParams): number {
  const value = single(params.page);
  if (!value || !/^\d{1,5}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}
