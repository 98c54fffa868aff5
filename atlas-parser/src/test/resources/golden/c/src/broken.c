#include "broken.h"

/* Counts items before the damage. */
static int count_items(const struct list *l)
{
    int n = 0;
    for (const struct node *p = l->head; p; p = p->next)
        n++;
    return n;
}

struct pair {
    int key;
    int value;
};

int half_written(int a, int b)
{
    if (a > b {
        return a - ;
    }
<<<<<<< HEAD
    return b;
}

/* Still found after the damage. */
int after_damage(struct pair *p)
{
    return compare(p->key, p->value);
}

enum mode { MODE_A, MODE_B };

#define LIMIT 42

void last_one(void)
{
    log_msg("done %d", LIMIT);
}
