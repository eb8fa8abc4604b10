import { callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { GoType } from '../go-types.ts';
import type { Binding } from '../scope.ts';
import { classifyUse } from '../uses.ts';
import type { UseKind } from '../uses.ts';
import type { Tracker } from './nil-map-write.ts';

/** Why a tracked map is certainly nil at some point. */
export interface Origin {
  readonly node: GoNode;
  readonly why: 'zero-var' | 'nil-value' | 'named-result' | 'zero-field' | 'nil-check';
}

/** A variable whose map (or whose struct's map fields) the flow follows. */
export interface Tracked {
  readonly binding: Binding;
  readonly shape: 'map' | 'struct' | 'pointer';
  readonly type: GoType;
  /** Field paths to the followed maps; `[]` is the variable itself. */
  readonly paths: readonly (readonly string[])[];
}

/** Keys certainly nil at a program point, with why; null where the point is unreachable. */
type State = ReadonlyMap<string, Origin> | null;

interface Target {
  readonly node: GoNode;
  readonly label: string | undefined;
  readonly loop: boolean;
  breaks: State[];
  continues: State[];
}

const LOOP_PASSES = 8;
const REFINE_DEPTH = 64;

/**
 * A forward "certainly nil" analysis over one function body, following Go's structured
 * control flow statement by statement: if/else with refinement on `x == nil`, loops to a
 * fixpoint (reporting only on the last pass), switch with fallthrough, select, labeled
 * break/continue, and goto (a goto target forgets everything). Joining two paths keeps
 * only what is nil on both, so a report means nil on every path that reaches the write.
 * It is one class because every statement kind shares the jump targets and the reporting
 * switch.
 */
export class NilFlow {
  readonly #fn: GoNode;
  readonly #tracker: Tracker;
  readonly #onWrite: (write: GoNode, origin: Origin, key: string) => void;
  readonly #targets: Target[] = [];
  readonly #gotoLabels = new Set<string>();
  readonly #closureKills = new Map<GoNode, Binding[]>();
  #reporting = true;

  constructor(
    fn: GoNode,
    tracker: Tracker,
    onWrite: (write: GoNode, origin: Origin, key: string) => void,
  ) {
    this.#fn = fn;
    this.#tracker = tracker;
    this.#onWrite = onWrite;
  }

  /** Analyzes the body from the given entry state, reporting certain nil writes. */
  run(entry: ReadonlyMap<string, Origin>): void {
    const body = this.#fn.child('body');
    if (body === undefined) {
      return;
    }
    body.walk((n) => {
      if (n.type === 'func_literal') {
        return false;
      }
      if (n.type === 'goto_statement') {
        this.#gotoLabels.add(n.namedChildren[0]?.text ?? '');
      }
      return true;
    });
    this.#stmt(body, entry);
  }

  #stmts(list: readonly GoNode[], s: State): State {
    let cur = s;
    for (const n of list) {
      cur = this.#stmt(n, cur);
    }
    return cur;
  }

  #stmt(n: GoNode, s: State): State {
    if (n.type === 'labeled_statement') {
      return this.#labeled(n, s);
    }
    if (s === null || n.type === 'comment') {
      return s;
    }
    switch (n.type) {
      case 'block':
      case 'statement_list':
        return this.#stmts(n.namedChildren, s);
      case 'expression_statement':
        return terminates(n.namedChildren[0]) ? null : this.#effects(n, s);
      case 'assignment_statement':
        return this.#assign(n, s);
      case 'short_var_declaration':
        return this.#shortVar(n, s);
      case 'var_declaration':
        return this.#varDecl(n, s);
      case 'inc_statement':
      case 'dec_statement':
        return this.#incDec(n, s);
      case 'return_statement':
        this.#effects(n, s);
        return null;
      case 'if_statement':
        return this.#if(n, s);
      case 'for_statement':
        return this.#for(n, s, undefined);
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.#switch(n, s, undefined);
      case 'select_statement':
        return this.#select(n, s, undefined);
      case 'break_statement':
      case 'continue_statement':
        this.#jump(n, s);
        return null;
      case 'goto_statement':
        return null;
      default:
        return this.#effects(n, s);
    }
  }

  #labeled(n: GoNode, s: State): State {
    const label = n.child('label')?.text;
    const inner = n.namedChildren.find((c) => c.field !== 'label');
    // A goto may arrive here from anywhere: nothing is certain any more.
    const entry = label !== undefined && this.#gotoLabels.has(label) ? new Map() : s;
    if (inner === undefined || entry === null) {
      return entry;
    }
    switch (inner.type) {
      case 'for_statement':
        return this.#for(inner, entry, label);
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.#switch(inner, entry, label);
      case 'select_statement':
        return this.#select(inner, entry, label);
      default:
        return this.#stmt(inner, entry);
    }
  }

  /** Checks a write `x[k] = …`; a certain nil map panics here, so the path ends. */
  #write(index: GoNode, s: State): State {
    if (s === null) {
      return null;
    }
    const key = this.#tracker.keyOf(index.child('operand'));
    const origin = key === undefined ? undefined : s.get(key);
    if (key !== undefined && origin !== undefined) {
      if (this.#reporting) {
        this.#onWrite(index, origin, key);
      }
      return null;
    }
    return this.#effects(index, s);
  }

  #assign(n: GoNode, s: State): State {
    const left = n.child('left')?.namedChildren ?? [];
    const right = n.child('right')?.namedChildren ?? [];
    let cur = this.#effectsAll(right, s);
    for (const l of left) {
      const target = unparen(l);
      cur = target?.type === 'index_expression' ? this.#write(target, cur) : cur;
    }
    const plain = n.child('operator')?.type === '=';
    left.forEach((l, i) => {
      cur = this.#assignTo(l, plain && left.length === right.length ? right[i] : undefined, cur);
    });
    return cur;
  }

  #shortVar(n: GoNode, s: State): State {
    const left = n.child('left')?.namedChildren ?? [];
    const right = n.child('right')?.namedChildren ?? [];
    let cur = this.#effectsAll(right, s);
    left.forEach((l, i) => {
      cur = this.#assignTo(l, left.length === right.length ? right[i] : undefined, cur);
    });
    return cur;
  }

  #varDecl(n: GoNode, s: State): State {
    let cur = s;
    const specs = n.namedChildren.flatMap((c) =>
      c.type === 'var_spec_list' ? c.namedChildren : [c],
    );
    for (const spec of specs) {
      if (spec.type !== 'var_spec') {
        continue;
      }
      const values = spec.child('value')?.namedChildren ?? [];
      cur = this.#effectsAll(values, cur);
      const names = spec.fieldChildren('name');
      names.forEach((name, i) => {
        const value =
          values.length === 0 ? 'zero' : values.length === names.length ? values[i] : undefined;
        cur = this.#assignTo(name, value, cur);
      });
    }
    return cur;
  }

  #incDec(n: GoNode, s: State): State {
    const operand = unparen(n.namedChildren[0]);
    if (operand?.type === 'index_expression') {
      return this.#write(operand, s);
    }
    return operand === undefined
      ? s
      : this.#assignTo(operand, undefined, this.#effects(operand, s));
  }

  /** `target = value` (value undefined: something unknown; 'zero': a var without value). */
  #assignTo(target: GoNode, value: GoNode | 'zero' | undefined, s: State): State {
    if (s === null) {
      return null;
    }
    const t = unparen(target);
    const path: string[] = [];
    let root = t;
    while (root?.type === 'selector_expression') {
      path.unshift(root.child('field')?.text ?? '');
      root = unparen(root.child('operand'));
    }
    if (root?.type === 'unary_expression' && root.hasToken('*')) {
      root = unparen(root.child('operand'));
      path.length = 0;
    }
    if (root?.type !== 'identifier') {
      return s;
    }
    const tracked = this.#tracker.tracked(this.#tracker.binding(root));
    if (tracked === undefined) {
      return s;
    }
    const next = new Map(s);
    for (const k of this.#tracker.keysUnder(tracked, path)) {
      next.delete(k);
    }
    if (value === undefined || t === undefined) {
      return next;
    }
    if (path.length === 0) {
      for (const [k, o] of this.#tracker.originsOfValue(tracked, value, t)) {
        next.set(k, o);
      }
    } else if (value !== 'zero' && this.#tracker.isNil(value)) {
      const key = this.#tracker.keyOf(t);
      if (key !== undefined) {
        next.set(key, { node: t, why: 'nil-value' });
      }
    }
    return next;
  }

  #if(n: GoNode, s: State): State {
    let cur = s;
    const init = n.child('initializer');
    if (init !== undefined) {
      cur = this.#stmt(init, cur);
    }
    const cond = n.child('condition');
    cur = cond === undefined ? cur : this.#effects(cond, cur);
    const consequence = n.child('consequence');
    const alternative = n.child('alternative');
    const thenEnd =
      consequence === undefined ? null : this.#stmt(consequence, this.#refine(cond, true, cur));
    const elseEntry = this.#refine(cond, false, cur);
    const elseEnd = alternative === undefined ? elseEntry : this.#stmt(alternative, elseEntry);
    return join(thenEnd, elseEnd);
  }

  /**
   * The state on the branch where `cond` is `truth`: `m == nil` makes m certainly nil.
   * Conditions nested deeper than REFINE_DEPTH (generated code) refine nothing, which only
   * loses facts.
   */
  #refine(cond: GoNode | undefined, truth: boolean, s: State, depth = 0): State {
    const c = unparen(cond);
    if (s === null || c === undefined || depth > REFINE_DEPTH) {
      return s;
    }
    if (c.type === 'unary_expression' && c.hasToken('!')) {
      return this.#refine(c.child('operand'), !truth, s, depth + 1);
    }
    if (c.type !== 'binary_expression') {
      return s;
    }
    const op = c.child('operator')?.type;
    const l = c.child('left');
    const r = c.child('right');
    if ((op === '&&' && truth) || (op === '||' && !truth)) {
      return this.#refine(r, truth, this.#refine(l, truth, s, depth + 1), depth + 1);
    }
    if (op === '&&' || op === '||') {
      return join(this.#refine(l, truth, s, depth + 1), this.#refine(r, truth, s, depth + 1));
    }
    if (op !== '==' && op !== '!=') {
      return s;
    }
    const other = unparen(l)?.type === 'nil' ? r : unparen(r)?.type === 'nil' ? l : undefined;
    const key = other === undefined ? undefined : this.#tracker.keyOf(other);
    if (key === undefined) {
      return s;
    }
    const next = new Map(s);
    if ((op === '==') === truth) {
      next.set(key, s.get(key) ?? { node: c, why: 'nil-check' });
    } else {
      next.delete(key);
    }
    return next;
  }

  #for(n: GoNode, s: State, label: string | undefined): State {
    if (s === null) {
      return null;
    }
    const clause = n.namedChildren.find((c) => c.field !== 'body');
    const body = n.child('body');
    let entry: State = s;
    let cond: GoNode | undefined;
    let update: GoNode | undefined;
    if (clause?.type === 'for_clause') {
      const init = clause.child('initializer');
      entry = init === undefined ? s : this.#stmt(init, s);
      cond = clause.child('condition');
      update = clause.child('update');
    } else if (clause?.type === 'range_clause') {
      entry = this.#effects(clause.child('right') ?? clause, s);
    } else if (clause !== undefined) {
      cond = clause;
    }
    const target: Target = { node: n, label, loop: true, breaks: [], continues: [] };
    this.#targets.push(target);
    const iterate = (head: State): State => {
      target.breaks = [];
      target.continues = [];
      let bodyEntry =
        cond === undefined ? head : this.#refine(cond, true, this.#effects(cond, head));
      if (clause?.type === 'range_clause') {
        for (const l of clause.child('left')?.namedChildren ?? []) {
          bodyEntry = this.#assignTo(l, undefined, bodyEntry);
        }
      }
      const end = body === undefined ? bodyEntry : this.#stmt(body, bodyEntry);
      const back = join(end, ...target.continues);
      return update === undefined ? back : this.#stmt(update, back);
    };
    const saved = this.#reporting;
    this.#reporting = false;
    let head = entry;
    for (let pass = 0; pass < LOOP_PASSES; pass++) {
      const next = join(entry, iterate(head));
      if (sameKeys(next, head)) {
        break;
      }
      head = next;
    }
    this.#reporting = saved;
    iterate(head);
    this.#targets.pop();
    const exhausted =
      clause === undefined
        ? null
        : cond === undefined
          ? head
          : this.#refine(cond, false, this.#effects(cond, head));
    return join(exhausted, ...target.breaks);
  }

  #switch(n: GoNode, s: State, label: string | undefined): State {
    if (s === null) {
      return null;
    }
    const init = n.child('initializer');
    let cur: State = init === undefined ? s : this.#stmt(init, s);
    const value = n.child('value');
    cur = value === undefined ? cur : this.#effects(value, cur);
    const target: Target = { node: n, label, loop: false, breaks: [], continues: [] };
    this.#targets.push(target);
    const ends: State[] = [];
    let fallIn: State = null;
    let hasDefault = false;
    for (const c of n.namedChildren) {
      if (c.type !== 'expression_case' && c.type !== 'type_case' && c.type !== 'default_case') {
        continue;
      }
      hasDefault ||= c.type === 'default_case';
      const caseValue = c.child('value');
      const entry = join(caseValue === undefined ? cur : this.#effects(caseValue, cur), fallIn);
      const stmts = c.namedChildren.find((x) => x.type === 'statement_list')?.namedChildren ?? [];
      const end = this.#stmts(stmts, entry);
      if (stmts.at(-1)?.type === 'fallthrough_statement') {
        fallIn = end;
      } else {
        ends.push(end);
        fallIn = null;
      }
    }
    this.#targets.pop();
    return join(hasDefault ? null : cur, ...ends, ...target.breaks);
  }

  #select(n: GoNode, s: State, label: string | undefined): State {
    if (s === null) {
      return null;
    }
    const target: Target = { node: n, label, loop: false, breaks: [], continues: [] };
    this.#targets.push(target);
    const ends: State[] = [];
    for (const c of n.namedChildren) {
      if (c.type !== 'communication_case' && c.type !== 'default_case') {
        continue;
      }
      const comm = c.child('communication');
      let entry = comm === undefined ? s : this.#effects(comm, s);
      for (const l of comm?.type === 'receive_statement'
        ? (comm.child('left')?.namedChildren ?? [])
        : []) {
        entry = this.#assignTo(l, undefined, entry);
      }
      const stmts = c.namedChildren.find((x) => x.type === 'statement_list')?.namedChildren ?? [];
      ends.push(this.#stmts(stmts, entry));
    }
    this.#targets.pop();
    return join(...ends, ...target.breaks);
  }

  #jump(n: GoNode, s: State): void {
    const label = n.namedChildren[0]?.text;
    const isBreak = n.type === 'break_statement';
    for (let i = this.#targets.length - 1; i >= 0; i--) {
      const t = this.#targets[i];
      if (t === undefined) {
        continue;
      }
      const matches = label === undefined ? isBreak || t.loop : t.label === label;
      if (matches) {
        (isBreak ? t.breaks : t.continues).push(s);
        return;
      }
    }
  }

  #effectsAll(nodes: readonly GoNode[], s: State): State {
    let cur = s;
    for (const n of nodes) {
      cur = this.#effects(n, cur);
    }
    return cur;
  }

  /**
   * What evaluating an expression can do to tracked maps: a closure that assigns one, a
   * method call on one (a pointer receiver may replace it), a tracked pointer passed on.
   */
  #effects(node: GoNode, s: State): State {
    if (s === null || s.size === 0) {
      return s;
    }
    let next: Map<string, Origin> | undefined;
    const kill = (b: Binding): void => {
      const t = this.#tracker.tracked(b);
      if (t !== undefined) {
        next ??= new Map(s);
        for (const k of this.#tracker.keysOf(t)) {
          next.delete(k);
        }
      }
    };
    node.walk((n) => {
      if (n.type === 'func_literal') {
        this.#closureKillsOf(n).forEach(kill);
        return false;
      }
      if (n.type === 'identifier') {
        const b = this.#tracker.binding(n);
        const t = b === undefined ? undefined : this.#tracker.tracked(b);
        if (b !== undefined && t !== undefined && kills(classifyUse(n), t)) {
          kill(b);
        }
      }
      return true;
    });
    return next ?? s;
  }

  /** Outer variables a function literal assigns or hands on: unknown once it exists. */
  #closureKillsOf(lit: GoNode): Binding[] {
    let found = this.#closureKills.get(lit);
    if (found === undefined) {
      const set = new Set<Binding>();
      lit.walk((n) => {
        if (n.type === 'identifier') {
          const b = this.#tracker.binding(n);
          const use = classifyUse(n);
          if (b !== undefined && !lit.contains(b.ident) && use !== 'read' && use !== 'field-read') {
            set.add(b);
          }
        }
        return true;
      });
      found = [...set];
      this.#closureKills.set(lit, found);
    }
    return found;
  }
}

