import { gql } from '../api';

/**
 * The editor's API key: kept only in this tab's sessionStorage (never in the address, a cookie
 * or localStorage) and sent with every request as "Authorization: Bearer <key>".
 */
const STORAGE = 'supplyline.editorKey';

export function storedKey(): string {
  try {
    return sessionStorage.getItem(STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function storeKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(STORAGE, key);
    else sessionStorage.removeItem(STORAGE);
  } catch {
    // Storage refused (a private window's quota): the key still works until the page is left.
  }
  current = key;
}

let current = storedKey();

/** A GraphQL operation sent with the editor's key. */
export function editorGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return gql<T>(query, variables, current ? { authorization: `Bearer ${current}` } : {});
}
