/** Quotes: the archive's heart, filtered, paged and served with their context. */
@NullMarked
package com.quotegraph.quote;

import org.jspecify.annotations.NullMarked;
