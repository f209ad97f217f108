/** Ingestion: the extraction engine's output written to the archive, one transaction per article. */
@NullMarked
package com.quotegraph.ingest;

import org.jspecify.annotations.NullMarked;
