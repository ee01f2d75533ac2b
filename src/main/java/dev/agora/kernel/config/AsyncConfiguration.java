package dev.agora.kernel.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Spring Modulith's {@code @ApplicationModuleListener} runs listeners asynchronously only with this. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
