// The std's checked packages for other tools (the analyzer): by import path, with bodies or,
// for reading types, without; a package the model cannot load is null, not an error.
import { FuncObj, TypeName, typeString } from '@mapscope/go-types';
import { describe, expect, it } from 'vitest';
import { stdPackages } from '../src/std/packages.ts';
import { useParser } from './language/support.ts';

const parser = useParser();

describe("the std's packages", () => {
  it('give types without bodies to a type reader, apart from the compiler’s', () => {
    const types = stdPackages(undefined, { bodies: false });
    const full = stdPackages();
    expect(types === full).toBe(false);
    expect(types.universe === full.universe).toBe(false);
    const json = types.importer(parser()).importPackage('encoding/json');
    const decoder = json?.scope.lookup('NewDecoder');
    expect(decoder instanceof FuncObj && typeString(decoder.type)).toBe(
      'func(r io.Reader) *json.Decoder',
    );
    expect(decoder instanceof FuncObj && decoder.decl?.body).toBe(null);
    const mutex = types.importer(parser()).importPackage('sync')?.scope.lookup('RWMutex');
    expect(mutex instanceof TypeName).toBe(true);
    // The compiler's own copy keeps its bodies.
    const compiled = full.load(parser(), 'encoding/json').scope.lookup('NewDecoder');
    expect(compiled instanceof FuncObj && compiled.decl?.body !== null).toBe(true);
  });

  it('are null where the model has none', () => {
    const importer = stdPackages(undefined, { bodies: false }).importer(parser());
    expect(importer.importPackage('net/http')).toBeNull();
    expect(importer.importPackage('example.com/not/std')).toBeNull();
  });
});
