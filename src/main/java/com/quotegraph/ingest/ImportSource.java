package com.quotegraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bulk import reads: {@code .txt} files (raw dumps, one or several articles each) and {@code .jsonl} files
 * (one {@code {"text", "title", "url", "outlet", "publishedAt"}} object per line), found in the paths given and in
 * their folders.
 */
final class ImportSource {

	/** One unit of work: a file or a line, and where it came from for error messages. */
	record Item(String origin, @Nullable ImportRequest request, @Nullable String error) {
	}

	private static final JsonMapper json = JsonMapper.builder().build();

	private ImportSource() {
	}

	/** The files to read, in a stable order; a path that does not exist is an error item. */
	static List<Path> files(List<String> paths, List<String> errors) {
		List<Path> files = new ArrayList<>();
		for (String name : paths) {
			Path path = Path.of(name);
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(ImportSource::isImportable).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					errors.add(name + ": cannot list (" + ex.getMessage() + ")");
				}
			}
			else if (Files.isRegularFile(path) && isImportable(path)) {
				files.add(path);
			}
			else if (Files.exists(path)) {
				errors.add(name + ": not a .txt or .jsonl file");
			}
			else {
				errors.add(name + ": no such file or folder");
			}
		}
		return files;
	}

	private static boolean isImportable(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".txt") || name.endsWith(".jsonl");
	}

	/** How many items a file holds: one for a text file, one per non-blank line of a JSON-lines file. */
	static int count(Path file) {
		if (!file.toString().endsWith(".jsonl")) {
			return 1;
		}
		try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return (int) lines.filter((line) -> !line.isBlank()).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 1;
		}
	}

	/** The items of one file; an unreadable file or a bad line becomes an error item. */
	static List<Item> read(Path file, long maxBytes) {
		List<Item> items = new ArrayList<>();
		try {
			if (Files.size(file) > maxBytes && !file.toString().endsWith(".jsonl")) {
				items.add(new Item(file.toString(), null, "larger than " + maxBytes + " bytes"));
				return items;
			}
			if (!file.toString().endsWith(".jsonl")) {
				items.add(new Item(file.toString(), new ImportRequest(Files.readString(file, StandardCharsets.UTF_8), null,
						null, null, null, false), null));
				return items;
			}
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				int number = 0;
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					number++;
					if (!line.isBlank()) {
						items.add(line(file + ":" + number, line));
					}
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			items.add(new Item(file.toString(), null, "cannot read (" + ex.getMessage() + ")"));
		}
		return items;
	}

	private static Item line(String origin, String line) {
		try {
			JsonNode node = json.readTree(line);
			if (!node.isObject()) {
				return new Item(origin, null, "not a JSON object");
			}
			JsonNode text = node.get("text");
			if (text == null || !text.isString() || text.asString().isBlank()) {
				return new Item(origin, null, "no \"text\"");
			}
			OffsetDateTime published = null;
			if (node.hasNonNull("publishedAt")) {
				published = OffsetDateTime.parse(node.get("publishedAt").asString());
			}
			return new Item(origin, new ImportRequest(text.asString(), string(node, "title"), string(node, "url"),
					string(node, "outlet"), published, false), null);
		}
		catch (JacksonException ex) {
			return new Item(origin, null, "not valid JSON");
		}
		catch (DateTimeParseException ex) {
			return new Item(origin, null, "\"publishedAt\" is not an ISO-8601 date and time with offset");
		}
	}

	private static @Nullable String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
