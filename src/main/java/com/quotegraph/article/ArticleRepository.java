package com.quotegraph.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.quotegraph.db.InList;
import com.quotegraph.db.SearchPage;
import com.quotegraph.graphql.Connection;
import com.quotegraph.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles and paragraphs. */
@Repository
public class ArticleRepository {

	private static final String ARTICLE_COLUMNS = "id, title, outlet, url, published_at, imported_at";

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Article> findById(long id) {
		return this.jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = :id")
			.param("id", id)
			.query(ArticleRepository::article)
			.optional();
	}

	/** An article and its paragraphs in order. */
	public record WithParagraphs(Article article, List<Paragraph> paragraphs) {
	}

	/** An article with its paragraphs, in one statement. */
	public Optional<WithParagraphs> findWithParagraphs(long id) {
		List<Article> article = new ArrayList<>(1);
		List<Paragraph> paragraphs = new ArrayList<>();
		this.jdbc.sql("""
				SELECT a.id, a.title, a.outlet, a.url, a.published_at, a.imported_at,
				       p.id AS p_id, p.article_id AS p_article_id, p.position AS p_position, p.text AS p_text
				  FROM article a
				  LEFT JOIN paragraph p ON p.article_id = a.id
				 WHERE a.id = :id
				 ORDER BY p.position
				""").param("id", id).query((rs) -> {
			if (article.isEmpty()) {
				article.add(article(rs, ""));
			}
			rs.getLong("p_id");
			if (!rs.wasNull()) {
				paragraphs.add(paragraph(rs, "p_"));
			}
		});
		return article.stream().findFirst().map((found) -> new WithParagraphs(found, paragraphs));
	}

	public Map<Long, Article> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE " + InList.condition("id", "ids", ids))
			.param("ids", InList.value(ids))
			.query(ArticleRepository::article)
			.list()
			.stream()
			.collect(Collectors.toMap(Article::id, Function.identity()));
	}

	/** Articles, most recently imported first, optionally by title words and outlet. */
	public Connection<Article> find(@Nullable String search, @Nullable String outlet, PageRequest page) {
		boolean searching = search != null && !search.isBlank();
		String outletFilter = (outlet != null) ? "lower(outlet) = lower(:outlet)" : "TRUE";
		String filter = outletFilter + (searching ? " AND title_search @@ websearch_to_tsquery('english', :search)" : "");
		Long cursor = page.cursorId();
		String keyset = (cursor == null) ? "" : page.backward() ? " AND id > :cursor" : " AND id < :cursor";
		String order = page.backward() ? "id ASC" : "id DESC";
		// with search words, rows in order and then the full-text index (a rare word read every article)
		String sql = searching
				? "SELECT * FROM (" + SearchPage.sql("a", "article a WHERE " + outletFilter + keyset, ARTICLE_COLUMNS,
						"title_search @@ (SELECT websearch_to_tsquery('english', :search))", !page.backward(),
						page.size() + 1) + ") a ORDER BY " + order
				: "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE " + filter + keyset + " ORDER BY " + order
						+ " LIMIT " + (page.size() + 1);
		var statement = this.jdbc.sql(sql);
		if (searching) {
			statement = statement.param("search", search);
		}
		if (outlet != null) {
			statement = statement.param("outlet", outlet);
		}
		if (cursor != null) {
			statement = statement.param("cursor", cursor);
		}
		List<Article> rows = statement.query(ArticleRepository::article).list();
		return Connection.of(rows, page, (article) -> PageRequest.encode(article.id()), () -> {
			var count = this.jdbc.sql("SELECT count(*) FROM article WHERE " + filter);
			if (searching) {
				count = count.param("search", search);
			}
			if (outlet != null) {
				count = count.param("outlet", outlet);
			}
			return count.query(Integer.class).single();
		});
	}

	public Optional<Paragraph> findParagraph(long id) {
		return this.jdbc.sql("SELECT id, article_id, position, text FROM paragraph WHERE id = :id")
			.param("id", id)
			.query(ArticleRepository::paragraph)
			.optional();
	}

	/** The paragraphs of each article, in order. */
	public Map<Long, List<Paragraph>> findParagraphsOf(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, article_id, position, text FROM paragraph WHERE "
				+ InList.condition("article_id", "ids", articleIds) + " ORDER BY article_id, position")
			.param("ids", InList.value(articleIds))
			.query(ArticleRepository::paragraph)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Paragraph::articleId));
	}

	/** A stretch of an article's paragraphs: positions {@code from} to {@code to}, both included. */
	public record Stretch(long articleId, int from, int to) {
	}

	/** The paragraphs of many stretches, in one query. */
	public Map<Stretch, List<Paragraph>> findStretches(Collection<Stretch> stretches) {
		List<Stretch> keys = List.copyOf(stretches);
		if (keys.isEmpty()) {
			return Map.of();
		}
		// a VALUES table of placeholders, padded (see InList); arrays for very many
		boolean placeholders = InList.fits(keys, 3);
		var statement = this.jdbc.sql("""
				SELECT DISTINCT p.id, p.article_id, p.position, p.text
				  FROM %s AS k(article_id, low, high)
				  JOIN paragraph p ON p.article_id = k.article_id AND p.position BETWEEN k.low AND k.high
				 ORDER BY p.article_id, p.position
				""".formatted(placeholders ? "(VALUES :stretches)" : "unnest(:articles, :froms, :tos)"));
		if (placeholders) {
			statement = statement.param("stretches", InList.padded(keys.stream()
				.map((key) -> new Object[] { key.articleId(), key.from(), key.to() })
				.toList()));
		}
		else {
			statement = statement.param("articles", keys.stream().map(Stretch::articleId).toArray(Long[]::new))
				.param("froms", keys.stream().map(Stretch::from).toArray(Integer[]::new))
				.param("tos", keys.stream().map(Stretch::to).toArray(Integer[]::new));
		}
		List<Paragraph> rows = statement.query(ArticleRepository::paragraph).list();
		return keys.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(key) -> rows.stream()
						.filter((p) -> p.articleId() == key.articleId() && p.position() >= key.from()
								&& p.position() <= key.to())
						.toList()));
	}

	private static Article article(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return article(rs, "");
	}

	/** Maps the article columns of a row, each named with the prefix given (for rows that join several tables). */
	public static Article article(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
		return new Article(rs.getLong(prefix + "id"), rs.getString(prefix + "title"), rs.getString(prefix + "outlet"),
				rs.getString(prefix + "url"), rs.getObject(prefix + "published_at", java.time.OffsetDateTime.class),
				rs.getObject(prefix + "imported_at", java.time.OffsetDateTime.class));
	}

	private static Paragraph paragraph(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return paragraph(rs, "");
	}

	private static Paragraph paragraph(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
		return new Paragraph(rs.getLong(prefix + "id"), rs.getLong(prefix + "article_id"), rs.getInt(prefix + "position"),
				rs.getString(prefix + "text"));
	}

}
