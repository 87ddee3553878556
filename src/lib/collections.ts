// Grouping that Map.groupBy does not do: an item under each of several keys.

/** The items under each key `keysOf` gives them, in item order; an item is listed once per key however often the key repeats. */
export function groupByEach<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items)
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}
