/** Quotegraph: news articles turned into a relational archive of quotes and speakers, served through GraphQL. */
@NullMarked
package com.quotegraph;

import org.jspecify.annotations.NullMarked;
