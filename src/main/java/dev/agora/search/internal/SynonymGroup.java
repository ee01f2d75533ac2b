package dev.agora.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Words that mean the same to buyers, stored comma separated. */
@Entity
@Table(name = "search_synonym_group")
class SynonymGroup {

    @Id
    private UUID id;

    @Column(nullable = false, length = 1000)
    private String words;

    protected SynonymGroup() {}

    SynonymGroup(List<String> words) {
        this.id = UUID.randomUUID();
        this.words = String.join(",", words);
    }

    UUID id() {
        return id;
    }

    void replaceWords(List<String> replacement) {
        this.words = String.join(",", replacement);
    }

    List<String> words() {
        return Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
