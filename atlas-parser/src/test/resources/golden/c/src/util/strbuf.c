/*
 * strbuf.c - growable byte buffers.
 */
#include <stdlib.h>
#include <string.h>
#include "util/strbuf.h"
#include "../config.h"

#define STRBUF_MIN 16
#define STRBUF_GROW(n) ((n) < STRBUF_MIN ? STRBUF_MIN : (n) * 2)
#define UNUSED(x) (void)(x)

#ifndef STRBUF_EXPORT
#define STRBUF_EXPORT
#endif

/* Allocation hooks, replaceable in tests. */
typedef void *(*alloc_fn)(void *ptr, size_t size);

/** A growable buffer. */
typedef struct strbuf {
    char *data;        /* the bytes, NUL-terminated */
    size_t len;
    size_t cap;
    alloc_fn realloc_hook;
} strbuf_t;

enum strbuf_flags {
    SB_NONE = 0,
    SB_OWNED = 1 << 0,
    SB_FROZEN = 1 << 1
};

static const char empty[] = "";
static size_t total_allocated;
int strbuf_debug = 0;

static int grow(strbuf_t *sb, size_t need);

/* Makes an empty buffer. */
STRBUF_EXPORT strbuf_t *strbuf_new(void)
{
    strbuf_t *sb = calloc(1, sizeof(*sb));
    if (sb == NULL)
        return NULL;
    sb->realloc_hook = realloc;
    return sb;
}

/**
 * Appends n bytes of s.
 * Returns 0, or -1 when out of memory.
 */
int strbuf_append(strbuf_t *sb, const char *s, size_t n)
{
    if (grow(sb, sb->len + n + 1) != 0)
        return -1;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    return 0;
}

int strbuf_puts(strbuf_t *sb, const char *s)
{
    return strbuf_append(sb, s, strlen(s));
}

static int
grow(strbuf_t *sb, size_t need)
{
    size_t cap;
    char *p;

    if (need <= sb->cap)
        return 0;
    cap = STRBUF_GROW(need);
    p = sb->realloc_hook(sb->data, cap);
    if (!p)
        return -1;
    total_allocated += cap - sb->cap;
    sb->data = p;
    sb->cap = cap;
    return 0;
}

const char *strbuf_cstr(const strbuf_t *sb)
{
    return sb->data ? sb->data : empty;
}

/* Releases the buffer and its bytes. */
void strbuf_free(strbuf_t *sb)
{
    struct { int freed; } stats = { 0 };
    if (sb == NULL)
        return;
    free(sb->data);
    free(sb);
    stats.freed++;
    UNUSED(stats);
}

char **strbuf_split(const strbuf_t *sb, char sep, size_t *count)
{
    char **parts = NULL;
    size_t i, n = 0;
    for (i = 0; i < sb->len; i++) {
        if (sb->data[i] == sep)
            n++;
    }
    *count = n + 1;
    parts = malloc((n + 2) * sizeof(char *));
    return parts;
}
