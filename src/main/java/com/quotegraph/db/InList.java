package com.quotegraph.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for an {@code IN (:values)} list or a {@code VALUES :rows} table (Spring writes one placeholder, or one
 * row of them, per element), padded to a power of two by repeating the last one.
 * <p>
 * A statement that takes its ids as one array ({@code = ANY(:ids)}) hides from PostgreSQL how many there are, so
 * its plan for any number of ids (a generic plan) assumes ten and looks costlier than a plan for the actual ones:
 * PostgreSQL then plans the statement afresh on every execution, which on our short statements took longer than
 * running them. With one placeholder per id the generic plan counts them right, and PostgreSQL switches to it
 * after five executions; padding keeps the shapes few (1, 2, 4, ... placeholders), so each connection prepares
 * and plans a handful of statements once. A repeated id changes nothing in an {@code IN} list, nor in a
 * {@code VALUES} table that is joined to with {@code DISTINCT} or {@code EXISTS}.
 */
public final class InList {

	private InList() {
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
