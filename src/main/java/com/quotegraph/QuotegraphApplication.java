package com.quotegraph;

import com.quotegraph.cli.ExtractCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Quotegraph: a GraphQL service over an archive of news quotes. {@code extract FILE...} runs the extraction engine
 * alone, with no database and no web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuotegraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			System.exit(new ExtractCommand(System.out, System.err).run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(QuotegraphApplication.class, args);
	}

}
