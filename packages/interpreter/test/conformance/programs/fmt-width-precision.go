// Widths, precision, flags and padding, as in tables of numbers.
package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 12, 3.25}, {"kiwi", 100, 12.125}, {"fig", -7, -0.005}}
	fmt.Printf("|%-12s|%5s|%10s|\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("|%-12s|%5d|%10.2f|\n", r.name, r.qty, r.price)
	}
	for _, r := range rows {
		fmt.Printf("|%12s|%-5d|%-10.3f|%05d|%+.1e|\n", r.name, r.qty, r.price, r.qty, r.price)
	}
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+8.3f|% 8.3f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("|%5d|%-5d|%05d|%+5d|% 5d|%x|%5x|%-5X|%05x|\n", 42, 42, 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("|%05d|%-05d|%5.3d|%.0d|%.0d|\n", -42, -42, 7, 0, 5)
	fmt.Printf("|%10v|%-10v|%10v|\n", []int{1, 2}, true, nil)
	fmt.Printf("|%6.2f%%|%3c|%-4q|\n", 99.5, 'x', 'y')
	fmt.Printf("|%.0f|%.1f|%.2f|%.3f|\n", 2.675, 2.675, 2.675, 2.675)
	fmt.Printf("|%.2f|%.2f|%.2f|%.2f|\n", 1.005, 1.015, 1.025, -1.005)
	fmt.Printf("|%g|%.2g|%.10g|%g|%g|\n", 0.000012345, 123456.0, 1.0/3, 1e-4, 1e-5)
	fmt.Printf("|%6.3v|%.3v|%10.4v|\n", 3.14159, "abcdef", 12345.678)
	fmt.Printf("|%x|%.2x|%X|\n", 3.5, "héllo", -1)
	fmt.Printf("|%#v|%#v|%#v|%#v|\n", 1.0, 1e6, 1e21, float32(0.1))
	fmt.Printf("|%v|%v|%v|\n", float32(1e-7), float32(16777216), float32(3.4e38))
	fmt.Printf("|%3d|%-3d|\n", 12345, 12345)
	fmt.Printf("|%t|%-7t|%7t|\n", false, true, false)
	s := fmt.Sprintf("%-4s=%4d", "k", 9)
	fmt.Println(s, len(s))
	fmt.Printf("|%6.2f|%6.2f|\n", 1+2i, -0.5i)
}
