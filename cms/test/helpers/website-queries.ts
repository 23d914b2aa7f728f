import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** Where the website keeps its GraphQL documents: the tests send the very queries the website sends. */
export const WEBSITE_QUERIES_DIR = path.resolve(__dirname, '..', '..', '..', 'web', 'src', 'lib', 'cms', 'queries');

/** Every named query of the website, as a standalone document holding the fragments it uses (and only those). */
export function websiteQueries(): Map<string, string> {
  const definitions: DefinitionNode[] = readdirSync(WEBSITE_QUERIES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(path.join(WEBSITE_QUERIES_DIR, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
  );
  const spreadsOf = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  const queries = new Map<string, string>();
  for (const operation of definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION || !operation.name) continue;
    const used = new Set<string>();
    const pending = spreadsOf(operation);
    while (pending.length > 0) {
      const name = pending.pop() as string;
      const fragment = fragments.get(name);
      if (used.has(name) || !fragment) continue;
      used.add(name);
      pending.push(...spreadsOf(fragment));
    }
    queries.set(operation.name.value, [operation, ...[...used].map((name) => fragments.get(name) as FragmentDefinitionNode)].map(print).join('\n'));
  }
  return queries;
}
