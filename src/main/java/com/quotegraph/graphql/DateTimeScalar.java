package com.quotegraph.graphql;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code DateTime} scalar: ISO-8601 instants with an offset, as {@link OffsetDateTime}. */
final class DateTimeScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An instant with its offset, in ISO-8601 form")
		.coercing(new Coercing<OffsetDateTime, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof OffsetDateTime dateTime) {
					return dateTime.toString();
				}
				throw new CoercingSerializeException("Not a date and time: " + value.getClass().getSimpleName());
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					return parse(text, CoercingParseValueException::new);
				}
				throw new CoercingParseValueException("A DateTime must be a string such as 2024-11-14T09:30:00Z");
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					return parse(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("A DateTime must be a string such as 2024-11-14T09:30:00Z");
			}

		})
		.build();

	private DateTimeScalar() {
	}

	private static <E extends RuntimeException> OffsetDateTime parse(String text,
			java.util.function.Function<String, E> error) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error.apply("'%s' is not an ISO-8601 date and time with offset, such as 2024-11-14T09:30:00Z"
				.formatted(GlobalId.abbreviate(text)));
		}
	}

}
