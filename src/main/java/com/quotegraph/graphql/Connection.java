package com.quotegraph.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Relay connection. {@code totalCount} is computed only when a client asks for it.
 *
 * @param <T> the node type
 */
public final class Connection<T> {

	/** An item of the page and the cursor that points at it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where the page sits in the whole list. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final IntSupplier totalCount;

	private Connection(List<Edge<T>> edges, PageInfo pageInfo, IntSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	/**
	 * Builds a page from rows fetched with one extra row beyond the page size (which tells whether more follow), in
	 * query order: reversed for a backward page.
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, String> cursor, IntSupplier totalCount) {
		boolean more = rows.size() > page.size();
		List<T> items = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
		if (page.backward()) {
			Collections.reverse(items);
		}
		List<Edge<T>> edges = items.stream().map((item) -> new Edge<>(cursor.apply(item), item)).toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		boolean hasNext = page.backward() ? page.cursor() != null : more;
		boolean hasPrevious = page.backward() ? more : page.cursor() != null;
		return new Connection<>(edges, new PageInfo(hasNext, hasPrevious, start, end), memoize(totalCount));
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public int totalCount() {
		return this.totalCount.getAsInt();
	}

	private static IntSupplier memoize(IntSupplier supplier) {
		int[] value = { -1 };
		return () -> {
			if (value[0] < 0) {
				value[0] = supplier.getAsInt();
			}
			return value[0];
		};
	}

}
