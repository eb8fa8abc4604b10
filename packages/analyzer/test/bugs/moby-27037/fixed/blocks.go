package main

import (
	"fmt"
	"hash/crc32"
	"sort"
	"sync"
)

// checksumInBlocks hashes data block by block and returns how many blocks
// it took.
func checksumInBlocks(data []byte, block int) (uint32, int) {
	var sum uint32
	n := 0
	for off := 0; off < len(data); off += block {
		end := off + block
		if end > len(data) {
			end = len(data)
		}
		sum = crc32.Update(sum, crc32.IEEETable, data[off:end])
		n++
	}
	return sum, n
}

// compareBlockSizes tries block sizes 2^10 .. 2^13 in parallel.
func compareBlockSizes(data []byte) []string {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		lines []string
	)
	for shift := uint(10); shift <= 13; shift++ {
		wg.Add(1)
		go func(shift uint) {
			defer wg.Done()
			size := 1 << shift
			_, blocks := checksumInBlocks(data, size)
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%6d bytes/block: %3d blocks", size, blocks))
			mu.Unlock()
		}(shift)
		fmt.Printf("queued block size 2^%d\n", shift)
	}
	wg.Wait()
	sort.Strings(lines)
	return lines
}

func main() {
	data := make([]byte, 100000)
	for _, l := range compareBlockSizes(data) {
		fmt.Println(l)
	}
}
