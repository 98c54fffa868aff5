package dev.codeatlas.mcp.transport;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every HTTP request before the MCP transport sees it: a browser page from another
 * origin is refused (403, the DNS-rebinding and cross-site defence the MCP spec asks for); on a
 * loopback bind the Host must be a loopback name too; with a token, the request must carry
 * {@code Authorization: Bearer TOKEN} (401 otherwise).
 */
final class OriginGuard implements Filter {

    private static final Pattern LOOPBACK_ORIGIN = Pattern.compile("^https?://(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?$");
    private static final Pattern LOOPBACK_HOST = Pattern.compile("^(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?$");

    private final List<String> allowedOrigins;
    private final boolean loopbackOnly;
    private final Optional<byte[]> token;

    OriginGuard(List<String> allowedOrigins, boolean loopbackOnly, Optional<String> token) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.loopbackOnly = loopbackOnly;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        String origin = http.getHeader("Origin");
        if (origin != null && !originAllowed(origin)) {
            refuse(out, 403, "forbidden_origin", "requests from origin " + clip(origin) + " are refused",
                    "start the server with --allow-origin " + clip(origin) + " to allow it");
            return;
        }
        String host = http.getHeader("Host");
        if (loopbackOnly && (host == null || !LOOPBACK_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches())) {
            refuse(out, 403, "forbidden_host", "Host " + clip(String.valueOf(host)) + " is not a loopback name",
                    "connect to http://127.0.0.1:PORT/mcp");
            return;
        }
        if (token.isPresent() && !authorized(http.getHeader("Authorization"))) {
            out.setHeader("WWW-Authenticate", "Bearer");
            refuse(out, 401, "unauthorized", "a bearer token is required", "send the header 'Authorization: Bearer <ATLAS_TOKEN>'");
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean originAllowed(String origin) {
        return LOOPBACK_ORIGIN.matcher(origin.toLowerCase(Locale.ROOT)).matches() || allowedOrigins.contains(origin);
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.get());
    }

    private static void refuse(HttpServletResponse out, int status, String code, String message, String hint) throws IOException {
        out.setStatus(status);
        out.setContentType("application/json");
        out.setCharacterEncoding("UTF-8");
        out.getWriter().write(dev.codeatlas.mcp.Json.write(dev.codeatlas.mcp.Json.object().put("error", message).put("code", code).put("hint", hint)));
    }

    private static String clip(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
}
