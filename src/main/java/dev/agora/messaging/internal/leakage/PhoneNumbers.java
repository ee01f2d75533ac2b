package dev.agora.messaging.internal.leakage;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers written with digits, spelled-out digits (English and German) or a mix, spaced or
 * dotted. Runs of digit groups are cut into windows; a window counts when libphonenumber accepts it as a
 * valid number of one of the markets we expect, when it is an international number that is at least
 * possible, or when most of it is spelled out (nobody spells out a price digit by digit).
 */
final class PhoneNumbers {

    private static final Map<String, Character> DIGIT_WORDS = Map.ofEntries(
            Map.entry("zero", '0'), Map.entry("one", '1'), Map.entry("two", '2'), Map.entry("three", '3'),
            Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'), Map.entry("seven", '7'),
            Map.entry("eight", '8'), Map.entry("nine", '9'), Map.entry("null", '0'), Map.entry("eins", '1'),
            Map.entry("zwei", '2'), Map.entry("zwo", '2'), Map.entry("drei", '3'), Map.entry("vier", '4'),
            Map.entry("fünf", '5'), Map.entry("fuenf", '5'), Map.entry("sechs", '6'), Map.entry("sieben", '7'),
            Map.entry("acht", '8'), Map.entry("neun", '9'));

    private static final List<String> REGIONS = List.of("DE", "AT", "CH", "GB", "US", "FR", "NL", "IT", "ES", "PL");
    private static final Pattern TOKEN = Pattern.compile("\\+|\\d+|[a-zäöüß]+|[\\s.\\-/()]+|.", Pattern.DOTALL);
    private static final Pattern SEPARATOR = Pattern.compile("[\\s.\\-/()]+");
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[.:]\\d{2}\\s*-\\s*\\d{1,2}[.:]\\d{2}"
                    + "|(19|20)\\d{2}\\s*-\\s*(19|20)\\d{2}|\\d{3}\\.\\d{3}\\.\\d{2}");
    /** Numbers introduced as article, order or reference numbers are identifiers, not phone numbers. */
    private static final Pattern IDENTIFIER_LABEL = Pattern.compile(
            "(?:isbn|ean|gtin|upc|sku|ref|order|bestell\\w*|artikel\\w*|art|article|item|no|nr|serial|serien\\w*"
                    + "|model\\w*|invoice|rechnung\\w*|tracking|sendung\\w*|auftrag\\w*|iban|kunden\\w*)[\\s.:#-]*$");
    private static final Pattern SPELLED_SEPARATOR = Pattern.compile("[\\s.\\-/(),]+");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** A group of digits in the normalised text: its digits, its span, whether it was spelled out. */
    private record Group(String digits, int start, int end, boolean spelled, boolean plus) {}

    List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Group> run = new ArrayList<>();
        boolean pendingPlus = false;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String t = token.group();
            if (Character.isDigit(t.charAt(0))) {
                run.add(new Group(t, token.start(), token.end(), false, pendingPlus));
                pendingPlus = false;
            } else if (DIGIT_WORDS.containsKey(t)) {
                run.add(new Group(String.valueOf(DIGIT_WORDS.get(t)), token.start(), token.end(), true, pendingPlus));
                pendingPlus = false;
            } else if (t.equals("+")) {
                pendingPlus = true;
            } else if (!SEPARATOR.matcher(t).matches()
                    && !(SPELLED_SEPARATOR.matcher(t).matches() && !run.isEmpty() && run.getLast().spelled())) {
                evaluate(text, run, spans);
                run.clear();
                pendingPlus = false;
            }
        }
        evaluate(text, run, spans);
        return spans;
    }

    /** Takes the longest acceptable window starting at each group, then continues after it. */
    private void evaluate(String text, List<Group> run, List<int[]> spans) {
        if (run.isEmpty() || IDENTIFIER_LABEL.matcher(text.substring(Math.max(0, run.getFirst().start() - 20),
                run.getFirst().start())).find()) {
            return;
        }
        int i = 0;
        while (i < run.size()) {
            int accepted = -1;
            var digits = new StringBuilder();
            int spelled = 0;
            for (int j = i; j < run.size() && digits.length() <= 15; j++) {
                digits.append(run.get(j).digits());
                spelled += run.get(j).spelled() ? 1 : 0;
                if (digits.length() >= 7 && digits.length() <= 15
                        && acceptable(text, run.get(i), run.get(j), digits.toString(), spelled)) {
                    accepted = j;
                }
            }
            if (accepted >= 0) {
                spans.add(new int[] {run.get(i).plus() ? run.get(i).start() - 1 : run.get(i).start(),
                        run.get(accepted).end()});
                i = accepted + 1;
            } else {
                i++;
            }
        }
    }

    private boolean acceptable(String text, Group first, Group last, String digits, int spelled) {
        if (spelled >= 4) {
            return true;
        }
        String written = text.substring(first.start(), last.end());
        if (DATE.matcher(written).matches()) {
            return false;
        }
        boolean international = first.plus() || digits.startsWith("00");
        for (String region : REGIONS) {
            try {
                var number = util.parse((first.plus() ? "+" : "") + digits, region);
                if (util.isValidNumber(number) || (international && util.isPossibleNumber(number))) {
                    return true;
                }
            } catch (NumberParseException e) {
                return false;
            }
        }
        // Ten or more digits starting with a trunk zero or a North American shape are numbers in practice
        // even when the range is unassigned (the well-known fake 555 numbers are still a leak attempt).
        return digits.length() >= 10 && (digits.startsWith("0") || written.matches("\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}"));
    }
}
