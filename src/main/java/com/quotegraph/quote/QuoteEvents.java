package com.quotegraph.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Quotes as they are added, through PostgreSQL {@code LISTEN/NOTIFY}: the importer notifies at commit, and every
 * instance on the database listens, so a subscriber on one instance sees quotes imported through any other.
 */
@Component
@ConditionalOnWebApplication
public class QuoteEvents implements SmartLifecycle {

	/** The PostgreSQL channel on which the importer announces added quotes. */
	public static final String CHANNEL = "quote_added";

	private static final Logger logger = LoggerFactory.getLogger(QuoteEvents.class);

	private final DataSource dataSource;

	private final QuoteRepository quotes;

	private final Sinks.Many<Quote> sink = Sinks.many().multicast().directBestEffort();

	private volatile boolean running;

	private Thread listener;

	QuoteEvents(DataSource dataSource, QuoteRepository quotes) {
		this.dataSource = dataSource;
		this.quotes = quotes;
	}

	Flux<Quote> added() {
		return this.sink.asFlux();
	}

	@Override
	public void start() {
		this.running = true;
		this.listener = new Thread(this::listen, "quote-events");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.listener != null) {
			this.listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null && notifications.length > 0) {
						publish(notifications);
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					logger.warn("Lost the quote event listener's connection ({}); reconnecting", ex.getMessage());
					sleep();
				}
			}
		}
	}

	private void publish(PGNotification[] notifications) {
		List<Long> ids = new ArrayList<>();
		for (PGNotification notification : notifications) {
			for (String id : notification.getParameter().split(",")) {
				if (!id.isBlank()) {
					ids.add(Long.parseLong(id.trim()));
				}
			}
		}
		for (Quote quote : this.quotes.findAllById(ids)) {
			this.sink.tryEmitNext(quote);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
