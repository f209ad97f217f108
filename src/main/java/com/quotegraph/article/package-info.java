/** Articles and their paragraphs. */
@NullMarked
package com.quotegraph.article;

import org.jspecify.annotations.NullMarked;
