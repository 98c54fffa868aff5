package broken

// Before is parsed normally.
func Before(x int) int {
	return helper(x) + 1
}

type Good struct {
	Name string
}

func Broken(x int) {
	if x > {
		return
	}
	y := [
}

// After follows the syntax error.
func After() *Good {
	return &Good{Name: "after"}
}

func (g *Good) Method() string { return g.Name }
