/** The database: an embedded PostgreSQL by default, or the server that {@code spring.datasource.url} names. */
@NullMarked
package com.quotegraph.db;

import org.jspecify.annotations.NullMarked;