/** Whether a use can change what a tracked variable holds, seen from this function. */
function kills(use: UseKind, t: Tracked): boolean {
  switch (use) {
    case 'method':
    case 'address':
      return true;
    case 'read':
      return t.shape === 'pointer';
    case 'assign':
    case 'field-assign':
    case 'field-read':
      return false;
  }
}

/** Calls after which the statement sequence does not go on. */
function terminates(expr: GoNode | undefined): boolean {
  const called = callee(unparen(expr));
  if (called === undefined) {
    return false;
  }
  const { name } = called;
  if (called.qualifier === undefined) {
    return name === 'panic';
  }
  const pkg = called.qualifier.text;
  if (pkg === 'os' && name === 'Exit') {
    return true;
  }
  if (pkg === 'log' && /^(Fatal|Panic)(f|ln)?$/.test(name)) {
    return true;
  }
  if (pkg === 'runtime' && name === 'Goexit') {
    return true;
  }
  // testing.T/B/F: these end the test goroutine with runtime.Goexit.
  return /^(Fatal|Fatalf|FailNow|Skip|Skipf|SkipNow)$/.test(name);
}

function join(...states: State[]): State {
  let out: Map<string, Origin> | null = null;
  for (const s of states) {
    if (s === null) {
      continue;
    }
    if (out === null) {
      out = new Map(s);
      continue;
    }
    for (const k of out.keys()) {
      if (!s.has(k)) {
        out.delete(k);
      }
    }
  }
  return out;
}

function sameKeys(a: State, b: State): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return a.size === b.size && [...a.keys()].every((k) => b.has(k));
}
