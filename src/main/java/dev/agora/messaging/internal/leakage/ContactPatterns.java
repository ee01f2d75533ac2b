package dev.agora.messaging.internal.leakage;

import java.util.regex.Pattern;

/** Regular expressions over {@link NormalisedText} (lower case, look-alikes already mapped). */
final class ContactPatterns {

    private ContactPatterns() {}

    private static final String AT = "(?:\\s*@\\s*|\\s*[(\\[{<]\\s*(?:at|ät|@)\\s*[)\\]}>]\\s*|\\s+(?:at|ät|bei)\\s+)";
    private static final String DOT = "(?:\\s*\\.\\s*|\\s*[(\\[{<]\\s*(?:dot|punkt|\\.)\\s*[)\\]}>]\\s*|\\s+(?:dot|punkt)\\s+)";
    private static final String PROVIDERS =
            "gmail|googlemail|gmx|web|yahoo|hotmail|outlook|icloud|protonmail|proton|t-online|freenet|aol|live|posteo|mail";
    private static final String TLDS =
            "com|de|net|org|info|eu|at|ch|co|uk|io|me|ly|fr|nl|it|es|pl|app|shop|online|biz|tv|to|gg|link|page|site";

    /** Plain and spelled-out addresses: {@code anna.k@gmx.de}, {@code anna k at gmail dot com}. */
    static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9][a-z0-9._%+-]*" + AT + "[a-z0-9-]+(?:" + DOT + "[a-z0-9-]+)*" + DOT + "(?:" + TLDS + ")\\b"
                    + "|[a-z0-9][a-z0-9._%+-]*" + AT + "(?:" + PROVIDERS + ")\\b(?!\\s+(?:the|der|die|das|dem|den|station|bahnhof))");

    /** Links with a scheme or {@code www.}, bare domains with a known top-level domain, spelled-out domains. */
    static final Pattern URL = Pattern.compile(
            "(?:https?://|hxxps?://|www\\.)\\S+"
                    + "|\\bwww\\s*\\.\\s*[a-z0-9-]+\\s*\\.\\s*(?:" + TLDS + ")\\b"
                    + "|\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:" + TLDS + ")\\b(?:/\\S*)?(?<![.,!?])"
                    + "|\\b[a-z0-9][a-z0-9-]*\\s*(?:[(\\[]\\s*(?:dot|punkt)\\s*[)\\]]|\\s(?:dot|punkt)\\s)\\s*(?:" + TLDS + ")\\b");

    private static final String APPS = "whats\\s?app|whatsap|watsapp|wa|telegram|tele|tg|signal|insta(?:gram)?|ig|snap(?:chat)?"
            + "|threema|wechat|viber|discord|kik|skype|tiktok|facebook|fb|messenger|line\\s?id";

    /** {@code @handle} on its own (an email was found before this runs), with at least one letter. */
    static final Pattern AT_HANDLE = Pattern.compile(
            "(?<![\\w@.])@(?!(?:everyone|here|all|channel)\\b)(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{3,30}\\b");

    /** A messenger named with a handle or number right after it: {@code telegram: anna_k}, {@code insta @anna}. */
    static final Pattern APP_WITH_HANDLE = Pattern.compile(
            "\\b(?:" + APPS + ")\\b(?:\\s*(?:[:=]|-|\\bis\\b|\\bist\\b|\\bid\\b|\\bname\\b|\\bhandle\\b|\\buser(?:name)?\\b"
                    + "|\\bunter\\b|\\bas\\b|\\bals\\b)\\s*)+@?[a-z0-9_.]{3,30}"
                    + "|\\b(?:" + APPS + ")\\b\\s*@[a-z0-9_.]{3,30}");

    private static final String TALK = "write|message|text|chat|talk|contact|reach|call|continue|move|switch|add|find|ping|dm"
            + "|schreib\\w*|meld\\w*|kontakt\\w*|wechsel\\w*|weiter\\w*|erreich\\w*|ruf\\w*|anruf\\w*|add\\w*";
    private static final String VIA = "on|via|over|at|in|to|auf|über|per|bei|im|zu";

    /** An invitation to move to a messenger: {@code add me on telegram}, {@code meld dich per WhatsApp}. */
    static final Pattern APP_INVITATION = Pattern.compile(
            "\\b(?:me|us|mich|mir|uns)\\b[^.!?\\n]{0,25}?\\b(?:" + VIA + ")\\s+(?:" + APPS + ")\\b"
                    + "|\\b(?:my|mein|meine|meinen|unser)\\s+(?:" + APPS + ")\\b"
                    + "|\\b(?:" + APPS + ")\\s+(?:me|mich|mir)\\b"
                    + "|\\b(?:" + TALK + ")\\b[^.!?\\n]{0,30}?\\b(?:" + VIA + ")\\s+(?:" + APPS + ")\\b"
                    + "|\\b(?:" + VIA + ")\\s+(?:" + APPS + ")\\b[^.!?\\n]{0,30}?\\b(?:" + TALK + ")\\b");
}
