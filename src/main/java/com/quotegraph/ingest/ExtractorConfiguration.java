package com.quotegraph.ingest;

import com.quotegraph.extraction.Extractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extraction engine as a bean: its models load once and it is shared by every import. */
@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

	@Bean
	Extractor extractor() {
		return new Extractor();
	}

}
