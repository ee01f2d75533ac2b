package dev.agora.kernel.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry's serializer, holding the application's {@link JsonMapper}.
 *
 * <p>Why (perf, issue 6): Spring Modulith 2.1's own {@code JacksonEventSerializer} asks an {@code ObjectProvider} for
 * the mapper on every {@code serialize} and {@code deserialize}, i.e. a bean-factory lookup per event publication
 * (about 14 per order). Its auto-configuration backs off when an {@link EventSerializer} bean exists. Same mapper,
 * same JSON, so publications stored before this change read back unchanged.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(JsonMapper json) {
        return new MapperEventSerializer(json);
    }

    record MapperEventSerializer(JsonMapper json) implements EventSerializer {

        @Override
        public Object serialize(Object event) {
            return json.writeValueAsString(event);
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return json.readerFor(type).readValue(serialized.toString());
        }
    }
}
