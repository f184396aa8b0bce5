import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL (shareable, kept on reload): `query` holds the set ones among
 * `keys`, `value(key)` reads one, `choose(key, value)` sets it (a blank value removes it).
 */
export function useUrlFilters(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return {
    query: query.toString(),
    value: (key: string) => params.get(key) ?? '',
    choose(key: string, value: string) {
      const next = new URLSearchParams(params);
      if (value.trim()) next.set(key, value.trim());
      else next.delete(key);
      setParams(next);
    },
  };
}

/** A filter value from the URL when it is one the API accepts, else nothing (no filter). */
export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The set filters only, for a typed query (blank ones are left out). */
export function setOnly<T extends Record<string, string | undefined>>(filters: T): Partial<T> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Partial<T>;
}
