package com.acme.store;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores entities by id.
 *
 * @param <T> entity type
 */
public interface Repository<T extends Entity, ID> extends AutoCloseable {

    Optional<T> findById(ID id);

    <R> java.util.List<R> findAll(Function<? super T, R> mapper);

    default boolean exists(ID id) {
        return findById(id).isPresent();
    }

    /** How writes reach disk. */
    enum Durability {
        NONE {
            @Override
            void flush(Journal journal) {}
        },
        SYNC {
            @Override
            void flush(Journal journal) {
                journal.sync(true);
            }
        };

        abstract void flush(Journal journal);
    }

    @FunctionalInterface
    interface Listener<E> {
        void onChange(E before, E after);
    }

    final class Query<T> {
        private final String where;
        private final int limit;

        private Query(Builder<T> b) {
            this.where = b.where;
            this.limit = b.limit;
        }

        public static <T> Builder<T> builder() {
            return new Builder<>();
        }

        public static final class Builder<T> {
            private String where = "";
            private int limit = 100;

            public Builder<T> where(String clause) {
                this.where = clause;
                return this;
            }

            public Builder<T> limit(int n) {
                this.limit = Math.max(1, n);
                return this;
            }

            public Query<T> build() {
                return new Query<>(this);
            }
        }

        String render() {
            return java.util.stream.Stream.of(where, "LIMIT " + limit)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
        }
    }
}
