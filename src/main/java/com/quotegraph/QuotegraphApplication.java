package com.quotegraph;

import com.quotegraph.cli.ExtractCommand;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Quotegraph: a GraphQL service over an archive of news quotes. {@code extract FILE...} runs the extraction engine
 * alone, with no database and no web server; {@code import PATH...} bulk-imports files into the database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuotegraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			System.exit(new ExtractCommand(System.out, System.err).run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("import")) {
			SpringApplication application = new SpringApplication(QuotegraphApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setDefaultProperties(java.util.Map.of("quotegraph.command", "import",
					"quotegraph.ingest.load-samples", "false", "logging.level.root", "warn",
					"logging.level.com.zaxxer.hikari", "error", "logging.level.org.springframework.transaction", "off"));
			System.exit(SpringApplication.exit(application.run(java.util.Arrays.copyOfRange(args, 1, args.length))));
		}
		SpringApplication.run(QuotegraphApplication.class, args);
	}

}
