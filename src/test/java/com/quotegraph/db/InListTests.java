package com.quotegraph.db;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InListTests {

	@Test
	void padsToAPowerOfTwoWithTheLastValue() {
		assertThat(InList.padded(List.of(7L))).containsExactly(7L);
		assertThat(InList.padded(List.of(1L, 2L))).containsExactly(1L, 2L);
		assertThat(InList.padded(List.of(1L, 2L, 3L))).containsExactly(1L, 2L, 3L, 3L);
		assertThat(InList.padded(List.of(1L, 2L, 3L, 4L, 5L))).containsExactly(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L);
	}

	@Test
	void keepsTheShapesFew() {
		assertThat(java.util.stream.IntStream.rangeClosed(1, 100)
			.map((n) -> InList.padded(java.util.Collections.nCopies(n, "x")).size())
			.distinct()).containsExactly(1, 2, 4, 8, 16, 32, 64, 128);
	}

	@Test
	void fewIdsTakePlaceholdersAndManyAnArray() {
		List<Long> few = java.util.stream.LongStream.rangeClosed(1, 3).boxed().toList();
		assertThat(InList.condition("q.id", "ids", few)).isEqualTo("q.id IN (:ids)");
		assertThat(InList.value(few)).isEqualTo(List.of(1L, 2L, 3L, 3L));
		List<Long> many = java.util.stream.LongStream.rangeClosed(1, InList.MAX_PARAMETERS).boxed().toList();
		assertThat(InList.condition("q.id", "ids", many)).isEqualTo("q.id = ANY(:ids)");
		assertThat(InList.value(many)).isInstanceOf(Long[].class);
		assertThat(InList.condition("q.id", "ids", List.of())).isEqualTo("q.id = ANY(:ids)");
	}

	@Test
	void paddedRowsStayWithinTheParameterLimit() {
		for (int rows = 1; rows < 2000; rows++) {
			var values = java.util.Collections.nCopies(rows, new Object[] { 1L, 2, 3 });
			if (InList.fits(values, 3)) {
				assertThat(InList.padded(values).size() * 3).isLessThanOrEqualTo(InList.MAX_PARAMETERS);
			}
		}
		assertThat(InList.fits(java.util.Collections.nCopies(682, 0), 3)).isTrue();
		assertThat(InList.fits(java.util.Collections.nCopies(683, 0), 3)).isFalse();
	}

	@Test
	void anEmptyListIsTheCallersCase() {
		assertThatIllegalArgumentException().isThrownBy(() -> InList.padded(List.of()));
	}

}
