/** The value kept in `memo` for `key`, made by `make` the first time it is asked for. */
export function remembered<K, V>(memo: Map<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make()));
  return value;
}
