package com.quotegraph.graphql;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body is held in memory: read to measure it ({@link RequestSizeFilter}), or written to turn a GET
 * into the POST that the GraphQL handler serves ({@link HttpGetSupport}).
 */
final class BufferedRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final @Nullable String method;

	private final @Nullable String contentType;

	BufferedRequest(HttpServletRequest request, byte[] body) {
		this(request, body, null, null);
	}

	BufferedRequest(HttpServletRequest request, byte[] body, @Nullable String method, @Nullable String contentType) {
		super(request);
		this.body = body;
		this.method = method;
		this.contentType = contentType;
	}

	@Override
	public String getMethod() {
		return (this.method != null) ? this.method : super.getMethod();
	}

	@Override
	public @Nullable String getContentType() {
		return (this.contentType != null) ? this.contentType : super.getContentType();
	}

	@Override
	public @Nullable String getHeader(String name) {
		return (this.contentType != null && name.equalsIgnoreCase("Content-Type")) ? this.contentType
				: super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return (this.contentType != null && name.equalsIgnoreCase("Content-Type"))
				? Collections.enumeration(List.of(this.contentType)) : super.getHeaders(name);
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already in memory");
			}

		};
	}

}
