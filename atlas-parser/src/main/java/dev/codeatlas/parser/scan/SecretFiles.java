package dev.codeatlas.parser.scan;

import java.util.Locale;
import java.util.Set;

/**
 * Files that must never be read, let alone indexed: environment files, private keys,
 * credential stores. Matching is by name, before the file is opened; {@link #containsPrivateKey}
 * is the content check for keys pasted into ordinary files.
 */
public final class SecretFiles {

    private static final Set<String> EXACT = Set.of(
            ".env", ".netrc", ".npmrc", ".pypirc", ".pgpass", ".git-credentials", ".htpasswd",
            "credentials", "credentials.json", "credentials.xml", "credentials.yml", "credentials.yaml",
            "secrets.json", "secrets.yml", "secrets.yaml", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519",
            "service-account.json", "keystore.jks", "known_hosts", "authorized_keys");
    private static final Set<String> EXTENSIONS = Set.of(
            ".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk", ".asc", ".gpg", ".kdbx", ".tfvars");

    private SecretFiles() {
    }

    public static boolean isSecretName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (EXACT.contains(n) || n.startsWith(".env.") || n.startsWith("id_rsa") || n.startsWith("id_ed25519")) {
            return !n.equals(".env.example") && !n.equals(".env.sample") && !n.equals(".env.template");
        }
        int dot = n.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(n.substring(dot));
    }

    private static final byte[] KEY_MARK = "PRIVATE KEY-----".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** True when the content holds a PEM private key block. */
    public static boolean containsPrivateKey(byte[] content) {
        outer:
        for (int i = 0; i + KEY_MARK.length <= content.length; i++) {
            if (content[i] != 'P') {
                continue;
            }
            for (int j = 1; j < KEY_MARK.length; j++) {
                if (content[i + j] != KEY_MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
