package com.acme.auth;

import java.util.List;
import java.util.Map;
import java.util.concurrent.*;
import static java.util.Objects.requireNonNull;
import com.acme.crypto.Hasher;

/**
 * Authenticates users against the account store.
 * Thread-safe.
 */
@Service("auth")
public class AuthService extends AbstractService<User> implements Authenticator, AutoCloseable {
    public static final int MAX_ATTEMPTS = 5;
    private final Hasher hasher;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    int attempts, failures;

    /** Creates the service. */
    public AuthService(Hasher hasher) {
        super("auth");
        this.hasher = requireNonNull(hasher);
    }

    AuthService() {
        this(Hasher.sha256());
    }

    // Logs a user in and returns the session.
    @Override
    public Session login(String user, char[] password) throws AuthException {
        String digest = hasher.hash(password);
        Session s = store().find(user).map(a -> a.open(digest)).orElseThrow(AuthException::new);
        sessions.put(s.id(), s);
        return s;
    }

    public Session login(Token token) {
        return login(token.user(), token.secret().toCharArray());
    }

    protected abstract List<Account> accounts(int limit);

    @Override
    public void close() {
        sessions.values().forEach(Session::close);
        new Thread(() -> sessions.clear()).start();
    }

    enum Mode { STRICT, LENIENT }

    interface Listener extends java.util.EventListener {
        int PRIORITY = 1;
        void loggedIn(Session session);
    }

    record Attempt(String user, long at) {
        Attempt {
            if (at < 0) throw new IllegalArgumentException("at");
        }
    }

    static class Audit {
        private final List<Attempt> log = new java.util.ArrayList<>();

        void record(String user) {
            Runnable r = new Runnable() {
                @Override
                public void run() {
                    log.add(new Attempt(user, System.nanoTime()));
                }
            };
            r.run();
        }
    }
}

class Inference {
    void infer(java.util.function.Supplier<String> supplier, String... rest) {
        var list = new java.util.ArrayList<String>();
        for (String s : rest) {
            list.add(s);
        }
        try {
            supplier.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            e.printStackTrace();
        }
    }
}
