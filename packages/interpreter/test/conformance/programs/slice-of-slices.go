// Slices of slices: rows share or do not share backing arrays.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = 100
	fmt.Println(grid[1])
	backing := make([]int, 9)
	shared := [][]int{backing[0:3], backing[3:6], backing[6:9]}
	shared[0] = append(shared[0], 7)
	fmt.Println(shared, backing)
	tri := [][]string{}
	for i := 0; i < 4; i++ {
		r := []string{}
		for j := 0; j <= i; j++ {
			r = append(r, fmt.Sprint(j))
		}
		tri = append(tri, r)
	}
	fmt.Println(tri, len(tri[3]))
	copyGrid := make([][]int, len(grid))
	copy(copyGrid, grid)
	copyGrid[0][0] = -1
	fmt.Println(grid[0][0])
	deep := make([][]int, len(grid))
	for i := range grid {
		deep[i] = append([]int(nil), grid[i]...)
	}
	deep[2][3] = 999
	fmt.Println(grid[2][3], deep[2][3])
	var jag [][]int
	jag = append(jag, nil, []int{1}, []int{})
	fmt.Printf("%v %d %v\n", jag, len(jag), jag[0] == nil)
	cube := [2][2][]int{}
	cube[1][1] = append(cube[1][1], 5)
	fmt.Println(cube)
}
