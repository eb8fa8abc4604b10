// `.mapscope.yaml`: which rules `mapscope vet` runs and at what severity. Looked up from the
// working directory towards the root, like .golangci.yml; `--config=FILE` names one.
//
//   rules:
//     MH005: off                  # by id or by name
//     loopvar-address-in-map: error
//     waitgroup-misuse: on        # a rule that is off by default
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULES } from '@mapscope/analyzer';
import type { RuleId, RuleInfo } from '@mapscope/analyzer';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';

/** The name the configuration file has. */
export const CONFIG_NAME = '.mapscope.yaml';

/** What a configuration says of one rule. */
export type RuleSetting = 'on' | 'off' | 'error' | 'warning';

/** A configuration file, read. */
export interface VetConfig {
  /** The file it came from. */
  readonly path: string;
  readonly rules: ReadonlyMap<RuleId, RuleSetting>;
}

/** A configuration file that cannot be used: the message names its file, line and column. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The nearest `.mapscope.yaml` from `dir` up to the root, or null. */
export function findConfig(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    const p = join(d, CONFIG_NAME);
    if (existsSync(p)) {
      return p;
    }
    if (dirname(d) === d) {
      return null;
    }
  }
}

/** Reads and checks a configuration file. */
export function readConfig(path: string, displayPath: string = path): VetConfig {
  return parseConfig(readFileSync(path, 'utf8'), path, displayPath);
}

const SETTINGS: readonly RuleSetting[] = ['on', 'off', 'error', 'warning'];

/** Parses a configuration's text; every mistake is a ConfigError at its line and column. */
export function parseConfig(text: string, path: string, displayPath: string = path): VetConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (node: Node | null | undefined, offset = 0): string => {
    const p = lines.linePos(node?.range?.[0] ?? offset);
    return `${displayPath}:${p.line}:${p.col}`;
  };
  const [first] = doc.errors;
  if (first !== undefined) {
    const p = lines.linePos(first.pos[0]);
    throw new ConfigError(
      `${displayPath}:${p.line}:${p.col}: ${first.message.split('\n')[0] ?? ''}`,
    );
  }
  const rules = new Map<RuleId, RuleSetting>();
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { path, rules };
  }
  if (!isMap(root)) {
    throw new ConfigError(`${at(root)}: want a mapping with a rules: key`);
  }
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key !== 'rules') {
      throw new ConfigError(
        `${at(item.key)}: unknown key ${JSON.stringify(key)} (the file has one key, rules:)`,
      );
    }
    const value = item.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) {
      continue;
    }
    if (!isMap(value)) {
      throw new ConfigError(
        `${at(value)}: rules: wants a mapping of rule ids or names to a setting`,
      );
    }
    for (const r of value.items) {
      const name = isScalar(r.key) ? String(r.key.value) : '';
      const rule = ruleNamed(name);
      if (rule === undefined) {
        throw new ConfigError(
          `${at(r.key as Node)}: unknown rule ${JSON.stringify(name)} (mapscope vet --help lists the rules)`,
        );
      }
      const setting = isScalar(r.value) ? settingOf(r.value.value) : undefined;
      if (setting === undefined) {
        throw new ConfigError(
          `${at(r.value as Node)}: ${rule.id}: want one of ${SETTINGS.join(', ')}`,
        );
      }
      rules.set(rule.id, setting);
    }
  }
  return { path, rules };
}

function ruleNamed(name: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === name || r.name === name);
}

// YAML 1.2 reads `off` and `on` as strings; booleans are accepted for them too.
function settingOf(v: unknown): RuleSetting | undefined {
  if (v === true) {
    return 'on';
  }
  if (v === false) {
    return 'off';
  }
  return SETTINGS.find((s) => s === v);
}

/** Whether a rule runs: as configured, else as its default says. */
export function ruleEnabled(config: VetConfig | null, rule: RuleInfo): boolean {
  const s = config?.rules.get(rule.id);
  return s === undefined ? (rule.enabledByDefault ?? true) : s !== 'off';
}

/** The severity a rule's findings are reported with. */
export function ruleLevel(config: VetConfig | null, rule: RuleInfo): 'error' | 'warning' {
  const s = config?.rules.get(rule.id);
  return s === 'error' || s === 'warning' ? s : rule.level;
}
