import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the current field (e.g. ["edges",
 * "node"] under a connection), through fragments and inline fragments, whatever the aliases.
 * @include/@skip are ignored, so the answer is a superset: safe for deciding what to read.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const fieldsOf = (set: SelectionSetNode, seen: Set<string>, out: { name: string; set?: SelectionSetNode }[]) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push({ name: s.name.value, set: s.selectionSet });
      else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, seen, out);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) fieldsOf(fragment.selectionSet, seen, out);
      }
    }
    return out;
  };
  const collect = (all: SelectionSetNode[]) => all.flatMap((set) => fieldsOf(set, new Set(), []));
  for (const step of path) {
    sets = collect(sets).flatMap((f) => (f.name === step && f.set ? [f.set] : []));
  }
  return new Set(collect(sets).map((f) => f.name));
}
