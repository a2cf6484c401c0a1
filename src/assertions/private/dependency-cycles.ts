/**
 * Finds a dependency cycle between the resources of a template, the way
 * CloudFormation would refuse to deploy it. A resource depends on another
 * through `DependsOn`, or through `Ref`, `Fn::GetAtt` or a `${...}` reference
 * in `Fn::Sub` anywhere in its `Properties`.
 */

/** One dependency: `from` needs `to`, and `via` says where it is declared. */
export interface DependencyEdge {
  readonly from: string;
  readonly to: string;
  readonly via: string;
}

type Graph = Map<string, Map<string, string>>;

/** @returns the edges of the first cycle found, in order, or undefined when there is none. */
export function findDependencyCycle(resources: Record<string, any>): DependencyEdge[] | undefined {
  const graph = buildGraph(resources);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): DependencyEdge[] | undefined => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const dep of graph.get(id)!.keys()) {
      const depState = state.get(dep);
      if (depState === 'visiting') {
        return cycleFrom(graph, stack.slice(stack.indexOf(dep)));
      }
      if (depState === undefined) {
        const cycle = visit(dep);
        if (cycle) { return cycle; }
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };

  for (const id of graph.keys()) {
    if (state.get(id) === undefined) {
      const cycle = visit(id);
      if (cycle) { return cycle; }
    }
  }
  return undefined;
}

/** Renders a cycle as `A -> B -> A` followed by one line per dependency. */
export function describeCycle(cycle: readonly DependencyEdge[]): string {
  const chain = [...cycle.map((e) => e.from), cycle[0].from].join(' -> ');
  const reasons = cycle.map((e) => `  ${e.from} depends on ${e.to} (${e.via})`);
  return [chain, ...reasons].join('\n');
}

function cycleFrom(graph: Graph, members: string[]): DependencyEdge[] {
  return members.map((from, i) => {
    const to = members[(i + 1) % members.length];
    return { from, to, via: graph.get(from)!.get(to)! };
  });
}

function buildGraph(resources: Record<string, any>): Graph {
  const graph: Graph = new Map();
  const ids = Object.keys(resources);
  for (const id of ids) { graph.set(id, new Map()); }
  for (const id of ids) {
    const edges = graph.get(id)!;
    const add = (target: string, via: string) => {
      if (graph.has(target) && !edges.has(target)) { edges.set(target, via); }
    };
    const resource = resources[id];
    if (typeof resource !== 'object' || resource === null) { continue; }
    const dependsOn = resource.DependsOn;
    for (const target of Array.isArray(dependsOn) ? dependsOn : [dependsOn]) {
      if (typeof target === 'string') { add(target, 'DependsOn'); }
    }
    collectReferences(resource.Properties, '/Properties', add);
  }
  return graph;
}

function collectReferences(value: unknown, path: string, add: (target: string, via: string) => void): void {
  if (typeof value !== 'object' || value === null) { return; }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) { collectReferences(value[i], `${path}/${i}`, add); }
    return;
  }
  const obj = value as Record<string, unknown>;
  const ref = obj.Ref;
  if (typeof ref === 'string') { add(ref, `Ref at ${path}`); }
  const getAtt = obj['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') {
    add(getAtt[0], `Fn::GetAtt at ${path}`);
  } else if (typeof getAtt === 'string') {
    add(getAtt.split('.')[0], `Fn::GetAtt at ${path}`);
  }
  const sub = obj['Fn::Sub'];
  if (typeof sub === 'string') {
    addSubReferences(sub, new Set(), `${path}/Fn::Sub`, add);
  } else if (Array.isArray(sub) && typeof sub[0] === 'string') {
    const variables = typeof sub[1] === 'object' && sub[1] !== null ? sub[1] : {};
    addSubReferences(sub[0], new Set(Object.keys(variables)), `${path}/Fn::Sub`, add);
  }
  for (const key of Object.keys(obj)) {
    collectReferences(obj[key], `${path}/${key}`, add);
  }
}

const SUB_REFERENCE = /\$\{([^}!][^}]*)\}/g;

function addSubReferences(template: string, localNames: Set<string>, path: string, add: (target: string, via: string) => void): void {
  for (const match of template.matchAll(SUB_REFERENCE)) {
    const name = match[1].split('.')[0];
    if (!localNames.has(name)) { add(name, `\${${match[1]}} in Fn::Sub at ${path}`); }
  }
}
