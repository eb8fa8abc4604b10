// Go's malloc size classes (runtime/sizeclasses.go class_to_size, Go 1.19) and roundupsize
// (runtime/msize.go): the size an allocation really gets. makeBucketArray uses the slack to
// preallocate overflow buckets, so the map's layout depends on it.

const classToSize = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
  384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
  2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
  12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
] as const;

const maxSmallSize = 32768;
const pageSize = 8192;

/** The size of the memory block mallocgc returns for a request of `size` bytes. */
export function roundupsize(size: number): number {
  if (size < maxSmallSize) {
    // The classes are sorted; the tables in Go index the same answer by size/8 and size/128.
    let lo = 0,
      hi = classToSize.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (classToSize[mid]! >= size) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return classToSize[lo]!;
  }
  return Math.ceil(size / pageSize) * pageSize;
}
