package com.quotegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.quotegraph.extraction.ExtractedArticle;
import com.quotegraph.extraction.ExtractedQuote;
import com.quotegraph.extraction.Extractor;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract FILE...}: prints one JSON object per article found in the files, one per line. A file that cannot
 * be read is reported on stderr by name; the others are still done and the exit code is non-zero. An article the
 * engine could not read in full carries its {@code problems}.
 */
public final class ExtractCommand {

	/** Files larger than this are refused rather than read into memory. */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.builder().build();

	public ExtractCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... files) {
		if (files.length == 0) {
			this.err.println("usage: quotegraph extract FILE...");
			return 2;
		}
		Extractor extractor = new Extractor();
		int failures = 0;
		for (String file : files) {
			Path path = Path.of(file);
			String text;
			try {
				if (Files.size(path) > MAX_FILE_BYTES) {
					this.err.printf("quotegraph: %s: larger than %d bytes, skipped%n", file, MAX_FILE_BYTES);
					failures++;
					continue;
				}
				text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
			}
			catch (IOException | SecurityException ex) {
				this.err.printf("quotegraph: %s: cannot read (%s)%n", file, describe(ex));
				failures++;
				continue;
			}
			String id = articleId(path);
			List<ExtractedArticle> articles = extractor.extract(text);
			for (int i = 0; i < articles.size(); i++) {
				this.out.println(this.json.writeValueAsString(toJson((i == 0) ? id : id + "#" + (i + 1), articles.get(i))));
			}
		}
		this.out.flush();
		return (failures > 0) ? 1 : 0;
	}

	private static String articleId(Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static String describe(Exception ex) {
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "no such file";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	private static Map<String, Object> toJson(String id, ExtractedArticle article) {
		List<Map<String, Object>> quotes = new ArrayList<>();
		for (ExtractedQuote quote : article.quotes()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("speaker", quote.speaker().name());
			json.put("kind", quote.speaker().kind().name());
			json.put("role", quote.role());
			json.put("mention", quote.mention());
			json.put("type", quote.type().name());
			json.put("cue", quote.cue());
			json.put("text", quote.text());
			json.put("paragraph", quote.paragraph());
			json.put("start", quote.start());
			json.put("end", quote.end());
			json.put("confidence", quote.confidence());
			json.put("aliases", quote.speaker().aliases());
			quotes.add(json);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("article", id);
		json.put("title", article.title());
		json.put("paragraphs", article.paragraphs().size());
		json.put("quotes", quotes);
		if (!article.problems().isEmpty()) {
			json.put("problems", article.problems());
		}
		return json;
	}

}
