package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"container/list"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/big"
	"math/bits"
	"math/rand"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	// strings, strconv, unicode: Go's own code.
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.Title("hello wörld"), strings.Fields(" a\tb\n c "))
	fmt.Println(strconv.Quote("tab\t☺\x00"), strconv.FormatFloat(1.0/3, 'e', -1, 32), strconv.AppendInt(nil, -42, 36))
	if _, err := strconv.Atoi("12a"); err != nil {
		var ne *strconv.NumError
		fmt.Println(err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	}
	fmt.Println(unicode.IsUpper('Σ'), unicode.ToLower('Σ'), utf8.RuneLen('€'), utf16.Encode([]rune("𝄞")))

	// bufio and bytes over io.Reader and io.Writer.
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("words:", n)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%05.1f|%-4s|%x", math.Pi, "go", 255)
	w.Flush()
	fmt.Println(buf.String(), bytes.Count([]byte("cheese"), []byte("e")))
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(string(data))

	// Hashes and encodings.
	fmt.Printf("%x\n", md5.Sum([]byte("mapscope")))
	fmt.Printf("%x\n", sha256.Sum256([]byte("mapscope")))
	fmt.Println(crc32.ChecksumIEEE([]byte("mapscope")), hex.EncodeToString([]byte{0xde, 0xad}), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.LittleEndian.Uint32(b))

	// Containers, sorting, math.
	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println(heap.Pop(h), heap.Pop(h))
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	f := new(big.Int)
	f.MulRange(1, 30)
	fmt.Println(f, new(big.Rat).SetFrac64(10, 4), bits.LeadingZeros64(1), math.Sqrt(2), math.Exp(1))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64())
	fmt.Println(path.Join("a/b", "../c", "d.go"), path.Ext("x.tar.gz"))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindAllStringSubmatch("ann@x.com, bob@y.com", -1), re.ReplaceAllString("ann@x.com", "$2:$1"))

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "a\tbbb\tc\t")
	fmt.Fprintln(tw, "aaaa\tb\tccc\t")
	tw.Flush()
}
