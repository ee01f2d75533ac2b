package dev.agora.search;

import java.util.List;
import java.util.UUID;

/** Words or phrases buyers use for the same thing, in any language ("stroller, pram, kinderwagen, poussette"). */
public record SynonymSet(UUID id, List<String> words) {

    public SynonymSet {
        words = List.copyOf(words);
    }
}
