/** Command lines that run without the web server. */
@NullMarked
package com.quotegraph.cli;

import org.jspecify.annotations.NullMarked;
