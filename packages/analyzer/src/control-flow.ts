import { callee } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';

/**
 * A statement-level control-flow graph of one function body, for questions such as "can
 * the function return without receiving from ch after this go statement?". Function
 * literals inside the body are not entered (they run at other times). Paths are taken as
 * syntax allows: both arms of every if, every case of a switch or select, with two
 * deliberate exceptions: a loop with a condition or a range clause is taken to run its body
 * at least once before it can end (the analyses look for paths that skip something, and a
 * loop over nothing rarely comes with the goroutines they track), and a call of panic,
 * os.Exit, log.Fatal, t.Fatal, t.Skip or runtime.Goexit ends its path without reaching the
 * exit.
 */

/** What a step stands for. */
export type FlowStepKind =
  /** Where the function starts, and where it returns (a return, or the end of its body). */
  | 'entry'
  | 'exit'
  /** A simple statement, evaluated whole (return included). */
  | 'statement'
  /** The head of an if, switch or select: its init statement and condition or tag. */
  | 'branch'
  /** A loop's test: its condition or range clause, before an iteration. */
  | 'loop'
  /** A case of a switch (its values) or of a select (its send or receive). */
  | 'case'
  /** break, continue, goto or fallthrough. */
  | 'jump';

/** One step of a {@link FlowGraph}. */
export interface FlowStep {
  readonly kind: FlowStepKind;
  /** The statement, clause or case the step belongs to (undefined for entry and exit). */
  readonly node: GoNode | undefined;
  /** The syntax evaluated at this step (for a compound statement, only its head). */
  readonly parts: readonly GoNode[];
  readonly succs: FlowStep[];
}

/** Where break, continue and fallthrough go from inside a statement. */
interface Targets {
  readonly breakTo: FlowStep | undefined;
  readonly continueTo: FlowStep | undefined;
  readonly fallTo: FlowStep | undefined;
  readonly labels: ReadonlyMap<string, { breakTo: FlowStep; continueTo: FlowStep | undefined }>;
}

/** Calls after which the function does not go on: the panicking and exiting ones. */
const STOPS =
  /^(Fatal|Fatalf|Fatalln|Panic|Panicf|Panicln|FailNow|Skip|Skipf|SkipNow|Exit|Goexit)$/;

/** The control-flow graph of a function (declaration, method or literal). */
export class FlowGraph {
  readonly entry: FlowStep;
  readonly exit: FlowStep;
  /** Every step but entry and exit, in the order they were made. */
  readonly steps: readonly FlowStep[];
  readonly #byPart: Map<GoNode, FlowStep[]>;
  readonly #byStatement: Map<GoNode, FlowStep>;

  private constructor(
    entry: FlowStep,
    exit: FlowStep,
    steps: FlowStep[],
    byPart: Map<GoNode, FlowStep[]>,
    byStatement: Map<GoNode, FlowStep>,
  ) {
    this.entry = entry;
    this.exit = exit;
    this.steps = steps;
    this.#byPart = byPart;
    this.#byStatement = byStatement;
  }

  /** Builds the graph of `fn`'s body. */
  static of(fn: GoNode): FlowGraph {
    const b = new Builder();
    const entry = b.make('entry', undefined, []);
    entry.succs.push(b.block(fn.child('body'), b.exit, NO_TARGETS));
    b.resolveGotos();
    return new FlowGraph(entry, b.exit, b.steps, b.byPart, b.byStatement);
  }

  /** The step a statement starts with (for an if, switch, select or loop: its head). */
  stepOf(stmt: GoNode): FlowStep | undefined {
    return this.#byStatement.get(stmt);
  }

  /**
   * The steps that evaluate `node`, an expression or statement of the body (a loop's test
   * has two: before the first iteration and before each later one); none inside literals.
   */
  stepsAt(node: GoNode): readonly FlowStep[] {
    for (let n: GoNode | undefined = node; n !== undefined; n = n.parent) {
      const s = this.#byPart.get(n);
      if (s !== undefined) {
        return s;
      }
      if (n.type === 'func_literal') {
        return [];
      }
    }
    return [];
  }

  /**
   * A shortest path from one of `starts` to a step where `goal` holds, never entering a
   * step where `blocked` holds (a start included; `from` is the step before, undefined for
   * a start): the steps in order, ending at the goal; undefined when there is none.
   */
  findPath(
    starts: readonly FlowStep[],
    goal: (s: FlowStep) => boolean,
    blocked: (s: FlowStep, from: FlowStep | undefined) => boolean,
  ): FlowStep[] | undefined {
    const prev = new Map<FlowStep, FlowStep | undefined>();
    const queue: FlowStep[] = [];
    for (const s of starts) {
      if (!prev.has(s) && !blocked(s, undefined)) {
        prev.set(s, undefined);
        queue.push(s);
      }
    }
    // The loop also visits the steps pushed while it runs.
    for (const s of queue) {
      if (goal(s)) {
        const path: FlowStep[] = [];
        for (let p: FlowStep | undefined = s; p !== undefined; p = prev.get(p)) {
          path.push(p);
        }
        return path.reverse();
      }
      for (const t of s.succs) {
        if (!prev.has(t) && !blocked(t, s)) {
          prev.set(t, s);
          queue.push(t);
        }
      }
    }
    return undefined;
  }

