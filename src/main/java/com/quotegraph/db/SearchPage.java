package com.quotegraph.db;

/**
 * The statement of one keyset page (by id) of the rows that match full-text search words.
 * <p>
 * Neither way of finding them suits every search. Reading rows in id order until the page is full is quick for a
 * common word (a page within the first hundred rows) and reads the whole table for a rare one (0.3 s on an archive of
 * a million quotes, for no result). The full-text index is quick for a rare word and reads every match of a common
 * one (45 ms for a word in 6% of the quotes). PostgreSQL picks one by the words' estimated frequency, and estimates
 * any word it has no statistics for at 0.5%, which picks reading in order.
 * <p>
 * So the statement does both in turn. It reads the next rows in order, {@link #WALK_PER_ROW} for each row of the page.
 * Only if they do not fill the page, and were a full window (a shorter one has read every row of the filter), a second
 * part asks the index for the matches after them, sorted by {@code id + 0} so as not to read the primary key in
 * order. {@code UNION ALL} runs its parts in turn, and the limit stops it once the page is full. The worst case is the
 * window and the matches of a word too rare to fill it: on that archive 6 ms for a word in no quote. The window is
 * written twice: reading its rows, which stops once the page is full, and counting its ids, which runs only when the
 * second part does.
 */
public final class SearchPage {

	/** How many rows in order a page reads before it asks the full-text index, per row of the page. */
	public static final int WALK_PER_ROW = 250;

	private SearchPage() {
	}

	/**
	 * The page's statement.
	 * @param alias the alias of the table in {@code from}, whose {@code id} orders the page
	 * @param from the table with its alias and joins, and a {@code WHERE} clause of every condition but the search
	 * (with the keyset's)
	 * @param columns the columns of a row of the page, of {@code alias}
	 * @param match the search condition on {@code alias}; with the words as a sub-select, PostgreSQL can keep one plan for
	 * the statement
	 * @param descending whether the page runs from the highest id down
	 * @param limit the rows of the page
	 */
	public static String sql(String alias, String from, String columns, String match, boolean descending, int limit) {
		String direction = descending ? " DESC" : " ASC";
		return """
				WITH walked AS MATERIALIZED (
				  SELECT count(*) AS n, %6$s(w.id) AS last_id FROM (SELECT %9$s.id FROM %1$s ORDER BY %9$s.id%2$s LIMIT %3$d) w)
				SELECT %9$s.* FROM (
				  (SELECT %4$s FROM (SELECT %9$s.* FROM %1$s ORDER BY %9$s.id%2$s LIMIT %3$d) %9$s
				    WHERE %5$s ORDER BY %9$s.id%2$s LIMIT %7$d)
				  UNION ALL
				  (SELECT %4$s FROM %1$s AND %5$s AND (SELECT n FROM walked) = %3$d AND %9$s.id %8$s (SELECT last_id FROM walked)
				    ORDER BY %9$s.id + 0%2$s LIMIT %7$d)
				) %9$s LIMIT %7$d""".formatted(from, direction, (long) limit * WALK_PER_ROW, columns, match,
				descending ? "min" : "max", limit, descending ? "<" : ">", alias);
	}

}
