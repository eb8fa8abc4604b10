// The in-memory file system answers as Linux does (the errors are Linux's numbers).
import { describe, expect, it } from 'vitest';
import { Errno, FsError, OpenFlag } from '../../src/os/host.ts';
import { MemFileSystem } from '../../src/os/memfs.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array, n: number): string => new TextDecoder().decode(b.subarray(0, n));

function errnoOf(f: () => unknown): number {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) {
      return e.errno;
    }
    throw e;
  }
  return 0;
}

describe('MemFileSystem', () => {
  it('creates, appends to and reads back a file', () => {
    const fs = new MemFileSystem();
    const w = fs.open('/tmp/a', OpenFlag.WRONLY | OpenFlag.CREAT, 0o644);
    fs.write(w, bytes('hello '), null);
    fs.close(w);
    const a = fs.open('/tmp/a', OpenFlag.WRONLY | OpenFlag.APPEND, 0);
    fs.write(a, bytes('world'), 0); // O_APPEND writes at the end whatever the position
    fs.close(a);
    const r = fs.open('/tmp/a', 0, 0);
    const buf = new Uint8Array(64);
    expect(text(buf, fs.read(r, buf, null))).toBe('hello world');
    expect(fs.read(r, buf, null)).toBe(0);
    expect(text(buf, fs.read(r, buf, 6))).toBe('world');
    expect(fs.fstat(r).size).toBe(11);
    expect(fs.fstat(r).mode).toBe(0o100644);
  });

  it('gives Linux errors', () => {
    const fs = new MemFileSystem();
    fs.mkdir('/d', 0o777);
    fs.close(fs.open('/d/f', OpenFlag.CREAT | OpenFlag.WRONLY, 0o666));
    expect(fs.stat('/d').mode).toBe(0o40755); // the umask's 022 taken off
    expect(errnoOf(() => fs.open('/d/f', OpenFlag.CREAT | OpenFlag.EXCL, 0))).toBe(Errno.EEXIST);
    expect(errnoOf(() => fs.open('/nope', 0, 0))).toBe(Errno.ENOENT);
    expect(errnoOf(() => fs.open('/d/f/x', 0, 0))).toBe(Errno.ENOTDIR);
    expect(errnoOf(() => fs.open('/d', OpenFlag.WRONLY, 0))).toBe(Errno.EISDIR);
    expect(
      errnoOf(() => {
        fs.rmdir('/d');
      }),
    ).toBe(Errno.ENOTEMPTY);
    expect(
      errnoOf(() => {
        fs.unlink('/d');
      }),
    ).toBe(Errno.EISDIR);
    expect(
      errnoOf(() => {
        fs.mkdir('/d', 0o777);
      }),
    ).toBe(Errno.EEXIST);
    expect(
      errnoOf(() => {
        fs.rename('/d', '/d/inside');
      }),
    ).toBe(Errno.EINVAL);
    expect(
      errnoOf(() => {
        fs.close(99);
      }),
    ).toBe(Errno.EBADF);
    expect(errnoOf(() => fs.readlink('/d/f'))).toBe(Errno.EINVAL);
  });

  it('resolves relative paths, .. and symbolic links, and stops link loops', () => {
    const fs = new MemFileSystem({ cwd: '/home/gopher' });
    expect(fs.cwd()).toBe('/home/gopher');
    fs.mkdir('src', 0o755);
    fs.close(fs.open('src/main.go', OpenFlag.CREAT | OpenFlag.WRONLY, 0o644));
    fs.symlink('src', 'link');
    expect(fs.readdir('/home/gopher/link')).toEqual(['main.go']);
    expect(fs.stat('link/../src/main.go').size).toBe(0);
    expect(fs.lstat('link').mode & 0o170000).toBe(0o120000);
    fs.chdir('link');
    expect(fs.cwd()).toBe('/home/gopher/src');
    fs.symlink('loop2', '/tmp/loop1');
    fs.symlink('loop1', '/tmp/loop2');
    expect(errnoOf(() => fs.stat('/tmp/loop1'))).toBe(Errno.ELOOP);
  });

  it('renames over an empty directory and truncates', () => {
    const fs = new MemFileSystem();
    fs.mkdir('/a', 0o755);
    fs.mkdir('/b', 0o755);
    fs.rename('/a', '/b');
    expect(fs.readdir('/')).toEqual(['tmp', 'b']);
    const h = fs.open('/b/f', OpenFlag.CREAT | OpenFlag.RDWR, 0o600);
    fs.write(h, bytes('abcdef'), null);
    fs.ftruncate(h, 2);
    fs.truncate('/b/f', 4);
    const buf = new Uint8Array(8);
    expect([...buf.subarray(0, fs.read(h, buf, 0))]).toEqual([97, 98, 0, 0]);
  });

  it('gives its standard input, then its end', () => {
    const fs = new MemFileSystem({ stdin: bytes('abc') });
    const buf = new Uint8Array(2);
    expect(fs.readStdin(buf)).toBe(2);
    expect(fs.readStdin(buf)).toBe(1);
    expect(fs.readStdin(buf)).toBe(0);
  });
});