  /** Every step reachable from `starts` (included) through steps where `within` holds. */
  reachable(starts: readonly FlowStep[], within: (s: FlowStep) => boolean): Set<FlowStep> {
    const seen = new Set(starts.filter(within));
    for (const s of seen) {
      for (const t of s.succs) {
        if (within(t)) {
          seen.add(t);
        }
      }
    }
    return seen;
  }

  /**
   * The ways out of a loop other than its test failing: each step of its body with a
   * successor outside the loop (a return, a break of it or of an outer statement, a goto,
   * a continue of an outer loop), paired with that successor.
   */
  loopExits(loop: GoNode): [FlowStep, FlowStep][] {
    const body = loop.child('body');
    const out: [FlowStep, FlowStep][] = [];
    for (const s of this.steps) {
      if (s.node === undefined || body?.contains(s.node) !== true) {
        continue;
      }
      for (const t of s.succs) {
        if (t.node === undefined || !loop.contains(t.node)) {
          out.push([s, t]);
        }
      }
    }
    return out;
  }

  /**
   * Whether the function can return at all (false for one that loops or blocks forever).
   * The loops in `endless` are taken never to end by their test (a range over a channel
   * that nothing closes): only their bodies can leave them.
   */
  canReturn(endless: readonly GoNode[] = []): boolean {
    const leavesEndless = (s: FlowStep, from: FlowStep | undefined): boolean =>
      from?.kind === 'loop' &&
      from.node !== undefined &&
      endless.includes(from.node) &&
      (s.node === undefined || !from.node.contains(s.node));
    return this.findPath([this.entry], (s) => s === this.exit, leavesEndless) !== undefined;
  }
}

const NO_TARGETS: Targets = {
  breakTo: undefined,
  continueTo: undefined,
  fallTo: undefined,
  labels: new Map(),
};

/**
 * Builds the graph backwards: each statement is built knowing the step that follows it,
 * and returns the step it starts with.
 */
class Builder {
  readonly steps: FlowStep[] = [];
  readonly exit: FlowStep = { kind: 'exit', node: undefined, parts: [], succs: [] };
  readonly byPart = new Map<GoNode, FlowStep[]>();
  readonly byStatement = new Map<GoNode, FlowStep>();
  readonly #gotos: [FlowStep, string][] = [];
  readonly #labelled = new Map<string, FlowStep>();

  make(kind: FlowStepKind, node: GoNode | undefined, parts: readonly GoNode[]): FlowStep {
    const step: FlowStep = { kind, node, parts, succs: [] };
    if (kind !== 'entry') {
      this.steps.push(step);
    }
    for (const p of parts) {
      const known = this.byPart.get(p);
      if (known === undefined) {
        this.byPart.set(p, [step]);
      } else {
        known.push(step);
      }
    }
    return step;
  }

  resolveGotos(): void {
    for (const [step, label] of this.#gotos) {
      const target = this.#labelled.get(label);
      if (target !== undefined) {
        step.succs.push(target);
      }
    }
  }

  block(block: GoNode | undefined, next: FlowStep, t: Targets): FlowStep {
    return this.list(statementsOf(block), next, t);
  }

  list(stmts: readonly GoNode[], next: FlowStep, t: Targets): FlowStep {
    let entry = next;
    for (let i = stmts.length - 1; i >= 0; i--) {
      const s = stmts[i];
      if (s !== undefined) {
        entry = this.statement(s, entry, t, undefined);
      }
    }
    return entry;
  }

  statement(s: GoNode, next: FlowStep, t: Targets, label: string | undefined): FlowStep {
    const entry = this.#statement(s, next, t, label);
    if (!this.byStatement.has(s)) {
      this.byStatement.set(s, entry);
    }
    return entry;
  }

