package com.quotegraph.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.DataFetchingEnvironment;

/**
 * Looks ahead from a field into the selections below it, so that a fetcher reads what is asked for and nothing
 * else. It reads the query's own selections; graphql-java's selection set, which resolves every level below the
 * field at once, is asked only when a fragment stands on the way. A field skipped by a directive counts as asked
 * for: the answer errs on the side of reading.
 */
public final class Selections {

	private Selections() {
	}

	/**
	 * Whether the field's selection holds the path of child fields given, by name: {@code asks(env, "paragraphs")},
	 * or {@code asks(env, "edges", "node", "article")} for a field of the nodes of a connection.
	 */
	public static boolean asks(DataFetchingEnvironment environment, String... path) {
		List<Field> level = environment.getMergedField().getFields();
		for (String name : path) {
			List<Field> next = new ArrayList<>(2);
			for (Field field : level) {
				if (field.getSelectionSet() == null) {
					continue;
				}
				for (Selection<?> selection : field.getSelectionSet().getSelections()) {
					if (!(selection instanceof Field child)) {
						return environment.getSelectionSet().contains(String.join("/", path));
					}
					if (child.getName().equals(name)) {
						next.add(child);
					}
				}
			}
			if (next.isEmpty()) {
				return false;
			}
			level = next;
		}
		return true;
	}

}
