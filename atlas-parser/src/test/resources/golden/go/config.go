package config

import "os"
import "strings"

//go:generate stringer -type=Level

// Level is a log level.
type Level int

// Known levels.
const (
	Debug Level = iota
	Info
	_
	Error
)

var _ fmt.Stringer = Level(0)

// Config is the loaded configuration.
type Config struct {
	Name    string
	Level   Level
	Sources []Source
	byKey   map[string]*Entry
	parent  *Config
}

// Source is where a value came from.
type Source interface {
	fmt.Stringer
	Value(key string) (string, bool)
}

// Load reads the configuration from the environment.
// Unknown keys are ignored.
func Load(prefix string) (*Config, error) {
	c := &Config{Name: prefix, byKey: make(map[string]*Entry)}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, prefix) {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		c.byKey[k] = &Entry{Key: k, Value: v}
	}
	return c, nil
}

// Get returns the value for key, looking at parents.
func (c *Config) Get(key string) string {
	if e, ok := c.byKey[key]; ok {
		return e.Value
	}
	if c.parent != nil {
		return c.parent.Get(key)
	}
	return ""
}

func (l Level) String() string {
	switch l {
	case Debug:
		return "debug"
	}
	return strings.ToUpper(fmt.Sprint(int(l)))
}

/*
Entry is one key/value pair.
*/
type Entry struct {
	Key, Value string
}

func keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
