package com.quotegraph.extraction;

/** How a quote is reported: in quotation marks, as reported speech holding a quoted fragment, or as reported speech. */
public enum QuoteType {

	DIRECT, MIXED, INDIRECT

}
