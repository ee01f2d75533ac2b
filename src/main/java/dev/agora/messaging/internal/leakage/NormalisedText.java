package dev.agora.messaging.internal.leakage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The text as the detectors see it: NFKC-normalised (full-width digits, ligatures, circled numbers become
 * plain), lower case, Unicode look-alikes mapped to the Latin letters they imitate, invisible characters
 * dropped. Each character remembers the span of the original text it came from, so findings can be masked
 * in what the sender actually typed.
 */
final class NormalisedText {

    /** Cyrillic and Greek letters that look like Latin ones, plus common symbol stand-ins. */
    private static final Map<Character, Character> CONFUSABLES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('х', 'x'), Map.entry('у', 'y'), Map.entry('і', 'i'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('т', 't'), Map.entry('в', 'b'), Map.entry('н', 'h'), Map.entry('ԁ', 'd'),
            Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ε', 'e'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ω', 'w'),
            Map.entry('＠', '@'), Map.entry('﹫', '@'), Map.entry('⒜', 'a'),
            Map.entry('‐', '-'), Map.entry('‑', '-'), Map.entry('‒', '-'), Map.entry('–', '-'), Map.entry('—', '-'),
            Map.entry('·', '.'), Map.entry('•', '.'), Map.entry('․', '.'), Map.entry('。', '.'));

    private final String text;
    private final int[] startInOriginal;
    private final int[] endInOriginal;

    private NormalisedText(String text, int[] start, int[] end) {
        this.text = text;
        this.startInOriginal = start;
        this.endInOriginal = end;
    }

    static NormalisedText of(String original) {
        var out = new StringBuilder(original.length());
        int[] start = new int[original.length() * 4 + 1];
        int[] end = new int[original.length() * 4 + 1];
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (!invisible(codePoint)) {
                String piece = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                for (char c : piece.toCharArray()) {
                    if (out.length() + 1 >= start.length) {
                        break;
                    }
                    start[out.length()] = i;
                    end[out.length()] = i + length;
                    out.append(CONFUSABLES.getOrDefault(c, c));
                }
            }
            i += length;
        }
        return new NormalisedText(out.toString(), start, end);
    }

    private static boolean invisible(int codePoint) {
        return codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060
                || codePoint == 0xFEFF || codePoint == 0x00AD;
    }

    String text() {
        return text;
    }

    /** The original span {@code [start, end)} that produced the normalised span {@code [from, to)}. */
    int originalStart(int from) {
        return startInOriginal[from];
    }

    int originalEnd(int to) {
        return endInOriginal[to - 1];
    }
}
