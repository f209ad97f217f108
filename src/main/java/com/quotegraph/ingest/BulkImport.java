package com.quotegraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.quotegraph.extraction.ExtractedArticle;
import com.quotegraph.graphql.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;

/**
 * {@code import PATH...}: imports files and folders of {@code .txt} and {@code .jsonl} on all cores, with a progress
 * bar and a summary. A bad file or line is reported with its name and line and skipped; the exit code is non-zero
 * if anything failed. Running it twice imports nothing the second time; several may run at once on one database.
 */
@Component
@ConditionalOnProperty(name = "quotegraph.command", havingValue = "import")
class BulkImport implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(BulkImport.class);

	private final Importer importer;

	private final IngestProperties properties;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private volatile int exitCode;

	/** Consecutive database failures; past a few, the database is taken for gone and the rest is skipped. */
	private final java.util.concurrent.atomic.AtomicInteger databaseFailures = new java.util.concurrent.atomic.AtomicInteger();

	private static final int GIVE_UP_AFTER = 5;

	BulkImport(Importer importer, IngestProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		List<String> paths = args.getNonOptionArgs();
		if (paths.isEmpty()) {
			this.err.println("usage: quotegraph import PATH...   (files or folders of .txt and .jsonl)");
			this.exitCode = 2;
			return;
		}
		List<String> problems = new ArrayList<>();
		List<Path> files = ImportSource.files(paths, problems);
		problems.forEach((problem) -> this.err.println("error: " + problem));
		int total = files.stream().mapToInt(ImportSource::count).sum();
		Progress progress = new Progress(total, this.out, System.console() != null);
		progress.errors.addAndGet(problems.size());
		int threads = Runtime.getRuntime().availableProcessors();
		this.out.printf("Importing %d items from %d files on %d threads%n", total, files.size(), threads);
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		for (Path file : files) {
			workers.submit(() -> importFile(file, progress));
		}
		workers.shutdown();
		while (!workers.awaitTermination(200, TimeUnit.MILLISECONDS)) {
			progress.tick(false);
		}
		progress.finish();
		this.out.printf("Imported %d new articles (%d already present) with %d quotes in %.1f s (%.1f articles/s); %d errors%n",
				progress.created.get(), progress.articles.get() - progress.created.get(), progress.quotes.get(),
				progress.seconds(), progress.rate(), progress.errors.get());
		this.exitCode = (progress.errors.get() > 0) ? 1 : 0;
	}

	private void importFile(Path file, Progress progress) {
		for (ImportSource.Item item : ImportSource.read(file, this.properties.maxArticleSize().toBytes())) {
			try {
				if (this.databaseFailures.get() >= GIVE_UP_AFTER) {
					progress.errors.incrementAndGet();
					continue;
				}
				if (item.error() != null) {
					fail(progress, item.origin(), item.error());
					continue;
				}
				List<ExtractedArticle> articles = this.importer.extract(item.request());
				ImportResult result = this.importer.store(articles, item.request());
				progress.articles.addAndGet(result.articles().size());
				progress.created.addAndGet((int) result.articles().stream().filter(ImportResult.ImportedArticle::created).count());
				progress.quotes.addAndGet(result.quoteCount());
				for (String warning : result.warnings()) {
					synchronized (this.out) {
						this.err.println("warning: " + item.origin() + ": " + warning);
					}
				}
				this.databaseFailures.set(0);
			}
			catch (BadRequestException ex) {
				fail(progress, item.origin(), ex.getMessage());
			}
			catch (DataAccessException | TransactionException ex) {
				fail(progress, item.origin(), "database error: " + rootMessage(ex));
				if (this.databaseFailures.incrementAndGet() == GIVE_UP_AFTER) {
					this.err.println("error: the database failed " + GIVE_UP_AFTER
							+ " times in a row; the remaining items are not imported");
				}
			}
			catch (RuntimeException ex) {
				logger.error("Import of {} failed", item.origin(), ex);
				fail(progress, item.origin(), "unexpected error: " + ex.getClass().getSimpleName());
			}
			finally {
				progress.done.incrementAndGet();
				progress.tick(false);
			}
		}
	}

	private void fail(Progress progress, String origin, String message) {
		progress.errors.incrementAndGet();
		synchronized (this.out) {
			this.err.println((progress.errors.get() == 1 ? "\n" : "") + "error: " + origin + ": " + message);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
