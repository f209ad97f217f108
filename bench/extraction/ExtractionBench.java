import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.quotegraph.extraction.Extractor;

/**
 * Articles per second of the extraction engine on a folder of articles, after warm-up: on one thread, then on all
 * cores. A plain harness, not a unit test: it reports numbers.
 */
public class ExtractionBench {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/articles");
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
		List<String> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				articles.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		Extractor extractor = new Extractor();
		System.out.printf("%d articles from %s; %d cores%n", articles.size(), folder, Runtime.getRuntime().availableProcessors());
		run(extractor, articles, 1, seconds / 2);
		System.out.printf("1 thread:  %.0f articles/s%n", run(extractor, articles, 1, seconds));
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf("%d threads: %.0f articles/s%n", cores, run(extractor, articles, cores, seconds));
	}

	static double run(Extractor extractor, List<String> articles, int threads, double seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long start = System.nanoTime();
		List<Future<Integer>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t;
			done.add(pool.submit(() -> {
				int count = 0;
				for (int i = offset; System.nanoTime() < end; i++) {
					extractor.extract(articles.get(i % articles.size()));
					count++;
				}
				return count;
			}));
		}
		int total = 0;
		for (Future<Integer> f : done) {
			total += f.get();
		}
		pool.shutdown();
		return total / ((System.nanoTime() - start) / 1e9);
	}

}
