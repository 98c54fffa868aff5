package dev.codeatlas.index.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Definitions by a name. Most names have one definition, so a lone {@link Sym} is stored as
 * itself and only names with several get a list: millions of one-element lists are what a
 * plain multimap would cost on a large tree.
 */
final class SymIndex {
    private final Map<String, Object> map = new HashMap<>();

    /** The definitions under {@code key}, empty when none. */
    @SuppressWarnings("unchecked")
    List<Sym> get(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        return v instanceof Sym s ? List.of(s) : (List<Sym>) v;
    }

    /** The first definition added under {@code key} (before {@link #sort}), or null. */
    @SuppressWarnings("unchecked")
    Sym first(String key) {
        Object v = map.get(key);
        return v == null ? null : v instanceof Sym s ? s : ((List<Sym>) v).get(0);
    }

    @SuppressWarnings("unchecked")
    void add(String key, Sym s) {
        Object v = map.get(key);
        if (v == null) {
            map.put(key, s);
        } else if (v instanceof Sym one) {
            List<Sym> l = new ArrayList<>(2);
            l.add(one);
            l.add(s);
            map.put(key, l);
        } else {
            ((List<Sym>) v).add(s);
        }
    }

    /** Sorts every key's definitions and hands each key's list of two or more to {@code each}. */
    @SuppressWarnings("unchecked")
    void sort(Comparator<Sym> order, Consumer<List<Sym>> each) {
        for (Object v : map.values()) {
            if (v instanceof List<?> l) {
                ((List<Sym>) l).sort(order);
                ((ArrayList<Sym>) l).trimToSize();
                each.accept((List<Sym>) l);
            }
        }
    }
}
