package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Point struct {
	X, Y int    `json:"x" xml:"px"`
	name string `note:"hidden"`
}

func (p Point) Sum() int           { return p.X + p.Y }
func (p *Point) Scale(k int)       { p.X *= k; p.Y *= k }
func (p Point) Label(s string) string { return s + ":" + p.name }

type Header struct {
	Magic uint32
	Count uint16
	Flags [2]uint8
}

func main() {
	p := Point{1, 2, "a"}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Name(), t.PkgPath(), t.Kind(), t.NumField(), t.Size(), t.NumMethod())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("xml"), f.PkgPath, f.Offset, f.IsExported())
	}
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(m.Name, m.Type, m.Type.NumIn(), m.Type.NumOut())
	}
	pt := reflect.TypeOf(&p)
	fmt.Println(pt, pt.Kind(), pt.Elem() == t, pt.NumMethod())
	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(10)
	fmt.Println(p.X, v.Field(2).CanSet(), v.Field(0).CanSet(), v.Field(2).String())
	out := v.MethodByName("Sum").Call(nil)
	fmt.Println(out[0].Int())
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p.X, p.Y)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	var keys []string
	for _, k := range mv.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys, mv.MapIndex(reflect.ValueOf("b")), mv.Len())
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	fmt.Println(len(m), m["d"])
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 2)
	s = reflect.Append(s, reflect.ValueOf("x"), reflect.ValueOf("y"), reflect.ValueOf("z"))
	fmt.Println(s.Len(), s.Index(2), s.Interface())
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, Header{0xCAFEBABE, 7, [2]uint8{1, 2}})
	fmt.Printf("% x\n", buf.Bytes())
	var h Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &h)
	fmt.Printf("%x %d %v\n", h.Magic, h.Count, h.Flags)
	fn := reflect.ValueOf(strings.Repeat)
	fmt.Println(fn.Type(), fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})[0])
	var e error
	et := reflect.TypeOf(&e).Elem()
	fmt.Println(et, et.Kind(), et.NumMethod(), reflect.TypeOf(fmt.Errorf("x")).Implements(et))
	fmt.Println(reflect.ValueOf(3.5).Convert(reflect.TypeOf(0)).Int(), reflect.Zero(t).Interface())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(p).Field(0).SetInt(3)
}
