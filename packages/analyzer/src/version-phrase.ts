import type { EffectiveGoVersion } from '@mapscope/go-syntax';

/** How a message says which Go version applies and why (`go1.21 by go.mod`). */
export function versionPhrase(v: EffectiveGoVersion): string {
  switch (v.source) {
    case 'build-constraint':
      return `this file is ${v.version ?? '?'} by its //go:build line`;
    case 'go.mod':
      return `this file is ${v.version ?? '?'} by go.mod`;
    case 'override':
      return `this file is ${v.version ?? '?'} by --lang`;
    case 'unknown':
      return 'Go version unknown: no go.mod, //go:build line or --lang';
  }
}
