import { describe, expect, it } from 'vitest';
import { goodOSArchFile, linuxAmd64, matchFile, matchTag } from './build-context.ts';

const ctx = linuxAmd64(19);

describe('goodOSArchFile', () => {
  it.each([
    ['main.go', true],
    ['name_linux.go', true],
    ['name_windows.go', false],
    ['name_linux_amd64.go', true],
    ['name_linux_arm64.go', false],
    ['name_amd64.go', true],
    ['name_386_test.go', false],
    ['linux.go', true], // the part before the first _ is the name, not a suffix
    ['x_unix.go', true], // unix is a build tag, not a GOOS file suffix
    ['x_android.go', false],
  ])('%s → %s', (name, want) => {
    expect(goodOSArchFile(ctx, name)).toBe(want);
  });
});

describe('matchFile', () => {
  const file = (header: string): string => `${header}\n\npackage main\n`;
  it.each([
    ['//go:build linux && amd64', true],
    ['//go:build go1.18 && !ignore && (amd64 || arm64) && unix && gc', true],
    ['//go:build ignore', false],
    ['//go:build go1.20', false],
    ['//go:build !cgo', true],
    ['//go:build windows || darwin', false],
    ['//go:build (linux', false],
    ['// +build linux,amd64 windows', true],
    ['// +build !linux', false],
    ['// +build linux\n// +build ignore', false],
    ['// Package main does things.', true],
  ])('%s → %s', (header, want) => {
    expect(matchFile(ctx, 'main.go', file(header))).toBe(want);
  });

  it('prefers //go:build over // +build lines', () => {
    expect(matchFile(ctx, 'a.go', file('//go:build linux\n// +build windows'))).toBe(true);
  });

  it('ignores constraints after the package clause', () => {
    expect(matchFile(ctx, 'a.go', 'package main\n\n//go:build ignore\n')).toBe(true);
  });
});

describe('build tags', () => {
  it('holds the tags the context sets, and only those', () => {
    const tagged = { ...ctx, tags: ['math_big_pure_go'] };
    const src = '//go:build !math_big_pure_go\n\npackage big\n';
    expect(matchFile(ctx, 'arith_decl.go', src)).toBe(true);
    expect(matchFile(tagged, 'arith_decl.go', src)).toBe(false);
    expect(matchTag(tagged, 'purego')).toBe(false);
  });
});
