package dev.agora.admin.internal.privacy;

import dev.agora.identity.AccountId;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import dev.agora.kernel.storage.BlobStorage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a member's data export: one JSON file per module ({@link PersonalDataSource}), their stored files (avatar,
 * listing photos) under {@code files/}, and a {@code README.txt} with an index. New modules join by declaring a
 * source bean; nothing here changes.
 */
@Service
public class DataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataSource> sources;
    private final BlobStorage blobs;
    private final Clock clock;

    DataExport(List<PersonalDataSource> sources, BlobStorage blobs, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
        this.blobs = blobs;
        this.clock = clock;
    }

    /** The zip archive of everything Agora keeps about {@code member}. */
    public byte[] zipFor(AccountId member) {
        var bytes = new ByteArrayOutputStream();
        List<String> index = new ArrayList<>();
        try (var zip = new ZipOutputStream(bytes)) {
            for (PersonalDataSource source : sources) {
                PersonalData data = source.export(member.value());
                String name = source.section() + ".json";
                put(zip, name, JSON.writeValueAsBytes(data.data()));
                index.add(name);
                for (String key : data.files()) {
                    var blob = blobs.get(key);
                    if (blob.isPresent()) {
                        String file = "files/" + key;
                        put(zip, file, blob.get().content());
                        index.add(file);
                    }
                }
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("accountId", member.toString());
            manifest.put("exportedAt", clock.instant().toString());
            manifest.put("files", index);
            put(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
            put(zip, "README.txt", ("""
                    Your data from Agora, exported %s.
                    One JSON file per part of the marketplace (profile, listings, orders, messages, notifications,
                    favourites and saved searches); your photos are under files/. Other members appear by id only.
                    """.formatted(clock.instant())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public List<String> sections() {
        return sources.stream().map(PersonalDataSource::section).toList();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
