// Package main runs the tool's HTTP server.
package main

import (
	"context"
	"database/sql"
	"fmt"
	stdlog "log"
	"net/http"
	"time"

	. "github.com/acme/tool/internal/util"
	_ "github.com/lib/pq"
	"gopkg.in/yaml.v3"
	"github.com/acme/tool/store/v2"
)

// DefaultPort is used when no port is configured.
const DefaultPort = 8080

const (
	modeDev  = "dev"
	modeProd = "prod"
)

var (
	// ErrClosed is returned after Close.
	ErrClosed       = fmt.Errorf("server closed")
	started, failed int
)

// Handler handles one request.
type Handler func(w http.ResponseWriter, r *http.Request) error

// Store persists records.
// It is safe for concurrent use.
type Store interface {
	Lookup
	Get(ctx context.Context, id string) (*Record, error)
	Put(ctx context.Context, rec *Record) error
}

// Server serves records over HTTP.
//
//nolint:govet
type Server[T any] struct {
	*Base
	store.Options
	db      *sql.DB `json:"-"`
	Addr    string
	routes  map[string]Handler
	pending []*Request[T]
	done    chan struct{}
}

// NewServer creates a server listening on addr.
func NewServer[T any](addr string, db *sql.DB) *Server[T] {
	s := &Server[T]{Addr: addr, db: db, routes: map[string]Handler{}}
	s.Options = store.Options{Timeout: 5 * time.Second}
	return s
}

// Start runs the server until ctx is done.
func (s *Server[T]) Start(ctx context.Context, opts ...Option) (int, error) {
	var cfg Config
	for _, o := range opts {
		o(&cfg)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM records WHERE mode = $1", modeDev)
	if err != nil {
		return 0, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	go func() {
		<-ctx.Done()
		stdlog.Println("stopping", s.Addr)
	}()
	out, _ := yaml.Marshal(Record{ID: "x"})
	Must(len(out))
	return http.ListenAndServe(s.Addr, nil), nil
}

func (s Server[T]) routeCount() int { return len(s.routes) }

type (
	// Record is one stored row.
	Record struct {
		ID   string
		Meta struct {
			Tags []string
		}
	}
	Request[T any] struct{ Body T }
	// Option configures a server.
	Option  func(*Config)
	Alias   = Record
)

var defaultHandler = func(w http.ResponseWriter, r *http.Request) error {
	_, err := w.Write([]byte("ok"))
	return err
}
