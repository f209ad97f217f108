/** Cross-cutting GraphQL pieces: global ids, connections and cursors, scalars, errors and limits. */
@NullMarked
package com.quotegraph.graphql;

import org.jspecify.annotations.NullMarked;
