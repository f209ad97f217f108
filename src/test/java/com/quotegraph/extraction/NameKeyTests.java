package com.quotegraph.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Al-Shammari         | shammari
			al Shammari         | shammari
			AL-SHAMMARI         | shammari
			Fadi Al-Shammari    | fadi shammari
			Kata’ib Hezbollah   | kataib hezbollah
			José Müller-Lüdenscheidt | jose muller ludenscheidt
			El-Sisi             | sisi
			Al                  | al
			""")
	void foldsCaseDiacriticsApostrophesHyphensAndTheArabicArticle(String name, String key) {
		assertThat(NameKey.of(name)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mohammed Shia Al-Sudani | sudani
			Sudani                  | sudani
			""")
	void surnameIsTheKeysLastWord(String name, String surname) {
		assertThat(NameKey.surnameOf(name)).isEqualTo(surname);
	}

}
