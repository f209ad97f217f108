package com.quotegraph.ingest;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a bulk import: a bar redrawn in place on a terminal, plain lines every few seconds otherwise (logs,
 * pipes, CI).
 */
final class Progress {

	private static final int WIDTH = 30;

	final AtomicInteger done = new AtomicInteger();

	final AtomicInteger articles = new AtomicInteger();

	final AtomicInteger created = new AtomicInteger();

	final AtomicInteger quotes = new AtomicInteger();

	final AtomicInteger errors = new AtomicInteger();

	private final int total;

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private long lastPrinted;

	Progress(int total, PrintStream out, boolean terminal) {
		this.total = total;
		this.out = out;
		this.terminal = terminal;
	}

	double seconds() {
		return (System.nanoTime() - this.started) / 1e9;
	}

	double rate() {
		double seconds = seconds();
		return (seconds > 0) ? this.articles.get() / seconds : 0;
	}

	synchronized void tick(boolean force) {
		long now = System.nanoTime();
		long interval = this.terminal ? 200_000_000L : 2_000_000_000L;
		if (!force && now - this.lastPrinted < interval) {
			return;
		}
		this.lastPrinted = now;
		int done = this.done.get();
		String counts = "%d/%d  %.1f articles/s  %d quotes  %d errors".formatted(done, this.total, rate(),
				this.quotes.get(), this.errors.get());
		if (this.terminal) {
			int filled = (this.total == 0) ? WIDTH : (int) ((long) WIDTH * done / this.total);
			this.out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts + "   ");
		}
		else {
			this.out.println("progress: " + counts);
		}
		this.out.flush();
	}

	void finish() {
		tick(true);
		if (this.terminal) {
			this.out.println();
		}
	}

}
