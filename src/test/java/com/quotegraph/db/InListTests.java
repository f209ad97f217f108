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
	void anEmptyListIsTheCallersCase() {
		assertThatIllegalArgumentException().isThrownBy(() -> InList.padded(List.of()));
	}

}
