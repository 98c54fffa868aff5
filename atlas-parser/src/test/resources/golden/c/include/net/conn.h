#ifndef NET_CONN_H
#define NET_CONN_H

#include <stddef.h>
#include <sys/socket.h>
#include "net/addr.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CONN_DEFAULT_PORT 8080
#define CONN_MAX_RETRIES  5
#define CONN_IS_OPEN(c) ((c) != NULL && (c)->fd >= 0)

/* Connection states. */
typedef enum {
    CONN_IDLE,
    CONN_CONNECTING,
    CONN_OPEN,
    CONN_CLOSED = -1
} conn_state;

struct conn_stats {
    unsigned long bytes_in;
    unsigned long bytes_out;
};

/** One TCP connection. */
typedef struct conn {
    int fd;
    conn_state state;
    struct conn_stats stats;
    union {
        struct sockaddr_in v4;
        struct sockaddr_in6 v6;
    } peer;
    void (*on_close)(struct conn *c, int reason);
    struct conn *next;
} conn_t;

typedef struct conn_pool conn_pool_t;
typedef int (*conn_handler)(conn_t *c, const char *buf, size_t len);

/* Number of live connections, all pools. */
extern int conn_live_count;

/**
 * Opens a connection to host:port.
 * Returns NULL on failure.
 */
conn_t *conn_open(const char *host, int port);

/* Closes c; safe to call twice. */
void conn_close(conn_t *c);

int conn_send(conn_t *c, const void *buf, size_t len);
ssize_t conn_recv(conn_t *c, void *buf, size_t cap) __attribute__((warn_unused_result));

conn_pool_t *conn_pool_new(size_t size, conn_handler handler);

/* Whether the connection can send. */
static inline int conn_writable(const conn_t *c)
{
    return c->state == CONN_OPEN && !conn_pool_full(c->pool);
}

#ifdef __cplusplus
}
#endif

#endif /* NET_CONN_H */
