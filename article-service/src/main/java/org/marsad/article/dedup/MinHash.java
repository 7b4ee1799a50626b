package org.marsad.article.dedup;

import org.marsad.article.search.SearchFolding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures of a body's word shingles (five folded words), and their LSH bands. Two bodies'
 * signatures agree in a share of positions that estimates the Jaccard similarity of their shingle
 * sets, so a repost with another footer or a small edit scores high while another story on the same
 * topic does not. Bands let the database find candidates without comparing every pair: two bodies
 * with similarity s share at least one band with probability 1 - (1 - s^ROWS)^BANDS (0.9998 at 0.7, 0.23 at 0.3).
 */
public final class MinHash {

    public static final int BANDS = 32;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    public static int[] signature(String body) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long shingle : shingles(body)) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the share of positions where two signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The bucket of each band: bucket i hashes rows [i*ROWS, (i+1)*ROWS) of the signature. */
    public static long[] bands(int[] sig) {
        long[] buckets = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            buckets[b] = h;
        }
        return buckets;
    }

    /** Hashes of the overlapping runs of SHINGLE folded words; the whole text when it is shorter. */
    static Set<Long> shingles(String body) {
        List<String> words = new ArrayList<>();
        for (String w : SearchFolding.fold(body).split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> out = new HashSet<>();
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n && !words.isEmpty(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = mix(h ^ words.get(j).hashCode()) + j - i;
            }
            out.add(h);
        }
        return out;
    }

    /** SplitMix64's finalizer: a cheap, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            s += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(s);
        }
        return seeds;
    }
}
