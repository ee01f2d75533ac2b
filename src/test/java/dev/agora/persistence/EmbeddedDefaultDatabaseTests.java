package dev.agora.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The tests run on an in-memory H2; this checks that the file database of the embedded default opens too. */
class EmbeddedDefaultDatabaseTests {

    @Test
    void theEmbeddedDefaultDatabaseUrlOpensAFileDatabaseUnderTheDataDirectory(@TempDir Path dataDir) throws Exception {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String url = yaml.getObject().getProperty("spring.datasource.url").replace("${agora.data-dir}", dataDir.toString());

        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery("select 1")) {
            assertThat(result.next()).isTrue();
        }

        assertThat(Files.list(dataDir.resolve("db"))).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
    }
}
