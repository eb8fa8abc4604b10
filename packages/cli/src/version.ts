import { readFileSync } from 'node:fs';

/** This package's version, read from its package.json (works from src/ and dist/). */
export function mapscopeVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
