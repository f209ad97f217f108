/**
 * The quote extraction engine: raw article text in, quotes with resolved speakers out.
 * Plain Java on Apache OpenNLP; it knows nothing of Spring, the database or GraphQL.
 */
@NullMarked
package com.quotegraph.extraction;

import org.jspecify.annotations.NullMarked;
