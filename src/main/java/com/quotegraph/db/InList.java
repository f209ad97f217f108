package com.quotegraph.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids for a condition that PostgreSQL plans once: {@code IN (:ids)} with the ids padded to a power of two, for up
 * to {@value #MAX_PARAMETERS} placeholders; {@code = ANY(:ids)} with an array beyond.
 * <p>
 * A statement that takes its ids as one array hides from PostgreSQL how many there are, so its plan for any ids (a
 * generic plan) assumes ten and looks costlier than a plan for the actual ones: PostgreSQL then plans the statement
 * afresh on every execution, which on our short statements took longer than running them. With one placeholder per
 * id (Spring writes them for a collection) the generic plan counts them right, and PostgreSQL switches to it after
 * five executions; padding by repeating the last id keeps the shapes few (1, 2, 4, ... placeholders), so each
 * connection prepares and plans a handful of statements once. A repeated id changes nothing in an {@code IN} list,
 * nor in a {@code VALUES} table joined with {@code DISTINCT}. Long lists take the array: they are rare, their
 * planning is small beside their running, and PostgreSQL takes at most 65,535 parameters.
 */
public final class InList {

	/** The most placeholders a padded list may need. */
	public static final int MAX_PARAMETERS = 4096;

	private InList() {
	}

	/** {@code column IN (:name)} when the ids fit in placeholders, else {@code column = ANY(:name)}. */
	public static String condition(String column, String name, Collection<Long> ids) {
		return fits(ids, 1) ? column + " IN (:" + name + ")" : column + " = ANY(:" + name + ")";
	}

	/** The value that {@link #condition} takes for these ids: a padded list, or an array. */
	public static Object value(Collection<Long> ids) {
		return fits(ids, 1) ? padded(ids) : ids.toArray(Long[]::new);
	}

	/** Whether rows of so many columns, padded, fit in {@link #MAX_PARAMETERS} placeholders. */
	public static boolean fits(Collection<?> rows, int columns) {
		return !rows.isEmpty() && rows.size() * columns * 2 <= MAX_PARAMETERS;
	}

	/** The values, with the last repeated up to the next power of two; at least one value is needed. */
	public static <T> List<T> padded(Collection<T> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("an IN list needs at least one value");
		}
		List<T> list = new ArrayList<>(values);
		int size = Integer.highestOneBit(list.size());
		if (size < list.size()) {
			size <<= 1;
		}
		T last = list.get(list.size() - 1);
		while (list.size() < size) {
			list.add(last);
		}
		return list;
	}

}
