package dev.codeatlas.index.store;

import dev.codeatlas.index.text.TestPaths;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** The Lucene form of {@link EntityVector} and of {@link EmbeddingCoverage}. */
final class VectorDocs {

    private VectorDocs() {
    }

    static Document toDocument(EntityVector v) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, VectorFields.TYPE_VECTOR, Field.Store.NO));
        d.add(new StringField(VectorFields.UID, v.uid(), Field.Store.YES));
        d.add(new StoredField(VectorFields.HASH, v.textHash()));
        d.add(new StringField(VectorFields.MODEL, v.model(), Field.Store.YES));
        d.add(new StringField(VectorFields.LABEL, v.label(), Field.Store.NO));
        d.add(new StringField(VectorFields.KIND, v.kind(), Field.Store.NO));
        d.add(new StringField(VectorFields.LANGUAGE, v.language(), Field.Store.NO));
        d.add(new StringField(VectorFields.FILE, v.file(), Field.Store.NO));
        if (TestPaths.isTest(v.file())) {
            d.add(new StringField(VectorFields.TEST, "1", Field.Store.NO));
        }
        d.add(new KnnFloatVectorField(VectorFields.vectorField(v.vector().length), unit(v.vector()),
                VectorSimilarityFunction.DOT_PRODUCT));
        return d;
    }

    /** DOT_PRODUCT is cosine on unit vectors, and cheaper. */
    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("a zero vector cannot be stored");
        }
        float inv = (float) (1 / Math.sqrt(sum));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    /** Copies the embedding keys of the last commit into the next one's user data. */
    static void carryOver(Iterable<Map.Entry<String, String>> previous, Map<String, String> next) {
        if (previous == null) {
            return;
        }
        for (Map.Entry<String, String> e : previous) {
            if (e.getKey().startsWith(VectorFields.META_PREFIX)) {
                next.putIfAbsent(e.getKey(), e.getValue());
            }
        }
    }

    static void putCoverage(EmbeddingCoverage c, Map<String, String> data) {
        data.put(VectorFields.META_SCHEMA, String.valueOf(VectorFields.VECTOR_SCHEMA));
        data.put(VectorFields.META_MODEL, c.model());
        data.put(VectorFields.META_VECTORS, String.valueOf(c.vectors()));
        data.put(VectorFields.META_ENTITIES, String.valueOf(c.entities()));
        data.put(VectorFields.META_FOR_COMMIT, String.valueOf(c.forCommit()));
        data.put(VectorFields.META_UPDATED, String.valueOf(c.updatedAt()));
    }

    static Optional<EmbeddingCoverage> coverage(Map<String, String> data) {
        String model = data.get(VectorFields.META_MODEL);
        if (model == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EmbeddingCoverage(model, Long.parseLong(data.getOrDefault(VectorFields.META_VECTORS, "0")),
                    Long.parseLong(data.getOrDefault(VectorFields.META_ENTITIES, "0")),
                    Long.parseLong(data.getOrDefault(VectorFields.META_FOR_COMMIT, "0")),
                    Long.parseLong(data.getOrDefault(VectorFields.META_UPDATED, "0"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
