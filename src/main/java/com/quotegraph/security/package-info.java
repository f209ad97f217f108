/** Who may change the archive: reads are open, every mutation needs the API token. */
@NullMarked
package com.quotegraph.security;

import org.jspecify.annotations.NullMarked;
