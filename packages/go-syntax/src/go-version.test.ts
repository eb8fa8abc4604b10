import { describe, expect, it } from 'vitest';
import {
  buildConstraintGoVersion,
  effectiveGoVersion,
  findBuildConstraint,
  goModGoVersion,
  parseGoVersion,
} from './go-version.ts';

describe('buildConstraintGoVersion (go/build/constraint GoVersion)', () => {
  it.each([
    ['linux && go1.22', 'go1.22'],
    ['(linux && go1.22) || (windows && go1.20)', 'go1.20'],
    ['linux', undefined],
    ['linux || (windows && go1.22)', undefined],
    ['!go1.22', undefined],
    ['(linux && !linux && go1.20) || go1.21', 'go1.20'],
    ['go1.21 && !go1.22', 'go1.21'],
    ['!(!go1.18 || linux)', 'go1.18'],
    ['go1', 'go1.0'],
    ['go1.21 &&', undefined],
  ])('%s → %s', (expr, want) => {
    expect(buildConstraintGoVersion(expr)).toBe(want);
  });
});

describe('findBuildConstraint', () => {
  it('reads the //go:build line before the package clause', () => {
    expect(findBuildConstraint('// Copyright\n\n//go:build go1.21 && linux\n\npackage p\n')).toBe(
      'go1.21 && linux',
    );
  });

  it('ignores a //go:build line after the package clause', () => {
    expect(findBuildConstraint('package p\n\n//go:build go1.21\n')).toBeUndefined();
  });

  it('skips block comments in the header', () => {
    expect(findBuildConstraint('/* a\n b */\n//go:build go1.20\npackage p\n')).toBe('go1.20');
  });
});

describe('goModGoVersion', () => {
  it('reads the go directive, dropping the patch release', () => {
    expect(goModGoVersion('module example.com/m\n\ngo 1.22.3\n')).toBe('go1.22');
    expect(goModGoVersion('module m\ngo 1.21rc2 // comment\n')).toBe('go1.21');
  });

  it('assumes go1.16 without a go directive, as cmd/go does', () => {
    expect(goModGoVersion('module m\n')).toBe('go1.16');
  });
});

describe('parseGoVersion', () => {
  it('accepts language and release spellings', () => {
    expect(parseGoVersion('go1.21')).toBe('go1.21');
    expect(parseGoVersion('1.19')).toBe('go1.19');
    expect(parseGoVersion('go1.22.0')).toBe('go1.22');
    expect(parseGoVersion('go2')).toBeUndefined();
    expect(parseGoVersion('latest')).toBeUndefined();
  });
});

describe('effectiveGoVersion (go/types initFiles)', () => {
  it('uses the module version by default', () => {
    expect(effectiveGoVersion({ moduleVersion: 'go1.20' })).toEqual({
      version: 'go1.20',
      source: 'go.mod',
    });
  });

  it('lets a build constraint downgrade, but not below go1.21', () => {
    expect(effectiveGoVersion({ buildConstraint: 'go1.18', moduleVersion: 'go1.22' })).toEqual({
      version: 'go1.21',
      source: 'build-constraint',
    });
  });

  it('lets a build constraint upgrade', () => {
    expect(effectiveGoVersion({ buildConstraint: 'go1.22', moduleVersion: 'go1.20' }).version).toBe(
      'go1.22',
    );
  });

  it('treats --lang as the module version: file constraints still apply', () => {
    expect(effectiveGoVersion({ override: 'go1.22', moduleVersion: 'go1.19' })).toEqual({
      version: 'go1.22',
      source: 'override',
    });
    expect(
      effectiveGoVersion({ override: 'go1.22', buildConstraint: 'go1.21 && linux' }).version,
    ).toBe('go1.21');
  });

  it('is unknown with nothing to go on, and ignores constraints without a version', () => {
    expect(effectiveGoVersion({ buildConstraint: 'linux' })).toEqual({
      version: undefined,
      source: 'unknown',
    });
  });
});
