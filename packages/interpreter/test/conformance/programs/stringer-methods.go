package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ Deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.Deg) }

type Account struct {
	ID      int
	Balance int
}

func (a Account) String() string { return fmt.Sprintf("acct#%d[$%d]", a.ID, a.Balance) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type Wrapper struct {
	C   Color
	T   Temp
	TP  *Temp
	Acc Account
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Printf("%v %+v\n", t, &t)
	a := Account{1, 100}
	fmt.Println(a, &a, []Account{a, {2, 5}})
	fmt.Println(map[Color]Account{Blue: a, Red: {3, 0}})
	fmt.Println(MyErr{5})
	var err error = MyErr{6}
	fmt.Printf("%v %s %+v %T\n", err, err, err, err)
	fmt.Println(Both{})
	w := Wrapper{C: Blue, T: Temp{1}, TP: &Temp{2}, Acc: a}
	fmt.Printf("%v\n%+v\n", w, w)
	colors := []Color{Blue, Red, 9}
	fmt.Println(colors)
	fmt.Printf("%#v\n", Blue)
	var target MyErr
	wrapped := fmt.Errorf("ctx: %w", MyErr{42})
	fmt.Println(errors.As(wrapped, &target), target.Code, target)
	var s fmt.Stringer = Green
	fmt.Println(s.String() + "!")
	var nilTemp *Temp
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(nilTemp.String())
}
