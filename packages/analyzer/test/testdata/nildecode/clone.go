package nildecode

// A clone of a nil map is nil. Jobs made without vars (line 24) have none.
type job struct {
	name string
	vars map[string]string
}

func copyVars(vars map[string]string) map[string]string {
	if vars == nil {
		return nil
	}
	out := make(map[string]string, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	return out
}

func defaults() []job {
	return []job{
		{name: "test", vars: map[string]string{"GOFLAGS": "-race"}},
		{name: "lint"},
	}
}

func environment(j job) map[string]string {
	env := copyVars(j.vars)
	env["CI"] = "1" // want `env is a clone of j.vars \(line 28\), and a clone of a nil map is nil; job values made without vars \(clone.go:23\) have it nil` MH003
	return env
}

func environmentChecked(j job) map[string]string {
	env := copyVars(j.vars)
	if env == nil {
		env = map[string]string{}
	}
	env["CI"] = "1"
	return env
}

func environmentGuarded(j job) map[string]string {
	if len(j.vars) > 0 {
		env := copyVars(j.vars)
		env["CI"] = "1"
		return env
	}
	return nil
}

// Every stage literal sets its labels: nothing says they can be nil.
type stage struct {
	labels map[string]string
}

func newStage() stage { return stage{labels: map[string]string{}} }

func relabel(s stage) map[string]string {
	l := copyVars(s.labels)
	l["stage"] = "x"
	return l
}
