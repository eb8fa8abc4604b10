package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("shape mismatch")

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	id, _ := Identity(3).Mul(b)
	fmt.Println(id.String() == b.String())
	pow := Identity(2)
	fib := Matrix{{1, 1}, {1, 0}}
	for i := 0; i < 30; i++ {
		pow, _ = pow.Mul(fib)
	}
	fmt.Printf("%.0f %v\n", pow[0][1], pow[0][0])
	grid := [3][3]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	g2 := grid
	g2[1][1] = 99
	fmt.Println(grid, g2[1])
	var jag [][]int
	for i := 0; i < 4; i++ {
		jag = append(jag, make([]int, i))
	}
	fmt.Println(jag, len(jag[3]))
	fmt.Println(Matrix{}.T())
}
