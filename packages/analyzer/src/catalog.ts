import type { RuleId } from './rule.ts';

/** What a rule is, for people: text output, `--format=sarif` rule descriptors, the docs. */
export interface RuleInfo {
  readonly id: RuleId;
  /** Kebab-case name (`nil-map-write`). */
  readonly name: string;
  /** One line: what is wrong. */
  readonly title: string;
  /** A paragraph: what is flagged and what is not. */
  readonly description: string;
  /** What the Go runtime does when the hazard happens. */
  readonly runtime: string;
  /** How to fix it. */
  readonly fix: string;
  readonly level: 'error' | 'warning';
  /** SARIF precision: how often a finding is a real problem. */
  readonly precision: 'very-high' | 'high' | 'medium';
  readonly tags: readonly string[];
  /**
   * Whether the rule runs unless a configuration turns it off (default true); rules that
   * cannot keep their false positives under 10% on real code are off by default.
   */
  readonly enabledByDefault?: boolean;
}

/** Every rule mapscope vet knows, in id order. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'MH000',
    name: 'bad-suppression',
    title: 'A //mapscope:ignore comment that cannot be applied',
    description:
      'A suppression comment must name one or more rule ids and give a reason: ' +
      '//mapscope:ignore MH003 map is created by init(). A comment without a reason or with an ' +
      'unknown rule id suppresses nothing and is reported.',
    runtime: 'None: this is about the comment, not the program.',
    fix: 'Write //mapscope:ignore MHxxx followed by why the finding does not apply.',
    level: 'warning',
    precision: 'very-high',
    tags: ['maintainability'],
  },
  {
    id: 'MH003',
    name: 'nil-map-write',
    title: 'Write to a map that is nil on every path',
    description:
      'Flags m[k] = v, m[k] op= v and m[k]++ when m is certainly nil there: a local declared ' +
      'with var and no value, set to nil, a named result not yet assigned, a parameter inside ' +
      'an m == nil branch, or a map field of a local struct left at its zero value. Reading, ' +
      'len, range and delete on a nil map are legal and never flagged; package-level maps are ' +
      'not tracked because another file or init() may create them.',
    runtime: 'panic: assignment to entry in nil map (a recoverable run-time panic).',
    fix: 'Create the map before writing: m = make(map[K]V), or a map literal.',
    level: 'error',
    precision: 'very-high',
    tags: ['correctness', 'maps', 'panic'],
  },
  {
    id: 'MH004',
    name: 'loopvar-address-in-map',
    title: 'Address of a loop variable stored in a map (before Go 1.22)',
    description:
      'Flags &v of a variable declared by a for or range clause with := when the address is ' +
      'stored in a map (as a value, inside a literal or append, as a key, in a map literal, ' +
      'in a sync.Map, or through a local pointer) and the file is compiled with a Go version ' +
      'before 1.22, where the loop has one variable for all iterations. Not flagged at go1.22 ' +
      'and later, after v := v, through a pointer, or when the loop ends right after the store.',
    runtime:
      'No crash: every entry points to the same variable, so all of them show the last ' +
      "iteration's value.",
    fix: 'Copy the variable in the loop body (v := v) or move the module to go 1.22 or later.',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'maps', 'loopvar'],
  },
  {
    id: 'MH006',
    name: 'nil-chan-from-map-miss',
    title: 'Channel from a map lookup used without checking the key exists',
    description:
      'Flags a channel read from a map with m[k] (inline or through ch := m[k]) that is then ' +
      'sent to, received from, ranged over or closed with no comma-ok lookup and no nil check ' +
      'before it. A missing key yields a nil channel. Not flagged inside a select that has ' +
      'other cases (a nil channel only disables its case), after the same m[k] was assigned or ' +
      'checked, or for a local map literal read with one of its constant keys.',
    runtime:
      'Send or receive on a nil channel blocks forever: a leaked goroutine, or "fatal error: ' +
      'all goroutines are asleep - deadlock!". close of a nil channel panics: "close of nil channel".',
    fix: 'Look the channel up with ch, ok := m[k] and handle a missing key before using it.',
    level: 'error',
    precision: 'high',
    tags: ['correctness', 'maps', 'channels', 'goroutine-leak'],
  },
];

/** A rule's description by id. */
export function ruleInfo(id: RuleId): RuleInfo {
  const info = RULES.find((r) => r.id === id);
  if (info === undefined) {
    throw new Error(`unknown rule ${id}`);
  }
  return info;
}