  #statement(s: GoNode, next: FlowStep, t: Targets, label: string | undefined): FlowStep {
    switch (s.type) {
      case 'block':
        return this.block(s, next, t);
      case 'labeled_statement':
        return this.#labeled(s, next, t);
      case 'if_statement':
        return this.#if(s, next, t);
      case 'for_statement':
        return this.#loop(s, next, t, label);
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.#switch(s, next, t, label);
      case 'select_statement':
        return this.#select(s, next, t, label);
      case 'return_statement':
        return this.#to(this.make('statement', s, [s]), this.exit);
      case 'goto_statement': {
        const step = this.make('jump', s, []);
        this.#gotos.push([step, labelOf(s) ?? '']);
        return step;
      }
      case 'break_statement':
      case 'continue_statement':
        return this.#to(this.make('jump', s, []), jumpTarget(s, t) ?? next);
      case 'fallthrough_statement':
        return this.#to(this.make('jump', s, []), t.fallTo ?? next);
      default: {
        const step = this.make('statement', s, [s]);
        return stops(s) ? step : this.#to(step, next);
      }
    }
  }

  #to(step: FlowStep, next: FlowStep): FlowStep {
    step.succs.push(next);
    return step;
  }

  #labeled(s: GoNode, next: FlowStep, t: Targets): FlowStep {
    const name = s.child('label')?.text ?? '';
    const inner = s.namedChildren.find((c) => c.field !== 'label');
    const entry = inner === undefined ? next : this.statement(inner, next, t, name);
    this.#labelled.set(name, entry);
    return entry;
  }

  #if(s: GoNode, next: FlowStep, t: Targets): FlowStep {
    const parts = [s.child('initializer'), s.child('condition')].filter((p) => p !== undefined);
    const head = this.make('branch', s, parts);
    head.succs.push(this.block(s.child('consequence'), next, t));
    const alt = s.child('alternative');
    head.succs.push(alt === undefined ? next : this.statement(alt, next, t, undefined));
    return head;
  }

  #loop(s: GoNode, next: FlowStep, t: Targets, label: string | undefined): FlowStep {
    const clause = s.namedChildren.find((c) => c.type === 'for_clause');
    const range = s.namedChildren.find((c) => c.type === 'range_clause');
    const cond =
      clause !== undefined
        ? clause.child('condition')
        : s.namedChildren.find((c) => c.field !== 'body' && c !== range);
    const test = range ?? cond;
    const again = this.make('loop', s, test === undefined ? [] : [test]);
    const update = clause?.child('update');
    const continueTo =
      update === undefined ? again : this.#to(this.make('statement', update, [update]), again);
    const labels = new Map(t.labels);
    if (label !== undefined) {
      labels.set(label, { breakTo: next, continueTo });
    }
    const body = this.block(s.child('body'), continueTo, {
      breakTo: next,
      continueTo,
      fallTo: undefined,
      labels,
    });
    again.succs.push(body);
    let first = body;
    if (test !== undefined) {
      again.succs.push(next);
      // The first test is taken to pass: see the file comment.
      first = this.#to(this.make('loop', s, [test]), body);
    }
    const init = clause?.child('initializer');
    return init === undefined ? first : this.#to(this.make('statement', init, [init]), first);
  }

  #switch(s: GoNode, next: FlowStep, t: Targets, label: string | undefined): FlowStep {
    const cases = s.namedChildren.filter((c) => c.type.endsWith('_case'));
    const head = this.make(
      'branch',
      s,
      s.namedChildren.filter((c) => !c.type.endsWith('_case')),
    );
    const inner = this.#inner(t, next, label);
    const steps: FlowStep[] = [];
    let fallTo = next;
    for (let i = cases.length - 1; i >= 0; i--) {
      const c = cases[i];
      if (c === undefined) {
        continue;
      }
      const body = this.block(c, next, { ...inner, fallTo });
      fallTo = body;
      const values = c.namedChildren.filter((v) => v.type !== 'statement_list');
      steps.unshift(this.#to(this.make('case', c, values), body));
    }
    head.succs.push(...steps);
    if (!cases.some((c) => c.type === 'default_case')) {
      head.succs.push(next);
    }
    return head;
  }

  #select(s: GoNode, next: FlowStep, t: Targets, label: string | undefined): FlowStep {
    const head = this.make('branch', s, []);
    const inner = this.#inner(t, next, label);
    for (const c of s.namedChildren.filter((n) => n.type.endsWith('_case'))) {
      const comm = c.child('communication');
      const step = this.make('case', c, comm === undefined ? [] : [comm]);
      head.succs.push(this.#to(step, this.block(c, next, inner)));
    }
    // `select {}` blocks forever: no successor.
    return head;
  }

  /** Targets inside a switch or select: break leaves it, continue still goes to the loop. */
  #inner(t: Targets, next: FlowStep, label: string | undefined): Targets {
    const labels = new Map(t.labels);
    if (label !== undefined) {
      labels.set(label, { breakTo: next, continueTo: undefined });
    }
    return { breakTo: next, continueTo: t.continueTo, fallTo: undefined, labels };
  }
}

/** The statements of a block or a case clause (through its statement_list). */
function statementsOf(node: GoNode | undefined): readonly GoNode[] {
  const list = node?.namedChildren.find((c) => c.type === 'statement_list');
  return list?.namedChildren ?? [];
}

function labelOf(jump: GoNode): string | undefined {
  return jump.namedChildren.find((c) => c.type === 'label_name')?.text;
}

function jumpTarget(jump: GoNode, t: Targets): FlowStep | undefined {
  const label = labelOf(jump);
  const named = label === undefined ? undefined : t.labels.get(label);
  if (jump.type === 'break_statement') {
    return named?.breakTo ?? (label === undefined ? t.breakTo : undefined);
  }
  return named?.continueTo ?? (label === undefined ? t.continueTo : undefined);
}

/** A statement calling panic, os.Exit, log.Fatal, t.Fatal, t.Skip or runtime.Goexit. */
function stops(s: GoNode): boolean {
  const call = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
  const c = callee(call);
  if (c === undefined) {
    return false;
  }
  return c.qualifier === undefined ? c.name === 'panic' : STOPS.test(c.name);
}
