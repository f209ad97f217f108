/** Speakers: people, organisations and anonymous sources, with the aliases the articles gave them. */
@NullMarked
package com.quotegraph.speaker;

import org.jspecify.annotations.NullMarked;
