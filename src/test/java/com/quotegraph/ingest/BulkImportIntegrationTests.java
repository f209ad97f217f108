package com.quotegraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.quotegraph.support.QuotegraphIntegrationTest;
import com.quotegraph.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code quotegraph import} as real processes on the test database. */
@QuotegraphIntegrationTest
class BulkImportIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<EmbeddedPostgres> embedded;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyArchive() {
		new TestData(this.jdbc).clear();
	}

	@Test
	void importsFoldersReportsBadLinesAndImportsNothingTheSecondTime() throws Exception {
		Path corpus = corpus(this.folder.resolve("corpus"), 0, 12);
		Files.writeString(corpus.resolve("more.jsonl"), """
				{"text": "Bridge Opens\\n\\nThe bridge will open on Monday, said Oskar Lindqvist.", "outlet": "Daily", "publishedAt": "2024-05-01T08:00:00Z"}
				this is not json
				{"title": "no text here"}
				{"text": "Headline Only"}
				""");
		Result first = run(corpus.toString());
		assertThat(first.exit()).isEqualTo(1);
		assertThat(first.stderr()).contains("more.jsonl:2: not valid JSON").contains("more.jsonl:3: no \"text\"")
			.contains("warning: ").contains("more.jsonl:4: 'Headline Only' has no body paragraphs and was skipped");
		assertThat(first.stdout()).contains("Imported 13 new articles");
		assertThat(count("article")).isEqualTo(13);
		assertThat(this.jdbc.sql("SELECT outlet FROM article WHERE title = 'Bridge Opens'").query(String.class).single())
			.isEqualTo("Daily");
		long quotes = count("quote");
		Result second = run(corpus.resolve("article-00.txt").toString(), corpus.resolve("article-05.txt").toString());
		assertThat(second.exit()).isZero();
		assertThat(second.stdout()).contains("Imported 0 new articles (2 already present)");
		assertThat(count("article")).isEqualTo(13);
		assertThat(count("quote")).isEqualTo(quotes);
	}

	@Test
	void overlappingImportsAtOnceStoreEveryArticleAndSpeakerOnce() throws Exception {
		Path a = corpus(this.folder.resolve("a"), 0, 30);
		Path b = corpus(this.folder.resolve("b"), 15, 45);
		Process one = start(a.toString());
		Process two = start(b.toString());
		assertThat(one.waitFor(180, TimeUnit.SECONDS) && two.waitFor(180, TimeUnit.SECONDS)).isTrue();
		assertThat(one.exitValue()).as(() -> unchecked(one)).isZero();
		assertThat(two.exitValue()).as(() -> unchecked(two)).isZero();
		assertThat(count("article")).isEqualTo(45);
		assertThat(this.jdbc.sql("SELECT count(DISTINCT content_hash) FROM article").query(Long.class).single()).isEqualTo(45);
		assertThat(this.jdbc.sql("SELECT count(*) FROM speaker WHERE kind = 'PERSON'").query(Long.class).single())
			.isEqualTo(SPEAKERS.length);
		assertThat(count("quote")).isEqualTo(45 * 2);
	}

	@Test
	void aDatabaseThatGoesAwayFailsTheImportWithoutHalfWrittenArticles() throws Exception {
		Path corpus = corpus(this.folder.resolve("big"), 0, 400);
		Path data = this.folder.resolve("pg");
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		Process process = start(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.connection-timeout=1000"), corpus.toString());
		JdbcClient direct = JdbcClient.create(postgres.getPostgresDatabase());
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline && articles(direct) < 20) {
			Thread.sleep(100);
		}
		postgres.close();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		String output = output(process);
		assertThat(process.exitValue()).as(output).isNotZero();
		assertThat(output).contains("database error");
		try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
			JdbcClient after = JdbcClient.create(again.getPostgresDatabase());
			long stored = articles(after);
			assertThat(stored).isBetween(20L, 399L);
			assertThat(after.sql("""
					SELECT count(*) FROM article a
					 WHERE NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.article_id = a.id)
					    OR (SELECT count(*) FROM quote q WHERE q.article_id = a.id) <> 2
					""").query(Long.class).single()).isZero();
		}
	}

	static final String[] SPEAKERS = { "Harriet Kowalczyk", "Tomas Brannigan", "Nadia El-Rashidi", "Oskar Lindqvist" };

	/** Articles {@code from} to {@code to} (exclusive) of a deterministic corpus, two quotes each. */
	static Path corpus(Path folder, int from, int to) throws IOException {
		Files.createDirectories(folder);
		for (int i = from; i < to; i++) {
			String speaker = SPEAKERS[i % SPEAKERS.length];
			String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
			String text = """
					Council Report Number %d

					The council met for session %d on Tuesday, and %s said that the budget for district %d was final.

					“We will publish every figure of session %d before the summer,” %s said.
					""".formatted(i, i, speaker, i, i, surname);
			Files.writeString(folder.resolve("article-%02d.txt".formatted(i)), text, StandardCharsets.UTF_8);
		}
		return folder;
	}

	record Result(int exit, String stdout, String stderr) {
	}

	private Result run(String... paths) throws Exception {
		Process process = start(paths);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), stdout(process), stderr(process));
	}

	private Process start(String... paths) throws IOException {
		List<String> database = new ArrayList<>();
		EmbeddedPostgres postgres = this.embedded.getIfAvailable();
		if (postgres != null) {
			database.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
			database.add("--spring.datasource.username=postgres");
		}
		return start(database, paths);
	}

	private Process start(List<String> options, String... paths) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
				"com.quotegraph.QuotegraphApplication", "import"));
		command.addAll(List.of(paths));
		command.addAll(options);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putIfAbsent("QUOTEGRAPH_API_TOKEN", "unused");
		if (options.stream().anyMatch((option) -> option.startsWith("--spring.datasource.url="))) {
			// another database than the one the environment names (CI's server run): none of its settings apply
			builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_"));
		}
		Path logs = Files.createTempDirectory(this.folder, "process");
		builder.redirectOutput(logs.resolve("stdout").toFile()).redirectError(logs.resolve("stderr").toFile());
		Process process = builder.start();
		this.logs.put(process, logs);
		return process;
	}

	private final java.util.Map<Process, Path> logs = new java.util.concurrent.ConcurrentHashMap<>();

	private String output(Process process) throws IOException {
		return stdout(process) + stderr(process);
	}

	private String unchecked(Process process) {
		try {
			return output(process);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private String stdout(Process process) throws IOException {
		return Files.readString(this.logs.get(process).resolve("stdout"));
	}

	private String stderr(Process process) throws IOException {
		return Files.readString(this.logs.get(process).resolve("stderr"));
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static long articles(JdbcClient jdbc) {
		try {
			return jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
