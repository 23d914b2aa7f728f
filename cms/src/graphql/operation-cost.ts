import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Bounds what one GraphQL operation may ask for, before it runs: the number of fields it selects (hundreds of aliases
 * are refused) and its worst-case cost, the number of objects it could return given the page sizes it asks for (a list
 * field costs its page size, or the largest page when the size is a variable). The depth limit alone lets
 * `teams { members { teams { members ... } } }` ask for 100^n objects. Costs count objects, not scalar fields.
 */
export const OPERATION_LIMITS = { maxFields: 500, maxCost: 500000 } as const;

const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

function pageSize(args: ReadonlyArray<{ name: { value: string }; value: ValueNode }> | undefined): number {
  const pagination = args?.find((arg) => arg.name.value === 'pagination')?.value;
  if (!pagination) return DEFAULT_PAGE;
  if (pagination.kind !== Kind.OBJECT) return MAX_PAGE;
  const size = pagination.fields.find((field) => field.name.value === 'limit' || field.name.value === 'pageSize')?.value;
  if (!size) return DEFAULT_PAGE;
  if (size.kind !== Kind.INT) return MAX_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Number(size.value)));
}

interface Measure {
  fields: number;
  cost: number;
}

export function operationCostRule(context: ValidationContext): ASTVisitor {
  const measure = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): Measure => {
    const total: Measure = { fields: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) {
          total.fields += 1;
          continue;
        }
        const definition = parent.getFields()[selection.name.value];
        if (!definition) continue;
        // A connection's `nodes` are the page the connection field asked for: the connection carries the multiplier.
        const isConnection = selection.name.value.endsWith('_connection');
        const isList = isListType(getNullableType(definition.type)) && !(isObjectType(parent) && /ResponseCollection$/.test(parent.name));
        const multiplier = isList || isConnection ? pageSize(selection.arguments) : 1;
        const child = getNamedType(definition.type);
        const inner =
          selection.selectionSet && (isObjectType(child) || isInterfaceType(child))
            ? measure(selection.selectionSet, child, seen)
            : { fields: 0, cost: 0 };
        total.fields += 1 + inner.fields;
        // Objects are what cost (each is fetched and resolved); scalar fields come with them.
        if (selection.selectionSet) total.cost += multiplier * (1 + inner.cost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
        if (type && (isObjectType(type) || isInterfaceType(type))) {
          const inner = measure(selection.selectionSet, type, seen);
          total.fields += inner.fields;
          total.cost += inner.cost;
        }
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) continue;
        const type = context.getSchema().getType(fragment.typeCondition.name.value);
        if (type && (isObjectType(type) || isInterfaceType(type))) {
          const inner = measure(fragment.selectionSet, type, new Set([...seen, name]));
          total.fields += inner.fields;
          total.cost += inner.cost;
        }
      }
    }
    return total;
  };

  return {
    OperationDefinition(operation) {
      const root =
        operation.operation === 'query'
          ? context.getSchema().getQueryType()
          : operation.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : context.getSchema().getSubscriptionType();
      if (!root) return;
      const { fields, cost } = measure(operation.selectionSet, root, new Set());
      if (fields > OPERATION_LIMITS.maxFields) {
        context.reportError(
          new GraphQLError(`The operation selects ${fields} fields; at most ${OPERATION_LIMITS.maxFields} are allowed.`, { nodes: [operation] }),
        );
      } else if (cost > OPERATION_LIMITS.maxCost) {
        context.reportError(
          new GraphQLError(
            `The operation could return up to ${cost} objects; at most ${OPERATION_LIMITS.maxCost} are allowed. Ask for smaller pages or fewer nested lists.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  };
}
