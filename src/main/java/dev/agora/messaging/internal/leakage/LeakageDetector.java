package dev.agora.messaging.internal.leakage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contact details in a chat message (emails, phone numbers, links, messenger handles and invitations),
 * also when obfuscated, and masks them. Pure and thread-safe; no Spring, so it is tested on its own against
 * the labelled corpus in {@code src/test/resources/messaging/leakage-corpus.tsv}.
 */
public final class LeakageDetector {

    private final PhoneNumbers phones = new PhoneNumbers();

    public LeakageScan scan(String message) {
        NormalisedText normalised = NormalisedText.of(message);
        String text = normalised.text();
        List<Finding> findings = new ArrayList<>();
        add(findings, normalised, ContactKind.EMAIL, ContactPatterns.EMAIL, text);
        add(findings, normalised, ContactKind.URL, ContactPatterns.URL, text);
        add(findings, normalised, ContactKind.HANDLE, ContactPatterns.APP_WITH_HANDLE, text);
        add(findings, normalised, ContactKind.HANDLE, ContactPatterns.AT_HANDLE, text);
        add(findings, normalised, ContactKind.HANDLE, ContactPatterns.APP_INVITATION, text);
        for (int[] span : phones.find(text)) {
            keep(findings, new Finding(ContactKind.PHONE, normalised.originalStart(span[0]), normalised.originalEnd(span[1])));
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return new LeakageScan(message, List.copyOf(findings), mask(message, findings));
    }

    private static void add(List<Finding> findings, NormalisedText normalised, ContactKind kind, Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                keep(findings, new Finding(kind, normalised.originalStart(matcher.start()), normalised.originalEnd(matcher.end())));
            }
        }
    }

    /** Earlier, more specific detectors win; an overlapping later finding is dropped. */
    private static void keep(List<Finding> findings, Finding candidate) {
        if (findings.stream().noneMatch(candidate::overlaps)) {
            findings.add(candidate);
        }
    }

    private static String mask(String message, List<Finding> findings) {
        var masked = new StringBuilder();
        int at = 0;
        for (Finding finding : findings) {
            masked.append(message, at, finding.start()).append(LeakageScan.MASK);
            at = finding.end();
        }
        return masked.append(message.substring(at)).toString();
    }
}
