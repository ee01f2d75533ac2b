package dev.agora.kernel.privacy;

import java.util.List;

/**
 * One module's part of an export: a JSON-serialisable value (records, maps, lists) and the keys of the member's
 * files in {@link dev.agora.kernel.storage.BlobStorage} (photos, avatars) that belong in the archive.
 */
public record PersonalData(Object data, List<String> files) {

    public static PersonalData of(Object data) {
        return new PersonalData(data, List.of());
    }
}
