package dev.codeatlas.search.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/** cl100k_base token counts (jtokkit), the unit of every budget. */
public final class Tokens {

    public static final int DEFAULT_BUDGET = 8_000;
    public static final int MAX_BUDGET = 25_000;
    /** Smaller budgets are raised to this: an answer needs room to name what it found. */
    public static final int MIN_BUDGET = 100;

    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private Tokens() {
    }

    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : CL100K.countTokensOrdinary(text);
    }

    /** A caller's budget clamped to [MIN_BUDGET, MAX_BUDGET]; 0 or negative means the default. */
    public static int clampBudget(int requested) {
        return requested <= 0 ? DEFAULT_BUDGET : Math.max(MIN_BUDGET, Math.min(requested, MAX_BUDGET));
    }
}
