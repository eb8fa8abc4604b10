package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Sound() string
	Name() string
}

type Walker interface {
	Walk() string
}

type WalkingAnimal interface {
	Animal
	Walker
}

type Base struct{ name string }

func (b Base) Name() string    { return b.name }
func (b Base) Sound() string   { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	*Logger
	Breed string
}

func (d Dog) Sound() string { return "woof" }
func (d Dog) Walk() string  { return d.name + " trots" }

type Cat struct{ Base }

func (c Cat) Walk() string { return c.Name() + " prowls" }

type ReadWriter interface {
	Read() string
	Write(string)
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string    { return strings.Join(b.data, "") }
func (b *Buffer) Write(s string)  { b.data = append(b.data, s) }

type CountingBuffer struct {
	ReadWriter
	writes int
}

func (c *CountingBuffer) Write(s string) {
	c.writes++
	c.ReadWriter.Write(strings.ToUpper(s))
}

func main() {
	d := Dog{Base: Base{"rex"}, Logger: &Logger{prefix: "[dog] "}, Breed: "lab"}
	c := Cat{Base{"tom"}}
	animals := []WalkingAnimal{d, c}
	for _, a := range animals {
		fmt.Printf("%s: %s / %s\n", a.Name(), a.Sound(), a.Walk())
	}
	fmt.Println(d.Describe())
	fmt.Println(d.Base.Sound(), d.Sound())
	d.Logf("barked %d times", 3)
	d.Logf("breed=%s", d.Breed)
	fmt.Println(d.lines, len(d.Logger.lines))

	cb := &CountingBuffer{ReadWriter: &Buffer{}}
	var rw ReadWriter = cb
	rw.Write("hello ")
	rw.Write("world")
	fmt.Println(rw.Read(), cb.writes)

	f := d.Walk
	g := Dog.Sound
	h := (*Logger).Logf
	h(d.Logger, "via method expr %v", true)
	fmt.Println(f(), g(d), d.lines[len(d.lines)-1])
	fmt.Printf("%+v\n", c)
	var x Dog
	fmt.Println(x.Name() == "", x.Logger == nil)
	x.Logf("boom")
}
