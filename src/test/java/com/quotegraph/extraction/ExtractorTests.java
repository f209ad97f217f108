package com.quotegraph.extraction;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each construction the engine reads, on sentences written for these tests. */
class ExtractorTests {

	private static Extractor extractor;

	@BeforeAll
	static void loadModels() {
		extractor = new Extractor();
	}

	private static List<ExtractedQuote> quotes(String body) {
		return extractor.extract("Test Story\n\n" + body).get(0).quotes();
	}

	private static ExtractedQuote only(String body) {
		List<ExtractedQuote> quotes = quotes(body);
		assertThat(quotes).hasSize(1);
		return quotes.get(0);
	}

	@Test
	void directQuoteWithCueAfter() {
		ExtractedQuote quote = only("Harriet Kowalczyk chaired the meeting.\n\n"
				+ "“We will rebuild the bridge before the winter comes,” Kowalczyk said.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("We will rebuild the bridge before the winter comes,");
		assertThat(quote.cue()).isEqualTo("said");
		assertThat(quote.speaker().name()).isEqualTo("Harriet Kowalczyk");
		assertThat(quote.mention()).isEqualTo("Kowalczyk");
	}

	@Test
	void invertedCueAfterDirectQuote() {
		ExtractedQuote quote = only("\"Nobody expected the river to rise that fast,\" said Tomas Brannigan.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Brannigan");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void quoteSplitAroundItsCueIsOneQuote() {
		ExtractedQuote quote = only("“The harvest was poor this year,” Tomas Brannigan said, “but the cooperative will survive.”");
		assertThat(quote.text()).contains("The harvest was poor").contains("the cooperative will survive");
	}

	@Test
	void quoteRunningOverParagraphsIsOneQuote() {
		ExtractedQuote quote = only("Tomas Brannigan said: “The harvest was poor and the prices fell all summer.\n\n"
				+ "“We will need help from the regional government to pay the workers.”");
		assertThat(quote.text()).contains("prices fell").contains("pay the workers");
		assertThat(quote.paragraph()).isZero();
	}

	@Test
	void cueBeforeQuoteAfterColon() {
		ExtractedQuote quote = only("Finance Minister Oskar Lindqvist told the assembly: “The budget is balanced for the first time.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("The budget is balanced for the first time.");
		assertThat(quote.speaker().name()).isEqualTo("Oskar Lindqvist");
		assertThat(quote.role()).isEqualTo("Finance Minister");
	}

	@Test
	void reportedSpeechHoldingAQuotedFragmentIsMixed() {
		ExtractedQuote quote = only("Harriet Kowalczyk said that the new tariff was “a betrayal of farmers.”");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.text()).isEqualTo("the new tariff was “a betrayal of farmers.”");
	}

	@Test
	void reportedSpeechWithoutQuotationMarksIsIndirect() {
		ExtractedQuote quote = only("Harriet Kowalczyk stressed that the council would vote again in March.");
		assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
		assertThat(quote.cue()).isEqualTo("stressed");
		assertThat(quote.text()).isEqualTo("the council would vote again in March.");
		String paragraph = "Harriet Kowalczyk stressed that the council would vote again in March.";
		assertThat(paragraph.substring(quote.start(), quote.end())).isEqualTo(quote.text());
	}

	@Test
	void toldSomeoneThatSkipsTheListener() {
		ExtractedQuote quote = only("Tomas Brannigan told reporters on Monday that the talks had collapsed overnight.");
		assertThat(quote.text()).isEqualTo("the talks had collapsed overnight.");
	}

	@Test
	void invertedReportingClauseWithParticiple() {
		ExtractedQuote quote = only("The council will vote again in March, said Kowalczyk, adding that the budget was final.");
		assertThat(quote.speaker().name()).isEqualTo("Kowalczyk");
		assertThat(quote.text()).contains("The council will vote again in March").contains("the budget was final");
	}

	@Test
	void reportingClauseAtTheEnd() {
		ExtractedQuote quote = only("Ferries will resume on Thursday after the storm, port officials said on Tuesday.");
		assertThat(quote.text()).isEqualTo("Ferries will resume on Thursday after the storm");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void accordingTo() {
		ExtractedQuote quote = only("The talks collapsed shortly after midnight, according to a union source.");
		assertThat(quote.cue()).isEqualTo("according to");
		assertThat(quote.speaker().name()).isEqualTo("a union source");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void urgedSomeoneToKeepsTheObject() {
		ExtractedQuote quote = only("Nadia El-Rashidi urged the dock workers to end their strike before Friday.");
		assertThat(quote.text()).isEqualTo("the dock workers to end their strike before Friday.");
		assertThat(quote.cue()).isEqualTo("urged");
	}

	@Test
	void inAStatementTheOrganisationSpeaks() {
		ExtractedQuote quote = only("In a statement, the Port Authority said that the cranes had been repaired.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.speaker().name()).isEqualTo("Port Authority");
	}

	@Test
	void placesSpeakForTheirGovernment() {
		ExtractedQuote quote = only("Berlin has warned that the pipeline deal would not survive the winter.");
		assertThat(quote.speaker().name()).isEqualTo("Berlin");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void appositionAfterTheNameIsTheRole() {
		ExtractedQuote quote = only("Nadia El-Rashidi, a spokeswoman for the port authority, said the cranes were idle.");
		assertThat(quote.speaker().name()).isEqualTo("Nadia El-Rashidi");
		assertThat(quote.role()).isEqualTo("a spokeswoman for the port authority");
	}

	@Test
	void appositionBeforeTheNameIsTheRole() {
		ExtractedQuote quote = only("The spokesman for the league, Oskar Lindqvist, said the final would be replayed.");
		assertThat(quote.speaker().name()).isEqualTo("Oskar Lindqvist");
		assertThat(quote.role()).isEqualTo("The spokesman for the league");
	}

	@Test
	void surnamesPronounsAndRoleNounsResolveToTheFullName() {
		List<ExtractedQuote> quotes = quotes("""
				The spokeswoman for the port authority, Nadia El-Rashidi, said the cranes were idle.

				El-Rashidi stressed that the repairs would take a month.

				She added that the harbour would stay open for fishing boats.

				The spokeswoman reiterated that no jobs would be lost.
				""");
		assertThat(quotes).hasSize(4);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().name()).isEqualTo("Nadia El-Rashidi"));
		assertThat(quotes).extracting(ExtractedQuote::mention)
			.containsExactly("Nadia El-Rashidi", "El-Rashidi", "She", "The spokeswoman");
	}

	@Test
	void anonymousSourcesStayAnonymousAndTheSourceRefersBack() {
		List<ExtractedQuote> quotes = quotes("""
				An informed diplomatic source said that the summit had been postponed.

				The source stressed that the delay was technical.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("an informed diplomatic source", "an informed diplomatic source");
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS));
	}

	@Test
	void scareQuotesAndTitlesAreNotQuotes() {
		assertThat(quotes("""
				The so-called “peace dividend” never arrived in the valley.

				The film “Dust and Water” opened in three cinemas on Friday.
				""")).isEmpty();
	}

	@Test
	void narrationWithoutReportingIsNotAQuote() {
		assertThat(quotes("""
				The protesters marched through the centre of the town.

				Dozens of shops stayed closed for the rest of the week.
				""")).isEmpty();
	}

	@Test
	void floatingQuotationContinuesThePreviousSpeaker() {
		List<ExtractedQuote> quotes = quotes("""
				“The harvest was poor this year,” Tomas Brannigan said.

				“Next year we will plant earlier and hope for rain in the spring.”
				""");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tomas Brannigan");
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void britishSingleQuotationMarks() {
		List<ExtractedQuote> quotes = quotes("""
				‘We don’t expect the players’ union to agree before the summer,’ said Tomas Brannigan.

				Brannigan said the league’s offer was ‘final and fair’.
				""");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(0).type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quotes.get(0).text()).startsWith("We don’t expect");
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.MIXED);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().name()).isEqualTo("Tomas Brannigan"));
	}

	@Test
	void datelineIsNotTheSpeaker() {
		ExtractedQuote quote = only("LONDON, May 5 (Wire) - The central bank will hold rates steady, Governor Elena Marsh said on Tuesday.");
		assertThat(quote.speaker().name()).isEqualTo("Elena Marsh");
		assertThat(quote.text()).isEqualTo("The central bank will hold rates steady");
	}

	@Test
	void lowercaseTitleAfterAnInvertedCue() {
		ExtractedQuote quote = only("\"The embassy will stay open through the holidays,\" said spokesman Matthew Orwell.");
		assertThat(quote.speaker().name()).isEqualTo("Matthew Orwell");
		assertThat(quote.role()).isEqualTo("spokesman");
	}

	@Test
	void definiteDescriptionRefersToTheAnonymousSourceIntroducedBefore() {
		List<ExtractedQuote> quotes = quotes("""
				A senior official said the ceasefire would hold through the weekend.

				The official added that observers would arrive on Monday.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("a senior official", "a senior official");
	}

	@Test
	void paragraphEndingWithAColonIntroducesTheNextOnesQuotation() {
		List<ExtractedQuote> quotes = quotes("""
				Tomas Brannigan spoke first. “The harvest was poor,” Brannigan said.

				Then Harriet Kowalczyk told the assembly:

				“We will open the granaries to every family that asks before the winter.”
				""");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Harriet Kowalczyk");
		assertThat(quotes.get(1).cue()).isEqualTo("told");
	}

	@Test
	void anonymousSourceWithARelativeClause() {
		ExtractedQuote quote = only("A diplomatic source, who asked not to be named, said the envoy would leave on Sunday.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
		assertThat(quote.speaker().name()).isEqualTo("a diplomatic source");
	}

	@Test
	void anonymousSourceWithARelativeClauseAfterADirectQuote() {
		List<ExtractedQuote> quotes = quotes("Mayor Ilse Brandvold opened the new ferry terminal on Monday.\n\n"
				+ "“Nobody expected the ferries to run late so soon,” one official at the terminal, who asked not to be "
				+ "named, told reporters.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("one official at the terminal");
		assertThat(quotes.get(0).cue()).isEqualTo("told");
	}

	@Test
	void sourcesCloseToATitledPersonSpeakForThemselves() {
		List<ExtractedQuote> quotes = quotes("A source close to Governor Ilse Brandvold said the budget would be cut. "
				+ "The source added that the cuts would fall on roads.\n\n"
				+ "Sources close to Senator Tomas Okafor said he would vote against it.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS));
		assertThat(quotes.get(0).speaker().name()).isEqualTo("a source close to Governor Ilse Brandvold");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("a source close to Governor Ilse Brandvold");
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Sources close to Senator Tomas Okafor");
	}

	@Test
	void aNationalityStandsForThePersonBeforeTheCue() {
		ExtractedQuote quote = only("Marco Bellandi left the club on Monday.\n\n"
				+ "\"I am not finished with football,\" the Italian told reporters. \"I will coach again.\"");
		assertThat(quote.speaker().name()).isEqualTo("Marco Bellandi");
		assertThat(quote.cue()).isEqualTo("told");
		assertThat(quote.text()).contains("not finished").contains("coach again");
	}

	@Test
	void aPronounAfterAnExpectedActRefersToItsSubject() {
		List<ExtractedQuote> quotes = quotes("Coach Ilse Brandvold named her squad on Monday. "
				+ "\"We are ready,\" she said.\n\n"
				+ "Assistant coach Tomas Okafor will take the training sessions.\n\n"
				+ "Okafor, 41, is expected to lead the team on Tuesday. He said he was \"honoured\" to be asked.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tomas Okafor");
	}

	@Test
	void anAcronymIsTheOrganisationItsInitialsName() {
		List<ExtractedQuote> quotes = quotes("The Northern Water Authority said on Monday that the reservoir was full.\n\n"
				+ "According to the NWA, the dam would be opened on Friday.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().name()).isEqualTo("Northern Water Authority"));
	}

	@Test
	void anAcronymTakesTheWordsTheArticleSpellsOut() {
		List<ExtractedQuote> quotes = quotes("Fighters of the separatist Eastern Liberation Front seized the airport.\n\n"
				+ "The ELF did not respond to questions. But in a statement on Sunday, the group accused the army of "
				+ "shelling the city.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Eastern Liberation Front");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aLongAsideBeforeTheCueLeavesTheContentAfterIt() {
		ExtractedQuote quote = only("The inspectors, speaking on condition of anonymity because they were not "
				+ "allowed to talk to the press, said officials from three towns were expected to arrive on Friday.");
		assertThat(quote.speaker().name()).isEqualTo("the inspectors");
		assertThat(quote.text()).isEqualTo("officials from three towns were expected to arrive on Friday.");
	}

	@Test
	void watchdogsAndInternationalsAreOrganisations() {
		List<ExtractedQuote> quotes = quotes("Forest Rights Watch said the logging had doubled. Vets Without Borders said "
				+ "the herds were starving. Ocean Defenders International said the reef was dying.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Forest Rights Watch", "Vets Without Borders", "Ocean Defenders International");
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION));
	}

	@Test
	void aLoneNameWithAPersonsTitleOrAWhoIsAPerson() {
		List<ExtractedQuote> quotes = quotes("Minister Okwuosa said the plan would fail. Dr. Brandvik said the dam "
				+ "was safe. Ferrante, who chairs the committee, said the vote would be held on Monday.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Okwuosa", "Brandvik", "Ferrante");
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON));
	}

	@Test
	void aPronounThatRefersToAPersonTellsTheirGender() {
		List<ExtractedQuote> quotes = quotes("Two candidates, Clara Vossberg and Martin Eberhart, met on Tuesday.\n\n"
				+ "Vossberg said the city needed more police. Eberhart accused her of fearmongering. He said crime had "
				+ "fallen for three years.\n\n"
				+ "\"Rents have doubled,\" the 52-year-old architect said.\n\n"
				+ "She replied that his plan would cost billions.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Clara Vossberg", "Martin Eberhart", "Martin Eberhart", "Martin Eberhart", "Clara Vossberg");
	}

	@Test
	void aRoleTheTaggerReadAsAVerbAfterAnInvertedCue() {
		ExtractedQuote quote = only("“It could go either way,” said pollster Jonas Kellermann.");
		assertThat(quote.speaker().name()).isEqualTo("Jonas Kellermann");
		assertThat(quote.cue()).isEqualTo("said");
	}

	@Test
	void aModifierInIngAfterAPossessiveIsNoParticiple() {
		ExtractedQuote quote = only("The club’s sporting director, Ines Carvalheira, said the board backed the coach.");
		assertThat(quote.speaker().name()).isEqualTo("Ines Carvalheira");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void anOpeningParticiplesClauseIsNoContent() {
		ExtractedQuote quote = only("Speaking at the start of the council’s weekly meeting, Halvorsen-Berg said "
				+ "the mayor was wasting public money and vowed to fight the budget.");
		assertThat(quote.cue()).isEqualTo("said");
		assertThat(quote.text()).startsWith("the mayor was wasting public money");
	}

	@Test
	void theStatementIsItsIssuers() {
		ExtractedQuote quote = only("A statement issued by the Northern Farmers Union welcomed the decision. "
				+ "“We have always chosen dialogue,” the statement read.");
		assertThat(quote.speaker().name()).isEqualTo("Northern Farmers Union");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theBodyNamedBeforeItsStatementSpeaks() {
		List<ExtractedQuote> quotes = quotes("“The talks are over,” a ministry statement said.\n\n"
				+ "A Vardan League statement said the vote would go ahead. A joint statement said both sides agreed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the ministry", "Vardan League", "a joint statement");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aReportInARelativeClauseOfTheContentIsPartOfIt() {
		ExtractedQuote quote = only("Officials said on Monday that the bridge, which engineers say is unsafe, "
				+ "would stay open.");
		assertThat(quote.speaker().name()).isEqualTo("Officials");
		assertThat(quote.text()).isEqualTo("the bridge, which engineers say is unsafe, would stay open.");
	}

	@Test
	void aSecondReportAfterAndThatIsNoRelativeClause() {
		List<ExtractedQuote> quotes = quotes("Officials said the bridge was unsafe and that engineers said it would "
				+ "close.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the bridge was unsafe", "it would close.");
	}

	@Test
	void aSourceSetOffInsideTheContent() {
		ExtractedQuote quote = only("The death toll, according to the Valmora health ministry, has risen to 40.");
		assertThat(quote.speaker().name()).isEqualTo("the Valmora health ministry");
		assertThat(quote.text()).isEqualTo("The death toll ... has risen to 40.");
	}

	@Test
	void oneOfThemIsOneOfTheGroupNamedBefore() {
		List<ExtractedQuote> quotes = quotes("Residents of Tessaly said they had not been warned. "
				+ "“Nobody came,” one of them said. Two of them said the boats were lost.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().name()).isEqualTo("Residents of Tessaly"));
		assertThat(quotes.get(1).mention()).isEqualTo("one of them");
	}

	@Test
	void aDayBetweenACueAndItsPreposition() {
		List<ExtractedQuote> quotes = quotes("Mayor Ilse Brandvold called on Tuesday for calm after the clashes. "
				+ "Governor Tomas Okafor called on Wednesday on residents to stay home.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("calm after the clashes.", "residents to stay home.");
	}

	@Test
	void aLoneNameThatAPronounLaterRefersToIsAPersons() {
		List<ExtractedQuote> quotes = quotes("“Enough is enough,” Nassiri said. “We want to go home.”\n\n"
				+ "She added that her house had been destroyed.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().name()).isEqualTo("Nassiri"));
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON));
	}

	@Test
	void theAuthorOfAStatementSpeaks() {
		ExtractedQuote quote = only("The port will reopen on Thursday, according to a statement from the Harbour Authority.");
		assertThat(quote.speaker().name()).isEqualTo("Harbour Authority");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void toldSomeoneWithoutThatSkipsTheListenerToo() {
		ExtractedQuote quote = only("Central bank chief Elena Marsh told reporters the bank was in no hurry to cut rates.");
		assertThat(quote.text()).isEqualTo("the bank was in no hurry to cut rates.");
	}

	@Test
	void plainNounPhrasesSpeakAndSourcesKeepTheirHead() {
		List<ExtractedQuote> quotes = quotes("""
				Local shopkeepers said the new charges would drive customers away.

				Rates will stay unchanged next month, two people familiar with the matter said on Tuesday.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Local shopkeepers", "two people familiar with the matter");
	}

	@Test
	void abbreviatedTitlesDoNotEndTheSentence() {
		ExtractedQuote quote = only("\"We have never seen floods like this in the north,\" said Gov. Elena Marsh, who toured "
				+ "the area on Sunday. \"It will take weeks to rebuild.\"");
		assertThat(quote.speaker().name()).isEqualTo("Elena Marsh");
		assertThat(quote.text()).contains("floods like this").contains("weeks to rebuild");
	}

	@Test
	void reportingClauseInTheMiddleEndsAtTheNarratorsClause() {
		ExtractedQuote quote = only("The storm cut power to 20,000 homes on Sunday, utility officials said, as crews worked "
				+ "through the night.");
		assertThat(quote.text()).isEqualTo("The storm cut power to 20,000 homes on Sunday");
		assertThat(quote.speaker().name()).isEqualTo("utility officials");
	}

	@Test
	void pronounPrefersThePersonWhoOpensThePreviousSentence() {
		List<ExtractedQuote> quotes = quotes("""
				“We did not create enough chances,” Paulo Sanchez told reporters.

				Rovers boss Ian McKay was delighted with the point. He said: “Nobody gave us a chance here today.”
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Paulo Sanchez", "Ian McKay");
	}

	@Test
	void anAgeDescriptionRefersBackToThePersonNamedBefore() {
		List<ExtractedQuote> quotes = quotes("""
				Harriet Ngata announced her retirement on Friday after twenty years in charge.

				"It has been the honour of my life," the 61-year-old said at a news conference.
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Harriet Ngata");
			assertThat(quote.mention()).isEqualTo("the 61-year-old");
		});
	}

	@Test
	void oneSentenceMayHoldTwoReportingEvents() {
		List<ExtractedQuote> quotes = quotes("The port will reopen next month, according to Mirela Osterberg, who added that "
				+ "the repairs would cost far less than feared.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("The port will reopen next month", "the repairs would cost far less than feared.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Mirela Osterberg");
	}

	@Test
	void aNegatedCueReportsNothingAndACoordinatedOneSharesTheSubject() {
		ExtractedQuote quote = only("Coach Anders Vilhjalmsson did not say that the referee was to blame, but insisted "
				+ "his team had deserved a draw.");
		assertThat(quote.text()).isEqualTo("his team had deserved a draw.");
		assertThat(quote.speaker().name()).isEqualTo("Anders Vilhjalmsson");
	}

	@Test
	void contentStopsWhereTheSpeakerDeclinesToSayMore() {
		ExtractedQuote quote = only("Colonel Rafael Duarte said several soldiers had been wounded, but did not say how many.");
		assertThat(quote.text()).isEqualTo("several soldiers had been wounded");
	}

	@Test
	void datelinesWithAColonOrAHyphenAreNotPartOfTheSpeaker() {
		ExtractedQuote colon = only("LISBON: Port director Ines Carvalho said the strike had ended.");
		assertThat(colon.mention()).isEqualTo("Port director Ines Carvalho");
		ExtractedQuote hyphen = only("Lisbon- Port director Ines Carvalho said the strike had ended.");
		assertThat(hyphen.mention()).isEqualTo("Port director Ines Carvalho");
	}

	@Test
	void aLowercaseParticleJoinedToANameIsPartOfIt() {
		ExtractedQuote quote = only("Army spokesman Colonel Nabil al-Rawi said on Monday that the convoy had reached the city.");
		assertThat(quote.speaker().name()).isEqualTo("Nabil al-Rawi");
		assertThat(quote.speaker().key()).isEqualTo("nabil rawi");
	}

	@Test
	void accordingToAnObjectPronoun() {
		List<ExtractedQuote> quotes = quotes("""
				Finance Minister Petra Lindqvist spoke to lawmakers on Tuesday.

				According to her, the deficit will be halved within two years.
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.text()).isEqualTo("the deficit will be halved within two years.");
			assertThat(quote.speaker().name()).isEqualTo("Petra Lindqvist");
		});
	}

	@Test
	void onePartOfAGroupOfSourcesIsThatGroup() {
		List<ExtractedQuote> quotes = quotes("""
				The talks will resume in May, three diplomats in the delegation told reporters.

				"Nobody wants another failure," one of the diplomats said.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("three diplomats in the delegation", "three diplomats in the delegation");
	}

	@Test
	void theNameAGroupGoesBy() {
		ExtractedQuote quote = only("A group calling itself the Northern Liberation Front, which first appeared in March, "
				+ "claimed that its fighters had taken the airport.");
		assertThat(quote.speaker().name()).isEqualTo("Northern Liberation Front");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theSourceWhoseReportATrailingClausePassesOn() {
		ExtractedQuote quote = only("Interior Minister Karim Haddad said 40 people had been arrested, the state daily "
				+ "Al-Nour said.");
		assertThat(quote.speaker().name()).isEqualTo("Karim Haddad");
		assertThat(quote.text()).isEqualTo("40 people had been arrested");
	}

	@Test
	void aSubordinateClauseOpeningTheContentDoesNotSplitIt() {
		ExtractedQuote quote = only("The mayor added that although the council has told residents it did not raise taxes, "
				+ "it quietly doubled the parking fees.");
		assertThat(quote.text()).startsWith("although the council").endsWith("doubled the parking fees.");
	}

	@Test
	void thatAfterAnObjectIsARelativePronoun() {
		assertThat(quotes("Two years later, the province declared independence under a treaty that ended the war.")).isEmpty();
	}

	@Test
	void quotedAsSaying() {
		List<ExtractedQuote> quotes = quotes("""
				The state agency quoted Governor Amal Rahim as accusing the rebels of "deliberately targeting" the market.

				Forty houses were destroyed in the fire, a senior police officer was quoted as saying on Friday.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Amal Rahim",
				"a senior police officer");
		assertThat(quotes.get(0).text()).startsWith("the rebels of");
		assertThat(quotes.get(1).text()).isEqualTo("Forty houses were destroyed in the fire");
	}

	@Test
	void aStatementSayingQ() {
		ExtractedQuote quote = only("The rebels confirmed the attack but denied any losses, saying in a statement released "
				+ "on Tuesday that they had only targeted the barracks.");
		assertThat(quote.text()).isEqualTo("they had only targeted the barracks.");
		assertThat(quote.speaker().name()).isEqualTo("the rebels");
		ExtractedQuote released = only("The union released a statement saying the strike would go ahead.");
		assertThat(released.text()).isEqualTo("the strike would go ahead.");
		assertThat(released.speaker().name()).isEqualTo("the union");
	}

	@Test
	void aPronounPrefersThePersonWhoOpensItsOwnSentence() {
		List<ExtractedQuote> quotes = quotes("""
				An army spokesman said 12 soldiers had been wounded.

				Rebel commander Tariq Osei confirmed the clashes: "We lost two men," he told reporters.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("an army spokesman",
				"Tariq Osei");
	}

	@Test
	void aPronounSkipsPeopleNamedAsObjectsForTheLastSubject() {
		List<ExtractedQuote> quotes = quotes("""
				ROME: Opposition leader Giulia Ferrante, the head of the new alliance, praised the reforms in an interview.

				Speaking to the newspaper's reporter Marco Bellini in her office, she said: “We have waited too long for this.”
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name())
			.isEqualTo("Giulia Ferrante"));
	}

	@Test
	void aReportingClauseInTheMiddleEndsAtItsComma() {
		ExtractedQuote quote = only("Three ministers resigned on Monday, a government official said, a day after the "
				+ "protests began.");
		assertThat(quote.text()).isEqualTo("Three ministers resigned on Monday");
		assertThat(quote.speaker().name()).isEqualTo("a government official");
	}

	@Test
	void aCommaAfterTheCueThenTheContent() {
		ExtractedQuote quote = only("Osei said, Mensah who was wrongly named in the report, had denied any wrongdoing.");
		assertThat(quote.text()).startsWith("Mensah who was wrongly named");
	}

	@Test
	void aQuoteRunningOverThreeParagraphsIsOneQuote() {
		List<ExtractedQuote> quotes = quotes("""
				Minister Ali Bello spoke to reporters on Friday.

				“The first part of the plan is ready.

				“The second part will follow in the spring.

				“Nothing will stop it now,” he said.
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.text()).startsWith("The first part").contains("the spring").endsWith("stop it now,");
			assertThat(quote.speaker().name()).isEqualTo("Ali Bello");
		});
	}

	@Test
	void aParagraphClosedByAnAgencyMarkIsKept() {
		ExtractedQuote quote = only("Osei said the road would reopen on Monday. (XNA)");
		assertThat(quote.text()).isEqualTo("the road would reopen on Monday.");
	}

	@Test
	void whatIsOnlyPointedAtWasNotReported() {
		assertThat(quotes("The minister said this at a briefing in the capital on Thursday.")).isEmpty();
	}

	@Test
	void theSubjectAfterTheNarratorsConjunction() {
		ExtractedQuote quote = only("He gave no reason but the state news agency had earlier said the ministers would "
				+ "resign together.");
		assertThat(quote.speaker().name()).isEqualTo("the state news agency");
	}

	@Test
	void aCueTaggedAsANounBeforeThat() {
		ExtractedQuote quote = only("In an interview, Okafor reveals that the bank is “wisely handling” the sanctions.");
		assertThat(quote.cue()).isEqualTo("reveals");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
	}

	@Test
	void respondedBySaying() {
		ExtractedQuote quote = only("Asked about the delay, Okafor responded by saying that the money had already been sent.");
		assertThat(quote.text()).isEqualTo("the money had already been sent.");
		assertThat(quote.speaker().name()).isEqualTo("Okafor");
	}

	@Test
	void accordingToASourceWhoAddedMore() {
		List<ExtractedQuote> quotes = quotes("The president will not resign, according to the political source, who "
				+ "added that the cabinet would meet on Monday.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("The president will not resign", "the cabinet would meet on Monday.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("the political source");
	}

	@Test
	void accordingToReportsThatQuoteSomeoneElse() {
		ExtractedQuote quote = only("According to media reports, the ministry has warned the banks that the rules will "
				+ "change in May.");
		assertThat(quote.speaker().name()).isEqualTo("the ministry");
		assertThat(quote.text()).isEqualTo("the rules will change in May.");
	}

	@Test
	void aPronounCanReferToThePersonDescribedBefore() {
		List<ExtractedQuote> quotes = quotes("""
				The minister denied the reports on Friday.

				“None of it happened,” he said.
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name())
			.isEqualTo("the minister"));
	}

	@Test
	void cuesThatReportOnlyBesideAQuotation() {
		List<ExtractedQuote> quotes = quotes("""
				Minister Lena Brandt opened the session.

				Brandt continued, “The budget will be balanced by the end of the year.”

				“No ministry will be spared,” the statement read.

				The talks continued for three hours in the capital.
				""");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("continued", "read");
	}

	@Test
	void aParticipleIntroducingAQuotation() {
		ExtractedQuote quote = only("Lowering his voice, Brandt also addressed the crowd, stating, “Nobody will be left "
				+ "behind.”");
		assertThat(quote.speaker().name()).isEqualTo("Brandt");
		assertThat(quote.text()).isEqualTo("Nobody will be left behind.");
	}

	@Test
	void theContentOfASpeechNoun() {
		ExtractedQuote quote = only("Brandt repeated her warning that the reserves would run out by May.");
		assertThat(quote.text()).isEqualTo("the reserves would run out by May.");
	}

	@Test
	void aCueWordModifyingANounAfterAPrepositionIsNoCue() {
		assertThat(quotes("Despite repeated assurances from the government, the situation remains tense.")).isEmpty();
	}

	@Test
	void aTrailingSpeakerInAppositionBeforeTheCue() {
		ExtractedQuote quote = only("Two wounded soldiers were brought to the hospital, the director of the clinic, "
				+ "Dr. Amara Okello, said.");
		assertThat(quote.text()).isEqualTo("Two wounded soldiers were brought to the hospital");
		assertThat(quote.speaker().name()).isEqualTo("Amara Okello");
		assertThat(quote.role()).isEqualTo("the director of the clinic");
	}

	@Test
	void anAdjectiveBeforeTheCommonestCuesIsTheirSubject() {
		ExtractedQuote quote = only("Troops crossed the border at dawn, an official said Sunday, days after the talks "
				+ "collapsed.");
		assertThat(quote.text()).isEqualTo("Troops crossed the border at dawn");
		assertThat(quote.speaker().name()).isEqualTo("an official");
	}

	@Test
	void aPortfolioOrAPlaceBetweenATitleAndAName() {
		ExtractedQuote minister = only("Minister of Information Karim Haddad announced that the cabinet had approved "
				+ "the budget.");
		assertThat(minister.speaker().name()).isEqualTo("Karim Haddad");
		assertThat(minister.role()).isEqualTo("Minister of Information");
		ExtractedQuote envoy = only("Head of the UN Mission in Libya Amara Okello stressed that the elections would go ahead.");
		assertThat(envoy.speaker().name()).isEqualTo("Amara Okello");
		ExtractedQuote katz = only("Foreign Minister Israel Katz said the talks had failed.");
		assertThat(katz.speaker().name()).isEqualTo("Israel Katz");
	}

	@Test
	void aBareRoleNounRefersToTheLastTitledPersonQuoted() {
		List<ExtractedQuote> quotes = quotes("""
				Special Representative of the Secretary-General Amara Okello stressed that the vote would be free.

				In an interview, the envoy underscored that he supported any agreement.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Amara Okello");
	}

	@Test
	void peopleNamedInsideAQuotationAreNotAntecedents() {
		List<ExtractedQuote> quotes = quotes("""
				Party leader Omar Haddad praised the agreement on Friday.

				Speaking on television, he said: "Everyone should thank Maria Lopez and Peter Wolff for this."

				He added that the vote would take place in June.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Omar Haddad");
	}

	@Test
	void chargedThat() {
		ExtractedQuote quote = only("Colonel Osei charged that the attack was meant to disrupt the peace conference.");
		assertThat(quote.text()).isEqualTo("the attack was meant to disrupt the peace conference.");
		assertThat(quotes("The police charged him with theft on Monday.")).isEmpty();
	}

	@Test
	void aPassiveSubjectIsNotAPronounsAntecedent() {
		List<ExtractedQuote> quotes = quotes("""
				United manager Pavel Novak described the result as "painful".

				Defender Leo Ansah was sent off in the second half.

				He told reporters: "We have to learn from this."
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Pavel Novak");
	}

	@Test
	void theFollowingStatementIntroducesTheNextParagraphs() {
		List<ExtractedQuote> quotes = quotes("""
				Coach Pavel Novak released the following statement after the game.

				"First of all, I apologise to the supporters who travelled today.

				"We were second best from the first minute."
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Pavel Novak");
			assertThat(quote.text()).startsWith("First of all").endsWith("from the first minute.");
		});
	}

	@Test
	void aPresentTenseCueTaggedAsANoun() {
		ExtractedQuote quote = only("Novak concedes Birmingham deserved the win.");
		assertThat(quote.text()).isEqualTo("Birmingham deserved the win.");
	}

	@Test
	void aRoleNounMatchesTheHeadOfATitleNotItsComplement() {
		List<ExtractedQuote> quotes = quotes("""
				Minister of State for Council Affairs Omar Haddad said that the cabinet had met.

				The council stressed the need for calm.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Omar Haddad", "the council");
	}

	@Test
	void aRoleNounKeepsTheQualifiersOfItsTitle() {
		List<ExtractedQuote> quotes = quotes("""
				Interior Minister Omar Haddad met the delegation on Monday.

				The foreign minister said the talks would resume in May.
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name())
			.isEqualTo("the foreign minister"));
	}

	@Test
	void whomAQuoteSpeaksAboutIsNotItsSpeaker() {
		ExtractedQuote quote = only("There are no plans for the king to meet Prime Minister Omar Haddad, the minister said.");
		assertThat(quote.speaker().name()).isEqualTo("the minister");
	}

	@Test
	void theHeadlineNamesWhomARoleNounMeans() {
		List<ExtractedQuote> quotes = extractor.extract("""
				No plans for a meeting: Foreign minister Amal Rahim

				There are no plans for a summit this year, the country's foreign minister said on Thursday.
				""").get(0).quotes();
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name())
			.isEqualTo("Amal Rahim"));
	}

	@Test
	void aParticipleBelongsToTheMainClauseNotToAnAdverbialOne() {
		List<ExtractedQuote> quotes = quotes("""
				Foreign Minister Amal Rahim spoke to reporters.

				She also talked about the border, after Omar Haddad met the rebels on Feb. 3, saying: "The border stays closed."
				""");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name())
			.isEqualTo("Amal Rahim"));
	}

	@Test
	void aReportPassedOnByAnOutletIsItsSpeakers() {
		ExtractedQuote late = only("Haddad stated late on Monday that the border would stay closed, the Lebanese "
				+ "daily Al Nahar reported.");
		assertThat(late.text()).isEqualTo("the border would stay closed");
		ExtractedQuote broadcast = only("The group's spokesman Omar Saleh in a live broadcast aired on Wednesday said "
				+ "that the forces had hit the ship, the Xinhua news agency reported.");
		assertThat(broadcast.speaker().name()).isEqualTo("Omar Saleh");
		ExtractedQuote according = only("This comes a day after the Central Command said the group had fired two "
				+ "missiles, according to Reuters.");
		assertThat(according.speaker().name()).isEqualTo("Central Command");
	}

	@Test
	void aParticipleRightAfterItsVerb() {
		ExtractedQuote quote = only("The movement has come forward claiming that it had targeted the ship.");
		assertThat(quote.text()).isEqualTo("it had targeted the ship.");
		assertThat(quotes("The alliance is threatening to leave the coalition.")).isEmpty();
	}

	@Test
	void initialsAndLowerCaseDoNotEndASentence() {
		ExtractedQuote quote = only("Saleh also said the attack on the USS Lewis B. Puller was \"a warning to the U.S. "
				+ "navy.\"");
		assertThat(quote.text()).startsWith("the attack on the USS Lewis B. Puller").endsWith("navy.\"");
	}

	@Test
	void itRefersToTheOrganisationOpeningThePreviousSentence() {
		List<ExtractedQuote> quotes = quotes("""
				The maritime agency wrote on Wednesday that it had received reports of explosions.

				Later, the Central Command confirmed the attacks. It said this was the tenth attack this month.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the maritime agency",
				"Central Command");
	}

	@Test
	void theSubjectOfTheMainClauseOrOfTheAdverbialOneItsPronounRefersTo() {
		List<ExtractedQuote> quotes = quotes("""
				The club said on Monday that the striker would not be sold.

				But even before the club said so, Leo Ansah insisted he wanted to stay. "I love this club," he said.

				Although Coach Pavel Novak has praised the team, he hasn't named a captain. Instead, he met the players, telling them that the season would be long.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the club", "Leo Ansah",
				"Leo Ansah", "Pavel Novak");
	}

	@Test
	void aLoneNameThatAPronounRefersToIsAPersons() {
		List<ExtractedQuote> quotes = quotes("""
				Al-Mahdi stated on Monday that the army would withdraw.

				He emphasized that the talks would continue.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.PERSON);
	}

	@Test
	void anOrganisationsNameKeepsItsPortfolioWords() {
		ExtractedQuote quote = only("The United Kingdom Maritime Trade Operations (UKMTO) wrote on Wednesday that it had "
				+ "received reports of explosions.");
		assertThat(quote.speaker().name()).isEqualTo("United Kingdom Maritime Trade Operations");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aSecondSourceAfterWhile() {
		List<ExtractedQuote> quotes = quotes("Residents said the shelling continued overnight, while aid workers warned "
				+ "that supplies were running out.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Residents", "aid workers");
	}

	@Test
	void aCountrysOutletIsNamedWithoutTheCountry() {
		ExtractedQuote quote = only("Egypt’s Al-Qahera News TV, citing a senior security source, reported that the "
				+ "talks would resume on Tuesday.");
		assertThat(quote.speaker().name()).isEqualTo("Al-Qahera News TV");
	}

	@Test
	void sourcesCloseToTheTalks() {
		List<ExtractedQuote> quotes = quotes("""
				Sources close to the negotiations told reporters that the two sides were close to a deal.

				Sources familiar with the matter said the deal would be signed on Friday.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Sources close to the negotiations", "Sources familiar with the matter");
	}

	@Test
	void whoWasAskedAnswers() {
		List<ExtractedQuote> quotes = quotes("""
				An official said the budget would be approved.

				The minister was asked whether the government would resign. “No,” he replied.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("an official", "the minister");
	}

	@Test
	void aRelativeClauseAboutTheSpeakerIsNoReport() {
		ExtractedQuote quote = only("The UN envoy, who asked not to be named, said the talks had stalled.");
		assertThat(quote.text()).isEqualTo("the talks had stalled.");
		assertThat(quote.cue()).isEqualTo("said");
	}

	@Test
	void aParticipleAfterTheCueOfAQuotationGoesOn() {
		ExtractedQuote quote = only("“This is a war crime,” the foreign ministry said, calling on the world to act.");
		assertThat(quote.text()).isEqualTo("This is a war crime, ... the world to act.");
	}

	@Test
	void aPronounNothingExplainsAnnouncesTheNextPersonQuoted() {
		List<ExtractedQuote> quotes = quotes("""
				The town had been retaken by government forces, he said.

				Speaking in his nightly address, Rahimov also urged allies to send more air defence systems to his country.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Rahimov");
	}

	@Test
	void aLoneNameFollowedByHisIsAPersons() {
		ExtractedQuote person = only("Rahimov said the sanctions against his country had failed.");
		assertThat(person.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		ExtractedQuote organization = only("Veltronics said its net loss for the quarter was $5 million.");
		assertThat(organization.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aNameThenARoleOverSeveralCommas() {
		ExtractedQuote quote = only("Weeks, the company’s (NYSE: GLW) chairman, chief executive officer, and president, "
				+ "told shareholders, “We’re financially strong.”");
		assertThat(quote.speaker().name()).isEqualTo("Weeks");
		assertThat(quote.text()).isEqualTo("We’re financially strong.");
	}

	@Test
	void aParticipleAfterTheCuesOwnContentIsTheNarrators() {
		ExtractedQuote quote = only("Citing the use of missiles, Rahimov said more than 50 towns had been hit on Monday, "
				+ "including the capital.");
		assertThat(quote.text()).isEqualTo("more than 50 towns had been hit on Monday, including the capital.");
	}

	@Test
	void aNounTaggedAsAVerbAfterTheCue() {
		ExtractedQuote quote = only("For the quarter, the company said revenue was $1.45 million.");
		assertThat(quote.text()).isEqualTo("revenue was $1.45 million.");
	}

	@Test
	void remindedThat() {
		ExtractedQuote quote = only("Chief executive Wendell Weeks spoke on Thursday.\n\nBut he reminded shareholders that "
				+ "“evolution is part of our DNA.”");
		assertThat(quote.text()).contains("evolution is part of our DNA.");
	}

	@Test
	void whoIsToldIsTheListenerNotTheSpeaker() {
		ExtractedQuote quote = only("Such searches trampled on the rights of clients, James P. Okoro, an attorney for the "
				+ "firm, told the court.");
		assertThat(quote.speaker().name()).isEqualTo("James P. Okoro");
		assertThat(quote.text()).isEqualTo("Such searches trampled on the rights of clients");
	}

	@Test
	void twoReportsJoinedByAConjunction() {
		List<ExtractedQuote> quotes = quotes("But the agency said the policy was standard and prosecutors wrote that "
				+ "“no force was used.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the agency", "prosecutors");
		assertThat(quotes.get(0).text()).isEqualTo("the policy was standard");
	}

	@Test
	void anObjectAndItsAdverbialAreNoClause() {
		assertThat(quotes("She denied the request without prejudice, meaning prosecutors could file it again.")).isEmpty();
	}

	@Test
	void courtsRule() {
		ExtractedQuote quote = only("Emails to a lawyer on government computers are privileged, a federal judge in "
				+ "Washington, D.C. ruled on Friday.");
		assertThat(quote.speaker().name()).isEqualTo("a federal judge in Washington D.C");
		assertThat(quote.cue()).isEqualTo("ruled");
	}

	@Test
	void aCaseNameDoesNotEndTheSentence() {
		ExtractedQuote quote = only("Richard Okoro, former lead counsel in U.S. v. Mensah, claimed that the documents had "
				+ "been leaked.");
		assertThat(quote.speaker().name()).isEqualTo("Richard Okoro");
	}

	@Test
	void collectiveSourcesSpeakWithoutAnArticle() {
		List<ExtractedQuote> quotes = quotes("""
				The general arrived in the city on Monday, army media reported earlier.

				Local media reports said residents heard explosions.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("army media",
				"Local media reports");
	}

	@Test
	void anIrregularPastTenseTheTaggerReadsAsANoun() {
		ExtractedQuote quote = only("Paramilitaries on Sunday struck Port Sudan, the army said, in the first attack on "
				+ "the city.");
		assertThat(quote.text()).isEqualTo("Paramilitaries on Sunday struck Port Sudan");
	}

	@Test
	void informedSourcesAreSources() {
		List<ExtractedQuote> quotes = quotes("""
				The rebels discussed a withdrawal from the capital, Yemeni informed sources told the newspaper.

				The newspaper quoted informed sources Thursday as saying that the minister had met the council.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Yemeni informed sources",
				"informed sources");
	}

	@Test
	void anOutletPassingOnAReportThatOpensWithAPhrase() {
		ExtractedQuote quote = only("In a new development, the governor of the province, Omar Haddad, called for the "
				+ "release of all detainees, Al-Nour newspaper said.");
		assertThat(quote.speaker().name()).isEqualTo("Omar Haddad");
	}

	@Test
	void aTitledMemberOfACouncil() {
		ExtractedQuote quote = only("Member of the Presidential Council Amal Rahim condemned the attack, saying it "
				+ "reflected the rebels' despair.");
		assertThat(quote.speaker().name()).isEqualTo("Amal Rahim");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aCommandAtACampSpeaksAndItRefersBack() {
		List<ExtractedQuote> quotes = quotes("""
				The command at the camp said the rebels were defying the peace efforts.

				The militias carried out an assault along the northern axis, it explained.
				""");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("the command at the camp");
	}

	@Test
	void aTimePhraseOpeningTheClause() {
		ExtractedQuote quote = only("Earlier on Sunday the coalition announced that two missiles had been intercepted.");
		assertThat(quote.speaker().name()).isEqualTo("the coalition");
	}

	@Test
	void aNationalityReferringBackIsTheLastPersonNamed() {
		List<ExtractedQuote> quotes = quotes("Ferndale manager Ewan MacAskill said his team had been unlucky.\n\n"
				+ "Harbour City coach Paolo Ventresca praised the crowd.\n\n"
				+ "“It was a hard match and we suffered,” said the Italian.\n\n"
				+ "The Scot added that he would not appeal against the red card.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Ewan MacAskill", "Paolo Ventresca", "Paolo Ventresca");
	}

	@Test
	void aTitledEpithetWithAnAgeRefersBack() {
		List<ExtractedQuote> quotes = quotes("President Anselm Kovacic said the border would stay open.\n\n"
				+ "“We will not give in to pressure,” the 68-year-old leader said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Anselm Kovacic", "Anselm Kovacic");
	}

	@Test
	void aPersonOfAnOrganisationSpeaks() {
		ExtractedQuote quote = only("Dana Whitcombe of Harrow Capital wrote in a note to clients that the merger "
				+ "would take a year to close.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("Harrow Capital");
		assertThat(quote.text()).isEqualTo("the merger would take a year to close.");
	}

	@Test
	void aMultiWordTitleIsNoPartOfTheName() {
		ExtractedQuote quote = only("Chief Financial Officer Marta Oyelaran told analysts that margins would recover.");
		assertThat(quote.speaker().name()).isEqualTo("Marta Oyelaran");
		assertThat(quote.role()).isEqualTo("Chief Financial Officer");
	}

	@Test
	void aTitleTheTaggerReadsAsAVerb() {
		ExtractedQuote quote = only("Ferndale boss Ewan MacAskill said his side “deserved more” on Sunday.");
		assertThat(quote.speaker().name()).isEqualTo("Ewan MacAskill");
		assertThat(quote.role()).isEqualTo("Ferndale boss");
	}

	@Test
	void aContentGoingOnAfterButIsNoRefusal() {
		ExtractedQuote quote = only("Anselm Kovacic said the country would prefer to wait but could not wait forever.");
		assertThat(quote.text()).isEqualTo("the country would prefer to wait but could not wait forever.");
	}

	@Test
	void aRefusalAfterTheContentEndsIt() {
		ExtractedQuote quote = only("Anselm Kovacic said several soldiers were wounded but did not say how many.");
		assertThat(quote.text()).isEqualTo("several soldiers were wounded");
	}

	@Test
	void anAppositiveAfterAccordingToIsTheRole() {
		ExtractedQuote quote = only("According to Dana Whitcombe, chief economist at Harrow Capital, the recession "
				+ "would be short.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("chief economist at Harrow Capital");
		assertThat(quote.text()).isEqualTo("the recession would be short.");
	}

	@Test
	void anAsideAfterANameIsNoRole() {
		ExtractedQuote quote = only("Former captain Rhodri Pellow, speaking on local radio, said the club had "
				+ "“lost its way.”");
		assertThat(quote.role()).isEqualTo("Former captain");
	}

	@Test
	void characterisingAnObjectIsAReport() {
		List<ExtractedQuote> quotes = quotes("Anselm Kovacic described the attack as “barbaric” and ordered an inquiry."
				+ "\n\nUnion leader Dana Whitcombe called the agreement “a historic victory” for workers.\n\n"
				+ "A group called the “Northern Front” visited the town.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the attack as “barbaric”", "the agreement “a historic victory” for workers.");
		assertThat(quotes).extracting(ExtractedQuote::type).containsOnly(QuoteType.MIXED);
	}

	@Test
	void aReportingPhraseMayHoldAPossessive() {
		ExtractedQuote quote = only("The envoy, Anselm Kovacic, expressed his hope that the talks would resume soon.");
		assertThat(quote.cue()).isEqualTo("expressed his hope");
		assertThat(quote.text()).isEqualTo("the talks would resume soon.");
	}

	@Test
	void consideringThatReportsAView() {
		List<ExtractedQuote> quotes = quotes("Anselm Kovacic considered that the ruling was “a step back.”\n\n"
				+ "Ministers considered whether to extend the curfew.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the ruling was “a step back.”");
	}

	@Test
	void aSpeakerInAppositionBeforeACueWithThat() {
		List<ExtractedQuote> quotes = quotes("Meanwhile, the Minister of Economy and Planning, Anselm Kovacic, affirmed "
				+ "that the non-oil sector continued to grow. Speaking at a forum, he said: “Our economy is resilient.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Anselm Kovacic", "Anselm Kovacic");
		assertThat(quotes.get(0).text()).isEqualTo("the non-oil sector continued to grow.");
	}

	@Test
	void britishTitlesWithoutStops() {
		ExtractedQuote quote = only("Det Insp Rhodri Pellow, of Ferndale Police, described the attacker as "
				+ "“a dangerous man.”");
		assertThat(quote.speaker().name()).isEqualTo("Rhodri Pellow");
		assertThat(quote.role()).isEqualTo("Ferndale Police");
	}

	@Test
	void aNameBeforeAnAgeAndARelativeClauseSpeaks() {
		List<ExtractedQuote> quotes = quotes("Governor Anselm Kovacic reported that two people were wounded.\n\n"
				+ "Dana Whitcombe, 52, who lives in the building, said she woke up to breaking glass. "
				+ "“I thought it was the end,” she told reporters.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Anselm Kovacic", "Dana Whitcombe", "Dana Whitcombe");
	}

	@Test
	void aParticipleOfTheNarratorIsNoPartOfTheReport() {
		ExtractedQuote quote = only("Drones hit the power grid overnight, officials said Saturday, causing blackouts "
				+ "in several regions.");
		assertThat(quote.text()).isEqualTo("Drones hit the power grid overnight");
	}

	@Test
	void aRoleAfterAnInvertedSpeaker() {
		ExtractedQuote quote = only("“This is a deliberate strategy,” said Rhodri Pellow, a research fellow at the "
				+ "Ferndale Institute in Harbour City.");
		assertThat(quote.role()).isEqualTo("a research fellow at the Ferndale Institute in Harbour City");
	}

	@Test
	void aPersonInAppositionToTheHeadOfAnOrganisation() {
		ExtractedQuote quote = only("The head of the Ferndale Electoral Commission, Judge Anselm Kovacic, ruled out on "
				+ "Saturday any postponement of the elections.");
		assertThat(quote.speaker().name()).isEqualTo("Anselm Kovacic");
		assertThat(quote.role()).isEqualTo("The head of the Ferndale Electoral Commission");
		assertThat(quote.cue()).isEqualTo("ruled out");
		assertThat(quote.text()).isEqualTo("any postponement of the elections.");
	}

	@Test
	void whomACueAccusesIsNoInvertedSpeaker() {
		ExtractedQuote quote = only("Former Prime Minister Anselm Kovacic, who heads the Unity bloc, accused his rivals "
				+ "of “seeking chaos.”");
		assertThat(quote.speaker().name()).isEqualTo("Anselm Kovacic");
		assertThat(quote.text()).isEqualTo("his rivals of “seeking chaos.”");
	}

	@Test
	void aLinkingAsideIsNoRole() {
		ExtractedQuote quote = only("Party leader Anselm Kovacic, for his part, warned that the talks could fail.");
		assertThat(quote.role()).isEqualTo("Party leader");
	}

	@Test
	void theDayOfTheReportIsNoPartOfItsContent() {
		List<ExtractedQuote> quotes = quotes("Anselm Kovacic said Monday the talks would resume.\n\n"
				+ "Dana Whitcombe said Monday’s attack was “a crime.”");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the talks would resume.", "Monday’s attack was “a crime.”");
	}

	@Test
	void aModifierOfATitleTheTaggerReadsAsAVerb() {
		ExtractedQuote quote = only("“We will appeal,” EU antitrust chief Dana Whitcombe told a news conference.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.cue()).isEqualTo("told");
	}

	@Test
	void aLinkingWordOpeningTheContentIsTheNarrators() {
		ExtractedQuote quote = only("Separately, Anselm Kovacic held a call with his counterpart, according to "
				+ "diplomatic sources.");
		assertThat(quote.text()).isEqualTo("Anselm Kovacic held a call with his counterpart");
	}

	@Test
	void militaryRanksAreTitles() {
		ExtractedQuote quote = only("Ministry spokesperson Rear Admiral Rhodri Pellow told a briefing that ten ships "
				+ "had been stopped.");
		assertThat(quote.speaker().name()).isEqualTo("Rhodri Pellow");
	}

	@Test
	void anAcronymTitleIsNoOrganisation() {
		List<ExtractedQuote> quotes = quotes("Finance Minister Anselm Kovacic said the draft was ready.\n\n"
				+ "MP Rhodri Pellow said his committee would study it. “We will not be rushed,” he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Anselm Kovacic", "Rhodri Pellow", "Rhodri Pellow");
		assertThat(quotes.get(1).speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aPluralNounAfterACueTheTaggerReadsAsAVerb() {
		ExtractedQuote quote = only("The 25-year-old’s agent, Rhodri Pellow, said talks over a new contract would "
				+ "begin next week.");
		assertThat(quote.speaker().name()).isEqualTo("Rhodri Pellow");
		assertThat(quote.text()).isEqualTo("talks over a new contract would begin next week.");
	}

	@Test
	void anOfficeNamedForATitleIsAnOrganisation() {
		List<ExtractedQuote> quotes = quotes("The Prime Minister’s Office confirmed the trip. In a brief statement, it said "
				+ "the team had “a limited mandate.”\n\n"
				+ "The prime minister’s spokesman Rhodri Pellow said the talks would last two days.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Prime Minister’s Office", "Rhodri Pellow");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void whoIsCitedIsNoPartOfTheContent() {
		ExtractedQuote quote = only("The delegation flew to Doha on Monday, Channel 9 news reported, citing unnamed "
				+ "officials.");
		assertThat(quote.text()).isEqualTo("The delegation flew to Doha on Monday");
	}

	@Test
	void twoGovernmentsSpeakingTogether() {
		ExtractedQuote quote = only("Egypt and Jordan said in a joint statement that they rejected the plan.");
		assertThat(quote.speaker().name()).isEqualTo("Egypt and Jordan");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theSourceIsNoNamedPerson() {
		List<ExtractedQuote> quotes = quotes("President Anselm Kovacic told his counterpart that the plan was dead.\n\n"
				+ "“We are not afraid,” said the source, who spoke on condition of anonymity.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the source");
		assertThat(quotes.get(1).speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aNameWithARoleAndARelativeClauseSpeaks() {
		List<ExtractedQuote> quotes = quotes("Dana Whitcombe, the president’s security adviser, who met the envoy last "
				+ "month, said the deal was “an important step.”\n\n“We are not naive,” the adviser told reporters.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dana Whitcombe", "Dana Whitcombe");
		assertThat(quotes.get(0).role()).isEqualTo("the president’s security adviser");
	}

	@Test
	void aRelativeClauseWithACueIsNoReport() {
		ExtractedQuote quote = only("Spokesperson Dana Whitcombe urged Ferndale to stop arming the island, which "
				+ "Harbour City claims as its own territory.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.cue()).isEqualTo("urged");
	}

	@Test
	void theSubjectOfTheContentIsNoInvertedSpeaker() {
		ExtractedQuote quote = only("Dana Whitcombe, managing director of the Ferndale Fund, said the resumption of "
				+ "talks was overdue.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("managing director of the Ferndale Fund");
		assertThat(quote.text()).isEqualTo("the resumption of talks was overdue.");
	}

	@Test
	void aListenerNamedAfterTo() {
		ExtractedQuote quote = only("A ministry spokesman confirmed to Reuters that the minister would travel to Paris.");
		assertThat(quote.text()).isEqualTo("the minister would travel to Paris.");
	}

	@Test
	void whatADenialOfReportsSays() {
		ExtractedQuote quote = only("The army denied reports that its soldiers had fired on protesters.");
		assertThat(quote.text()).isEqualTo("its soldiers had fired on protesters.");
		assertThat(quote.cue()).isEqualTo("denied");
	}

	@Test
	void aPostThatSaysSomething() {
		List<ExtractedQuote> quotes = quotes("Dana Whitcombe posted on social media that she would run for office.\n\n"
				+ "Dana Whitcombe posted a video of the protest.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("she would run for office.");
	}

	@Test
	void theCompanyIsNoOrganisationDescribedByAnotherNoun() {
		List<ExtractedQuote> quotes = quotes("The army denied reports that its soldiers had fired.\n\n"
				+ "The company announced that it would cut 2,000 jobs.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the army", "the company");
	}

	@Test
	void moreReportingVerbs() {
		List<ExtractedQuote> quotes = quotes("Dana Whitcombe wondered whether the talks would ever resume.\n\n"
				+ "Anselm Kovacic testified that he had never met the suspect.\n\n"
				+ "Rhodri Pellow appealed to the public to stay calm.\n\n"
				+ "The minister highlighted the importance of the new port.");
		assertThat(quotes).extracting(ExtractedQuote::cue)
			.containsExactly("wondered", "testified", "appealed to", "highlighted");
	}

	@Test
	void theSameVerbsDoingSomethingElseReportNothing() {
		assertThat(quotes("Police responded to the scene within minutes.\n\n"
				+ "Officers questioned three suspects on Monday.\n\n"
				+ "The minister declined to comment on the report.\n\n"
				+ "Demand for oil rose sharply in March.\n\n"
				+ "The report mentioned several incidents in the north.")).isEmpty();
	}

	@Test
	void theOwnerOfAStatementSpeaks() {
		List<ExtractedQuote> quotes = quotes("The Ferndale Party said it would boycott the vote.\n\n"
				+ "The party’s statement said the vote would be “neither free nor fair.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Ferndale Party", "Ferndale Party");
	}

	@Test
	void aReportingClauseInsideItsContent() {
		List<ExtractedQuote> quotes = quotes("The ceasefire, the minister said, was holding despite violations.\n\n"
				+ "The strike was, he added, a clear violation of the truce.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("The ceasefire ... was holding despite violations.",
					"The strike was ... a clear violation of the truce.");
	}

	@Test
	void aTrailingReportThatGoesOnIsNoParenthetical() {
		ExtractedQuote quote = only("The talks had failed, the minister said, adding that a new round was planned.");
		assertThat(quote.text()).isEqualTo("The talks had failed ... a new round was planned.");
		assertThat(quote.rule()).isEqualTo("trailing");
	}

	@Test
	void aCourtesyTitleIsNoRole() {
		ExtractedQuote quote = only("Ms Whitcombe insisted the economy would grow.");
		assertThat(quote.speaker().name()).isEqualTo("Whitcombe");
		assertThat(quote.role()).isNull();
	}

	@Test
	void aSurnameTheTaggerReadsAsAnAdverbStaysInTheName() {
		ExtractedQuote quote = only("Shadow chancellor Mel Stride accused the government of breaking its promises.");
		assertThat(quote.mention()).isEqualTo("Shadow chancellor Mel Stride");
	}

	@Test
	void aTitleInTheLedeAnnouncesThePersonNamedNext() {
		List<ExtractedQuote> quotes = quotes("The chancellor has defended her tax rises, saying they were “the right "
				+ "thing to do.”\n\nDana Whitcombe told the BBC that she had been left with “no choice.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Dana Whitcombe", "Dana Whitcombe");
	}

	@Test
	void aTitleInTheLedeIsNoOneWithAnotherTitle() {
		List<ExtractedQuote> quotes = quotes("The president said the country would hold elections in May.\n\n"
				+ "Opposition leader Dana Whitcombe said the vote would be rigged.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the president", "Dana Whitcombe");
	}

	@Test
	void titlesAloneNameNobody() {
		List<ExtractedQuote> quotes = quotes("Crown Prince and Prime Minister Khalid bin Rashed received the delegation.\n\n"
				+ "The state agency quoted the Crown Prince as saying that the kingdom “stands by its allies.”\n\n"
				+ "The Prime Minister said the talks would continue.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Khalid bin Rashed", "Khalid bin Rashed");
		assertThat(quotes.get(0).role()).isEqualTo("Crown Prince and Prime Minister");
	}

	@Test
	void aTeamInThePossessiveIsTheRole() {
		ExtractedQuote quote = only("Asked about the title, Ferndale's Tomas Brannigan replied: “It is not over.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Brannigan");
		assertThat(quote.role()).isEqualTo("Ferndale");
	}

	@Test
	void someonesOfficeSpeaksAsAnOrganisation() {
		ExtractedQuote quote = only("Prime Minister Dana Whitcombe’s office said she had spoken to the president.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.text()).isEqualTo("she had spoken to the president.");
	}

	@Test
	void theOfficeOfSomeoneSpeaksForThem() {
		ExtractedQuote quote = only("The office of UN Special Envoy Anselm Kovacic said he remained in contact with "
				+ "both parties.");
		assertThat(quote.speaker().name()).isEqualTo("Anselm Kovacic");
		assertThat(quote.role()).isEqualTo("UN Special Envoy");
	}

	@Test
	void aParticipleBetweenAnAdverbAndItsNounIsNoVerb() {
		ExtractedQuote quote = only("Ferndale’s internationally recognized government accused the rebels of "
				+ "blocking the exchange.");
		assertThat(quote.mention()).isEqualTo("Ferndale’s internationally recognized government");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aHeadlineInTitleCaseNamesNobody() {
		List<ExtractedQuote> quotes = extractor.extract("Ferndale Government Accuses Rebels of Blocking Swap\n\n"
				+ "The government said the rebels had added new conditions.").get(0).quotes();
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().kind()).isNotEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void quotedAsSayingAfterAnApposition() {
		ExtractedQuote quote = only("The rebels’ news agency quoted Anselm Kovacic, head of the group’s prisoners "
				+ "committee, as saying that the government was “responsible for the delay.”");
		assertThat(quote.speaker().name()).isEqualTo("Anselm Kovacic");
		assertThat(quote.role()).isEqualTo("head of the group’s prisoners committee");
		assertThat(quote.text()).isEqualTo("the government was “responsible for the delay.”");
	}

	@Test
	void aTitleWithoutArticleAfterAnInvertedSpeaker() {
		ExtractedQuote quote = only("“The numbers should calm some nerves,” said Delia Marchetti, chief investment "
				+ "officer at Harbour Capital.");
		assertThat(quote.role()).isEqualTo("chief investment officer at Harbour Capital");
	}

	@Test
	void anOccupationBeforeAName() {
		ExtractedQuote quote = only("Forecaster Delia Marchetti said humidity levels could drop into single digits.");
		assertThat(quote.speaker().name()).isEqualTo("Delia Marchetti");
		assertThat(quote.role()).isEqualTo("Forecaster");
	}

	@Test
	void aQuestionThenItsCueInASentenceOfItsOwn() {
		ExtractedQuote quote = only("“What would stop them from doing it again?” Kowalczyk asked.");
		assertThat(quote.speaker().name()).isEqualTo("Kowalczyk");
		assertThat(quote.cue()).isEqualTo("asked");
	}

	@Test
	void askedWhetherReportsTheQuestion() {
		ExtractedQuote quote = only("Judge Anselm Kovacic asked the government's lawyer whether the council could "
				+ "delegate its power.");
		assertThat(quote.text()).isEqualTo("whether the council could delegate its power.");
	}

	@Test
	void aNameInThePossessiveIsStillThePerson() {
		List<ExtractedQuote> quotes = quotes("The judges questioned President Tomas Brannigan's new tariffs.\n\n"
				+ "Brannigan has said that losing the case would be “devastating.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Brannigan");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aTitleInsideAnOrganisationsName() {
		ExtractedQuote quote = only("The International Harbour Agency said it expected demand to fall.");
		assertThat(quote.speaker().name()).isEqualTo("International Harbour Agency");
	}

	@Test
	void saidBeforeATitledNameIsTheVerb() {
		ExtractedQuote quote = only("Brannigan said midfielder Tomas Okafor was “very close” to a return.");
		assertThat(quote.speaker().name()).isEqualTo("Brannigan");
		assertThat(quote.text()).startsWith("midfielder Tomas Okafor");
	}

	@Test
	void aRelativeClauseWithoutThatNamesNoSpeaker() {
		ExtractedQuote quote = only("Kovacic accused the neighbours of arming the rebels, a charge Ferndale has "
				+ "repeatedly denied.");
		assertThat(quote.speaker().name()).isEqualTo("Kovacic");
	}

	@Test
	void theNarratorsSourceAfterTheContentIsNoPartOfIt() {
		ExtractedQuote quote = only("Dana Whitcombe told ministers that the plan would not change, according to a "
				+ "readout from her office.");
		assertThat(quote.text()).isEqualTo("the plan would not change");
	}

	@Test
	void aDatelineOfTwoCities() {
		ExtractedQuote quote = only("LONDON/DUBAI, Oct 29 (Reuters) - The cartel is considering a pause in output "
				+ "increases, three sources told Reuters.");
		assertThat(quote.text()).startsWith("The cartel is considering");
	}

	@Test
	void anotherIsOneMoreOfTheSources() {
		List<ExtractedQuote> quotes = quotes("Three sources familiar with the talks told Reuters a deal was close.\n\n"
				+ "One of the sources said the north favoured caution. Another said the south wanted more.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Three sources familiar with the talks");
	}

	@Test
	void aTitleInTheLedeIsThePersonNamedNextEveryTimeItRecurs() {
		List<ExtractedQuote> quotes = quotes("Ferndale will never allow a corridor on its border, the country’s defense "
				+ "minister said on Friday.\n\n"
				+ "“We will continue our fight,” Anselm Kovacic said during a visit to troops.\n\n"
				+ "The minister also touched on the talks, saying that Ferndale supports its neighbour.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Anselm Kovacic");
		assertThat(quotes.get(0).role()).isEqualTo("the country’s defense minister");
	}

	@Test
	void anArmedForceNamedAfterItsCountry() {
		List<ExtractedQuote> quotes = quotes("The Kenya Defence Forces said it had struck weapons depots.\n\n"
				+ "“This activity is a violation of the understandings,” the military said in a statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Kenya Defence Forces", "Kenya Defence Forces");
	}

	@Test
	void aRoyalTitleIsNoPartOfTheRole() {
		ExtractedQuote quote = only("Foreign Minister Prince Khalid bin Rashed reiterated that the kingdom’s position "
				+ "had not changed.");
		assertThat(quote.speaker().name()).isEqualTo("Khalid bin Rashed");
		assertThat(quote.role()).isEqualTo("Foreign Minister");
	}

	@Test
	void anOrganisationInAppositionToADescription() {
		ExtractedQuote quote = only("Meanwhile, the Ferndale Observatory for Human Rights, a Britain-based war monitor, "
				+ "said clashes had erupted near the dam.");
		assertThat(quote.speaker().name()).isEqualTo("the Ferndale Observatory for Human Rights");
		assertThat(quote.text()).isEqualTo("clashes had erupted near the dam.");
	}

	@Test
	void aNameAndACueTheTaggerReadsAsOtherWords() {
		ExtractedQuote quote = only("Harbour captain Tomas Stokes insists his side will not abandon their style.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Stokes");
		assertThat(quote.cue()).isEqualTo("insists");
	}

	@Test
	void aListenerWithANameOfSeveralWords() {
		ExtractedQuote quote = only("Brannigan told BBC Test Match Special that the side had been “outplayed.”");
		assertThat(quote.text()).isEqualTo("the side had been “outplayed.”");
	}

	@Test
	void anAcronymInBracketsNamesTheOrganisation() {
		ExtractedQuote quote = only("The UN agency for harbour workers (UNHW) warned that its operations were near collapse.");
		assertThat(quote.speaker().name()).isEqualTo("UNHW");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void titlesJoinedByAHyphen() {
		ExtractedQuote quote = only("“Our teams work under impossible conditions,” Harbour Commissioner-General Dana "
				+ "Whitcombe said.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		assertThat(quote.role()).isEqualTo("Harbour Commissioner-General");
	}

	@Test
	void aPartyLabelIsARole() {
		ExtractedQuote quote = only("Democrat Dana Whitcombe told supporters that the race would come down to turnout.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("Democrat");
	}

	@Test
	void theAuthorOfAPublishedSurveySpeaks() {
		List<ExtractedQuote> quotes = quotes("Most voters want early elections, according to a survey published Thursday "
				+ "by the Ferndale Democracy Institute.\n\n"
				+ "The survey has a margin of error of 3.6 points, the institute said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Ferndale Democracy Institute", "Ferndale Democracy Institute");
	}

	@Test
	void theGroupIsTheOrganisationTheSentenceBeforeOpensWith() {
		List<ExtractedQuote> quotes = quotes("The court froze the dismissal of Attorney General Dana Whitcombe-Reyes.\n\n"
				+ "The Movement for Clean Government in Ferndale, one of the petitioners, welcomed the decision. “The "
				+ "government cannot fire gatekeepers,” the group said.\n\n"
				+ "Whitcombe-Reyes has said she would continue to do her job “without fear.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the Movement for Clean Government in Ferndale", "Dana Whitcombe-Reyes");
	}

	@Test
	void aGroupsNameBeforeItsNoun() {
		ExtractedQuote quote = only("His Harbour party said the ruling was “an attack on democracy.”");
		assertThat(quote.speaker().name()).isEqualTo("Harbour");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aSpecialRepresentativesTitle() {
		ExtractedQuote quote = only("Deputy Special Representative Dana Whitcombe told reporters that the truce was "
				+ "holding.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("Deputy Special Representative");
	}

	@Test
	void aSurnameThatIsAPronounAfterATitle() {
		ExtractedQuote quote = only("Commerce ministry spokesperson He Yadong told a news conference that the measures "
				+ "were unfair.");
		assertThat(quote.speaker().name()).isEqualTo("He Yadong");
		assertThat(quote.role()).isEqualTo("Commerce ministry spokesperson");
	}

	@Test
	void aPluralSourceNounOpeningTheSentenceIsNoName() {
		ExtractedQuote quote = only("Analysts said the dispute was likely to escalate.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aListOfNamesInsideTheContent() {
		ExtractedQuote quote = only("In remarks carried by state television, Kowalczyk said the move by France, "
				+ "Germany and the UK was “legally void.”");
		assertThat(quote.text()).isEqualTo("the move by France, Germany and the UK was “legally void.”");
	}

	@Test
	void aNameDescribedAsAFirmIsAnOrganisation() {
		ExtractedQuote quote = only("Harbour Water, the region's biggest water firm, said it was reviewing the decision.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.role()).isEqualTo("the region's biggest water firm");
	}

	@Test
	void aCharacterisationWhoseObjectHoldsAnInfinitive() {
		ExtractedQuote quote = only("Judge Dana Whitcombe ordered the agency to keep paying, calling the decision to "
				+ "suspend benefits “likely unlawful.”");
		assertThat(quote.cue()).isEqualTo("calling");
		assertThat(quote.text()).isEqualTo("the decision to suspend benefits “likely unlawful.”");
	}

	@Test
	void anOfficeWithAInTheLedeIsThePersonGivenItNext() {
		List<ExtractedQuote> quotes = quotes("A federal judge on Friday ordered the agency to keep paying, calling the "
				+ "decision “likely unlawful.”\n\n"
				+ "U.S. District Judge Dana Whitcombe said in her ruling that the agency had a fund it was required to use.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Dana Whitcombe", "Dana Whitcombe");
	}

	@Test
	void anAnonymousTitleWithAInTheLedeStaysAnonymous() {
		List<ExtractedQuote> quotes = quotes("A senior minister said the coalition would collapse within weeks.\n\n"
				+ "Foreign Minister Dana Whitcombe said the coalition was stable.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("a senior minister", "Dana Whitcombe");
	}

	@Test
	void aModifierOpeningTheSentenceNamesNobody() {
		List<ExtractedQuote> quotes = quotes("Former Harbourside captain Tomas Okafor said both sides must talk.\n\n"
				+ "Harbourside said in a statement that the player remained under contract.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Harbourside");
		assertThat(quotes.get(1).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void whoLeadsABodyIsAnAside() {
		ExtractedQuote quote = only("The Council of Ministers, chaired by King Khalid, reaffirmed the kingdom’s support "
				+ "for the talks.");
		assertThat(quote.speaker().name()).isEqualTo("the Council of Ministers");
	}

	@Test
	void aParticipleBeforeTheContentsSubjectIsNoVerb() {
		ExtractedQuote quote = only("Kowalczyk said the army and allied forces had “inflicted heavy losses” on the "
				+ "attackers.");
		assertThat(quote.text()).isEqualTo("the army and allied forces had “inflicted heavy losses” on the attackers.");
	}

	@Test
	void militaryRanksAbbreviated() {
		ExtractedQuote quote = only("In a statement, army spokesman Brig. Gen. Tomas Okafor said the attack had been "
				+ "repelled.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("army spokesman Brig. Gen.");
	}

	@Test
	void anotherReportAfterButEndsTheContent() {
		ExtractedQuote quote = only("The council promised compensation to affected families, but many say they have "
				+ "yet to receive help.");
		assertThat(quote.text()).isEqualTo("compensation to affected families");
	}

	@Test
	void aTrailingReportThenTheNarratorsSubordinateClause() {
		List<ExtractedQuote> quotes = quotes("Harbour Motor Company said it was reviewing its plants.\n\n"
				+ "Harbour Motor Company will cut 3,000 jobs by 2030, the carmaker said on Friday after reaching a deal "
				+ "with unions.");
		assertThat(quotes.get(1).text()).isEqualTo("Harbour Motor Company will cut 3,000 jobs by 2030");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Harbour Motor Company");
	}

	@Test
	void aCompoundNounTheTaggerReadsAsAVerb() {
		ExtractedQuote quote = only("The agreement avoids immediate plant closures and forced layoffs, VW's works "
				+ "council said.");
		assertThat(quote.mention()).isEqualTo("VW's works council");
	}

	@Test
	void aRoleThatEndsInItsOrganisationsName() {
		ExtractedQuote quote = only("“It is a step in the right direction,” said Tomas Okafor, a portfolio manager at "
				+ "Harbour Investment.");
		assertThat(quote.role()).isEqualTo("a portfolio manager at Harbour Investment");
	}

	@Test
	void peopleNounsOpeningTheSentenceAreAnonymousGroups() {
		List<ExtractedQuote> quotes = quotes("Critics say the situation has only worsened.\n\n"
				+ "Villagers said the attackers arrived on motorcycles.");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aTitledPersonOfAnInstitution() {
		ExtractedQuote quote = only("Speaking to reporters, Professor Tomas Okafor of Harbour University said he "
				+ "expected rates to fall.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("Professor, Harbour University");
	}

	@Test
	void aDescribedSourceWhoseComplementIsDescribedInApposition() {
		ExtractedQuote quote = only("A leader in the Harbour Framework, the ruling coalition of four parties, told "
				+ "reporters that the factions were “aware of the risks.”");
		assertThat(quote.speaker().name()).isEqualTo("a leader in the Harbour Framework");
	}

	@Test
	void aCapitalisedAdjectiveBeforeATitleIsNoVerb() {
		ExtractedQuote quote = only("Conservative leader Dana Whitcombe accused the government of “chaos”, saying it had "
				+ "no plan.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("Conservative leader");
	}

	@Test
	void aLongTitleBeforeATrailingCue() {
		ExtractedQuote quote = only("“We will continue to pursue them,” Harbour Chief of Staff Lt. Gen. Tomas Okafor "
				+ "said in a statement.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
	}

	@Test
	void aPlaceNamedAfterAStreetIsNobody() {
		List<ExtractedQuote> quotes = quotes("Speaking at a press conference in Harbour Street, the mayor said the "
				+ "system was “indefensible”.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the mayor");
	}

	@Test
	void aGroupOfTitledPeopleIsNoName() {
		ExtractedQuote quote = only("More than 100 Labour MPs said the reforms should be paused.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void oneOfThemNamedInApposition() {
		ExtractedQuote quote = only("One of them, Dana Whitcombe, told the BBC the cuts would “push people into poverty”.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.text()).isEqualTo("the cuts would “push people into poverty”.");
	}

	@Test
	void aChannelNamedWithANumber() {
		ExtractedQuote quote = only("The envoy is expected to arrive next week, according to a report by Channel 14.");
		assertThat(quote.speaker().name()).isEqualTo("Channel 14");
	}

	@Test
	void aGerundListenerBeforeThat() {
		ExtractedQuote quote = only("Dana Whitcombe told the gathering that the plan was “further than ever” from "
				+ "being realized.");
		assertThat(quote.text()).startsWith("the plan was");
	}

	@Test
	void aParticipleAndItsPrepositionIsAnAside() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Dana Whitcombe met the envoy on Friday.\n\n"
				+ "Whitcombe, seated beside the envoy in the Cabinet Room, said the talks were “productive.”");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).role()).isEqualTo("Foreign Minister");
	}

	@Test
	void aListenerWhoseNameTheTaggerReadsAsVerbs() {
		ExtractedQuote quote = only("Whitcombe told BBC Radio 5 Live's Football Daily podcast that she was enjoying "
				+ "time with her family.");
		assertThat(quote.text()).isEqualTo("she was enjoying time with her family.");
	}

	@Test
	void anAgeEpithetBeforeATrailingCue() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor left the job in the summer.\n\n"
				+ "“It is nice to breathe,” the 55-year-old said.\n\n"
				+ "“I am in no rush,” the 55-year-old told reporters.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said", "told");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Okafor");
	}

	@Test
	void aRegnalNumberIsNoAcronym() {
		ExtractedQuote quote = only("Ferndale’s King Tomas III warned of the “dangerous consequences” of the escalation.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas III");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aSourceInvolvedInSomething() {
		ExtractedQuote quote = only("Meanwhile, a senior official involved in the negotiations told Channel 13 that "
				+ "“significant gaps” remained between the sides.");
		assertThat(quote.speaker().name()).isEqualTo("a senior official involved in the negotiations");
	}

	@Test
	void theMediumBetweenTheCueAndTheContent() {
		ExtractedQuote quote = only("Harbour Bank analysts said in a note they expected prices to average $64 in the "
				+ "fourth quarter.");
		assertThat(quote.text()).startsWith("they expected prices");
	}

	@Test
	void aCollegeOfSomethingSpeaks() {
		ExtractedQuote quote = only("The Royal College of Harbour Medicine warned that patients were still facing "
				+ "“unacceptable” waits.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void anOrganisationsWordAloneRefersToItsFullName() {
		ExtractedQuote quote = only("The Harbour Monetary Fund raised its forecast for the kingdom. In its latest report, "
				+ "the Fund said the economy remained “resilient” despite lower prices.");
		assertThat(quote.speaker().name()).isEqualTo("Harbour Monetary Fund");
		assertThat(quote.mention()).isEqualTo("the Fund");
	}

	@Test
	void aReportInsideARelativeClauseWithWhose() {
		ExtractedQuote quote = only("The strike drew condemnation from Ferndale, whose foreign ministry spokesman Tomas "
				+ "Okafor said it “undermines efforts” to reach a ceasefire.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("foreign ministry spokesman");
		assertThat(quote.text()).isEqualTo("it “undermines efforts” to reach a ceasefire.");
	}

	@Test
	void aRelativeClauseAfterAnInvertedSpeakerIsNoRole() {
		ExtractedQuote quote = only("“We will not be silent,” said Dana Whitcombe, whose son is among the hostages.");
		assertThat(quote.role()).isNull();
	}

	@Test
	void theTeamsBossIsWhoeverLeadsIt() {
		List<ExtractedQuote> quotes = quotes("Harbourside manager Tomas Okafor admitted his side had been poor.\n\n"
				+ "Ferndale head coach Dana Whitcombe said the win was deserved.\n\n"
				+ "The Harbourside boss added that captain Piet Marsh would miss the next three weeks.\n\n"
				+ "The Ferndale boss said her players had been brilliant.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Okafor", "Dana Whitcombe", "Tomas Okafor", "Dana Whitcombe");
	}

	@Test
	void aRedCrossIsAnOrganisation() {
		List<ExtractedQuote> quotes = quotes("The Chile Red Cross said it had set up camps for 5,000 families.\n\n"
				+ "The Red Cross added that it needed blankets and clean water.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Chile Red Cross");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theCompanyIsTheOneTheArticleOpensWithByItsFullName() {
		ExtractedQuote quote = only("HARBOUR CITY (Reuters) - Okafor Shipping reported a 38% drop in profit on Tuesday.\n\n"
				+ "The Ferndale-listed company said operating costs rose 21% in the quarter.\n\n"
				+ "Shares in Okafor fell 6%, and Marsh Markets cut its rating; Marsh Markets' note was brief.");
		assertThat(quote.speaker().name()).isEqualTo("Okafor Shipping");
	}

	@Test
	void aCapitalisedMovementForSomethingNamesItself() {
		ExtractedQuote quote = only("The coalition rushed the bill through the Ferndale Assembly. The Assembly meets "
				+ "again on Monday.\n\nThe Movement for Clean Harbours in Ferndale said it would petition the court.");
		assertThat(quote.speaker().name()).isEqualTo("the Movement for Clean Harbours in Ferndale");
	}

	@Test
	void whenTheSpeakerSaidAQuotedFragmentIsTheNarrators() {
		ExtractedQuote quote = only("Ferndale's Tomas Okafor said he was \"still shaking\" after beating the world number "
				+ "one in four sets.");
		assertThat(quote.text()).isEqualTo("he was \"still shaking\"");
	}

	@Test
	void aGenericMinistryKeepsItsCountry() {
		List<ExtractedQuote> quotes = quotes("Chile’s Foreign Ministry said on Monday that talks had stalled.\n\n"
				+ "Ecuador’s Foreign Ministry said it welcomed the talks.\n\n"
				+ "The Foreign Ministry added that it was concerned.\n\n"
				+ "Chile’s Al-Marsa News TV reported that the border was closed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Chile’s Foreign Ministry",
				"Ecuador’s Foreign Ministry", "Ecuador’s Foreign Ministry", "Al-Marsa News TV");
	}

	@Test
	void aCompoundSubjectAfterTheCue() {
		ExtractedQuote quote = only("Governor Tomas Okafor spoke on Monday.\n\nHe said wage growth remained the main risk, "
				+ "adding that the bank would watch prices.");
		assertThat(quote.text()).startsWith("wage growth remained the main risk").endsWith("the bank would watch prices.");
	}

	@Test
	void aParticipleAsideInsideTheContent() {
		ExtractedQuote quote = only("Fire service spokesman Tomas Okafor said more than 400 firefighters, backed by 30 "
				+ "aircraft, were fighting the blaze.");
		assertThat(quote.text()).isEqualTo("more than 400 firefighters, backed by 30 aircraft, were fighting the blaze.");
	}

	@Test
	void aRelativeClauseInsideTheContentsSubject() {
		ExtractedQuote quote = only("The Ferndale Nurses Union said 89% of those who voted backed a strike.");
		assertThat(quote.text()).isEqualTo("89% of those who voted backed a strike.");
	}

	@Test
	void someonesAgentNamedInApposition() {
		ExtractedQuote quote = only("Okafor's agent, Dana Whitcombe, told reporters that her client was \"excited\" "
				+ "about the move.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
		assertThat(quote.role()).isEqualTo("Okafor's agent");
	}

	@Test
	void firedBackThat() {
		ExtractedQuote quote = only("Minority Leader Tomas Okafor fired back that the majority had refused to negotiate.");
		assertThat(quote.cue()).isEqualTo("fired back that");
		assertThat(quote.text()).isEqualTo("the majority had refused to negotiate.");
	}

	@Test
	void aNavalRankIsPartOfTheRole() {
		ExtractedQuote quote = only("“We are looking into it,” army spokesman Rear Adm. Tomas Okafor said.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("army spokesman Rear Adm.");
	}

	@Test
	void theMilitaryIsTheArmedForceNotItsSpokesman() {
		List<ExtractedQuote> quotes = quotes("The Ferndale Defense Forces said it had opened an investigation.\n\n"
				+ "“This was a tragic incident,” army spokesman Tomas Okafor said.\n\n"
				+ "The military said the convoy had not been identified as humanitarian.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Ferndale Defense Forces", "Tomas Okafor", "Ferndale Defense Forces");
	}

	@Test
	void aCourtesyTitleEndsNoRole() {
		ExtractedQuote quote = only("Deputy Minister Dr. Tomas Okafor said the cards would hold each pilgrim's data.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("Deputy Minister");
	}

	@Test
	void anAuthorityNamedWithItsAcronym() {
		ExtractedQuote quote = only("The Ferndale Data and Harbour Authority (FDHA) said it had built the system.");
		assertThat(quote.speaker().name()).isEqualTo("the Ferndale Data and Harbour Authority");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void sheIsNotTheManQuotedLast() {
		List<ExtractedQuote> quotes = quotes("Health Minister Dana Whitcombe said the hospital would reopen in May. "
				+ "Opposition spokesman Tomas Okafor said the date was unrealistic.\n\n"
				+ "\"We have heard this before,\" he said.\n\n"
				+ "\"The money is there and the builders are ready,\" she said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dana Whitcombe", "Tomas Okafor", "Tomas Okafor", "Dana Whitcombe");
	}

	@Test
	void aCourtesyTitleAnywhereTellsWhoSheIsNot() {
		List<ExtractedQuote> quotes = quotes("Mr Okafor became an MP last year.\n\n"
				+ "Dana Whitcombe said the hospital would reopen in May. Tomas Okafor said the date was unrealistic.\n\n"
				+ "\"The builders are ready,\" she said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dana Whitcombe", "Tomas Okafor", "Dana Whitcombe");
	}

	@Test
	void whoSpeaksOfHimselfIsAMan() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor said he would appeal. Dana Whitcombe said she found the ruling "
				+ "fair.\n\n"
				+ "\"I will take this to the highest court,\" he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Okafor", "Dana Whitcombe", "Tomas Okafor");
	}

	@Test
	void aReportedClauseBeforeAQuotationAfterACommaIsMixed() {
		ExtractedQuote quote = only("Analyst Tomas Okafor said neither side believed it could win outright, “but both "
				+ "believe they can win more by fighting a little longer.”");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.text()).startsWith("neither side believed").endsWith("a little longer.”");
	}

	@Test
	void wasQuotedAsSayingAfterTheQuotation() {
		ExtractedQuote quote = only("“We will not reward those who committed massacres,” council member Tomas Okafor "
				+ "was quoted as saying.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.cue()).isEqualTo("was quoted as saying");
	}

	@Test
	void aHyphenatedPositionBeforeTheName() {
		ExtractedQuote quote = only("Former Ferndale fly-half Tomas Okafor said the union had to change.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("Former Ferndale fly-half");
	}

	@Test
	void aReportInsideTheNarratorsAfterClause() {
		ExtractedQuote quote = only("Oil prices rose on Wednesday after sources said the group was considering "
				+ "extending its output cuts.");
		assertThat(quote.speaker().name()).isEqualTo("sources");
		assertThat(quote.text()).isEqualTo("the group was considering extending its output cuts.");
	}

	@Test
	void aParticiplesContentEndsWhereTheNarratorGoesOn() {
		ExtractedQuote quote = only("The army rejected the proposal, saying it would allow the rebels to regroup, as "
				+ "fighting intensified around the city.");
		assertThat(quote.text()).isEqualTo("it would allow the rebels to regroup");
	}

	@Test
	void aSheriffAndAPrincipalAreTitles() {
		List<ExtractedQuote> quotes = quotes("Harbour County Sheriff Tomas Okafor said the suspect had acted alone.\n\n"
				+ "Principal Dana Whitcombe wrote that classes would resume on Monday.");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Harbour County Sheriff", "Principal");
	}

	@Test
	void aWordCapitalisedOnlyAtSentencesStartsNamesNoCompany() {
		ExtractedQuote quote = only("Former players joined the protest. Former coaches stayed away.\n\n"
				+ "Shares fell after the company said profits would drop.");
		assertThat(quote.speaker().name()).isEqualTo("the company");
	}

	@Test
	void itsIsAPossessiveNotItIs() {
		ExtractedQuote quote = only("The Harbour Workers Union said its members would stay out until the operators "
				+ "agreed to higher wages.");
		assertThat(quote.text()).startsWith("its members would stay out");
	}

	@Test
	void aNounBeforeTheSpeakersNounIsNoVerb() {
		ExtractedQuote quote = only("More than half a million refugees have returned since December, the UN refugee "
				+ "agency said on Tuesday.");
		assertThat(quote.speaker().name()).isEqualTo("the UN refugee agency");
	}

	@Test
	void aReportInsideARelativeClause() {
		ExtractedQuote quote = only("Dockworkers walked off the job on Tuesday, in a strike that economists warned "
				+ "could snarl supply chains within days.");
		assertThat(quote.speaker().name()).isEqualTo("economists");
	}

	@Test
	void reportingPhrasesOfTranslatedNews() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Tomas Okafor pointed to the importance of supporting the "
				+ "army.\n\nHe expressed his rejection of any attempt to drag the country into a new war.\n\n"
				+ "Okafor renewed his call for the international community to pressure the rebels to withdraw.");
		assertThat(quotes).extracting(ExtractedQuote::cue)
			.containsExactly("pointed to", "expressed his rejection", "renewed his call for");
	}

	@Test
	void whatAPersonUsedToBeRefersBackToThem() {
		List<ExtractedQuote> quotes = quotes("Harbourside beat Ferndale 2-1 on Sunday. Tomas Okafor scored the winner.\n\n"
				+ "\"It was a special moment for me,\" the former Ferndale midfielder told Sky Sports.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor");
	}

	@Test
	void theTeamsBossWhoseTitleNamesNoTeam() {
		List<ExtractedQuote> quotes = quotes("Manager Dana Whitcombe praised her side. \"We never stopped believing,\" "
				+ "she said.\n\n\"He is a leader in the dressing room,\" the Harbourside boss added.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Dana Whitcombe");
	}

	@Test
	void aNameThatACompanysNounDescribesIsAnOrganisation() {
		ExtractedQuote quote = only("Utility company Harbour Power said crews from 12 states were on standby.");
		assertThat(quote.speaker().name()).isEqualTo("Harbour Power");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void toAndAListenerBeforeThat() {
		ExtractedQuote quote = only("Tomas Okafor admitted to police that he had taken the money.");
		assertThat(quote.text()).isEqualTo("he had taken the money.");
	}

	@Test
	void aReligiousTitleIsHowHeIsCalledNotHisRole() {
		ExtractedQuote quote = only("Ferndale's Supreme Leader Ayatollah Tomas Okafor said the attack \"will not go "
				+ "unanswered.\"");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("Ferndale's Supreme Leader");
	}

	@Test
	void titlesAloneAfterACountryInThePossessiveNameNobody() {
		ExtractedQuote quote = only("Iran’s Supreme Leader vowed a “crushing” reply to what he called aggression.");
		assertThat(quote.speaker().kind()).isNotEqualTo(SpeakerKind.PERSON);
		assertThat(quote.speaker().name()).isEqualTo("Iran’s Supreme Leader");
	}

	@Test
	void anInvertedSpeakerWithAParticipleTitleAndAnAge() {
		ExtractedQuote quote = only("\"It's the worst I've seen in 30 years,\" said retired firefighter Joe Kline, 67.");
		assertThat(quote.speaker().name()).isEqualTo("Joe Kline");
		assertThat(quote.role()).isEqualTo("retired firefighter");
	}

	@Test
	void aRoleWithoutItsRelativeClause() {
		ExtractedQuote quote = only("\"We lost everything,\" said Dana Whitcombe, a 45-year-old mother of three who "
				+ "lost her home in the fire.");
		assertThat(quote.role()).isEqualTo("a 45-year-old mother of three");
	}

	@Test
	void aFatherOfFourSpeaks() {
		ExtractedQuote quote = only("\"There is no food, no water, nothing,\" a father of four told Reuters by phone.");
		assertThat(quote.speaker().name()).isEqualTo("a father of four");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void anotherTeamsBossIsNotThisTeamsManager() {
		List<ExtractedQuote> quotes = quotes("Harbourside manager Tomas Okafor said his side had been poor.\n\n"
				+ "\"We deserved it,\" the Ferndale boss said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "the Ferndale boss");
	}

	@Test
	void aNameWithASuffix() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor Jr. said the report was flawed.\n\n\"We will fight this,\" Okafor said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Okafor Jr");
		assertThat(quotes.get(0).role()).isNull();
	}

	@Test
	void aSurnameThatIsATitle() {
		List<ExtractedQuote> quotes = quotes("Author Harry Bishop said the report was flawed.\n\n"
				+ "\"We will fight this,\" Bishop said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Harry Bishop");
	}

	@Test
	void twoPeopleSpeakingTogetherAreTheFirstNamed() {
		ExtractedQuote quote = only("Ferndale Foreign Minister Tomas Okafor and his Harbourian counterpart Dana Whitcombe "
				+ "stressed the need for an immediate ceasefire.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.role()).isEqualTo("Ferndale Foreign Minister");
	}

	@Test
	void quotedHerAsSaying() {
		List<ExtractedQuote> quotes = quotes("Dana Whitcombe arrived in Cairo on Monday.\n\n"
				+ "Whitcombe's office quoted her as saying that \"peace is within reach.\"");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Dana Whitcombe");
		// (its content one quotation whole: direct speech)
		assertThat(quotes.get(0).text()).isEqualTo("peace is within reach.");
		assertThat(quotes.get(0).type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void reportedContentThatIsOneQuotationWholeIsDirect() {
		List<ExtractedQuote> quotes = quotes("Mayor Ilse Brandvold said that “the bridge will open in May.” "
				+ "She said the cost would stay “within the budget.”");
		assertThat(quotes).extracting(ExtractedQuote::type).containsExactly(QuoteType.DIRECT, QuoteType.MIXED);
		assertThat(quotes.get(0).text()).isEqualTo("the bridge will open in May.");
		String paragraph = "Mayor Ilse Brandvold said that “the bridge will open in May.” "
				+ "She said the cost would stay “within the budget.”";
		assertThat(paragraph.substring(quotes.get(0).start(), quotes.get(0).end())).isEqualTo(quotes.get(0).text());
		assertThat(quotes.get(1).text()).isEqualTo("the cost would stay “within the budget.”");
	}

	@Test
	void aSpeechBroadcastOnTelevision() {
		ExtractedQuote quote = only("Tomas Okafor said in a speech broadcast on television that the country would not "
				+ "surrender.");
		assertThat(quote.text()).isEqualTo("the country would not surrender.");
	}

	@Test
	void theMilitaryIsNoTitledPerson() {
		List<ExtractedQuote> quotes = quotes("\"We will not stop,\" said Prime Minister Tomas Okafor.\n\n"
				+ "The military said on Sunday that troops had killed dozens of gunmen.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "the military");
	}

	@Test
	void aBodyAloneIsNoTitledPerson() {
		List<ExtractedQuote> quotes = quotes("\"We will not stop,\" said Prime Minister Tomas Okafor.\n\n"
				+ "The delegation said the talks were positive.\n\nThe monitor said 12 people were killed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Okafor", "the delegation", "the monitor");
	}

	@Test
	void aBylineNamesNobodyInTheStory() {
		List<ExtractedQuote> quotes = quotes("By Tomas Okafor, Political Correspondent\n\n"
				+ "The finance ministry said on Monday that the deficit would rise.\n\n\"We have no choice,\" he said.\n\n"
				+ "(Reporting by Dana Whitcombe; Editing by Piet Marsh)");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).doesNotContain("Tomas Okafor",
				"Political Correspondent", "Dana Whitcombe", "Piet Marsh");
	}

	@Test
	void aLedeTitleAnnouncesOnlySomeoneWithItsQualifiers() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor spoke in Harbour City on Monday.\n\n"
				+ "\"We will deliver,\" the prime minister said.\n\n"
				+ "Dana Whitcombe, a former cabinet minister, warned that the party was divided.");
		assertThat(quotes.get(0).speaker().name()).isNotEqualTo("Dana Whitcombe");
	}

	@Test
	void sirAndDameAreNoRoles() {
		List<ExtractedQuote> quotes = quotes("Sir Tomas Okafor said the government would not raise taxes.\n\n"
				+ "Dame Dana Whitcombe, the shadow home secretary, said the plan was \"a fantasy.\"");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly(null, "the shadow home secretary");
	}

	@Test
	void aQuotationEndingNarrationIsNotTheNextSentences() {
		List<ExtractedQuote> quotes = quotes("Organizers said the protest had been peaceful and accused officers of "
				+ "using “disproportionate force.” “They came to hurt us, not to clear the road,” said Dana Whitcombe, 27.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Organizers", "Dana Whitcombe");
	}

	@Test
	void aParticipleCueTheTaggerReadAsANoun() {
		ExtractedQuote quote = only("Minister Tomas Okafor praised the officers, writing on X that “whoever blocks roads "
				+ "will be treated firmly.”");
		assertThat(quote.cue()).isEqualTo("writing");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
	}

	@Test
	void anOrganisationsWordInThePlural() {
		ExtractedQuote quote = only("The Centers for Harbour Disease Control and Prevention said it had sent a team.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aPluralSubjectTheTaggerReadAsAnAdposition() {
		ExtractedQuote quote = only("Analyst Tomas Okafor of Granite Research said investors would welcome the lower costs.");
		assertThat(quote.text()).isEqualTo("investors would welcome the lower costs.");
	}

	@Test
	void thatRightAfterAPhrasalCue() {
		ExtractedQuote quote = only("Economist Tomas Okafor pointed out that lower rates had encouraged demand.");
		assertThat(quote.text()).isEqualTo("lower rates had encouraged demand.");
	}

	@Test
	void nounsBeforeATrailingSpeakersNoun() {
		ExtractedQuote quote = only("The number of cases has risen to 146, state health officials said Tuesday, the "
				+ "largest outbreak in the state in more than 30 years.");
		assertThat(quote.speaker().name()).isEqualTo("state health officials");
	}

	@Test
	void theSoftwareMakerIsTheCompany() {
		ExtractedQuote quote = only("Okafor Systems will cut about 1,200 jobs, the software maker said on Wednesday. "
				+ "Okafor Systems shares rose.");
		assertThat(quote.speaker().name()).isEqualTo("Okafor Systems");
	}

	@Test
	void aSurnameThatIsAPlaceOpensTheSentenceBefore() {
		List<ExtractedQuote> quotes = quotes("Britain's Tomas Okafor says he will win the rematch against Mexico's Carlos "
				+ "Medina.\n\nMedina, 33, dismissed the Briton's comments. \"He talks a lot,\" the Mexican said.");
		assertThat(quotes.get(quotes.size() - 1).speaker().name()).isEqualTo("Carlos Medina");
	}

	@Test
	void aTrailingTellingWithAnAdverbial() {
		ExtractedQuote quote = only("No injuries were reported, but two tank cars were leaking a chemical, Fire Chief "
				+ "Tomas Okafor told reporters at a morning briefing.");
		assertThat(quote.text()).startsWith("No injuries were reported");
	}

	@Test
	void aNameThatAnOrganisationsNounAnnounces() {
		ExtractedQuote quote = only("The railroad, Harbour Lakes Rail, said in a statement that it was “deeply sorry for "
				+ "the disruption.”");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aParticiplesClauseOpensTheSentenceBeforeAPronoun() {
		List<ExtractedQuote> quotes = quotes("\"The crowd has been unbelievable,\" Okafor said.\n\n"
				+ "American world number one Jake Turner is among a group of four players tied for second.\n\n"
				+ "Turner admitted he had \"left a few out there\" after missing three putts.\n\n"
				+ "Asked whether he could handle the pressure of leading at home, Okafor smiled. \"Ask me on Sunday "
				+ "night,\" he said.");
		assertThat(quotes.get(quotes.size() - 1).speaker().name()).isEqualTo("Okafor");
	}

	@Test
	void aCountrysMilitaryIsAnOrganisation() {
		ExtractedQuote quote = only("The Ferndale military said it had targeted weapons depots in the area.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theHeadOfAnInstitutionInTheLedeIsThePersonNamedNext() {
		List<ExtractedQuote> quotes = quotes("Ferndale will hold elections in September, the head of the Supreme "
				+ "Committee for People’s Assembly Elections announced on Sunday.\n\n"
				+ "Tomas Okafor told the official news agency that candidates could register next month.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Okafor");
	}

	@Test
	void askingNotToBeNamedIsNoQuote() {
		List<ExtractedQuote> quotes = quotes("Some policymakers had argued for a pause, two sources told Reuters. The "
				+ "sources asked not to be named because the deliberations are confidential.");
		assertThat(quotes).hasSize(1);
	}

	@Test
	void aReportedClausesOneWordSubjectBeforeItsPastTense() {
		ExtractedQuote quote = only("Asked about the border, the Ferndale minister said dialogue remained \"the only "
				+ "way\" to settle the dispute.");
		assertThat(quote.text()).startsWith("dialogue remained");
	}

	@Test
	void anOfficeWithSeveralPortfoliosAfterABylineAndADateline() {
		List<ExtractedQuote> quotes = quotes("Staff report\n\nFERNDALE — Minister of Environment, Water and "
				+ "Agriculture Eng. Tomas Okafor said the plan would cut waste by half.\n\n"
				+ "The minister noted that ten new plants were being built.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Tomas Okafor");
		assertThat(quotes.get(0).role()).isEqualTo("Minister of Environment, Water and Agriculture");
	}

	@Test
	void aNationalityTellsACounterpartFromTheMinister() {
		List<ExtractedQuote> quotes = quotes("Speaking at a news conference with his Egyptian counterpart Samir Haddad, "
				+ "Turkish Foreign Minister Tomas Okafor said the talks had been useful.\n\n"
				+ "The Egyptian minister said the two sides had discussed Libya.\n\n"
				+ "The Turkish minister said trade would grow.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Okafor", "Samir Haddad", "Tomas Okafor");
	}

	@Test
	void theMinistryItselfIsNoOfficialOfIt() {
		List<ExtractedQuote> quotes = quotes("A finance ministry official said the payroll lists were still being "
				+ "audited.\n\nThe ministry itself said in a brief statement that it remained committed to the law.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the ministry");
		assertThat(quotes.get(1).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aTitlesWordAfterACourtesyTitleIsAGivenName() {
		ExtractedQuote quote = only("Minister of Investment Eng. Sultan Okafor said the law would remove barriers.");
		assertThat(quote.speaker().name()).isEqualTo("Sultan Okafor");
		assertThat(quote.role()).isEqualTo("Minister of Investment");
	}

	@Test
	void aPersonReportingWhatABodyReiterated() {
		List<ExtractedQuote> quotes = quotes("Minister of Media Tomas Okafor briefed reporters after the session.\n\n"
				+ "The Cabinet reiterated its call for an immediate ceasefire, Okafor said.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quotes.get(0).text()).startsWith("The Cabinet reiterated");
	}

	@Test
	void anActionThenASayingVerbSharingTheSubject() {
		ExtractedQuote quote = only("Gov. Tomas Okafor declared a state of emergency and said federal investigators "
				+ "were on their way.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.text()).isEqualTo("federal investigators were on their way.");
	}

	@Test
	void aNounBeforeThePluralNounOpeningTheSentence() {
		ExtractedQuote quote = only("Climate scientists say the monsoon has become more erratic in recent years.");
		assertThat(quote.speaker().name()).isEqualTo("Climate scientists");
	}

	@Test
	void aCueWithAnObjectAfterAQuotedWordIsNoTail() {
		ExtractedQuote quote = only("A White House spokesman, Tomas Okafor, said the administration was “confident” "
				+ "the full Senate would confirm Lena Brandt before the end of the month.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.text()).startsWith("the administration was");
	}

	@Test
	void aSecondReportAfterAQuotationAndWhile() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor called the plan “reckless,” while Lena Brandt said it was "
				+ "long overdue.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Lena Brandt");
		assertThat(quotes.get(1).text()).isEqualTo("it was long overdue.");
	}

	@Test
	void aPersonDescribedAnewRightAfterAnUnnamedPersonSpokeIsThatPerson() {
		List<ExtractedQuote> quotes = quotes("A member of the negotiating delegation, who preferred to remain anonymous, "
				+ "said the talks had focused on the timetable.\n\n"
				+ "The Kurdish official explained that the fighters wanted to stay in their areas.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("a member of the negotiating delegation", "a member of the negotiating delegation");
	}

	@Test
	void anUnnamedPersonOfAnotherNationalityIsNotTheOneDescribed() {
		List<ExtractedQuote> quotes = quotes("A Turkish official said the talks had focused on the timetable.\n\n"
				+ "The Egyptian official said the border would stay closed.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the Egyptian official");
	}

	@Test
	void aPluralNounForTwoPartiesNamedTogether() {
		List<ExtractedQuote> quotes = quotes("Swedish steelmaker Okafor and Finland's Brandtstal agreed on Tuesday to "
				+ "merge.\n\nBrandtstal shareholders will own 45% of the new group, the companies said in a joint "
				+ "statement.\n\nSaudi Arabia and Egypt signed 14 agreements on Monday.\n\n"
				+ "The two countries said they would raise trade to $20 billion.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Okafor and Brandtstal", "Saudi Arabia and Egypt");
	}

	@Test
	void aListOfNationalitiesOpensTheContent() {
		ExtractedQuote quote = only("Okafor said Qatari, Egyptian and US mediators were working to bridge the gaps.");
		assertThat(quote.text()).startsWith("Qatari, Egyptian and US mediators");
	}

	@Test
	void aCampaignIsAnOrganisation() {
		ExtractedQuote quote = only("Campaign for Cleaner Rivers said the rise would hit commuters hardest.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aCondemnationAsACharacterisationGoesOnWithASecondReport() {
		ExtractedQuote quote = only("Tomas Okafor condemned the strike as “a blatant violation of our sovereignty” and "
				+ "called on the guarantors of the truce to intervene.");
		assertThat(quote.cue()).isEqualTo("condemned");
		assertThat(quote.text()).isEqualTo("the strike as “a blatant violation of our sovereignty” and called on the "
				+ "guarantors of the truce to intervene.");
	}

	@Test
	void aCondemnationAloneIsNoReport() {
		assertThat(quotes("Tomas Okafor condemned the attack.")).isEmpty();
	}

	@Test
	void anAgeAndANationTogetherAreAnEpithet() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor finished second.\n\n\"He deserves it,\" said the "
				+ "26-year-old Italian.\n\n\"We will be back,\" the experienced Dutchman added.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Tomas Okafor");
	}

	@Test
	void anAbbreviatedTitleAndAPartyBeforeIt() {
		List<ExtractedQuote> quotes = quotes("Gov. Tomas Okafor called the ruling “an invitation to the cartels.”\n\n"
				+ "The Republican governor said the state would keep busing migrants.\n\n"
				+ "Sen. Lena Brandt said the ruling was right.\n\nThe senator said she would welcome an appeal.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Okafor", "Tomas Okafor", "Lena Brandt", "Lena Brandt");
	}

	@Test
	void aDemonymOfTwoWordsIsAnEpithet() {
		List<ExtractedQuote> quotes = quotes("Head coach Tomas Okafor insisted the approach would not change.\n\n"
				+ "\"That's not who we are,\" the New Zealander said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Tomas Okafor");
	}

	@Test
	void twoNounsJoinedBeforeTheReportedSubjectsNoun() {
		ExtractedQuote quote = only("Okafor said search and rescue teams had reached the sites within 12 minutes.");
		assertThat(quote.text()).startsWith("search and rescue teams");
	}

	@Test
	void aSubjectBeforeARelativeAsideAndCoordinatedVerbs() {
		ExtractedQuote quote = only("Clean Rivers Now, which monitors pollution, welcomed the fines but said they "
				+ "“do not go nearly far enough.”");
		assertThat(quote.speaker().name()).isEqualTo("Clean Rivers Now");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.text()).isEqualTo("they “do not go nearly far enough.”");
	}

	@Test
	void aSpeakerWithARelativeAsideWhoSaysAndAccuses() {
		ExtractedQuote quote = only("A union official, who spoke on condition of anonymity, said the offer was "
				+ "“an insult” and accused the company of stalling.");
		assertThat(quote.cue()).isEqualTo("said");
	}

	@Test
	void inHisWordsIntroducesAQuotation() {
		List<ExtractedQuote> quotes = quotes("Member of the parliamentary oil committee Tomas Okafor told reporters that "
				+ "parliament must see the deal first. In his words, “any deal made behind closed doors will collapse.”");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Okafor");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void expressingABeliefReports() {
		ExtractedQuote quote = only("Tomas Okafor expressed his belief that exports would resume within weeks.");
		assertThat(quote.text()).isEqualTo("exports would resume within weeks.");
	}

	@Test
	void aRelativeAsideInsideTheReportedSubject() {
		ExtractedQuote quote = only("The families' forum said the images of the men, who appeared thin and pale, were "
				+ "“further proof that there is no time to waste.”");
		assertThat(quote.text()).startsWith("the images of the men");
	}

	@Test
	void anAsideBetweenDashesInsideTheReportedSubject() {
		ExtractedQuote quote = only("The army said the three — Tomas Okafor, 46, Lena Brandt, 29, and Samir Haddad, "
				+ "46 — had been handed over to the Red Cross.");
		assertThat(quote.text()).startsWith("the three — Tomas Okafor");
	}

	@Test
	void anOutletsNameBeforeWhatItIs() {
		ExtractedQuote quote = only("Ferndale One television said Okafor's wife and some of his aides had confirmed "
				+ "the message.");
		assertThat(quote.speaker().name()).isEqualTo("Ferndale One");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void anAdjectiveBeforeANameDescribesThePerson() {
		ExtractedQuote quote = only("In a recording posted online, a defiant Okafor described the deadly Harbour "
				+ "clashes as a plot aimed at ending his presence, accusing Brandt of leading the fighting.");
		assertThat(quote.speaker().name()).isEqualTo("Okafor");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		assertThat(quote.cue()).isEqualTo("described");
	}

	@Test
	void aCountrysMinisterInTheLedeIsThePersonNamedNextAndQuotedLater() {
		List<ExtractedQuote> quotes = quotes("Turkey’s foreign minister said on Tuesday that Turkey was doing the most to "
				+ "end the war.\n\nAddressing a budget committee in Ankara, Tomas Okafor reviewed regional "
				+ "developments.\n\n“We will keep trying,” the diplomat added.\n\n"
				+ "The international system is in crisis, Okafor said.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Tomas Okafor");
	}

	@Test
	void aNameTheTaggerReadsAsAnAdverbBeforeACue() {
		ExtractedQuote quote = only("Akar stressed that the army would respond to any attack.");
		assertThat(quote.speaker().name()).isEqualTo("Akar");
	}

	@Test
	void aNameAndAColonBeforeAQuotation() {
		List<ExtractedQuote> quotes = quotes("Riverside 0-1 Castleton\n\nTomas Okafor: “That’s football. We are very "
				+ "disappointed to lose.\n\n“We played a good game but it was difficult.”\n\n"
				+ "Lena Brandt: “It was an amazing finish. We deserved it.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Lena Brandt");
		assertThat(quotes.get(0).text()).endsWith("but it was difficult.");
	}

	@Test
	void narrationBeforeAColonNamesNoSpeaker() {
		assertThat(quotes("The message was clear: “We are not going anywhere.”")).extracting(ExtractedQuote::type)
			.doesNotContain(QuoteType.DIRECT);
	}

	@Test
	void theStatementIsItsMakers() {
		List<ExtractedQuote> quotes = quotes("The Ferndale Foreign Ministry said in a statement that the talks had been "
				+ "constructive.\n\nThe statement added that a second round would be held in Cairo.\n\n"
				+ "“We remain committed to dialogue,” the statement said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Ferndale Foreign Ministry");
	}

	@Test
	void aStatementNobodyWasSaidToMakeStaysAsWritten() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor said the talks had been constructive.\n\n"
				+ "The statement added that a second round would be held in Cairo.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the statement");
	}

	@Test
	void aPossessiveAloneIsNoSpeaker() {
		assertThat(quotes("Okafor heard from the families about their fears and their questions regarding the "
				+ "information that had been shared.")).isEmpty();
	}

	@Test
	void anInvertedSpeakersAdjectiveWithoutItsComplement() {
		ExtractedQuote quote = only("\"We are not there yet,\" said a senior department official involved in the "
				+ "review, who spoke on condition of anonymity.");
		assertThat(quote.speaker().name()).isEqualTo("a senior department official");
	}

	@Test
	void anOrganisationsAcronymIsNoPartOfItsNameButFindsIt() {
		List<ExtractedQuote> quotes = quotes("The Ferndale Press Agency (FPA) reported that the talks would resume.\n\n"
				+ "The FPA said the delegations would meet in Cairo.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Ferndale Press Agency", "Ferndale Press Agency");
	}

	@Test
	void aBrokerBelievesThat() {
		List<ExtractedQuote> quotes = quotes("Investment bank Harbour Capital cut its price target on Okafor Media.\n\n"
				+ "The broker believes that Okafor Media faces \"severe structural weaknesses\" in its business.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Harbour Capital");
	}

	@Test
	void aGovernmentBodyWithoutItsArticle() {
		ExtractedQuote quote = only("At least 45 people have been killed in strikes on a refugee camp, health ministry "
				+ "said on Sunday in an updated toll.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.speaker().name()).isEqualTo("health ministry");
	}

	@Test
	void aPlaceInTheComplementOfABodyIsNoSpeaker() {
		ExtractedQuote quote = only("The Hamas-run ministry in the besieged Gaza Strip said in a statement that the "
				+ "toll had risen to 45.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		assertThat(quote.speaker().name()).contains("ministry");
	}

	@Test
	void anAgencyTheTaggerReadsAsAnAdverbBeforeItsCue() {
		ExtractedQuote quote = only("Gaza's civil defence agency reported Sunday that strikes had killed at least 22 "
				+ "people.");
		assertThat(quote.speaker().name()).isEqualTo("Gaza's civil defence agency");
	}

	@Test
	void anAdverbOfTimeTheTaggerReadsAsAnAdjective() {
		ExtractedQuote quote = only("The Israeli military later claimed responsibility for that attack, saying Okafor "
				+ "had been an operative in the armed wing.");
		assertThat(quote.speaker().name()).isEqualTo("the Israeli military");
	}

	@Test
	void aParticipleThatReportsWithoutItsComma() {
		ExtractedQuote quote = only("MP Tomas Okafor blasted the armed group stressing that “the country cannot bear "
				+ "a new war,” calling on it to “stop being stubborn.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Okafor");
		assertThat(quote.text()).startsWith("“the country cannot bear");
	}

	@Test
	void aTeamInThePossessiveBeforeANameWithAParticle() {
		ExtractedQuote quote = only("Red Arrow's Pieter van Okafor said he had given everything.");
		assertThat(quote.speaker().name()).isEqualTo("Pieter van Okafor");
	}

	@Test
	void aWordThatAHyphenClosesGoesOnWithTheNext() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafor, a spokesman for the U.S-backed Ferndale Forces, said the "
				+ "fighters would resist.\n\nHe says the door is still open.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Okafor", "Tomas Okafor");
	}

	@Test
	void anOfficialInTheLedeIsThePersonTheNextParagraphIntroduces() {
		List<ExtractedQuote> quotes = quotes("A top Kurdish official said Tuesday his fighters were ready.\n\n"
				+ "Tomas Okafor is co-chair of the largest Kurdish party. He spoke by telephone.\n\n"
				+ "“We are getting ready,” he said.\n\nOkafor said he hoped for talks.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Okafor");
	}

	@Test
	void anOfficialInTheLedeStaysUnnamedWithoutAnIntroduction() {
		List<ExtractedQuote> quotes = quotes("A senior official said Tuesday the talks would resume.\n\n"
				+ "Tomas Okafor, the foreign minister, said he hoped for progress.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("a senior official");
	}

	@Test
	void aNameTheTaggerReadsAsAPrepositionBeforeTold() {
		ExtractedQuote quote = only("Okafor told Haddad that Iraq would not allow its territory to be used for attacks, "
				+ "according to a statement from his office.");
		assertThat(quote.speaker().name()).isEqualTo("Okafor");
		assertThat(quote.text()).startsWith("Iraq would not allow");
	}

	@Test
	void aLabelAndAColonNameNoSpeaker() {
		assertThat(quotes("Update: “The road will stay closed until Friday.”\n\nPhoto: “Protesters gather outside "
				+ "parliament in Beirut.”")).isEmpty();
	}

	@Test
	void aPlaceCompletesAQuotationBeforeItsCue() {
		List<ExtractedQuote> quotes = quotes("Israel's military said it was looking into the reports.\n\n"
				+ "\"The troops struck dozens of fighters from the air and the ground\" in Beit Hanoun, it said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Israel's military");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theTvNetworkIsNoOutletNamedTv() {
		ExtractedQuote quote = only("\"No progress has been made in this regard,\" the TV network said.");
		assertThat(quote.speaker().name()).isEqualTo("the TV network");
	}

	@Test
	void anInvertedOfficeKeepsItsComplement() {
		List<ExtractedQuote> quotes = quotes("“We will keep trying,” said the head of diplomacy.\n\n"
				+ "“We are out of fuel,” said the head of the UN agency.\n\n"
				+ "“The wards are full,” said the director of the hospital, Tomas Okafor.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the head of diplomacy", "the head of the UN agency", "Tomas Okafor");
		assertThat(quotes.get(2).role()).isEqualTo("the director of the hospital");
	}

	@Test
	void twoQuotationsInARowAreTwoSentences() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, the brother of Mayor Anna Kiro, launched a campaign on Monday, "
				+ "stressing his commitment to “open government.” “We will publish every contract. Nothing will be "
				+ "hidden,” Vell wrote on his website.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		assertThat(quotes.get(0).text()).isEqualTo("his commitment to “open government.”");
		assertThat(quotes.get(1).text()).startsWith("We will publish");
	}

	@Test
	void anotherSourceIsANewAnonymousSpeaker() {
		List<ExtractedQuote> quotes = quotes("Rebel units are believed to be massing north of the port, another aid "
				+ "official said, declining to be named.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("another aid official");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void thatBeforeTheObjectsOnlyVerbIsARelativePronoun() {
		ExtractedQuote quote = only("Relief chief Marta Lenz urged the alliance that controls the ports to speed up "
				+ "fuel imports.");
		assertThat(quote.text()).isEqualTo("the alliance that controls the ports to speed up fuel imports.");
	}

	@Test
	void aDemonstrativeBeforeWhileIsNoContent() {
		List<ExtractedQuote> quotes = quotes("Minister Halima Oduya said the fund would open in March.\n\n"
				+ "Oduya said this while briefing reporters after a cabinet meeting.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).text()).startsWith("the fund would open");
	}

	@Test
	void expressedThatAndOpinedReportSpeech() {
		List<ExtractedQuote> quotes = quotes("The minister of trade, Halima Oduya, has expressed that the new tariffs "
				+ "will be reviewed.\n\nOduya opined that exporters would gain from the review.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("expressed that", "opined");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Halima Oduya");
	}

	@Test
	void aNationsOfficeIsNoName() {
		List<ExtractedQuote> quotes = quotes("Accra- Governor of the Central Bank of Ghana Dr. Halima Oduya "
				+ "unveiled a new strategy on Monday.\n\nOduya said her talks had gone well.\n\n"
				+ "“September will be busy,” the Ghanaian Governor stressed.\n\n"
				+ "“The talks were useful,” the Egyptian Foreign Minister said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Halima Oduya", "Halima Oduya", "the Egyptian Foreign Minister");
		assertThat(quotes.get(0).role()).isEqualTo("Governor of the Central Bank of Ghana");
		assertThat(quotes.get(2).speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void alhajiIsACourtesyTitle() {
		ExtractedQuote quote = only("The Minister of Works, Alhaji Musa Danladi, said the road would reopen in May.");
		assertThat(quote.speaker().name()).isEqualTo("Musa Danladi");
	}

	@Test
	void aCoordinatedCueSharesTheSubjectPastAnOpeningAdverbial() {
		ExtractedQuote quote = only("Despite that, Erik Tenhaaf does not want to dwell on injuries, and instead says "
				+ "his focus is on winning.");
		assertThat(quote.speaker().name()).isEqualTo("Erik Tenhaaf");
		assertThat(quote.text()).isEqualTo("his focus is on winning.");
	}

	@Test
	void aSurnameThatIsAlsoAWordOrADeterminerForTheTagger() {
		List<ExtractedQuote> quotes = quotes("Coach Maria Close named her squad on Monday.\n\nClose has also revealed "
				+ "illness was the reason why striker Tomas Vell was missing.\n\nClose told reporters the squad was ready.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Maria Close", "Maria Close");
		assertThat(quotes.get(1).text()).isEqualTo("the squad was ready.");
	}

	@Test
	void aColonAfterAnOccasionOfSpeechGivesItsWords() {
		List<ExtractedQuote> quotes = quotes("The manager spoke to the press on Thursday and began with an update on "
				+ "injuries:\n\n“Unfortunately, we got some bad news on Tomas.\n\n“He will be out for three months.”"
				+ "\n\nThe report spoke of three injuries:\n\n“Knee, ankle and hamstring.”");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("the manager");
		assertThat(quotes.get(0).text()).isEqualTo("Unfortunately, we got some bad news on Tomas. He will be out for "
				+ "three months.");
	}

	@Test
	void twoSurnamesAreTheFirstPersonOrTwoPartiesTogether() {
		List<ExtractedQuote> quotes = quotes("President Anna Kiro and Prime Minister Tomas Vell met on Monday.\n\n"
				+ "Kiro and Vell noted that both capitals had called for a truce.\n\n"
				+ "Fatah and Hamas said the talks would resume.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Anna Kiro", "Fatah and Hamas");
		assertThat(quotes.get(0).text()).isEqualTo("both capitals had called for a truce.");
		assertThat(quotes.get(1).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void theStatementIsTheLastSpeakersWhenNoneWasNamed() {
		List<ExtractedQuote> quotes = quotes("The mayor's office clarified on Thursday that reports of a closure were "
				+ "wrong.\n\nThe statement emphasized that the market would stay open.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("the mayor's office");
	}

	@Test
	void aDatelineWithASpaceBeforeItsColon() {
		ExtractedQuote quote = only("LAGOS : The two suspects entered the country by road, Interior Minister Halima "
				+ "Oduya said on Wednesday.");
		assertThat(quote.text()).isEqualTo("The two suspects entered the country by road");
	}

	@Test
	void aNameTheTaggerReadsAsAnAuxiliaryOpensTheSentence() {
		List<ExtractedQuote> quotes = quotes("Elon Musk opened a new factory in May.\n\nMusk had earlier told "
				+ "investors that the permits were “far too slow”.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Elon Musk");
		assertThat(quotes.get(0).text()).isEqualTo("the permits were “far too slow”.");
	}

	@Test
	void aReportersTitleIsNoPartOfTheName() {
		ExtractedQuote quote = only("Reporter Dana Whitfield tweeted that both outlets had agreed to hold the story.");
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitfield");
		assertThat(quote.role()).isEqualTo("Reporter");
	}

	@Test
	void aLongOfficeAfterAnInvertedCueEndsInTheWholeName() {
		ExtractedQuote quote = only("The kingdom is ready to expand its mining trade, said Minister of Industry and "
				+ "Mineral Resources Halim bin Saad Al-Qarni.");
		assertThat(quote.speaker().name()).isEqualTo("Halim bin Saad Al-Qarni");
		assertThat(quote.role()).isEqualTo("Minister of Industry and Mineral Resources");
	}

	@Test
	void aStrayCommaAfterTheNameThatOpensTheSentence() {
		ExtractedQuote quote = only("Acting Minister of Media Dr. Halim bin Saad Al-Qarni, said the cabinet welcomed "
				+ "the agreement.");
		assertThat(quote.speaker().name()).isEqualTo("Halim bin Saad Al-Qarni");
		assertThat(quote.text()).isEqualTo("the cabinet welcomed the agreement.");
	}

	@Test
	void aCueInARelativeClauseAboutTheObjectStaysInTheContent() {
		ExtractedQuote quote = only("Minister Halim Qarni said the cabinet welcomed the condemnation by countries and "
				+ "organizations of the attacks on the port which he described as “a war crime.”");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.text()).endsWith("which he described as “a war crime.”");
	}

	@Test
	void aSurnameThatIsAPluralOfAnOrganisationsWordAfterATitle() {
		List<ExtractedQuote> quotes = quotes("Veltron Systems Inc Chief Executive Mara Chambers apologized to "
				+ "shareholders on Thursday.\n\nShe said the company had been caught off guard.\n\n"
				+ "Chambers said orders would recover.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Mara Chambers");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aNameAfterInIsAPlacesAndNoOneToReferTo() {
		List<ExtractedQuote> quotes = quotes("The port was closed after a meeting held in Santa Lucia, Peru.\n\n"
				+ "He said ships were waiting.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).doesNotContain("Santa Lucia");
	}

	@Test
	void respondedAndAnsweredCueAQuotation() {
		List<ExtractedQuote> quotes = quotes("Asked whether it was his worst defeat, coach Tomas Vell responded: “I would "
				+ "have to say yes.”\n\nVell answered: “We move on.”\n\nThe ministry responded that the report was false.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("responded", "answered", "responded that");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "the ministry");
	}

	@Test
	void aSpokesmanForATitledPersonSpeaksHimself() {
		List<ExtractedQuote> quotes = quotes("A spokesman for Senate leader Tom Vell said the vote would be held on "
				+ "Friday.\n\nAn aide to President Anna Kiro said she had not decided.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("a spokesman for Senate leader Tom Vell", "an aide to President Anna Kiro");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aStrayCommaAfterANameThatAnOpeningParticipleStandsBefore() {
		ExtractedQuote quote = only("Speaking to the media in Geneva, the agency's spokesperson Marta Lenz, said that "
				+ "“more cases are expected”.");
		assertThat(quote.speaker().name()).isEqualTo("Marta Lenz");
		assertThat(quote.role()).isEqualTo("the agency's spokesperson");
	}

	@Test
	void aDeterminerOrAnOwnersPossessiveAloneIsNoRole() {
		List<ExtractedQuote> quotes = quotes("Its National Transport Commission said the bridge would reopen.\n\n"
				+ "Ghana's Tomas Vell said the race was his best.");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly(null, "Ghana");
	}

	@Test
	void anOpeningAdverbialClauseIsNoContentOfACueWithAnObject() {
		ExtractedQuote quote = only("Soon after the meeting ended, Prime Minister Tom Vell urged the minister to resign.");
		assertThat(quote.text()).isEqualTo("the minister to resign.");
	}

	@Test
	void aDatelineWithATimeInBrackets() {
		ExtractedQuote quote = only("LAGOS, NIGERIA (10:00 P.M.) – The Secretary-General of the union, Tomas Vell, "
				+ "said the strike would go on.");
		assertThat(quote.role()).isEqualTo("The Secretary-General of the union");
	}

	@Test
	void aQuotedNameInTheSpeakersLongApposition() {
		List<ExtractedQuote> quotes = quotes("“The report is a fabrication from start to end,” Tomas Vell, the head of "
				+ "the party’s “Voice of the Nation” Ruritanian Parliamentary bloc, wrote on Monday.\n\n"
				+ "“We will not be silenced,” he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		assertThat(quotes.get(0).text()).isEqualTo("The report is a fabrication from start to end,");
	}

	@Test
	void sayyedAndHajjAreTitles() {
		ExtractedQuote quote = only("Sayyed Tomas Vell said the talks would resume.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aSpokesmanOfAPersonInTheLedeIsNotThePersonNamedNext() {
		List<ExtractedQuote> quotes = quotes("The Labour leader's spokesman said there was a problem.\n\n"
				+ "Anna Kiro condemned the comments as \"shocking\" after an MP raised them.\n\n"
				+ "The spokesman said the government may have more information.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the Labour leader's spokesman", "Anna Kiro", "the Labour leader's spokesman");
	}

	@Test
	void twoReportsOfQuotationsInOneSentence() {
		List<ExtractedQuote> quotes = quotes("Labour MP Anna Kiro tweeted: \"He has never spoken for our members\", "
				+ "while Tomas Vell said: \"The remarks were a mistake\".");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Anna Kiro", "Tomas Vell");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("He has never spoken for our members", "The remarks were a mistake");
	}

	@Test
	void aReportThatGoesOnWithAParticipleBeforeAQuotationIsOneQuote() {
		ExtractedQuote quote = only("Tomas Vell said the system had reached maturity, adding: “We know what we want.”");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.text()).isEqualTo("the system had reached maturity, adding: “We know what we want.”");
	}

	@Test
	void aRelativeClauseAboutAnOccasionOfSpeech() {
		List<ExtractedQuote> quotes = quotes("The attacks included two incidents in which the police said the suspect "
				+ "approached two men.\n\nMayors Anna Kiro and Tomas Vell gave a joint briefing on Monday in which they "
				+ "urged witnesses to come forward.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the police", "Anna Kiro");
		assertThat(quotes.get(1).role()).isEqualTo("Mayor");
		assertThat(quotes.get(1).text()).isEqualTo("witnesses to come forward.");
	}

	@Test
	void aStatementQuotedSomeoneAsSayingAfterTheQuotation() {
		List<ExtractedQuote> quotes = quotes("Local sources told Reuters that the talks had stalled.\n\n"
				+ "“We will never allow anyone to sow discord,” the joint statement quoted General Tomas Vell as saying.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void anAppositionWithoutItsSecondComma() {
		ExtractedQuote quote = only("\"They told me I had a day to leave,\" Tomas Vell, a Khartoum resident told "
				+ "reporters.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("a Khartoum resident");
	}

	@Test
	void theAndWhatEndsInATitleIsAnOffice() {
		List<ExtractedQuote> quotes = quotes("Central Bank Chairman Tomas Vell said inflation was easing.\n\n"
				+ "“We need to see more progress,” the Bank Chair said.\n\n"
				+ "“There is no deal,” the Kremlin Spokesman said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "the Kremlin Spokesman");
		assertThat(quotes.get(2).speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aCoordinatedCueSharesTheNameBeforeAnApposition() {
		ExtractedQuote quote = only("Chancellor Anna Kiro, a leading proponent of strong action, gave the accord "
				+ "grudging acceptance but said she had “mixed feelings” about the outcome.");
		assertThat(quote.speaker().name()).isEqualTo("Anna Kiro");
		assertThat(quote.text()).isEqualTo("she had “mixed feelings” about the outcome.");
	}

	@Test
	void aCountryInThePossessiveIsNoVerbBeforeTheSpeaker() {
		List<ExtractedQuote> quotes = quotes("President Anna Kiro said the deal was near.\n\n"
				+ "\"Can I say that to us it looks like we are being asked to trade our islands for cash,\" "
				+ "Tuvalu's lead negotiator Tomas Vell said during the plenary.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void anInvertedCueThatGoesOnWithAQuotation() {
		List<ExtractedQuote> quotes = quotes("The region needs peace, said Tomas Vell, adding \"talks will resume.\"\n\n"
				+ "The region needs peace, said Tomas Vell, adding: \"talks will resume.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		assertThat(quotes).extracting(ExtractedQuote::type).containsOnly(QuoteType.MIXED);
		assertThat(quotes).extracting(ExtractedQuote::text).containsOnly("The region needs peace ... \"talks will resume.\"");
	}

	@Test
	void aCueWithContentOfItsOwnAfterAQuotationIsNoTail() {
		List<ExtractedQuote> quotes = quotes("Envoy Rashid Meredov spoke on Monday.\n\nNoting that their talks were "
				+ "\"beneficial,\" Meredov also said they had discussed cooperation at international organizations.");
		// (what the opening participle reports is a quote of its own, the quotation in it no tail's)
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("their talks were \"beneficial,\"", "they had discussed cooperation at international organizations.");
	}

	@Test
	void aDescriptionBeforeANameSetOffByACommaIsItsRole() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Tomas Vell met with his Iranian counterpart, Anna Kiro, "
				+ "in the capital on Wednesday.\n\nKiro said the talks went well.\n\n"
				+ "The Iranian minister stressed that trade would grow.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Anna Kiro", "Anna Kiro");
		assertThat(quotes.get(0).role()).isEqualTo("Iranian counterpart");
	}

	@Test
	void aNameWithAnInitialAndADayAfterANameAreReadRight() {
		List<ExtractedQuote> quotes = quotes("U.S. District Court Judge Mara T. Lindqvist issued an order on the "
				+ "filings.\n\n“The court cannot speak with such confidence,” Lindqvist wrote.\n\nJustice Tomas Vell "
				+ "Thursday issued a ruling on the documents.\n\n“None of the items should be public,” Vell wrote.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Mara T. Lindqvist", "Tomas Vell");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.PERSON);
	}

	@Test
	void aMonthAfterInClosesNoSubject() {
		ExtractedQuote quote = only("The legal team in March accused the prosecutor of delaying the handover.");
		assertThat(quote.speaker().name()).isEqualTo("the legal team");
	}

	@Test
	void aDiscourseAdverbBeforeAParentheticalCueIsNoContent() {
		ExtractedQuote quote = only("Judge Mara Lindqvist spoke on Monday.\n\nNevertheless, Lindqvist said, after "
				+ "reviewing the filings, she concluded the lawyers did not need them.");
		assertThat(quote.text()).isEqualTo("after reviewing the filings, she concluded the lawyers did not need them.");
	}

	@Test
	void aVerbInSTheTaggerReadsAsANounAfterTheNameThatOpensTheClause() {
		ExtractedQuote quote = only("Ruritania strives for calm along all its borders, said Tomas Vell.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("Ruritania strives for calm along all its borders");
	}

	@Test
	void sportsLedes() {
		List<ExtractedQuote> quotes = quotes("TOMAS Vell apologised to the fans after the loss to admit: “We let "
				+ "everyone down!”\n\nCaptain Anna Kiro looked back on the defeat saying her team had been \"second "
				+ "best\" all evening.\n\nSpeaking at the ceremony, a disappointed-looking Kiro said her team gave "
				+ "everything.\n\n“We have nothing more to give,” a dejected Vell muttered.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Anna Kiro", "Anna Kiro", "Tomas Vell");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("admit", "saying", "said", "muttered");
	}

	@Test
	void anAsideAfterTheCueBeforeAStatementsContent() {
		ExtractedQuote quote = only("Minister of Media Halim bin Saad Al-Qarni said, following the session, in a "
				+ "statement to the state news agency that the cabinet had approved the budget.");
		assertThat(quote.text()).isEqualTo("the cabinet had approved the budget.");
	}

	@Test
	void aRoleKeepsNoCommaBeforeACourtesyTitle() {
		ExtractedQuote quote = only("In a statement, Minister of State and Acting Minister of Media, Dr. Halim Qarni "
				+ "said the cabinet had met.");
		assertThat(quote.role()).isEqualTo("Minister of State and Acting Minister of Media");
	}

	@Test
	void aNamedAssessmentIsNoPerson() {
		ExtractedQuote quote = only("The agency's 2024 Annual Risk Assessment said the coalition \"may be in jeopardy.\"");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aShortCharacterisationOfADemonstrativeOrAPronoun() {
		List<ExtractedQuote> quotes = quotes("President Tomas Vell spoke on Friday.\n\nVell called that an "
				+ "“unprecedented breakthrough.”\n\nVell called it “unprecedented.”");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("that an “unprecedented breakthrough.”", "it “unprecedented.”");
	}

	@Test
	void aListenerWhoseNameHoldsAHyphen() {
		ExtractedQuote quote = only("Sources familiar with the talks told Asharq al-Awsat the real challenge was the "
				+ "timetable.");
		assertThat(quote.text()).isEqualTo("the real challenge was the timetable.");
	}

	@Test
	void theSubjectAfterASubordinatorOfTime() {
		ExtractedQuote quote = only("The party sent its bloc chief, MP Tomas Vell, to meet with President Anna Kiro on "
				+ "Thursday night, just hours after Kiro publicly and explicitly called for a state monopoly on arms.");
		assertThat(quote.speaker().name()).isEqualTo("Anna Kiro");
		assertThat(quote.mention()).isEqualTo("Kiro");
	}

	@Test
	void thatBeforeANounAndNoVerbIsADeterminer() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Tomas Vell underscored that point in a speech on Friday.\n\n"
				+ "The ministry added that hospitals in the area were full.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("that point in a speech on Friday.", "hospitals in the area were full.");
	}

	@Test
	void aPartyToASuitAndAnAdverbialOfTheReport() {
		List<ExtractedQuote> quotes = quotes("Plaintiff in her suit, which was filed in federal court, alleges that the "
				+ "products were deceptively marketed.\n\nPlaintiff says she would not have bought them.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Plaintiff");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aCivilDefenseIsAnOrganisation() {
		ExtractedQuote quote = only("In the city, 15 people were killed in the raids, the rebel-run Northland Civil Defense said "
				+ "in a statement.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aRoleAfterTheSourceOfAccordingTo() {
		ExtractedQuote quote = only("The strike killed at least two people, according to Tomas Vell, head of the "
				+ "records department at the health ministry.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("head of the records department at the health ministry");
	}

	@Test
	void aMixedQuoteKeepsItsClosingMark() {
		ExtractedQuote quote = only("Talks to reach a settlement “have failed”, a rebel official said on Monday.");
		assertThat(quote.text()).isEqualTo("Talks to reach a settlement “have failed”");
	}

	@Test
	void aQuotationAttributedByAccordingToAfterIt() {
		List<ExtractedQuote> quotes = quotes("Anna Kiro told reporters the talks would resume.\n\n“The border will stay "
				+ "closed,” according to Tomas Vell.\n\nMinister Anna Kiro stressed the need to “preserve the truce,” "
				+ "according to the ministry.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Anna Kiro", "Tomas Vell", "Anna Kiro");
	}

	@Test
	void aParticiplesSubjectBeforeAnAdverbial() {
		ExtractedQuote quote = only("Finance Minister Tomas Vell in a speech on Sunday in the capital Lagos rejected "
				+ "the plan, saying the figures were “an invention.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aCueWhoseNounIsQuoted() {
		ExtractedQuote quote = only("Ruritania on Wednesday expressed \"deep concern\" over the rising tensions at the "
				+ "border.");
		assertThat(quote.cue()).isEqualTo("expressed");
		assertThat(quote.text()).isEqualTo("\"deep concern\" over the rising tensions at the border.");
	}

	@Test
	void aTitleAndACommaOpeningTheParagraphBeforeTheName() {
		List<ExtractedQuote> quotes = quotes("Riverside manager, Tomas Vell has played down talk of a new signing.\n\n"
				+ "Vell said the squad was strong enough.");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Riverside manager");
	}

	@Test
	void theSourceIsTheOneTheNarrationIntroduced() {
		List<ExtractedQuote> quotes = quotes("An official source at the Ruritanian Government has condemned the shelling "
				+ "of the market.\n\nThe attack reflects the approach of the rebels, the source added.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("an official source at the Ruritanian Government");
	}

	@Test
	void aParticipleAfterAPersonsNounModifiesIt() {
		List<ExtractedQuote> quotes = quotes("The federal judge overseeing the case said on Wednesday that the filings "
				+ "would stay sealed.\n\nU.S. District Judge Mara Lindqvist issued a nine-page order.\n\n"
				+ "“The court cannot agree,” Lindqvist wrote.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Mara Lindqvist");
		assertThat(quotes).hasSize(2);
	}

	@Test
	void theLeadersOfARegionAreUnnamedPeopleThatTheyRefersTo() {
		List<ExtractedQuote> quotes = quotes("The leaders of Ruritania’s semi-autonomous Northland Region said on "
				+ "Wednesday that the coalition's support was vital.\n\n“The region seeks dialogue,” they said in a "
				+ "statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsOnly("the leaders of Ruritania’s semi-autonomous Northland Region");
		assertThat(quotes).hasSize(2);
	}

	@Test
	void aDatelineWithASlash() {
		ExtractedQuote quote = only("ERBIL / A peshmerga spokesman called on the government on Friday to protect the "
				+ "border areas.");
		assertThat(quote.speaker().name()).isEqualTo("a peshmerga spokesman");
	}

	@Test
	void anAbsoluteClauseReportsWhatItsOwnSubjectSaid() {
		List<ExtractedQuote> quotes = quotes("The Northern Front announced the drones were armed, with the movement’s "
				+ "spokesman Tomas Vell stressing that they were on a “final mission”.\n\nThe ministry said the bridge "
				+ "was closed, with the help of the police preventing any crossing.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Northern Front", "Tomas Vell", "the ministry");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the drones were armed", "they were on a “final mission”.",
					"the bridge was closed, with the help of the police preventing any crossing.");
	}

	@Test
	void anOrganisationTheArticleCalledSoIsNoPersonAPronounRefersTo() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell addressed a rally on Sunday.\n\nThe Northland resistance "
				+ "movement warned the council of a “surprise blow”.\n\nNorthland announced on Monday that the drones "
				+ "were armed.\n\nHe also described the raids as the first attack since 2006.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Northland", "Northland", "Tomas Vell");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aReportThatAnOutletQuotedSomeoneAsSayingIsTheirs() {
		ExtractedQuote quote = only("A senior official has told the militia's commanders that the sanctions would be "
				+ "lifted, the Northland news channel quoted Tomas Vell as saying on Saturday.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("A senior official has told the militia's commanders that the sanctions "
				+ "would be lifted");
	}

	@Test
	void whatASpeakerWasAskedIsNoMoreOfWhatTheySaid() {
		List<ExtractedQuote> quotes = quotes("\"A negotiated settlement is one way to end disputes,\" Tomas Vell "
				+ "said, answering the question whether there was a possibility for talks.\n\nThe fighting would end "
				+ "within a week, Tomas Vell said, responding to a question about the offensive.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("A negotiated settlement is one way to end disputes,",
					"The fighting would end within a week");
	}

	@Test
	void whoAnOutletIsQuotingAfterAQuotationSpeaks() {
		List<ExtractedQuote> quotes = quotes("“Fighters attacked several army camps in the capital,” the news agency "
				+ "is quoting army spokesman Tomas Vell.\n\n“Clashes are ongoing and the army is doing its "
				+ "duty.”\n\n\"We will not back down,\" Reuters quoted him on Thursday.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell");
	}

	@Test
	void militaryRanksWithoutTheirStopsAreTitles() {
		ExtractedQuote quote = only("Army spokesman Brig Gen Tomas Vell said the fighters had attacked several camps.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aSpeakerAfterAnOfficeAndASecondTitle() {
		List<ExtractedQuote> quotes = quotes("\"The forces hold the coalition responsible for this attack,\" the "
				+ "spokesperson for the Northland armed forces, Commander-in-Chief, Maj. Gen. Tomas Rasool, was "
				+ "quoted as saying by media.\n\nThe armed forces consider the attack \"a dangerous escalation,\" the "
				+ "spokesperson added.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Rasool", "Tomas Rasool");
	}

	@Test
	void aPenaltyIsNoReport() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell will appeal against a heavy fine.\n\nThe Portuguese was "
				+ "fined 50,000 pounds and threatened with a future stadium ban on Wednesday for saying referees were "
				+ "afraid.");
		assertThat(quotes).isEmpty();
	}

	@Test
	void aListenerWhoseNameTheTaggerReadAsAnAdjective() {
		ExtractedQuote quote = only("Political sources told The National they did not know what message the envoy "
				+ "would deliver.");
		assertThat(quote.text()).isEqualTo("they did not know what message the envoy would deliver.");
	}

	@Test
	void anAsideBetweenACueAndItsThat() {
		ExtractedQuote quote = only("Earlier in the day, the regional news agency reported, citing sources, that three "
				+ "people had been killed in the strike.");
		assertThat(quote.text()).isEqualTo("three people had been killed in the strike.");
	}

	@Test
	void anAcronymInsideWhatACueCharacterises() {
		ExtractedQuote quote = only("Tomas Vell, the media adviser to the Prime Minister, described the recent attack "
				+ "on a Northern Defence Forces (NDF) headquarters as a significant disappointment for the state.");
		assertThat(quote.text()).isEqualTo("the recent attack on a Northern Defence Forces (NDF) headquarters as a "
				+ "significant disappointment for the state.");
	}

	@Test
	void aCueAfterAPossessiveIsANoun() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said they had conveyed the full picture to many international "
				+ "bodies.\n\nTurkey’s claims that it attacked terrorists are merely a cover-up, he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		assertThat(quotes.get(1).text()).isEqualTo("Turkey’s claims that it attacked terrorists are merely a cover-up");
	}

	@Test
	void aReportAfterAnActWhoseObjectEndsInAConjunction() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell confirmed the toll and said that the rebels were behind the "
				+ "attack.\n\nA police source, also asking not to be named, confirmed the death toll and charged that "
				+ "the rebels had planned the attack for weeks.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the rebels were behind the attack.",
				"the rebels had planned the attack for weeks.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "a police source");
	}

	@Test
	void aDatelineThatADashJoinsToTheFirstWord() {
		ExtractedQuote quote = only("NORTHPORT, Ruritania—Northern Ruritania is not a separate country, President "
				+ "Tomas Vell said in an interview.");
		assertThat(quote.text()).isEqualTo("Northern Ruritania is not a separate country");
	}

	@Test
	void anAgencysMarkOpeningTheStory() {
		ExtractedQuote quote = only("(NEWSWIRE) The Ruritanian Embassy in Northport has urged the government to hold "
				+ "the attackers accountable.");
		assertThat(quote.speaker().name()).isEqualTo("the Ruritanian Embassy in Northport");
	}

	@Test
	void aLedeOfficeWithItsComplementAnnouncesItsHolder() {
		List<ExtractedQuote> quotes = quotes("Turkey’s Minister of Agriculture confirmed that the country imported "
				+ "4,000 tons of grain from the border areas.\n\nEconomy Minister Tomas Vell acknowledged that the "
				+ "imports had helped reduce prices.\n\nFood, Agriculture and Livestock Minister Anna Kiro said it was "
				+ "the economy ministry that bought the grain.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Anna Kiro");
	}

	@Test
	void anUpdateOfARunningStoryOpensWithALedeOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("The Latest on the border crisis (all times local):\n\n2:25 "
				+ "p.m.\n\nTomas Vell said on Wednesday that the fighters would defend the area.\n\n1 p.m.\n\nThe "
				+ "head of the Northern League says he is alarmed at the planned offensive.\n\nAnna Kiro said in a "
				+ "statement that such an invasion would be a “blatant violation” of the border.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Anna Kiro", "Anna Kiro");
	}

	@Test
	void aStatementCarriedByAnAgencyIsNoContent() {
		ExtractedQuote quote = only("The frigate came under attack by three suicide boats west of the port, the "
				+ "coalition said in a statement carried by the official news agency.");
		assertThat(quote.text()).isEqualTo("The frigate came under attack by three suicide boats west of the port");
	}

	@Test
	void aDatelineInCapitalsWithItsCountryAndAgencyAfterAByline() {
		ExtractedQuote quote = only("By Anna Kiro\n\nNORTHPORT, Ruritania (AA) – Two sailors were killed on Monday "
				+ "in an attack on a frigate, according to officials from the coalition.");
		assertThat(quote.text()).isEqualTo("Two sailors were killed on Monday in an attack on a frigate");
	}

	@Test
	void aCommaAfterTheDayBeforeTheContent() {
		ExtractedQuote quote = only("The rebels said yesterday, they had launched attacks on two warships.");
		assertThat(quote.text()).isEqualTo("they had launched attacks on two warships.");
	}

	@Test
	void aBodyAfterAReportSpeaksForItselfWhereAnOutletPassesItOn() {
		List<ExtractedQuote> quotes = quotes("Ruritania reiterated its call for a region free of weapons of mass "
				+ "destruction, the Cabinet said on Tuesday.\n\nNorthland called for talks with its neighbours, the "
				+ "daily Northport Herald said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Cabinet", "Northland");
		assertThat(quotes.get(0).text()).isEqualTo("Ruritania reiterated its call for a region free of weapons of mass "
				+ "destruction");
	}

	@Test
	void aContentWhoseSubjectAndVerbAreOneWord() {
		ExtractedQuote quote = only("Tomas Vell said he’s aware of how the plan is being looked at abroad.");
		assertThat(quote.text()).isEqualTo("he’s aware of how the plan is being looked at abroad.");
	}

	@Test
	void examplesSetOffInsideTheContentsSubject() {
		ExtractedQuote quote = only("Tomas Vell also said a bill of changes to voting laws, including voter "
				+ "identification, will likely come out next week.");
		assertThat(quote.text()).isEqualTo("a bill of changes to voting laws, including voter identification, will "
				+ "likely come out next week.");
	}

	@Test
	void anAsideAfterAConjunctionInsideTheContent() {
		ExtractedQuote quote = only("Tomas Vell said he was aware of the criticism and, as someone who ran after the "
				+ "last reform, he wanted to move the assembly away from ideological voting.");
		assertThat(quote.text()).endsWith("he wanted to move the assembly away from ideological voting.");
	}

	@Test
	void aLegislatorsPartyAndTownAfterTheName() {
		List<ExtractedQuote> quotes = quotes("Rules Committee Chairman Tomas Vell moved 11 bills onto the "
				+ "calendar.\n\nWhen Vell, R-Henderson, moved the bills last week, he said he hoped it would serve as "
				+ "an incentive.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aNationalityIsNoOrganisationTheGroupCanMean() {
		List<ExtractedQuote> quotes = quotes("A Northland Front official tells AFP that the group’s negotiators in "
				+ "Cairo are leaving after talks ended in the Egyptian capital.\n\nThe delegation is leaving after "
				+ "delivering its response to Egyptian and Qatari mediators, the group said in a statement.\n\n“The "
				+ "meeting with the Egyptian intelligence minister has ended,” says the official.");
		assertThat(quotes.get(1).speaker().name()).isNotEqualTo("Egyptian");
	}

	@Test
	void aReportInTheNarratorsAfterClauseIsAQuoteOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("A senior Front official said the group wanted a “complete ceasefire” in "
				+ "the north, after mediator Ruritania said a framework for a temporary truce was being proposed.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"the group wanted a “complete ceasefire” in the north",
				"a framework for a temporary truce was being proposed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("a senior Front official", "Ruritania");
	}

	@Test
	void thatBeforeAVerbInThePastIsTheObjectsRelative() {
		ExtractedQuote quote = only("Tomas Vell warned an attack blamed on rebels that killed three soldiers could "
				+ "escalate regional tensions.");
		assertThat(quote.text()).isEqualTo("an attack blamed on rebels that killed three soldiers could escalate "
				+ "regional tensions.");
	}

	@Test
	void aNationsLeaderAndItsPremierAreItsPrimeMinister() {
		List<ExtractedQuote> quotes = quotes("Qatari Prime Minister Tomas Vell said a framework for a truce was being "
				+ "proposed.\n\nThe Qatari leader warned that the attack could escalate regional tensions.\n\nThe "
				+ "premier told the families that the talks would go on.\n\nThe opposition leader said the talks had "
				+ "failed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell", "the opposition leader");
	}

	@Test
	void aLedesUnnamedSourceIsWhoSaysTheWordsItQuotesNext() {
		List<ExtractedQuote> quotes = quotes("A senior Front official said the group wanted a “complete and "
				+ "comprehensive ceasefire” in the north.\n\n“We are talking first of all about a complete and "
				+ "comprehensive ceasefire, and not a temporary truce,” Tomas Vell said.\n\nAn army official said the "
				+ "offensive would go on “until the end”.\n\n“The north is calm,” Anna Kiro said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "an army official", "Anna Kiro");
	}

	@Test
	void aQuotationAfterACueCoordinatedWithAnEarlierVerb() {
		ExtractedQuote quote = only("President Tomas Vell referred to the border dispute as one of the top items of "
				+ "the cabinet meeting, and said: “We will not consent to these attempts. No country would accept "
				+ "such a request.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("We will not consent to these attempts. No country would accept such a "
				+ "request.");
	}

	@Test
	void theOccasionAfterAnInvertedCueIsTheNarrators() {
		ExtractedQuote quote = only("Ruritania does not have its eye on the territory of any country, President Tomas "
				+ "Vell reiterated during his speech at the forum, which opened on Monday in the capital.");
		assertThat(quote.text()).isEqualTo("Ruritania does not have its eye on the territory of any country");
	}

	@Test
	void ofTwoPeopleTheSentenceBeforeNamesAPronounMeansTheOneWhoSpoke() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell suggested injuries to key players affected the game.\n\n"
				+ "Anna Kiro also hobbled off before half-time and Vell was frustrated at the impact.\n\nHe told the "
				+ "broadcaster: \"We gave our best but they were too good.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void whatAPersonIsHailedAs() {
		ExtractedQuote quote = only("Tomas Vell hailed Anna Kiro’s performance as “super influential” after the draw.");
		assertThat(quote.text()).isEqualTo("Anna Kiro’s performance as “super influential” after the draw.");
	}

	@Test
	void theLastOfAListOfExamplesIsNoNewSpeaker() {
		ExtractedQuote quote = only("The deputy pointed out that the parliamentary blocs, including the Greens and the "
				+ "Northern Socialist Party have informed the speaker of their approval of his call for dialogue.");
		assertThat(quote.speaker().name()).isEqualTo("the deputy");
		assertThat(quote.text()).endsWith("have informed the speaker of their approval of his call for dialogue.");
	}

	@Test
	void aMediaReportIsTheReportsOwn() {
		ExtractedQuote quote = only("The parties might change their stances on the presidential file, a media report "
				+ "said on Monday.");
		assertThat(quote.speaker().name()).isEqualTo("a media report");
	}

	@Test
	void aPortfolioInTheTitlesComplementQualifiesIt() {
		List<ExtractedQuote> quotes = quotes("Director of Communications Anna Kiro said the agency was vital.\n\n"
				+ "Minister of Foreign Affairs Tomas Vell said the talks had begun.\n\nThe communications director "
				+ "added that the agency would grow.\n\nThe foreign minister said the talks were constructive.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Anna Kiro", "Tomas Vell", "Anna Kiro", "Tomas Vell");
	}

	@Test
	void theFollowingStatementIsItsMakersAfterAnOpeningParticiplesClause() {
		List<ExtractedQuote> quotes = quotes("Indicating that Tomas Vell unjustly accused and targeted the agency, the "
				+ "Northland News Agency has made the following statement:\n\n“The agency is not a media organisation "
				+ "that announces election results, but an organisation that conveys data.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Northland News Agency",
				"Northland News Agency");
		assertThat(quotes.get(0).text()).isEqualTo("Tomas Vell unjustly accused and targeted the agency");
	}

	@Test
	void aReportInAnOpeningClauseEndsWithIt() {
		ExtractedQuote quote = only("After mayoral candidate Tomas Vell accused the state news agency of cutting the "
				+ "flow of data on election night, the agency released a written statement.");
		assertThat(quote.text()).isEqualTo("the state news agency of cutting the flow of data on election night");
	}

	@Test
	void aPersonOfAnOrganisationDescribedBeforeItsName() {
		ExtractedQuote quote = only("Many analysts expect a deep cut, although Tomas Vell of oil market analysis group "
				+ "Northmatrix said a cut may be limited to 500,000 barrels a day.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void anOutletReportedSomeoneAsSaying() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell met the producers on Sunday.\n\nOctober’s production levels "
				+ "will be the reference point for the cuts, Reuters reported Vell as saying.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("October’s production levels will be the reference point for the cuts");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aDatelineWhoseAgencysBracketTheDashFollows() {
		ExtractedQuote quote = only("NORTHPORT (FNA)- The producers will announce a cut on Friday, analysts said.");
		assertThat(quote.text()).isEqualTo("The producers will announce a cut on Friday");
	}

	@Test
	void whatIsYetToBeSaidIsNoReport() {
		ExtractedQuote quote = only("The producers will announce a cut on Friday, analysts said.");
		assertThat(quote.speaker().name()).isEqualTo("analysts");
		assertThat(quote.text()).isEqualTo("The producers will announce a cut on Friday");
	}

	@Test
	void whoAnOutletCitesSaidIt() {
		List<ExtractedQuote> quotes = quotes("The producers will consider deeper cuts if the reduction is not enough, "
				+ "Bloomberg reported on Sunday, citing Energy Minister Tomas Vell.\n\n\"Extending the agreement will "
				+ "not be a problem,\" he told a news conference.\n\nThe plant will close for two years, the carmaker "
				+ "said on Thursday, citing weak demand.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "the carmaker");
	}

	@Test
	void aQuotationWithACueThatRunsOnIntoAParagraphWithACueOfItsOwnIsTwoQuotes() {
		List<ExtractedQuote> quotes = quotes("“The cartel has advanced the timing of its meeting, where we think it "
				+ "will announce a cut,” said analyst Tomas Vell.\n\nAsked about a consensus, Vell said: “We have an "
				+ "agreement already. That is what I have been told.\n\n“But any bump in prices is likely to be "
				+ "short-lived,” added Vell.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"The cartel has advanced the timing of its meeting, where we think it will announce a cut,",
				"We have an agreement already. That is what I have been told.",
				"But any bump in prices is likely to be short-lived,");
	}

	@Test
	void whoPassesAReportOnAtTheSentencesEndIsNoPartOfIt() {
		ExtractedQuote quote = only("Tomas Vell told the conference that the slump had forced the hand of the "
				+ "producers, reports said.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("the slump had forced the hand of the producers");
	}

	@Test
	void aCueInThePastTheTaggerDidNotKnow() {
		List<ExtractedQuote> quotes = quotes("State Department spokesman, Tomas Vell tweeted: “We condemn the "
				+ "outrageous attack on the airport. Our thoughts are with the wounded.”\n\nThe embassy tweeted that "
				+ "every new attack was further proof that the rebels were not interested in peace.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "the embassy");
	}

	@Test
	void aTitleWithNoArticleIsTheOneTheArticleNamed() {
		List<ExtractedQuote> quotes = quotes("NORTHPORT [Ruritania], November 13 : The Ruritanian army spokesperson, "
				+ "Lt Col Tomas Vell said on Monday that the army was operating inside the city.\n\nRuritanian "
				+ "spokesperson claimed that the rebels had built a city under the district.\n\nHe added, \"The "
				+ "fighting will be intense.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell");
	}

	@Test
	void whatASpeakerSharedThat() {
		ExtractedQuote quote = only("Tomas Vell also shared that the residents had been asked to leave the area.");
		assertThat(quote.text()).isEqualTo("the residents had been asked to leave the area.");
	}

	@Test
	void aTitleWithItsComplementBeforeTheName() {
		List<ExtractedQuote> quotes = quotes("“We are ready to resolve our issues,” Tomas Vell said in a meeting with "
				+ "the visiting German ambassador to Ruritania, Anna Kiro.\n\n“Our country will continue assisting "
				+ "the fighters,” the German ambassador said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
	}

	@Test
	void aRelativeClauseReportsWhatThePersonBeforeItSaid() {
		List<ExtractedQuote> quotes = quotes("The Kurds slammed the language of Defense Minister Tomas Vell, who has "
				+ "said his government would recapture all areas held by the rebels.\n\nThe council slammed the "
				+ "threats of Interior Minister Anna Kiro who has said the army would enter the city “by force.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"his government would recapture all areas held by the rebels.",
				"the army would enter the city “by force.”");
	}

	@Test
	void theGenderAPronounGivesAnUnnamedSourceKeepsTheOtherPronounOff() {
		List<ExtractedQuote> quotes = quotes("Rebel spokeswoman Anna Kiro said the government was stalling to gain "
				+ "time.\n\nA Northland official, who requested anonymity, told the newspaper that the government was "
				+ "ready to make concessions.\n\nHowever, he stressed that the security arrangements were \"a red "
				+ "line.\"\n\nShe noted that the rebels had shown flexibility in the previous rounds.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Anna Kiro",
				"a Northland official", "a Northland official", "Anna Kiro");
	}

	@Test
	void whatWouldBeSaidIsNoReport() {
		List<ExtractedQuote> quotes = quotes("The parties want the agreement amended, sources said.\n\nThe amendments "
				+ "would demand a ban on drone flights and the withdrawal of foreign forces.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said");
	}

	@Test
	void aParticipleAndAnAdjectiveBeforeTheSourcesNoun() {
		ExtractedQuote quote = only("The government will resign next week, trusted Northland sources told the "
				+ "newspaper.");
		assertThat(quote.speaker().name()).isEqualTo("trusted Northland sources");
	}

	@Test
	void aDatedDatelineAnAdverbAfterTheTitleAndATitleAlone() {
		List<ExtractedQuote> quotes = quotes("NORTHPORT – 10 May 2017: Foreign Ministry spokesperson Tomas Vell said on "
				+ "Tuesday that the stance on terrorism has always been clear.\n\nThe stance on the border is known to all "
				+ "parties, spokesman added.\n\nThe Foreign Ministry spokesperson further mentioned that the policy is not "
				+ "driven by reactions.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell");
		assertThat(quotes.get(0).mention()).isEqualTo("Foreign Ministry spokesperson Tomas Vell");
	}

	@Test
	void asidesAndAgesBetweenASpeakerAndTheCue() {
		List<ExtractedQuote> quotes = quotes("Another woman, also requesting anonymity due to the security situation, "
				+ "said she was waiting to know the fate of her friends.\n\nAnna, 35, a housewife who preferred to be "
				+ "identified only by her first name, said she was at home and heard a noise.\n\nThe father of six "
				+ "children aged between three and 17 said they had \"nowhere to go\".");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Another woman", "Anna",
				"the father of six children aged between three and 17");
	}

	@Test
	void aRelativePronounIsNoPartOfTheSpeaker() {
		ExtractedQuote quote = only("Fresh strikes hit the suburbs early Saturday after huge raids hours before that "
				+ "the army said it targeted the group's \"central headquarters\".");
		assertThat(quote.speaker().name()).isEqualTo("the army");
	}

	@Test
	void anInvertedCueAfterWordsThatCompleteTheQuotation() {
		List<ExtractedQuote> quotes = quotes("\"At first I thought it was the sound of a sonic boom\" of jets breaking "
				+ "the sound barrier, said one resident, declining to provide his name.\n\n\"But then I saw smoke and "
				+ "knew it was a bombardment,\" he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("one resident", "one resident");
	}

	@Test
	void aRelativeClauseAfterAQuotationIsNoCueOfIt() {
		ExtractedQuote quote = only("The army said it carried out \"a precise strike\" on the group's \"headquarters\", "
				+ "which local media said targeted its chief.");
		assertThat(quote.speaker().name()).isEqualTo("the army");
	}

	@Test
	void whatThePersonJustQuotedIsReferredToAsByTheCopy() {
		List<ExtractedQuote> quotes = quotes("\"I felt like the building was going to collapse on top of me,\" said Abeer "
				+ "Hammad, who lives in the southern suburbs.\n\n\"When it was over, I breathed a sigh of relief,\" said "
				+ "the teacher in her 40s, still reeling from the shock.\n\n\"We took our papers and left,\" said Mr "
				+ "Tomas Vell.\n\nThe mother of two said they had nowhere to go.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Abeer Hammad", "Abeer Hammad", "Tomas Vell", "the mother of two");
	}

	@Test
	void aSpeakersNounTheTaggerReadAsAPreposition() {
		ExtractedQuote quote = only("Kuwait's UN ambassador says UN envoy Tomas Vell \"is optimistic\" that the "
				+ "ceasefire is holding despite some violations.");
		assertThat(quote.mention()).isEqualTo("Kuwait's UN ambassador");
	}

	@Test
	void aCharacterisedObjectWithAParticipleAndAHyphenatedCompound() {
		ExtractedQuote quote = only("In his proposal to the council, Tomas Vell described the proposed 75-strong team "
				+ "as \"a nimble presence\" to monitor the deal.");
		assertThat(quote.text()).startsWith("the proposed 75-strong team as");
	}

	@Test
	void aCueWhoseNounIsQuotedAfterItsDeterminer() {
		ExtractedQuote quote = only("President Tomas Vell expressed his “support for the efforts and work” of the envoy "
				+ "at the talks, the state news agency reported.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("his “support for the efforts and work” of the envoy at the talks");
	}

	@Test
	void aDateAfterTheDayOfTheSubjectIsAnAside() {
		List<ExtractedQuote> quotes = quotes("Minister of Culture, Alhaji Tomas Vell on Thursday, June 9, said the "
				+ "reform was not a priority.\n\nHe said the focus of the government was the economy.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void aSubjectInsideTheQuoteBeforeIsNoAntecedent() {
		List<ExtractedQuote> quotes = quotes("He said the issue had been discussed with Prime Minister Ana Ruiz. The "
				+ "Prime Minister is very serious about this, Tomas Vell said.\n\nHe stressed that the government "
				+ "would form a committee.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell");
	}

	@Test
	void aConjunctionAfterARelativeClauseOfAPrepositionGoesOnWithItsSubject() {
		ExtractedQuote quote = only("Tomas Vell attended a meeting at which the minister presented a plan and said "
				+ "the budget would be cut.");
		assertThat(quote.speaker().name()).isEqualTo("the minister");
		assertThat(quote.text()).isEqualTo("the budget would be cut.");
	}

	@Test
	void aNameBeforeAnAdverbialSharesItsVerbs() {
		ExtractedQuote quote = only("Coach Tomas Vell at the post-match press conference was a happy man and said "
				+ "that his team deserved to win.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aCueThatACommaEndsAParagraphWithIntroducesTheNextQuotation() {
		List<ExtractedQuote> quotes = quotes("Coach Tomas Vell said his team deserved to win.\n\nTalking about the "
				+ "second half, he said,\n\n\"We felt that if we kept on doing the right things, we would get some "
				+ "kind of return.\"");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("his team deserved to win.",
					"We felt that if we kept on doing the right things, we would get some kind of return.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aFootballClubIsNoPersonAPronounCanMean() {
		assertThat(quotes("NORDVIK FC won their first match of the season on Wednesday.\n\n\"It was very "
				+ "pleasing,\" he said.")).isEmpty();
	}

	@Test
	void aPronounBeforeAnyNameInItsParagraphIsNoLaterPersons() {
		ExtractedQuote quote = only("Baghdad, «Al-Quds» and agencies: The President of the region, Tomas Vell, "
				+ "yesterday rejected the postponement of the vote. “I have made many promises before, but none have "
				+ "been implemented,” he said in a speech. On Thursday, the US envoy, Ana Ruiz, presented an alternative.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void anOutletAfterTheDatelinesPlace() {
		assertThat(only("Cairo - Asharq Al-Awsat: Tomas Vell yesterday rejected the plan. “We will not accept it,” he "
				+ "said.").speaker().name()).isEqualTo("Tomas Vell");
		// (in quotation marks, which mark no quotation there)
		ExtractedQuote quote = only("Baghdad, «Al-Quds Al-Arabi» and agencies: The President of the region, Tomas "
				+ "Vell, yesterday rejected the plan. “We will not accept it,” he said.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("We will not accept it,");
	}

	@Test
	void aTitleRightAfterADateline() {
		ExtractedQuote quote = only("BEIRUT — Military spokesperson, Tomas Vell, announced on Saturday that the army "
				+ "would increase its strikes.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void theNamesInADescriptionTellOfficesApart() {
		List<ExtractedQuote> quotes = quotes("The Nordvik bloc head called on the parliament to play an “effective "
				+ "role”. Tomas Vell, Head of the Harrow bloc, called on the parties to reach a compromise.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the Nordvik bloc head", "Tomas Vell");
	}

	@Test
	void thatBeforeAnAuxiliaryIsTheObjectsRelative() {
		ExtractedQuote quote = only("Sheikh Tomas Vell underscored the need for concessions that don’t violate the "
				+ "government structure.");
		assertThat(quote.text()).isEqualTo("the need for concessions that don’t violate the government structure.");
	}

	@Test
	void anOfficialOfTheGroupIsTheMemberQuoted() {
		List<ExtractedQuote> quotes = quotes("The Nordvik Front’s deputy leader, Sheikh Tomas Vell, said the government "
				+ "would be formed soon.\n\nThe top Nordvik official pointed out that pressure is fueling the "
				+ "crisis.\n\n\"People can return,\" he said.\n\nA Nordvik official told Reuters the talks had "
				+ "stalled. The Nordvik official added that no date was set.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell", "a Nordvik official", "a Nordvik official");
	}

	@Test
	void aQuotedNameThatEndsTheCuesClauseIsNoQuotation() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said the army was ready. “We call on the militia to stop "
				+ "its attacks,” he wrote on “X”. “In recent days the siege of the city has escalated.”");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the army was ready.",
				"We call on the militia to stop its attacks, In recent days the siege of the city has escalated.");
	}

	@Test
	void aQuotedSourceOfAccordingTo() {
		ExtractedQuote quote = only("According to “Sudan Tribune,” on Thursday, the army and its allies managed to "
				+ "repel one of the largest attacks.");
		assertThat(quote.speaker().name()).isEqualTo("Sudan Tribune");
		assertThat(quote.text()).startsWith("on Thursday, the army");
	}

	@Test
	void aParticiplesContentRunsOnIntoTheNextQuotation() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said the army was ready. Army forces \"struck the militia in "
				+ "the south,\" he said, adding that they were \"successful strikes, which cost the rebels dearly.\" The "
				+ "army gave no toll.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the army was ready.",
				"Army forces \"struck the militia in the south,\" ... they were \"successful strikes, which cost the "
						+ "rebels dearly.\"");
	}

	@Test
	void aDayInAppositionThenThat() {
		ExtractedQuote quote = only("In skirmishes in the city, the seat of the state, in the west of the country, the "
				+ "army said yesterday, Saturday evening, that 30 fighters had died.");
		assertThat(quote.speaker().name()).isEqualTo("the army");
		assertThat(quote.text()).isEqualTo("30 fighters had died.");
	}

	@Test
	void theSubjectBeforeAnAsideThatDashesSetOff() {
		assertThat(only("Tomas Vell – the head of the council – said the talks had failed.").speaker().name())
			.isEqualTo("Tomas Vell");
		ExtractedQuote quote = only("After a meeting, several producers – including those not part of the group – "
				+ "said they had “reviewed the current supply and demand fundamentals.”");
		assertThat(quote.speaker().name()).isEqualTo("several producers");
	}

	@Test
	void aCommaAfterThatOpensNoContent() {
		assertThat(only("Tomas Vell said that, in his view, the deal was dead.").text())
			.isEqualTo("in his view, the deal was dead.");
	}

	@Test
	void theNounARelativeBeforeACueFollows() {
		List<ExtractedQuote> quotes = quotes("On reports by certain foreign media which claim that the commander was "
				+ "killed, the spokesman said the reports are fake.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("certain foreign media", "the spokesman");
	}

	@Test
	void aTitleTheArticleGaveBeforeTheNameIsThePersons() {
		List<ExtractedQuote> quotes = quotes("The foreign ministry spokesman made the remarks at his weekly press "
				+ "conference.\n\nSaeed Vellani said that the region could no longer tolerate war.\n\nThe deal will "
				+ "be published soon, the spokesman said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Saeed Vellani", "Saeed Vellani");
		// (a title the article gives only later is someone else's)
		assertThat(quotes("Saeed Vellani said that the region could no longer tolerate war.\n\nThe deal will be "
				+ "published soon, the spokesman said.")).extracting((quote) -> quote.speaker().name())
			.containsExactly("Saeed Vellani", "the spokesman");
	}

	@Test
	void quotedByAnOutletAsSayingWithAnAdverbBefore() {
		ExtractedQuote quote = only("However, Tomas Vell was also quoted by Reuters as saying, “We remain hopeful "
				+ "that we can reach some form of agreement.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void theOfficialOrTheDiplomatIsThePersonJustQuoted() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell mentioned that efforts are ongoing on various levels.\n\n"
				+ "According to the Qatari official, the flow of aid into Gaza is slowing.\n\n\"The talks are now "
				+ "being held in Doha,\" the diplomat, who is also an adviser to the prime minister, said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		// (but not one whose role gives another nationality)
		assertThat(quotes("Egyptian Foreign Minister Tomas Vell said that efforts are ongoing.\n\nAccording to the "
				+ "Qatari official, the flow of aid is slowing.")).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "the Qatari official");
	}

	@Test
	void aHyphenatedDatelineAndATimeOfDayBeforeItsZone() {
		assertThat(only("AL-MUKALLA: US Central Command said it carried out six strikes on Monday.").speaker().name())
			.isEqualTo("US Central Command");
		ExtractedQuote quote = only("The incident occurred around 9 p.m. Yemen time (1800 GMT), US Central Command "
				+ "said in a statement.");
		assertThat(quote.text()).isEqualTo("The incident occurred around 9 p.m. Yemen time (1800 GMT)");
	}

	@Test
	void aLedesMinisterIsTheMinisterNamedNext() {
		List<ExtractedQuote> quotes = quotes("A Syrian minister expressed optimism on Wednesday, suggesting progress "
				+ "had been made.\n\nSyrian Deputy Foreign Minister Tomas Vell’s comments were the first on the talks."
				+ "\n\nAsked whether progress had been made, Vell said: “I feel that we must always be optimistic.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		// (not one of another nation)
		assertThat(quotes("A Syrian minister expressed optimism on Wednesday, suggesting progress had been made.\n\n"
				+ "Turkish Foreign Minister Tomas Vell said: “We must always be optimistic.”"))
			.extracting((quote) -> quote.speaker().name())
			.containsExactly("a Syrian minister", "Tomas Vell");
	}

	@Test
	void aNameTheTaggerReadsAsAnAuxiliary() {
		List<ExtractedQuote> quotes = quotes("Elon Musk says he doesn’t care if day traders sell their stock.\n\n“We "
				+ "have no interest in satisfying the desires of day traders,” Musk said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Elon Musk", "Elon Musk");
	}

	@Test
	void aLongCueClauseAfterAQuestion() {
		ExtractedQuote quote = only("“But what term is a lawyer to use to describe their deliberate falsehoods?” Chief "
				+ "Deputy State’s Attorney Tomas Vell wrote in a motion filed in Baltimore Circuit Court.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).startsWith("But what term");
	}

	@Test
	void theDatelineIsTaggedApart() {
		ExtractedQuote quote = only("BALTIMORE – Prosecutors plan to seek sanctions against the defense attorneys, "
				+ "accusing them of “factual mendacity and legal malarkey.”");
		assertThat(quote.speaker().name()).isEqualTo("Prosecutors");
	}

	@Test
	void anOutletNamedBeforeItsReportOnlyPassesItOn() {
		List<ExtractedQuote> quotes = quotes("Vice Foreign Minister Tomas Vell spoke on Sunday.\n\nVell said he did "
				+ "not think a break would dampen the talks, the Norwana report said.\n\nHe warned that the talks could "
				+ "fail.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		assertThat(quotes.get(0).text()).startsWith("he did not think");
	}

	@Test
	void aLedeOfficeIsHeldByThePersonTheNextParagraphNames() {
		List<ExtractedQuote> quotes = quotes("Talks will likely resume only after the drills are over, a former "
				+ "unification minister has said.\n\nTomas Vell made the remark during a meeting with reporters on "
				+ "Wednesday.\n\n“I guess the talks will be held after the drills,” Vell said in Washington.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void whomWordsAreAddressedToIsNoAntecedent() {
		ExtractedQuote quote = only("The board was surprised by an attempt by Tomas Vell, a member of parliament, to "
				+ "deny comments that he had made to Norwana Tavers on Wednesday, in which he said that the stations "
				+ "exist.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aGroupDescribedByWhoBacksItIsTheGroupNamedBefore() {
		List<ExtractedQuote> quotes = quotes("Hezbollah announced it had carried out attacks on Friday.\n\nThe "
				+ "Iran-backed group says it is acting in support of its allies.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Hezbollah", "Hezbollah");
	}

	@Test
	void aPortfolioWordMayOpenAnOrganisationsName() {
		ExtractedQuote quote = only("Airstrikes also targeted the villages of the border area, the official National "
				+ "News Agency reported.");
		assertThat(quote.speaker().name()).isEqualTo("National News Agency");
	}

	@Test
	void theSpeakerOfARelativeClauseAfterAnAdverbial() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, the head of the council, spoke on Wednesday.\n\nIn a "
				+ "speech that Vell addressed to the wounded members of his organization, stating that aircraft bombed "
				+ "sites belonging to the group.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.mention()).isEqualTo("Vell");
			assertThat(quote.role()).isEqualTo("the head of the council");
		});
	}

	@Test
	void anAdverbialAsideIsNoRole() {
		ExtractedQuote quote = only("The Norwana Council, on the occasion of the king's visits to the region, affirmed "
				+ "that its ties with its neighbours were strong.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana Council");
		assertThat(quote.role()).isNull();
	}

	@Test
	void aCuesPresentFormTheTaggerReadsAsANoun() {
		ExtractedQuote quote = only("“Our deterrence collapsed when the government allowed the tents,” Vell’s office "
				+ "states — a reference to tents set up last year.");
		assertThat(quote.speaker().name()).isEqualTo("Vell’s office");
		assertThat(quote.text()).startsWith("Our deterrence collapsed");
	}

	@Test
	void aQuotationInsideAnotherQuoteIsPartOfIt() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday.\n\n“All that is left of the plan” are "
				+ "“ruins from the north to the south, and a complete loss of trust,” he claimed.");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.text()).contains("ruins"));
	}

	@Test
	void avoidingSayingIsNoReport() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell denied that the army intends to stay. He described how a "
				+ "future administration would be set up, while avoiding saying who would take part in it.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the army intends to stay.");
	}

	@Test
	void theWordsRespondedToAreNotTheRespondersQuote() {
		List<ExtractedQuote> quotes = quotes("Responding to Tomas Vell’s statement that the government “has become a "
				+ "threat,” the ruling Norwana party accuses him of hypocrisy.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Norwana");
			assertThat(quote.text()).startsWith("him of hypocrisy");
		});
	}

	@Test
	void aSubjectAfterAnAsideInDashes() {
		ExtractedQuote quote = only("Addressing the press ahead of the meeting — held this week despite the recess — "
				+ "Tomas Vell declared that the government “has become a threat.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).startsWith("the government");
	}

	@Test
	void anOrganisationsNameWithOfInIt() {
		ExtractedQuote quote = only("The non-governmental Coordination of Resistance Committees in Kassala said that "
				+ "the clashes in the city \"have relatively stopped\" after six hours.");
		assertThat(quote.speaker().name()).isEqualTo("Coordination of Resistance Committees");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void contentWithACompanionOrAnAppositionSetOffByCommas() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said the army, along with allied troops, won a “decisive "
				+ "victory” over the rebels.\n\nThe UN has said nearly 25 million people, half of the population, "
				+ "need aid.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the army, along with allied troops, won a “decisive victory” over the rebels.",
					"nearly 25 million people, half of the population, need aid.");
	}

	@Test
	void sourcesWithARelativeClauseAccordingToWhom() {
		ExtractedQuote quote = only("According to military sources who spoke to Norwana Net, the assault began with "
				+ "heavy shelling.");
		assertThat(quote.text()).isEqualTo("the assault began with heavy shelling.");
	}

	@Test
	void whatAnOutletQuotesASpokesmanAsSayingTheBodySaid() {
		ExtractedQuote quote = only("The army said it repelled a major attack on the town on 19 September, the Norwana "
				+ "Tribune quoted army spokesman Tomas Vell as saying.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).startsWith("it repelled a major attack");
	}

	@Test
	void aSecondReportCoordinatedWithACueAfterAQuotation() {
		List<ExtractedQuote> quotes = quotes("“In every situation, we have to go the peaceful way,” said Foreign Minister "
				+ "Tomas Vell and added that some countries have to continue the dialogue.\n\n“We will not stop,” Vell "
				+ "said and stressed that the talks were “going well.”");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("In every situation, we have to go the peaceful way,",
					"some countries have to continue the dialogue.", "We will not stop,",
					"the talks were “going well.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		assertThat(quotes.get(3).type()).isEqualTo(QuoteType.MIXED);
	}

	@Test
	void anOutletsNameAndASlashIsADateline() {
		ExtractedQuote quote = only("Norwana News/ The Regional Government issued a statement emphasizing that its "
				+ "employees should have received their salaries.");
		assertThat(quote.speaker().name()).isEqualTo("Regional Government");
	}

	@Test
	void theDocumentASpeakerIssuedIsNoPartOfTheirRole() {
		ExtractedQuote quote = only("A statement from Council Spokesman Tomas Vell said: “The federal government has "
				+ "only sent part of the salaries.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Council Spokesman");
	}

	@Test
	void aCueAfterWentOnTo() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday. He went on to note that the enemy launched 17 "
				+ "airstrikes on Saturday.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
			assertThat(quote.text()).isEqualTo("the enemy launched 17 airstrikes on Saturday.");
		});
	}

	@Test
	void aSpokesmanNamedAfterTheStatementAccordingToWhich() {
		ExtractedQuote quote = only("According to a statement from the military spokesman, Tomas Vell, the forces "
				+ "launched 73 raids targeting the capital.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("military spokesman");
		assertThat(quote.text()).startsWith("the forces launched");
	}

	@Test
	void anAsideInDashesRightAfterTheCue() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell suggested - in a press conference held today, Monday - that "
				+ "elections be held after the referendum.\n\nThe council stressed today, Tuesday, the importance of "
				+ "holding elections.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("elections be held after the referendum.", "the importance of holding elections.");
	}

	@Test
	void aReportOfWhatANamedPersonStressed() {
		List<ExtractedQuote> quotes = quotes("“The elections are a matter for the people alone,” spokesman Tomas Vell "
				+ "told the weekly press conference.\n\nHe said that Norwan Tavers, prime minister of the government, "
				+ "stressed that all parties must assume their responsibility.");
		assertThat(quotes).extracting(ExtractedQuote::mention).doesNotContain("He said that Norwan Tavers");
		assertThat(quotes.get(1).text()).contains("all parties must assume their responsibility");
	}

	@Test
	void anArabicNameTheTaggerSplits() {
		ExtractedQuote quote = only("“The elections are a matter for the people alone,” Spokesman for Norwana's "
				+ "government Mohamed al-Tavers told the weekly press conference in the capital.");
		assertThat(quote.speaker().name()).isEqualTo("Mohamed al-Tavers");
	}

	@Test
	void aCueInTheSentenceAfterAQuotationThatEndsTheParagraph() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday.\n\n“He only gives verbal orders. We tried to "
				+ "push him but in vain.” Vell added.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.cue()).isEqualTo("added");
			assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		});
	}

	@Test
	void aPersonsNameAfterATitlesComplement() {
		ExtractedQuote quote = only("“The elections are a matter for the people alone,” spokesman for the government "
				+ "Tomas Vell told the weekly press conference.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("spokesman for the government");
	}

	@Test
	void aDescriptionNoWordListKnowsBeforeAnAppositiveName() {
		ExtractedQuote quote = only("Also, the party’s second in command, Tomas Vell, told a rally in protest on the "
				+ "seventh day of the offensive that the group was fully prepared for war.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("the party’s second in command");
	}

	@Test
	void theOutletThatPublishedAReportOnADay() {
		ExtractedQuote quote = only("The group relocated part of its forces to the border, according to a report on "
				+ "Tuesday by the Lebanese Norwana Times newspaper.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana Times");
	}

	@Test
	void straightSingleQuotationMarks() {
		List<ExtractedQuote> quotes = quotes("Reacting to the plot, Tomas Vell said: 'As soon as we read the release, "
				+ "we contacted all the leaders in a bid to calm the situation.\n\n'We have also invited everyone to "
				+ "the table.'\n\n'Thank God, normalcy has been restored and the workers' rights are safe,' he said. "
				+ "Norwana's leaders don't agree.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("As soon as we read the release, we contacted all the leaders in a bid to calm the "
					+ "situation. We have also invited everyone to the table.",
					"Thank God, normalcy has been restored and the workers' rights are safe,");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aReportingClauseAfterASubjectWithAnInfinitive() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke. The main conclusion to be drawn, he said, from the "
				+ "current crisis, is the greatness shown by the people.");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.text())
			.isEqualTo("The main conclusion to be drawn ... from the current crisis, is the greatness shown by the people."));
	}

	@Test
	void aNameSpelledAnotherWay() {
		List<ExtractedQuote> quotes = quotes("Foreign Ministry spokesperson Ahmed Abu Zeid said Tuesday that the stance "
				+ "has always been clear.\n\nMoreover, Abu Zaid confirmed that the statements were very powerful.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Ahmed Abu Zeid",
				"Ahmed Abu Zeid");
	}

	@Test
	void theSpokespersonOfAMinistryIsAPerson() {
		List<ExtractedQuote> quotes = quotes("The spokesperson of the Norwan foreign ministry said late Friday the "
				+ "ministry was disturbed by the warning.\n\nThe alert raised questions, Tomas Vell said in a "
				+ "statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
		assertThat(quotes.get(0).text()).isEqualTo("the ministry was disturbed by the warning.");
	}

	@Test
	void aNameWhereTheWordsWereSaidAndAColon() {
		List<ExtractedQuote> quotes = quotes("\"It was a poor performance,\" said Tomas Vell.\n\n'Unless they back him "
				+ "in the window, they will go down'\n\nFormer Norwana striker Alan Tavers on BBC's Match of the Day: "
				+ "\"Vell was under pressure from the beginning of the season.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Alan Tavers");
	}

	@Test
	void theArmyIsNoStationNamedAfterIt() {
		List<ExtractedQuote> quotes = quotes("Explosive belts were found during searches of the area, according to the "
				+ "army.\n\nAccording to Army Radio, the gunmen had been en route to an attack.\n\nThe army stressed "
				+ "that the exercise had been planned in advance.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the army", "Army Radio",
				"the army");
	}

	@Test
	void aStatementAndTheParticipleThatQuotesIt() {
		ExtractedQuote quote = only("The army's spokespersons unit released a statement following the incident "
				+ "saying, “Troops disposed of the explosive device and thwarted the attack.”");
		assertThat(quote.speaker().name()).isEqualTo("the army's spokespersons unit");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void aPlaceADateAndAnAgencysMarkAreADateline() {
		ExtractedQuote quote = only("Norwana, Oct 13 (IANS) The Defense Forces says infantry forces entered the "
				+ "territory today.");
		assertThat(quote.speaker().name()).isEqualTo("Defense Forces");
	}

	@Test
	void aPronounAndItsAuxiliaryInOneWordOpenTheContent() {
		ExtractedQuote quote = only("Reporter Tomas Vell said in a Slack chat room that he’d heard from a source that "
				+ "missiles crossed into the country.");
		assertThat(quote.text()).startsWith("he’d heard");
	}

	@Test
	void generalCounselIsATitle() {
		ExtractedQuote quote = only("Associated Press General Counsel Karen Tavers today urged lawmakers to enact "
				+ "the legislation.");
		assertThat(quote.speaker().name()).isEqualTo("Karen Tavers");
		assertThat(quote.role()).isEqualTo("Associated Press General Counsel");
	}

	@Test
	void theSubjectOfASubordinateClauseBeforeARelativeAside() {
		ExtractedQuote quote = only("The comments come shortly after the Norwana Workers Party (NWP), which the "
				+ "government views as a threat, announced that it would disband.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana Workers Party");
	}

	@Test
	void aQuotationAfterALinkWordGoesOnWithTheLastSpeaker() {
		List<ExtractedQuote> quotes = quotes("According to Tomas Vell, the neighbours raised some objections during "
				+ "the meeting. However, “the general impression is that their tone was not harsh this time.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void anAdverbialBeforeTheOfficeIsNoPartOfTheRole() {
		ExtractedQuote quote = only("In a statement to SPA, the Minister of Commerce, Dr. Tomas Vell, said that the "
				+ "council was following the developments.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("the Minister of Commerce");
	}

	@Test
	void theReportIsTheOutletsThatReportedLast() {
		List<ExtractedQuote> quotes = quotes("The group relocated part of its forces, according to a report on Tuesday by "
				+ "the Norwana Times newspaper.\n\nThe report said that the forces moved heavy weaponry.\n\nIn parallel, "
				+ "the president met an official on Monday, the Tavers Herald newspaper reported on Tuesday. The report "
				+ "emphasized that the official presented an initiative.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Norwana Times",
				"Norwana Times", "Tavers Herald", "Tavers Herald");
	}

	@Test
	void aLoneNameATitleAnnouncesIsAPersons() {
		List<ExtractedQuote> quotes = quotes("The Foreign Ministry spokesperson, Vellaei, addressed various issues, "
				+ "including whether the country had received a letter from President Tomas Tavers. “No letter has "
				+ "been received,” he confirmed.");
		assertThat(quotes).singleElement().satisfies((quote) -> assertThat(quote.speaker().name()).isEqualTo("Vellaei"));
	}

	@Test
	void aSubheadingInSingleMarksIsNoQuote() {
		List<ExtractedQuote> quotes = quotes("“Indirect communications have existed as before,” Tomas Vell told "
				+ "reporters.\n\n‘Palestine remains central issue of region’\n\nVell began his remarks by reiterating "
				+ "that the issue remains central.");
		assertThat(quotes).extracting(ExtractedQuote::text).doesNotContain("Palestine remains central issue of region");
	}

	@Test
	void aPlaceAndAnAgencyBetweenDashesAreADateline() {
		ExtractedQuote quote = only("Tehran - BORNA - Tomas Vell, at the beginning of his press conference, said: "
				+ "\"The ministers traveled to the capital.\"");
		assertThat(quote.role()).isNull();
	}

	@Test
	void theFmIsTheForeignMinister() {
		List<ExtractedQuote> quotes = quotes("The talks should resume in May, Norwan Foreign Minister Tomas Vell has "
				+ "said.\n\nSpeaking in an interview, the Norwan FM said “the first meeting will be about the structure "
				+ "of the talks”.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void aCompoundParticipleBeforeTheSpeaker() {
		ExtractedQuote quote = only("Crude demand has improved from the lows, state-controlled Norwana Oil's chief "
				+ "executive Tomas Vell said today.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void theBossOfAFirmANationNamesIsAPerson() {
		List<ExtractedQuote> quotes = quotes("The boss of the state-owned oil firm Saudi Norwana says demand is "
				+ "increasing.\n\nIn a news conference, Tomas Vell said he expected total demand to grow.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void anOpeningMarkGluedToTheWordBefore() {
		List<ExtractedQuote> quotes = quotes("“The UN has failed to pick them up,” Tomas Vell told reporters.“We opened "
				+ "the crossings.”\n\nNorwan Tavers said, UN staff in Gaza“are not sitting on their hands.”");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("The UN has failed to pick them up, We opened the crossings.",
					"UN staff in Gaza “are not sitting on their hands.”");
	}

	@Test
	void wentOnAndExpressedBesideAQuotation() {
		List<ExtractedQuote> quotes = quotes("\"Our country cannot persist in the absence of any of its components,\" "
				+ "Prime Minister Tomas Vell said.\n\n\"It is our responsibility to overcome the many differences,\" Vell went on."
				+ "\n\n“Any delay in the elections means a failure of our institutions,” the Premier expressed.\n\nHe "
				+ "went on to say that the army would be supported.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said", "went on", "expressed", "went on to say");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void thePartOfTheDayIsNoContent() {
		ExtractedQuote quote = only("Prime Minister Tomas Vell warned on Tuesday evening that the situation in the "
				+ "country was deteriorating.");
		assertThat(quote.text()).startsWith("the situation");
	}

	@Test
	void anOpeningMarkTypedAsTheClosingOne() {
		List<ExtractedQuote> quotes = quotes("“Norwana announces that a ceasefire has been reached,“ read the "
				+ "statement seen by the agency.\n\n“The two sides abide by the ceasefire,“ the statement added.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("Norwana announces that a ceasefire has been reached,", "The two sides abide by the ceasefire,");
	}

	@Test
	void theMediumBeforeAParentheticalCueIsNoContent() {
		ExtractedQuote quote = only("In a statement, the Norwana Party said, its leader Tomas Vell agreed to a "
				+ "ceasefire in a phone call.");
		assertThat(quote.text()).startsWith("its leader Tomas Vell agreed");
	}

	@Test
	void aStatementNeverIssuedReportsNothing() {
		List<ExtractedQuote> quotes = quotes("The office of Prime Minister Tomas Vell has yet to issue a statement "
				+ "confirming the agreement.\n\nThe council did not issue a statement saying the bridge was closed."
				+ "\n\nThe ministry declined to comment, saying the investigation was ongoing.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the investigation was ongoing.");
	}

	@Test
	void theTopDiplomatIsTheForeignMinister() {
		List<ExtractedQuote> quotes = quotes("Norwanan Foreign Minister Tomas Vell met his counterpart on Monday.\n\n"
				+ "\"We are working together in all those spheres,\" the Norwanan top diplomat said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void theDaysPrepositionBeforeQuotedAsIsNoPartOfTheSpeaker() {
		ExtractedQuote quote = only("The agency quoted an unnamed official on Monday as saying that the minister "
				+ "had resigned.");
		assertThat(quote.mention()).isEqualTo("an unnamed official");
	}

	@Test
	void aMilitaryWingSpeaks() {
		List<ExtractedQuote> quotes = quotes("Earlier, Norwanas’ military wing said fighters ambushed an armored "
				+ "carrier.\n\nThe youth office of the Tavers Party said the bridge was closed. The youth office said it "
				+ "had fired rockets. The Velland Movement's youth office warned that it would respond.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Norwanas’ military wing",
				"the youth office of the Tavers Party", "the youth office of the Tavers Party",
				"the Velland Movement's youth office");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aCountrysAmbassadorToAnOrganizationIsTheRoleOfTheNameAfterIt() {
		ExtractedQuote quote = only("Norwana’s ambassador to the United Nations, Tomas Vell, on Monday denied that "
				+ "the group was holding a soldier.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Norwana’s ambassador to the United Nations");
	}

	@Test
	void addingToANounReportsNothing() {
		List<ExtractedQuote> quotes = quotes("Rebels had fired a rocket at a tank, adding to the confusion over what "
				+ "occurred.\n\nTomas Vell spoke on Monday. \"We won,\" he added to the crowd.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("We won,");
	}

	@Test
	void aPhrasalPastTheTaggerReadsAsANoun() {
		ExtractedQuote quote = only("The Norwanan Air Forces struck down the militant cell shortly after the fire "
				+ "exchange, the army added.");
		assertThat(quote.text()).isEqualTo("The Norwanan Air Forces struck down the militant cell shortly after the fire exchange");
	}

	@Test
	void aTrailingCueCitingWithNoComma() {
		ExtractedQuote quote = only("Both were hit by machine gunfire and anti-tank missiles, the Norwana News Agency "
				+ "reported citing the statement.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana News Agency");
	}

	@Test
	void aQuotationEndingANarratedSentenceIsNoCueOfTheNext() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday. He added that this confidence stems from the "
				+ "determination of the heroes, describing them as “weaker than a spider’s web.” He emphasized that these "
				+ "groups joined only for personal gain.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("added", "emphasized");
	}

	@Test
	void aMediumAdjunctBeforeTheCueOfAQuotationIsNoParentheticalContent() {
		ExtractedQuote quote = only("In an exclusive statement to the paper, Tomas Vell said, “Our forces have "
				+ "complete control on the ground.”");
		assertThat(quote.text()).isEqualTo("Our forces have complete control on the ground.");
	}

	@Test
	void aPresentCueTheTaggerReadsAsANounAfterASingularSubject() {
		List<ExtractedQuote> quotes = quotes("The Joint Force claims that a number of foreigners were killed.\n\nHe "
				+ "rejected the government claims that the bridge was closed.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("claims");
	}

	@Test
	void anOrdinalOpensAUnitsName() {
		ExtractedQuote quote = only("The 6th Infantry Division said in a statement that its forces repelled an attack.");
		assertThat(quote.speaker().name()).isEqualTo("6th Infantry Division");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aClausesCueBeforeAPossessiveObjectReportsNothing() {
		List<ExtractedQuote> quotes = quotes("The Norwana Forces expressed impatience with the attacks, even though the "
				+ "group still maintains its position of refraining from attacking the city in order to preserve the "
				+ "lives of civilians.\n\nThe group maintains its fighters have left the city.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("its fighters have left the city.");
	}

	@Test
	void aTitleOfTwoPortfoliosAfterAnAdverbialIsTheRoleOfTheNameAfterIt() {
		ExtractedQuote quote = only("On Thursday, Norwanan Minister of Energy and Religious Affairs, Tomas Vell, "
				+ "criticized the plan. Vell noted that the plan had failed.");
		assertThat(quote.role()).isEqualTo("Norwanan Minister of Energy and Religious Affairs");
	}

	@Test
	void aStatementCondemningAndSayingReportsWhatItSays() {
		ExtractedQuote quote = only("Norwana’s Government of National Unity has issued a statement condemning the "
				+ "clashes and saying that the reason for the fighting was a convoy.");
		assertThat(quote.text()).isEqualTo("the reason for the fighting was a convoy.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana’s Government of National Unity");
	}

	@Test
	void anOrganizationInAPlaceAfterItsCountrysPossessive() {
		ExtractedQuote quote = only("The Ambulance and Emergency Apparatus in Norwana’s Tavers has announced a state "
				+ "of high alert, warning that people should not leave their houses.");
		assertThat(quote.speaker().name()).isEqualTo("the Ambulance and Emergency Apparatus in Norwana’s Tavers");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aLongSentenceAfterAStoppedQuotationIsNoCuesTail() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday. “What we are witnessing is an effort to erase "
				+ "the nation,” he said. “The normalization of war crimes is a deeply troubling trend.” He accused the "
				+ "army of deliberately violating humanitarian principles and the charter, stating that the army "
				+ "continues to kill civilians with impunity.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said", "accused");
	}

	@Test
	void anOutletInBracketsAfterAPlaceInCapitalsAndAnAgencyBetweenDashesAfterALedeAreDatelines() {
		List<ExtractedQuote> quotes = quotes("TAVERS (Norwana News) Tomas Vell began his press conference today. "
				+ "Vell continued: “Dozens were killed in the past day.”\n\nThe spokesman spoke of the talks.\n\n"
				+ "Tavers - NORNA - Anna Kiro, at the beginning of her press conference, said: “The talks go on.”");
		assertThat(quotes).extracting(ExtractedQuote::role).containsOnlyNulls();
	}

	@Test
	void aSurnameTheStoryAloneUsesIsTheNameTheHeadlineTitles() {
		List<ExtractedQuote> quotes = extractor.extract("NDF commander Tomas Vell: foreign fighters will return home"
				+ "\n\nIn an interview, Vell said that the fighters would return.").get(0).quotes();
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
		assertThat(quotes.get(0).speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void anUnclosedTitleEndsBeforeTheVerbAndItsAcronymIsTheOrganizations() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, General Commander of the Norwana Democratic Forces (NDF) "
				+ "discussed recent developments, highlighting the efforts to achieve peace.\n\nVell said there were "
				+ "clashes.\n\nSo far, all attacks have been repelled by the NDF, who report that the clashes killed 210 "
				+ "fighters.");
		assertThat(quotes).extracting(ExtractedQuote::role).contains("General Commander of the Norwana Democratic Forces (NDF)");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell",
				"Norwana Democratic Forces");
	}

	@Test
	void aCountrysOfficeInTheLedeIsThePrinceTheNextParagraphNames() {
		List<ExtractedQuote> quotes = quotes("Norwana’s energy minister reiterated that the kingdom will remain cautious "
				+ "about raising oil production.\n\n“I will believe it when I see it,” Prince Tomas bin Vell said in "
				+ "Tavers.\n\nThe minister said the alliance had been proved correct.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas bin Vell");
	}

	@Test
	void theOccasionAnOpeningParticipleTellsIsNoPartOfTheQuotation() {
		ExtractedQuote quote = only("Speaking after the match, “Yes of course the defeat is a painful one,” Tomas Vell "
				+ "told the BBC after the game.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("Yes of course the defeat is a painful one,");
	}

	@Test
	void aFullNameRepeatedKeepsTheTitleWhereTheArticleNamedIt() {
		ExtractedQuote quote = only("Riverside manager, Tomas Vell has expressed disappointment after losing on "
				+ "Saturday.\n\nTomas Vell said it was a painful one.");
		assertThat(quote.role()).isEqualTo("Riverside manager");
	}

	@Test
	void aQuotationTheContentOpensRunsOnToWhereItCloses() {
		List<ExtractedQuote> quotes = quotes("Government officials have confirmed that \"negotiations are underway over "
				+ "the fate of the factions. There is no need to dismantle the forces.\"\n\nPolitical sources revealed "
				+ "that 'after weeks of silence, the factions have gone back on their plans. They will not comply.'");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"negotiations are underway over the fate of the factions. There is no need to dismantle the forces.",
				"after weeks of silence, the factions have gone back on their plans. They will not comply.");
		assertThat(quotes).extracting(ExtractedQuote::type).containsOnly(QuoteType.DIRECT);
	}

	@Test
	void pointThatReports() {
		ExtractedQuote quote = only("Sources close to influential parties in Norwana point that the political "
				+ "equation will undergo sharp changes.");
		assertThat(quote.text()).isEqualTo("the political equation will undergo sharp changes.");
	}

	@Test
	void aCapitalisedTitleWithItsComplementBeforeARelativeSpeaker() {
		ExtractedQuote quote = only("Tensions grew after the talks between Prime Minister Tomas Vell and US Secretary "
				+ "of State Anna Kiro, who urged Norwana to disarm the militias.");
		assertThat(quote.speaker().name()).isEqualTo("Anna Kiro");
		assertThat(quote.role()).isEqualTo("US Secretary of State");
	}

	@Test
	void theOfficeGoesOnForWhomItsOfficeSpoke() {
		List<ExtractedQuote> quotes = quotes("The office of Prime Minister Tomas Vell rejected the reports, stressing "
				+ "that the prime minister did not respond.\n\n\"The reports are not true,\" the office said in a "
				+ "statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aPronounsReportThatAnOutletPassesOnIsThePersons() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Friday. He said that such measures would help the "
				+ "region, the Norwana Press Agency reported.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void continuedThatAndContinuedOnToSayReport() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke. Vell continued that the world was becoming more "
				+ "interconnected. He continued on to say that Norwana is transitioning to clean energy.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the world was becoming more interconnected.",
				"Norwana is transitioning to clean energy.");
	}

	@Test
	void aNameBeforeAnAsideWhoseClosingCommaIsLeftOutSpeaks() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, who runs a slaughterhouse in Tavers said the area struck was "
				+ "an “industrial and civilian area.”\n\nAnna Kiro, the head of the civil defense in the Norwana "
				+ "district confirmed that a woman and three children were killed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes.get(1).role()).isEqualTo("the head of the civil defense in the Norwana district");
	}

	@Test
	void aSubordinateClauseAloneBeforeACueIsNoContentAndThatPastAShortAdverbialOpensIt() {
		List<ExtractedQuote> quotes = quotes("LONDON // Riverside manager Sir Tomas Vell accepted a charge today. After "
				+ "his side drew 2-2 on October 3, Vell said after the match that the referee was not fit enough. "
				+ "Although he later apologised, the Football Association charged him with misconduct.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the referee was not fit enough.");
		assertThat(quotes.get(0).role()).isEqualTo("Riverside manager");
	}

	@Test
	void aSubordinateAsideIsNoRole() {
		ExtractedQuote quote = only("But Tomas Vell, while accepting his punishment, said there were lessons the "
				+ "referee could learn.");
		assertThat(quote.role()).isNull();
	}

	@Test
	void verbsTheTaggerMissesAfterAnAsideAndInAThatClause() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, the deputy secretary of the party, said the government, by "
				+ "its siege on the region, aims to put the neighborhood under its control.\n\nIn a statement, the "
				+ "Norwana Forces denied that its personnel occupied government buildings in Tavers. The security force "
				+ "claimed that it had just tightened its measures.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"the government, by its siege on the region, aims to put the neighborhood under its control.",
				"its personnel occupied government buildings in Tavers.", "it had just tightened its measures.");
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Norwana Forces");
	}

	@Test
	void illustratedThatReports() {
		ExtractedQuote quote = only("Norwana Forces spokesman, Tomas Vell illustrated that they will allow the entry "
				+ "of all goods.");
		assertThat(quote.text()).isEqualTo("they will allow the entry of all goods.");
	}

	@Test
	void thePlatformACueNamesIsNoContent() {
		ExtractedQuote quote = only("Norwana official Tomas Vell said on Twitter the 13 detainees had arrived in the "
				+ "capital.");
		assertThat(quote.text()).isEqualTo("the 13 detainees had arrived in the capital.");
	}

	@Test
	void aGroupsNameBeforeTheKindOfGroupItIs() {
		List<ExtractedQuote> quotes = quotes("The Norwana Health Organization said Thursday that vaccines would be "
				+ "given.\n\nIn the west, the Tavers Jihad terrorist group confirmed that its commander was killed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Norwana Health Organization", "Tavers Jihad");
	}

	@Test
	void aTrailingPresentCueTheTaggerReadsAsANoun() {
		ExtractedQuote quote = only("Norwana and Tavers have advanced agreements to strengthen the ceasefire, "
				+ "Norwanan state media reports.");
		assertThat(quote.mention()).isEqualTo("Norwanan state media");
	}

	@Test
	void theSurnameHeBeforeAGivenNameIsNoPronoun() {
		List<ExtractedQuote> quotes = quotes("“We will cooperate,” said He Yafei, the vice foreign minister.\n\nTomas Vell "
				+ "spoke later. He said the talks were fruitful.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("He Yafei", "Tomas Vell");
	}

	@Test
	void aNumberBetweenTheWordsOfAnOutletsName() {
		ExtractedQuote quote = only("Norwana's public broadcaster Kan 11 News reported that the talks had stalled.");
		assertThat(quote.speaker().name()).isEqualTo("Kan 11 News");
	}

	@Test
	void aDatelinesPlaceIsNoPartOfARoleAndAnAppositionCutOffIsNone() {
		List<ExtractedQuote> quotes = quotes("Norwana Tribune QNA\n\nTavers: Advisor to the Prime Minister Dr. Tomas "
				+ "Vell affirmed that the negotiations aim to bridge the gap.\n\nThe statement came from Anna Kiro, "
				+ "advisor to Norwana’s prime minister and spokesperson for the Ministry of Foreign Affairs, during a "
				+ "weekly briefing.\n\nKiro noted that representatives meet regularly.");
		assertThat(quotes).extracting(ExtractedQuote::role).contains("Advisor to the Prime Minister",
				"advisor to Norwana’s prime minister and spokesperson for the Ministry of Foreign Affairs");
	}

	@Test
	void aPortfolioOfTwoWordsJoinedByAndBeforeAName() {
		ExtractedQuote quote = only("Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Tomas Vell "
				+ "said that Norwana is a key partner.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Deputy Prime Minister and Minister of Foreign Affairs and Expatriates");
	}

	@Test
	void aPersonNamedInAListBeforeTheSpeakerIsNoRole() {
		List<ExtractedQuote> quotes = quotes("During a conference with the Norwanan High Representative, Anna Kiro, and "
				+ "Commissioner for Enlargement Oliver Varhelyi, Tomas Vell underlined that peace is possible.\n\n"
				+ "During a press conference with the Tavers envoy, Vell added that talks would go on.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		assertThat(quotes).extracting(ExtractedQuote::role).containsOnlyNulls();
	}

	@Test
	void twoTitledPeopleSpeakTogetherAndOneOfAPairIsNotThePair() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Tomas Vell and Secretary of State Anna Kiro on Monday "
				+ "stressed the solid relations, highlighting the importance of cooperation.\n\nVell and Kiro said they "
				+ "would intensify efforts. Vell thanked his counterpart.\n\n"
				+ "He said that the support provided by Tavers is essential.");
		// (the two surnames are the first person's, as the article named both)
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell and Anna Kiro",
				"Tomas Vell", "Tomas Vell");
	}

	@Test
	void anOwnersPossessiveBeforeASurnameIsNoPartOfTheName() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, a senior Norwana official, reiterated on Friday that the truck "
				+ "was carrying munitions.\n\nNorwana's Vell said: \"We are still in a confrontation with the enemy.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void anAuxiliaryBeforeAnAsideIsNoPartOfTheSpeaker() {
		List<ExtractedQuote> quotes = quotes("Norwanan Prime Minister Tomas Vell said the troops must leave.\n\nThe "
				+ "Norwanan prime minister has, on multiple occasions, said that Tavers will never accept foreign troops.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void anOrganizationsWordAloneIsTheBodyNamedInFullBefore() {
		List<ExtractedQuote> quotes = quotes("The Norwana Ministry of Health said the toll rose to 40. The Ministry "
				+ "added that 20 were wounded.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("the Norwana Ministry of Health");
	}

	@Test
	void aCuesWordAfterANamesPossessiveIsANoun() {
		List<ExtractedQuote> quotes = quotes("Minister Tomas Vell said the government had no choice.\n\nVell’s remarks "
				+ "underscore the government's insistence that it remains the sole legitimate authority.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said");
	}

	@Test
	void aPronounAndItsAuxiliaryInOneWordSpeak() {
		ExtractedQuote quote = only("Tomas Vell spoke on Monday. He's said that the war is over.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("the war is over.");
	}

	@Test
	void theNarratorsSourceBeforeATitleIsNoPartOfTheRole() {
		ExtractedQuote quote = only("According to reports Norwana Party chairwoman Anna Kiro says the opposition will "
				+ "likely vote in favor.");
		assertThat(quote.role()).isEqualTo("Norwana Party chairwoman");
	}

	@Test
	void quotedSayingWithNoAsIsACueBesideAQuotation() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke to the committee.\n\n“We would have progressed more,” "
				+ "he’s quoted saying in a statement.\n\n“We were meant to be in the third stage,” he was quoted as saying.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		assertThat(quotes).extracting(ExtractedQuote::type).containsOnly(QuoteType.DIRECT);
	}

	@Test
	void anUnnamedSourcesNounCapitalisedIsNoName() {
		List<ExtractedQuote> quotes = quotes("\"That story was based on anonymous leaks,\" Senior Defense Official said."
				+ "\n\n\"I'm a senior defense official and this is an official organized thing,\" he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Senior Defense Official");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aTrailingCueWhoseSentenceOpensInsideAQuotationIsTheQuotations() {
		List<ExtractedQuote> quotes = quotes("A senior official said that “there were so many things we had to do. These "
				+ "were things we had no interest in doing,” the official said.");
		assertThat(quotes).hasSize(1);
	}

	@Test
	void aPresentTenseTheTaggerReadsAsANounBeforeItsObject() {
		ExtractedQuote quote = only("When asked about the crisis, Tomas Vell said the mediation derives its credibility "
				+ "from the impartiality of the mediator.");
		assertThat(quote.text()).isEqualTo("the mediation derives its credibility from the impartiality of the mediator.");
	}

	@Test
	void aPastTenseTheTaggerReadsAsANounEndingItsClause() {
		ExtractedQuote quote = only("The Norwana Ministry of Health said the toll rose.");
		assertThat(quote.text()).isEqualTo("the toll rose.");
	}

	@Test
	void aNationsTelevisionAndACounselorsNameAndAGerundAfterOf() {
		List<ExtractedQuote> quotes = quotes("French television said on Wednesday that the president refused a call."
				+ "\n\nCounselor Tomas Vell, the Presidency’s official spokesman, indicated that the call reviewed "
				+ "regional events. President Anna Kiro reviewed the country’s efforts of calling for a ceasefire.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("French television",
				"Tomas Vell");
	}

	@Test
	void twoPortfoliosOfOneOfficeBeforeANameAreTheRole() {
		List<ExtractedQuote> quotes = quotes("Norwana's Foreign Affairs and Trade Minister Tomas Vell-Kiro said Tuesday "
				+ "that an agreement is not needed.\n\nThe minister also said he was not sure.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell-Kiro");
		assertThat(quotes.get(0).role()).isEqualTo("Norwana's Foreign Affairs and Trade Minister");
	}

	@Test
	void aDatelineWithOutletsAndADateInBracketsIsNoContent() {
		ExtractedQuote quote = only("KOLO (Vell News / Kiro - 19th January, 2023) The renewal of talks has become more "
				+ "difficult, Foreign Minister Tomas Vell said on Thursday.");
		assertThat(quote.text()).isEqualTo("The renewal of talks has become more difficult");
	}

	@Test
	void anAdverbialOpeningTheSentenceIsNoName() {
		List<ExtractedQuote> quotes = quotes("A Norwana Ministry spokesperson said that the talks will go on.\n\n"
				+ "Regarding Kolo, the senior official said: “We are negotiating with its government.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("a Norwana Ministry spokesperson");
	}

	@Test
	void thisOfficialRefersBackToTheUnnamedPersonWhoSpokeLast() {
		List<ExtractedQuote> quotes = quotes("The spokesperson of the Norwana Foreign Ministry said that the talks will "
				+ "go on.\n\nAbout Kolo, this senior official said: “We are negotiating with its government.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsOnly("the spokesperson of the Norwana Foreign Ministry");
	}

	@Test
	void anAdviserToATitledPersonNamedAfterTheCueSpeaks() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday.\n\n“It is not fair,” said assistant to the "
				+ "Norwana President Anna Kiro, Ibrahim Kolo.\n\n“The union is based on a deal,” said an adviser to "
				+ "President Anna Kiro, Omar Seff.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Ibrahim Kolo", "Omar Seff");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly(
				"assistant to the Norwana President Anna Kiro", "an adviser to President Anna Kiro");
	}

	@Test
	void whomAnOutletQuotesBeforeAColonSpeaks() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, a former minister, gave an interview on Saturday.\n\n"
				+ "The Daily Kolo quoted him: “Officials met in the capital. No other side was part of the talks.”\n\n"
				+ "The agency quoted Anna Kiro, the head of the council: “We met in the capital.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes.get(1).role()).isEqualTo("the head of the council");
	}

	@Test
	void aDatelineWithAWebsiteInBracketsIsNoRole() {
		ExtractedQuote quote = only("Kolo (NorwanaNews.com) MP Tomas Vell pointed out “There is an attack against the "
				+ "parliament.”");
		assertThat(quote.role()).isEqualTo("MP");
	}

	@Test
	void whomWordsAreAddressedToRightBeforeTheQuotationIsNoContent() {
		List<ExtractedQuote> quotes = quotes("MP, Tomas Vell, of the Kolo bloc called on parliament to act.\n\nHe stated to KoloNews.com “The "
				+ "statements of the premier are a violation of the constitution.”\n\nHe said to reporters “The policy "
				+ "failed.”");
		assertThat(quotes).extracting(ExtractedQuote::text).endsWith(
				"The statements of the premier are a violation of the constitution.", "The policy failed.");
		assertThat(quotes).extracting(ExtractedQuote::type).endsWith(QuoteType.DIRECT, QuoteType.DIRECT);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void anOutletsNameInQuotationMarksAfterAccordingToIsNoQuote() {
		ExtractedQuote quote = only("Tomas Vell denied the claims on Wednesday. According to “Kolo Tribune,” Vell "
				+ "stated, “The claims are mere lies.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("The claims are mere lies.");
	}

	@Test
	void whomOthersAccuseIsNoSpeaker() {
		ExtractedQuote quote = only("Army spokesperson, Brigadier General Tomas Vell, denied on Wednesday that elements "
				+ "of the army were involved in the killing of dozens of activists working in the north, accused of "
				+ "collaborating with the militia.");
		assertThat(quote.cue()).isEqualTo("denied");
	}

	@Test
	void aRelativeClauseThatReportsInsideTheNarratorsSourceIsTheQuote() {
		ExtractedQuote quote = only("According to the report, Tomas Vell's remarks echoed a statement by President "
				+ "Anna Kiro, who said on Thursday that the arsenal should be at the service of the state.");
		assertThat(quote.speaker().name()).isEqualTo("Anna Kiro");
		assertThat(quote.text()).isEqualTo("the arsenal should be at the service of the state.");
	}

	@Test
	void aReportInARelativeAsideEndsWhereTheMainVerbComesBack() {
		ExtractedQuote quote = only("The man, who said he acted alone, was arrested on Monday.");
		assertThat(quote.text()).isEqualTo("he acted alone");
	}

	@Test
	void aNationsArmedForcesKeepTheNation() {
		ExtractedQuote quote = only("Norwana's Armed Forces denied that the rebels took control of the northern state.");
		assertThat(quote.speaker().name()).isEqualTo("Norwana's Armed Forces");
		assertThat(quote.role()).isNull();
	}

	@Test
	void commentedBesideAQuotationIsACue() {
		List<ExtractedQuote> quotes = quotes("Speaking to the club website, Tomas Vell commented: “I think we played one "
				+ "of our better matches.”\n\n“We had a lot of chances,” Anna Kiro commented.");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("commented", "commented");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
	}

	@Test
	void aRoundUpsHeadingNamesWhoSpeaksNext() {
		List<ExtractedQuote> quotes = quotes("A look at what the managers had to say about their matches.\n\n"
				+ "Tomas Vell (Kolo United)\n\n“I can’t remember a better comeback than that. It was a great credit to "
				+ "the team.”\n\nAnna Kiro (Norwana)\n\n“I don’t feel unlucky. We gifted them the first goal.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Kolo United", "Norwana");
	}

	@Test
	void aVerbBiddingTheReaderIsNoPartOfTheRole() {
		ExtractedQuote quote = only("Take Kolo’s Tomas Vell, for example.\n\nVell defended his approach. “I don’t "
				+ "want to make it easy for anyone,” he said.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Kolo");
	}

	@Test
	void aPlatformIsNoVerbBeforeTheContent() {
		ExtractedQuote quote = only("Meanwhile, the Kolo Maritime Trade Operations (KMTO) wrote on social media "
				+ "platform X on Wednesday that it had received reports of up to three explosions.");
		assertThat(quote.text()).isEqualTo("it had received reports of up to three explosions.");
	}

	@Test
	void theDayBeforeAQuotationIsNoContent() {
		ExtractedQuote quote = only("In a broadcast speech, Kolo leader Tomas Vell said on Tuesday “Our eyes are open "
				+ "to searching for any ship” in the Red Sea.");
		assertThat(quote.text()).isEqualTo("“Our eyes are open to searching for any ship” in the Red Sea.");
	}

	@Test
	void aPresentTenseTheTaggerReadsAsANounAfterASubjectPronoun() {
		ExtractedQuote quote = only("Tomas Vell spoke on Monday. He questions its sources of funding, saying: “It has "
				+ "oodles of cash. I wish I knew where from.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("It has oodles of cash. I wish I knew where from.");
	}

	@Test
	void aSubordinateClauseAndItsParticipialAsideAreNoTrailingContent() {
		ExtractedQuote quote = only("While a second term depends on the results of the elections, scheduled for June "
				+ "10, Tomas Vell confirmed during a television interview with a number of satellite channels that he "
				+ "will not run in the polls.");
		assertThat(quote.text()).isEqualTo("he will not run in the polls.");
	}

	@Test
	void aChiefOfStaffIsATitle() {
		List<ExtractedQuote> quotes = quotes("Chief of Military Staff Tomas Vell on Sunday said the raid foiled planned "
				+ "attacks.\n\nKolo Chief of Staff Anna Kiro said the troops acted bravely.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Chief of Military Staff",
				"Kolo Chief of Staff");
	}

	@Test
	void anAppositionAfterTwoPeopleIsTheSecondOnes() {
		ExtractedQuote quote = only("Citing the weekend fire, Parliament Speaker Tomas Vell and Anna Kiro, the leader of "
				+ "the Kolo coalition, have called on the government to cancel the election results.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Parliament Speaker");
	}

	@Test
	void theOrganizationAndTheWatchdogReferBackToTheNamedObservatory() {
		List<ExtractedQuote> quotes = quotes("The Kolo Observatory for Human Rights said Wednesday that more than 800 "
				+ "people have been killed.\n\n“The role of the observers has become that of a witness,” the "
				+ "Britain-based watchdog stated.\n\nThe organization said that violence escalated in June.\n\n"
				+ "Elsewhere, one civilian was killed in the north, said the Observatory.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsOnly("the Kolo Observatory for Human Rights");
	}

	@Test
	void aTitledOfficeOfAnInstitutionBeforeAPersonsName() {
		List<ExtractedQuote> quotes = quotes("The Kolo Observatory for Human Rights said more than 800 people have been "
				+ "killed.\n\nThe chief of the Kolo Observatory for Human Rights Tomas Abdel Vell told AFP that the "
				+ "actual number is higher.\n\nVell said that 400 have been killed since the ceasefire.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the Kolo Observatory for Human Rights", "Tomas Abdel Vell", "Tomas Abdel Vell");
	}

	@Test
	void aReportAfterAnOccasionInsideTheNarratorsSourceIsTheReporters() {
		ExtractedQuote quote = only("According to Kolo Online, an Iranian news agency, Speaking at a press conference, "
				+ "Tomas Vell accused the council of provocations.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.cue()).isEqualTo("accused");
	}

	@Test
	void aNameAndASideInBracketsBeforeAColonSpeak() {
		List<ExtractedQuote> quotes = quotes("Managers voiced surprise at the vote.\n\nSir Tomas Vell (Kolo Utd): \"I am "
				+ "surprised we only got two votes.\"\n\nAnna Kiro (Norwana): \"It's really disappointing.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Anna Kiro");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Kolo Utd", "Norwana");
	}

	@Test
	void twoSidesAFormerPlayerPlayedForAreNoPairOfSpeakers() {
		ExtractedQuote quote = only("Former Kolo and Norwana defender Tomas Vell added: \"It's a huge disappointment "
				+ "for them.\"");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Former Kolo and Norwana defender");
	}

	@Test
	void heardSayingIsACueBesideAQuotation() {
		List<ExtractedQuote> quotes = quotes("Anna Kiro spoke in the capital.\n\n“We are coming, we are coming,” Tomas "
				+ "Vell was heard as saying in the audio.\n\n“We are coming,” he can be heard saying.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aQuotationAnOutletRelaysIsTheOneTheCueBeforeItNames() {
		ExtractedQuote quote = only("Minister Tomas Vell said in an interview with the newspaper: “I affirm that the "
				+ "intention is moving towards an agreement”, Al-Kolo reported.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.cue()).isEqualTo("said");
	}

	@Test
	void aDatelineInCapitalsWithOutletsInBracketsAfterALede() {
		List<ExtractedQuote> quotes = quotes("A meeting on output cuts will take place in the next few days, Energy "
				+ "Minister Tomas Vell said Thursday\n\nKOLO (Vell News / Sputnik - 04th June, 2020) A meeting on "
				+ "output cuts will take place in the next few days, Energy Minister Tomas Vell said Thursday.");
		assertThat(quotes).extracting(ExtractedQuote::text).allMatch((text) -> text.startsWith("A meeting"));
	}

	@Test
	void minesAndHydrocarbonsArePortfolios() {
		ExtractedQuote quote = only("Norwana's Mines and Hydrocarbons Minister Tomas M. Vell told Sputnik that the "
				+ "countries have reduced their output.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas M. Vell");
	}

	@Test
	void aLedesTitledOfficeIsThePersonNamedNextWithTheTitleAlone() {
		List<ExtractedQuote> quotes = quotes("Norwana’s oil minister said talks are intended to reach an agreement, the "
				+ "Kolo newspaper reported on Thursday.\n\nMinister Tomas Vell said in an interview with the newspaper: "
				+ "“I affirm that the intention is moving towards an agreement”, Kolo reported.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aNameInQuotationMarksBeforeACueWithContentIsNoQuotation() {
		ExtractedQuote quote = only("Meanwhile, sources close to “Kolo” admitted that commander of its Intervention "
				+ "Unit, Tomas Vell, was killed by land mines.");
		assertThat(quote.speaker().name()).isEqualTo("sources close to Kolo");
		assertThat(quote.text()).isEqualTo("commander of its Intervention Unit, Tomas Vell, was killed by land mines.");
	}

	@Test
	void aWordInQuotationMarksThatQualifiesTheSubjectIsNoQuotation() {
		List<ExtractedQuote> quotes = quotes("Separately, “terrorist” sources warned the army against ceasefire "
				+ "violations.");
		assertThat(quotes).extracting(ExtractedQuote::type).doesNotContain(QuoteType.DIRECT);
	}

	@Test
	void forHisPartWithNoCommasIsNoPartOfTheSubject() {
		List<ExtractedQuote> quotes = quotes("Anna Kiro spoke on Monday.\n\nVell for his part said that the statements "
				+ "do not affect the government. He told reporters that the dispute is part of campaigning.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Vell", "Vell");
	}

	@Test
	void whoReportsPassesOnTheReportItsContentOpensWith() {
		ExtractedQuote quote = only("Citing statements made to the Kolo TV channel, the Norwana Media Research Institute "
				+ "reported that Tomas Vell also said that the response is “an ongoing policy.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("the response is “an ongoing policy.”");
	}

	@Test
	void aPlaceAndAWireInBracketsAreADateline() {
		ExtractedQuote quote = only("Kolo United Emirates (CNN)On Sunday, the ministry summoned the ambassador, "
				+ "according to Foreign Minister Tomas Vell.");
		assertThat(quote.text()).startsWith("On Sunday");
	}

	@Test
	void aNameInQuotationMarksInAnAsideBeforeTheContent() {
		ExtractedQuote quote = only("Tomas Vell explained, in statements to the “Voice of the Kingdom” program, on "
				+ "Sunday, that “the ministry conveyed to the ambassador a message.”");
		assertThat(quote.text()).isEqualTo("the ministry conveyed to the ambassador a message.");
	}

	@Test
	void anAnswerToWhichSomeoneSaidIsAReportOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("Kolo TV asked the official if the country had any warning prior to the "
				+ "attack, to which the foreign minister said that “it was no secret” to the region.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"if the country had any warning prior to the attack", "“it was no secret” to the region.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the foreign minister");
	}

	@Test
	void anAcronymInCapitalsIsNoFunctionWord() {
		List<ExtractedQuote> quotes = quotes("“The situation still remains catastrophic,” WHO chief Tomas Vell told "
				+ "reporters.\n\nThe US envoy said the talks would resume.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "the US envoy");
		assertThat(quotes.get(0).role()).isEqualTo("WHO chief");
	}

	@Test
	void aVerbTheTaggerReadsAsANounAfterItsSubject() {
		ExtractedQuote quote = only("Tomas Vell spoke on Monday.\n\nHe added that the nature of the political system "
				+ "and the mechanisms for power-sharing among its components constitute pillars of any solution.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aParticiplesContentEndsWhereTheSubjectsNextReportBegins() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell downplayed the deadline, noting the agreement did not specify "
				+ "a time limit, and expressed confidence that the process would not fail.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"the agreement did not specify a time limit", "the process would not fail.");
	}

	@Test
	void whatTheSpeakerLeftOutIsNoContent() {
		ExtractedQuote quote = only("Tomas Vell spoke on Monday. Production at the oil field in the east is "
				+ "increasing, he added without giving figures.");
		assertThat(quote.text()).isEqualTo("Production at the oil field in the east is increasing");
	}

	@Test
	void aParticipleAfterANounIsNoClausesVerb() {
		List<ExtractedQuote> quotes = quotes("Kolo Oil reported record profits totaling $161.1 billion last year, "
				+ "allowing the kingdom to notch up its first budget surplus in a decade.");
		assertThat(quotes).isEmpty();
	}

	@Test
	void aSurnameAloneSpelledAnotherWay() {
		List<ExtractedQuote> quotes = quotes("Lawmaker Tomas al-Fayez told the agency that the leaders met on Monday."
				+ "\n\nFayiz said the meeting also discussed the activities of the factions.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas al-Fayez");
	}

	@Test
	void aQuotationThatLostItsOpeningMarkInTheNextParagraphReadsWhole() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said on Thursday that talks were harder.\n\n\"We have come a long "
				+ "way. They themselves announced this.\n\nThere are various dimensions. Many different areas have "
				+ "emerged,\" he said.");
		assertThat(quotes).extracting(ExtractedQuote::type).containsExactly(QuoteType.INDIRECT, QuoteType.DIRECT);
		assertThat(quotes.get(1).text()).isEqualTo("We have come a long way. They themselves announced this. There are "
				+ "various dimensions. Many different areas have emerged,");
	}

	@Test
	void aSpeakersNounTheTaggerReadsAsAnAdverbBeforeItsCue() {
		ExtractedQuote quote = only("Kolo Oil reported its results on Monday.\n\nFor our shareholders, we intend to "
				+ "start paying a dividend in the third quarter.\" Kolo's top executive further noted.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo's top executive");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void aPluralSubjectsVerbTheTaggerReadsAsANounBeforeAnInfinitive() {
		ExtractedQuote quote = only("Tomas Kolo Vell, spokesperson for the joint forces, said the operations aim to "
				+ "dismantle militias and restore stability.");
		assertThat(quote.text()).isEqualTo("the operations aim to dismantle militias and restore stability.");
	}

	@Test
	void aPresentTenseTheTaggerReadsAsANounAfterSuchAndItsNoun() {
		ExtractedQuote quote = only("Responding to a question, Tomas Vell stated that such rhetoric indicates a lack of "
				+ "seriousness in pursuing real dialogue.");
		assertThat(quote.text()).isEqualTo("such rhetoric indicates a lack of seriousness in pursuing real dialogue.");
	}

	@Test
	void circlesCloseToSomeoneSpeak() {
		ExtractedQuote quote = only("Circles close to the ministers said that they are keen on strengthening their "
				+ "relationship.");
		assertThat(quote.speaker().name()).isEqualTo("Circles close to the ministers");
	}

	@Test
	void aNameTheTaggerReadsAsAnAdverbBeforeAnAdverbAndItsCue() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke on Monday. Vell also noted both sides agreed to establish "
				+ "regular consultations between the two ministries.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"both sides agreed to establish regular consultations between the two ministries.");
	}

	@Test
	void aPlatformsOtherNameIsAnAsideBeforeTheContent() {
		ExtractedQuote quote = only("Army spokesperson Tomas Vell said in a statement on X, formerly known as Twitter, "
				+ "that one soldier was also killed Sunday in a strike.");
		assertThat(quote.text()).isEqualTo("one soldier was also killed Sunday in a strike.");
	}

	@Test
	void setToWithItsAuxiliaryLeftOutIsTheContentsVerb() {
		ExtractedQuote quote = only("Norwana set to develop its relations with Kolo in the spheres of economy, Foreign "
				+ "Minister Tomas Vell said at a news conference.");
		assertThat(quote.text()).isEqualTo("Norwana set to develop its relations with Kolo in the spheres of economy");
	}

	@Test
	void aLedesSpokesmanIsThePersonTheNextParagraphNames() {
		List<ExtractedQuote> quotes = quotes("Kolo negotiators are hopeful of securing more releases, a Kolo foreign "
				+ "ministry spokesman said on Tuesday.\n\nTomas Vell said the negotiators were “hopeful for further "
				+ "releases” with talks ongoing.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aSourceTheNarratorNamesBeforeAQuotation() {
		ExtractedQuote quote = only("According to Tomas Vell, “the talks are over.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("the talks are over.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void inHisWordsIsNoNarrationBeforeAQuotation() {
		ExtractedQuote quote = only("In his words, “the talks are over,” Tomas Vell told reporters.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("the talks are over,");
	}

	@Test
	void whoPassedOnAQuotedAsSayingIsNoContent() {
		ExtractedQuote quote = only("The rockets hit the depot, causing a fire, Vell was quoted as saying by the Kolo "
				+ "news agency.");
		assertThat(quote.text()).isEqualTo("The rockets hit the depot, causing a fire");
		assertThat(quote.speaker().name()).isEqualTo("Vell");
	}

	@Test
	void theOwnerOfAPostOnAPlatformSpeaks() {
		List<ExtractedQuote> quotes = quotes("Army spokesman Tomas Vell spoke on Monday.\n\nAccording to the "
				+ "spokesman's post on X (formerly Twitter), the army has targeted a cargo ship in the gulf.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aPassiveParticiplesAgentAfterAQuotedWordIsNoSpeaker() {
		assertThat(quotes("Tomas Vell attacked the new “government” announced by President Karel Dunn in a decree."))
			.isEmpty();
	}

	@Test
	void anOfficeHeldInACountryIsTheRoleWhole() {
		List<ExtractedQuote> quotes = quotes("Former Agriculture Minister in Peru Tomas Vell attacked the new cabinet."
				+ "\n\n“The state has lost its cover,” said Vell.");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Former Agriculture Minister in Peru");
	}

	@Test
	void whatIsNoSourceDoesNotGoOnToReport() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell added that the country is going through a phase, and the first "
				+ "goal is to end the coup and pointed out that the struggle has undergone fragmentation.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void whoIssuedAStatementThatAColonIntroducesSpeaksNext() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell attacked the opposition, saying: \"I call on all of them to "
				+ "cease.\"\n\nResponding to Vell's criticism leveled at their party's head, the Kolo party issued a "
				+ "statement in defense of former premier Karel Dunn:\n\n\"Tomas has lost control over the epidemic.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Kolo");
	}

	@Test
	void aCoachTheNarrationHasJustIntroducedIsTheOneDescribedNext() {
		List<ExtractedQuote> quotes = quotes("Kolo coach Tomas Vell expressed his disappointment after the loss.\n\n"
				+ "\"We had a lot of chances,\" said the Spaniard.\n\nMeanwhile, Rovers head coach Karel Dunn was "
				+ "relieved to have bounced back.\n\n\"The last game was an accident,\" the Portuguese tactician "
				+ "remarked.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Karel Dunn");
	}

	@Test
	void anAgeAndANegatedAuxiliaryAfterItEndTheSubject() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell spoke after the game.\n\nThe 54-year-old wasn't impressed with "
				+ "some of the decisions made by the referee but said he would rather not talk about it.");
		assertThat(quotes).extracting(ExtractedQuote::mention).containsExactly("The 54-year-old");
	}

	@Test
	void aDirectiveInTheContentIsNoReportThatTheTrailingSourcePassesOn() {
		ExtractedQuote quote = only("The Kolo government has told its army not to seek help from the coalition, two "
				+ "senior military officials said, amid a crisis of mistrust after a strike killed a general.");
		assertThat(quote.speaker().name()).isEqualTo("two senior military officials");
		assertThat(quote.text()).isEqualTo("The Kolo government has told its army not to seek help from the coalition");
	}

	@Test
	void anOfficeAfterAccordingToThenWhoHoldsIt() {
		ExtractedQuote quote = only("The strikes killed nearly 80 people, according to Kolo’s Permanent Representative "
				+ "to the United Nations, Tomas Vell.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Kolo’s Permanent Representative to the United Nations");
	}

	@Test
	void aPlaceAndAnOutletBeforeADashAreADatelineThoughADashedAsideFollows() {
		ExtractedQuote quote = only("London, Kolo Herald – A senior member of the alliance – between the Vell bloc and "
				+ "the Dunn movement – has revealed that the talks will resume.");
		assertThat(quote.speaker().name()).isEqualTo("a senior member of the alliance");
	}

	@Test
	void anOutletsReportThatCitedOfficialsIsWhatItRefersTo() {
		List<ExtractedQuote> quotes = quotes("“We deny the report,” the KNIS said.\n\nThe Kolo Herald report cited "
				+ "officials as saying a country had warned the capital. It also claimed Vellia had received a green "
				+ "light.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("KNIS", "officials",
				"Kolo Herald");
	}

	@Test
	void sourcesAnOutletCitesReportInTheParticipleAfterThem() {
		ExtractedQuote quote = only("The Kolo Herald cited sources indicating that Vellia has “exhausted all means of "
				+ "pressure” and urged Kolo to act swiftly.");
		assertThat(quote.speaker().name()).isEqualTo("sources");
		assertThat(quote.text()).isEqualTo("Vellia has “exhausted all means of pressure” and urged Kolo to act swiftly.");
	}

	@Test
	void theChiefOfABodyIsItsSecretaryGeneral() {
		List<ExtractedQuote> quotes = quotes("Kolo Secretary-General Tomas Vell voiced concern about the risks.\n\n"
				+ "The Kolo chief called for \"an immediate ceasefire in the area.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void itAndTheStatementAreTheStatementQuotedOfLate() {
		List<ExtractedQuote> quotes = quotes("\"The envoy is appalled by the attacks in North Vellia,\" his spokesman, "
				+ "Tomas Vell, said in a statement on Friday.\n\nThe statement reminded that the city has been under "
				+ "siege for 500 days.\n\nIt also noted that the area has faced \"near-continuous shelling.\"\n\n"
				+ "The envoy voiced concern about the risks.\n\n\"Supplies are pre-positioned nearby,\" it said.\n\n"
				+ "Elsewhere in North Vellia, fighting went on.\n\nNorth Vellia had no power.\n\n\"The envoy is "
				+ "continuing to engage the parties,\" the statement said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void twoStraightSingleMarksAreADoubleOne() {
		ExtractedQuote quote = only("Asked if it was a penalty, Vell told Kolo Sports: ''I thought it was a difficult "
				+ "decision. I think everyone expected a penalty.''");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("I thought it was a difficult decision. I think everyone expected a penalty.");
	}

	@Test
	void ofTwoPeopleAConcessiveClauseJoinsTheOneWhoSpokeIsHe() {
		List<ExtractedQuote> quotes = quotes("Kolo manager Tomas Vell believed the referee had the claim on his mind. "
				+ "Karel Dunn also turned that appeal down although Vell admitted the defender had fouled the striker."
				+ "\n\n\"I think they had a claim, no doubt,\" he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void anAgeEpithetWithAnOfficeIsWhoHoldsIt() {
		List<ExtractedQuote> quotes = quotes("Kolo manager Tomas Vell was angered by the penalty in their 2-0 loss.\n\n"
				+ "Karel Dunn stepped up and converted from the spot.\n\nThe 71-year-old manager was furious and said "
				+ "he believes Rovers did not deserve to lead at half time.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void anAppositionThatAnAdverbOpensInsideTheContent() {
		ExtractedQuote quote = only("The Kolo head coach said former referee Karel Dunn, now the Select Group 1 Manager "
				+ "at the board, admitted the incorrect decision was made.");
		assertThat(quote.speaker().name()).isEqualTo("the Kolo head coach");
		assertThat(quote.text()).isEqualTo("former referee Karel Dunn, now the Select Group 1 Manager at the board, "
				+ "admitted the incorrect decision was made.");
	}

	@Test
	void aParticipleOfMeansAfterTheVerbsObject() {
		ExtractedQuote quote = only("Karel Dunn backed up Vell’s comments by adding that they “should have won” the "
				+ "game.");
		assertThat(quote.speaker().name()).isEqualTo("Karel Dunn");
		assertThat(quote.text()).isEqualTo("they “should have won” the game.");
	}

	@Test
	void whoBacksAGroupIsNoPartOfItsName() {
		List<ExtractedQuote> quotes = quotes("Karel Dunn said he hopes to bridge the divide between the opposition and "
				+ "the Peru- Chile-backed Norwana.\n\nNorwana, however, says its weapons are meant to defend the "
				+ "country.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Karel Dunn", "Norwana");
	}

	@Test
	void aCommaGluedToTheNextWordGetsItsSpace() {
		ExtractedQuote quote = only("Tomas Vell spoke on Monday.\n\nTo justify this stance against opponents,he "
				+ "claimed: “without reforms,neither security nor stability can be achieved.”");
		assertThat(quote.text()).isEqualTo("without reforms, neither security nor stability can be achieved.");
	}

	@Test
	void aListenerInQuotationMarksIsNoContent() {
		ExtractedQuote quote = only("The source told “Kolo News” that “the federal government will not send salaries "
				+ "through the regional government.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("the federal government will not send salaries through the regional "
				+ "government.");
		assertThat(quotes("The minister told “Kolo News” on Monday.")).isEmpty();
	}

	@Test
	void aCapitalisedWordTheTaggerReadsAsAPrepositionIsAName() {
		ExtractedQuote quote = only("“The delegation will travel on Saturday,” spokesperson Omer Celik told reporters.");
		assertThat(quote.speaker().name()).isEqualTo("Omer Celik");
	}

	@Test
	void aNameAndItsRoleWithNoArticleLeftUnclosed() {
		ExtractedQuote quote = only("Tomas Vell, spokesman for the ruling Justice and Progress Party (JPP) says that the "
				+ "meeting is on the agenda.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("spokesman for the ruling Justice and Progress Party (JPP)");
	}

	@Test
	void twoTitlesOfOnePersonJoinedByAnd() {
		ExtractedQuote quote = only("Demand may reach 99 million barrels a day by the end of the year, Kolo President "
				+ "and CEO Tomas Vell said on Tuesday.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("Kolo President and CEO");
	}

	@Test
	void anEventsParticipleBeforeWhenOrWhereIsNoVerbOfTheContent() {
		ExtractedQuote quote = only("Oil demand has rebounded close to 90 million barrels a day, Kolo's chief executive "
				+ "Tomas Vell has said in the transcript of an interview published on June 30.");
		assertThat(quote.text()).isEqualTo("Oil demand has rebounded close to 90 million barrels a day");
		ExtractedQuote summit = only("Demand will not peak in the next few decades, Kolo’s CEO stated at the 18th "
				+ "International Oil Summit held in Paris on Thursday.");
		assertThat(summit.text()).isEqualTo("Demand will not peak in the next few decades");
	}

	@Test
	void anUnclosedRelativeAsideOnWhoseFather() {
		ExtractedQuote quote = only("Anna Vell, whose father Tomas is being held hostage told the Kolo Post by phone she "
				+ "was stunned and grateful.");
		assertThat(quote.speaker().name()).isEqualTo("Anna Vell");
		assertThat(quote.text()).isEqualTo("she was stunned and grateful.");
	}

	@Test
	void aPronounIsNoEarlierSpeakerOfTheOtherGender() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, a displaced man, told the AP that people are celebrating.\n\n"
				+ "“People are happy,” said Vell.\n\nHe added everyone has been following the negotiations.\n\n"
				+ "Anna Dunn was stunned and grateful.\n\n“I can’t wait to see them,” she said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "Tomas Vell", "Tomas Vell", "Anna Dunn");
	}

	@Test
	void aSentenceGluedToTheNextGetsItsSpace() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell said Friday the aid is not enough and is considered "
				+ "\"crumbs.\"Vell said during a press conference that warehouses were destroyed.He stressed the "
				+ "importance of fuel.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"the aid is not enough and is considered \"crumbs.\"", "warehouses were destroyed.",
				"the importance of fuel.");
	}

	@Test
	void aWiresMarkThenTheAgencysOwnDateline() {
		ExtractedQuote quote = only("(MENAFN- Kolo News Agency) Occupied Jerusalem, October 27 (Petra) -- The head of "
				+ "the agency, Tomas Vell, said Friday the aid trucks are not enough.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("The head of the agency");
	}

	@Test
	void aParticipleAfterAQuotationOfSeveralSentencesIsWhoReportedIt() {
		List<ExtractedQuote> quotes = quotes("Agency chief Tomas Vell spoke on Saturday.\n\nHe added that \"airdrops will "
				+ "not reverse the starvation. They are expensive and inefficient,\" noting that \"driving aid through is "
				+ "much easier. It is more dignified.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void sourcesThatProvideUpdatesBeforeAColonSpeakNext() {
		List<ExtractedQuote> quotes = quotes("Rear Admiral Tomas Vell said the talks went well.\n\nMinistry sources "
				+ "provided updates on the situation in Kolo:\n\n“Our core priority remains the unity of Kolo.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell",
				"Ministry sources");
	}

	@Test
	void sharedBesideAQuotationIsACue() {
		ExtractedQuote quote = only("Speaking to the club's website, Tomas Vell shared: “I would like to place on record "
				+ "my gratitude to Karel and his team.”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aNationAndASportingNounAreThePersonTheCopyIsAbout() {
		List<ExtractedQuote> quotes = quotes("A surprised Roberto Dunn has decried Rovers' decision to relieve him of his "
				+ "duties.\n\nRovers placed Dunn on gardening leave after a 3-0 defeat.\n\nDunn's assistant Karel Vell "
				+ "has also gone, with first-team coach Tomas Ruud taking over.\n\nThe Italian boss, who led the side to "
				+ "promotion, said he was bitterly disappointed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Roberto Dunn");
	}

	@Test
	void criticizedAsIsACharacterisation() {
		ExtractedQuote quote = only("Defense Minister Tomas Vell criticized the lengthy and frequent interrogations as an "
				+ "“abuse” of the powers granted to lawmakers.");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aPassiveParticiplesAgentIsNoContent() {
		ExtractedQuote quote = only("Tomas Vell reiterated that the vacuum is a result of white ballots and fictitious "
				+ "names proposed by other parties.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aListOfNamesAfterAPluralSourceIsPartOfTheSubject() {
		ExtractedQuote quote = only("Sources close to ministers Vell, Dunn and Ruud rejected the report and stated that it "
				+ "was a false report.");
		assertThat(quote.speaker().name()).isEqualTo("Sources close to ministers Vell, Dunn and Ruud");
	}

	@Test
	void whoAReportCitesBeforeThatSpeaks() {
		ExtractedQuote quote = only("The Kolo Post reported, citing officials close to Vell, that \"we are heading toward "
				+ "occupying the city.\"");
		assertThat(quote.speaker().name()).isEqualTo("officials close to Vell");
		assertThat(quote.text()).isEqualTo("we are heading toward occupying the city.");
	}

	@Test
	void whereTheWordsCameIsNoPartOfTheRole() {
		ExtractedQuote quote = only("“The army ambushed the forces,” said Tomas Vell, Kolo army spokesman in a statement a "
				+ "copy of which was obtained by the agency.");
		assertThat(quote.role()).isEqualTo("Kolo army spokesman");
	}

	@Test
	void aReplyByMeansOfAParticipleReportsWhatItSays() {
		ExtractedQuote quote = only("Tomas Vell retorted by saying the group had recruited officers dismissed in 2019.");
		assertThat(quote.text()).isEqualTo("the group had recruited officers dismissed in 2019.");
	}

	@Test
	void aNationsNewspaperIsTheOutletTheArticleNamedSo() {
		List<ExtractedQuote> quotes = quotes("The Kolo Herald newspaper said Thursday that Peru had received no warning."
				+ "\n\nThe embassy was closed on Monday.\n\n“None of these countries contacted the authorities,” "
				+ "the Turkish newspaper wrote.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Kolo Herald", "Kolo Herald");
	}

	@Test
	void aDirectiveWithALongObjectIsNoReportTheTrailingSourcePassesOn() {
		ExtractedQuote quote = only("Prime Minister Tomas Vell has called on the senior political and security members "
				+ "of his cabinet to keep secret any news about the talks, sources said.");
		assertThat(quote.speaker().name()).isEqualTo("sources");
		ExtractedQuote need = only("During the call, Tomas Vell stressed the Kingdom’s position on the need to stop the "
				+ "war, the Kolo Press Agency reported.");
		assertThat(need.speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aSourceWhoAskedToRemainAnonymousAndAnAidePresentAtAMeeting() {
		List<ExtractedQuote> quotes = quotes("\"Vell had a very important meeting on Monday,\" one of the aides present at "
				+ "the meeting told Kolo News. The source who asked to remain anonymous due to the sensitivity of his "
				+ "information added that the talks had failed.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"Vell had a very important meeting on Monday,", "the talks had failed.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("one of the aides present at the meeting");
	}

	@Test
	void aPresentCueInASentenceOfItsOwnAfterAQuestion() {
		List<ExtractedQuote> quotes = quotes("Kolo News fired Tomas Vell.\n\n“Does the government have any plans about "
				+ "this?” Vell asks.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aPrepositionalPhraseBeforeThePronounAndAnAdverbInLyBeforeTheCue() {
		List<ExtractedQuote> quotes = quotes("Kolo boss Tomas Vell paid tribute to the champions.\n\nThe club ended his "
				+ "dream, but after the game he graciously conceded that Kolo had been second best on the night.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Kolo had been second best on the night.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aReportAfterAnOccasionAPrepositionOpensIsTheQuoteAccordingToAStatement() {
		ExtractedQuote quote = only("According to a statement from the Prime Minister’s Office, during a phone call with "
				+ "President Karel Dunn, Tomas Vell emphasized that the government is committed to protecting its "
				+ "security.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("the government is committed to protecting its security.");
	}

	@Test
	void whenAndWhereAfterTheAppositionThenTheCue() {
		ExtractedQuote quote = only("Tomas Vell, the Prime Minister of Kolo, on Saturday in a televised interview with "
				+ "Kolo News announced that they will not allow any country to use Kolo in conflicts.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isEqualTo("the Prime Minister of Kolo");
	}

	@Test
	void aFathersNameAfterBinIsNoSurname() {
		List<ExtractedQuote> quotes = quotes("The council has approved the plan, King Tomas announced on Monday.\n\n"
				+ "The plan was proposed by the council led by Crown Prince Karel bin Tomas.\n\nKing Tomas said that "
				+ "the Kingdom would stick to its mandate.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas");
	}

	@Test
	void aQuotationWithNoCueAfterAReportInItsParagraphIsThatReportersWords() {
		List<ExtractedQuote> quotes = quotes("The Cabinet stated the council should “set up the necessary mechanisms.”\n\n"
				+ "In a speech, King Tomas Vell said that the Kingdom was established on its principles. “It is the cradle "
				+ "of the message and was honored to serve its visitors.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Cabinet", "Tomas Vell",
				"Tomas Vell");
	}

	@Test
	void aQuotedTitleBeforeANameAndItsReportIsNoQuotation() {
		ExtractedQuote quote = only("In his remarks on the topic “Maximizing the Gulf’s Global Competitiveness” Vell "
				+ "emphasized that Kolo will not stop after 2030.");
		assertThat(quote.speaker().name()).isEqualTo("Vell");
		assertThat(quote.text()).isEqualTo("Kolo will not stop after 2030.");
	}

	@Test
	void aPassiveQuotedAsAfterAnAppositionIsTheNamesAndEndsWhereSomeoneElseReports() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, Kolo United director, was quoted by the Daily Post as telling "
				+ "Kolo News that he expects to have clarity over the future of the striker soon while journalist Karel "
				+ "Dunn also stated that “Rovers are working on it”.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Karel Dunn");
		assertThat(quotes.get(0).text()).isEqualTo("he expects to have clarity over the future of the striker soon");
	}

	@Test
	void anUnnamedSpeakerWhoHasSpokenIsTheHeAfterAJoinedSubject() {
		List<ExtractedQuote> quotes = quotes("Tomas Okafordu’s agent has confirmed the striker is on the verge of signing for "
				+ "Kolo United.\n\n“Talks with Kolo are very advanced,” his agent told Kolo News.\n\nOkafordu had also been "
				+ "linked with moves to clubs in Spain, but his agent explained why staying in England is the striker’s "
				+ "‘only option’.\n\n“He is not interested in a move away from England for now,” he added.");
		assertThat(quotes).last().extracting((quote) -> quote.speaker().name()).isNotEqualTo("Tomas Okafordu");
		assertThat(quotes).last().extracting((quote) -> quote.speaker().kind()).isEqualTo(quotes.get(1).speaker().kind());
	}

	@Test
	void datelinesOfTwoPlacesAndAnOutletOrAHyphenGluedToTheFirstWord() {
		ExtractedQuote places = only("Kolo and Rovan, Kolo Times—The council is pushing to secure the defense portfolio, "
				+ "sources in the government told Kolo Times on Sunday.");
		assertThat(places.text()).startsWith("The council is pushing");
		ExtractedQuote glued = only("Rovan-The delegation has three operation rooms, informed sources revealed to Kolo Times.");
		assertThat(glued.text()).startsWith("The delegation has three");
	}

	@Test
	void aCountedPluralOfPersonsIsThemAllNotOneOfThem() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Tomas Vell met Kolo Foreign Minister Karel Dunn on "
				+ "Tuesday.\n\nThe two ministers stressed the need to work according to a common vision.\n\nVell said "
				+ "that there is a strong political desire to continue.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the two ministers", "Tomas Vell");
	}

	@Test
	void aCountedPluralAfterTwoSourcesNamedTogetherIsThem() {
		List<ExtractedQuote> quotes = quotes("Kolo has approved the proposal, a Kolo official and a Rovan official said "
				+ "Saturday.\n\nThe two officials said the agreement would begin with a six-week truce.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("a Kolo official and a Rovan official");
	}

	@Test
	void aSentenceThatPointsBackNamesWhoSaidTheOneBefore() {
		List<ExtractedQuote> quotes = quotes("The development of relations between Norway and Chile meets the interests of "
				+ "both countries.\n\nThis was stated by the Minister of Foreign Affairs of Norway Tomas Vell at a joint "
				+ "press conference on Saturday. He said the talks were good.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("The development of relations between Norway "
				+ "and Chile meets the interests of both countries.", "the talks were good.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
		assertThat(quotes.get(0).cue()).isEqualTo("stated");
	}

	@Test
	void aSentenceThatPointsBackAtAQuoteOrNamesNoAgentAddsNothing() {
		assertThat(quotes("Tomas Vell said the talks were good. This was stated on Saturday.")).hasSize(1);
		assertThat(quotes("The talks were good. This was confirmed in a report released by the council.")).isEmpty();
	}

	@Test
	void thePaperIsTheNewspaperNamedSo() {
		List<ExtractedQuote> quotes = quotes("Kolo newspapers highlighted a number of issues in their editorials.\n\n"
				+ "The Vell Herald newspaper reported in its editorial that the Kingdom plays a major role in the region."
				+ "\n\nThe Kingdom provided a whole slew of initiatives to confront the pandemic, the paper said.");
		assertThat(quotes).last().extracting((quote) -> quote.speaker().name()).isEqualTo("Vell Herald");
	}

	@Test
	void theLatterAndTheFormerAreOfTheTwoNamedTogether() {
		List<ExtractedQuote> quotes = quotes("Presenters Tomas Vell and Karel Dunn interviewed the manager after the final."
				+ "\n\nDunn and Vell were on duty for Kolo TV and the latter asked him whether he had been treated "
				+ "unfairly.\n\nThe former said the club had been balanced in its coverage.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Karel Dunn");
	}

	@Test
	void aPronounOfAGenderIsThePersonNamedSinceWhomTheTextGivesIt() {
		List<ExtractedQuote> quotes = quotes("Kolo “strongly condemns” the attack, says Deputy Spokesperson Tomas Vell.\n\n"
				+ "“We extend our deepest condolences to the families,” says Vell.\n\nRovan Prime Minister Karin Dunn "
				+ "expresses her solidarity with Kolo following the attack. At least seven others were injured.\n\n"
				+ "“Deep sorrow and condolences for the death of one of our nationals,” she writes on social media.");
		assertThat(quotes).last().extracting((quote) -> quote.speaker().name()).isEqualTo("Karin Dunn");
	}

	@Test
	void aDayAfterANameIsNoPartOfAPersonsName() {
		List<ExtractedQuote> quotes = quotes("The office offered no comment on the reports, but Prime Minister Tomas Vell "
				+ "addressed Rovan Sunday at a toast to mark the anniversary.\n\n“The struggle against Rovan is a huge "
				+ "mission,” he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aReportingParticipleThatOpensTheSentenceIsTheMainClauseSubjects() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Tomas Vell met his Rovan counterpart on Monday.\n\nNoting that "
				+ "many regional issues were discussed thoroughly during the meeting, Vell said the talks would go on. "
				+ "Claiming that Rovan had eroded deterrence, he stated that its enemies “smell weakness.”");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"many regional issues were discussed thoroughly during the meeting", "the talks would go on.",
				"Rovan had eroded deterrence", "its enemies “smell weakness.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aReportingParticipleBeforeAQuotationsCueIsAQuoteOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("Stating that bilateral relations are closely monitored, Tomas Vell said, "
				+ "\"We are in constant communication with him.\"");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("bilateral relations are closely monitored",
				"We are in constant communication with him.");
	}

	@Test
	void aPronounAfterASentenceThatOpensWithAPersonsActIsThatPerson() {
		List<ExtractedQuote> quotes = quotes("Kolo’s President Tomas Vell on Wednesday asked the cabinet to continue in a "
				+ "caretaker role, following the resignation of Prime Minister Karel Dunn on Tuesday.\n\nDunn’s "
				+ "resignation toppled his coalition government. He said he had hit a “dead end” in trying to resolve "
				+ "the crisis.");
		assertThat(quotes).last().extracting((quote) -> quote.speaker().name()).isEqualTo("Karel Dunn");
	}

	@Test
	void anotherNameInAnAsideIsNoRole() {
		ExtractedQuote quote = only("“Our goal is one,” the statement quoted Tomas Vell, better known by his nickname "
				+ "Tomi, as saying.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).isNull();
	}

	@Test
	void theNarratorsLinkBetweenTheCueAndItsContent() {
		ExtractedQuote quote = only("Prime Minister Tomas Vell spoke at the session. He said, meanwhile, the move should "
				+ "not reflect on the work of the government.");
		assertThat(quote.text()).isEqualTo("the move should not reflect on the work of the government.");
	}

	@Test
	void aListOfCountriesSpeaksWhole() {
		ExtractedQuote quote = only("For their parts, Norway, Poland, Denmark and Germany announced that none of their "
				+ "troops had been killed or injured in the attack.");
		assertThat(quote.speaker().name()).isEqualTo("Norway, Poland, Denmark and Germany");
	}

	@Test
	void aQuotationWithNoCueAfterALedeThatNamesOnePersonIsThatPersons() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Tomas Vell hosted a town hall meeting last week in which he "
				+ "answered questions from students.\n\n“Do not think that this country is owned by someone else. Each "
				+ "citizen owns this country.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void aQuotationWithNoCueAfterALedeThatNamesTwoPeopleIsNoOnesYet() {
		assertThat(quotes("Prime Minister Tomas Vell met President Karel Dunn last week.\n\n“Do not think that this "
				+ "country is owned by someone else.”")).isEmpty();
	}

	@Test
	void theDateAfterTheDayBetweenTheCueAndItsContent() {
		ExtractedQuote quote = only("Tomas Vell, a leader within the Kolo Framework said on Sunday, July 10, the parties "
				+ "have agreed not to let any country intervene.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("the parties have agreed not to let any country intervene.");
	}

	@Test
	void aPronounThatSpeaksAfterAccordingToWithNoComma() {
		List<ExtractedQuote> quotes = quotes("Lawmaker Tomas Vell said the bloc insists on forming a new government soon.\n\nAccording "
				+ "to Kolo TV he also said the bloc will mediate between the two parties.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell", "Tomas Vell");
	}

	@Test
	void anOutletsNameInQuotationMarksThatAStatementIsAddressedToIsNoQuotation() {
		ExtractedQuote quote = only("In an exclusive statement to “Kolo 24”, Tomas Vell highlighted the importance of the "
				+ "forum, saying: “We strive to meet with all parties involved.”");
		assertThat(quote.text()).doesNotContain("Kolo 24").contains("We strive to meet with all parties involved.");
	}

	@Test
	void aListenersNameInQuotationMarksAndWhenBeforeThat() {
		ExtractedQuote quote = only("Tomas Vell told “Kolo News” on Monday that the talks had failed.");
		assertThat(quote.text()).isEqualTo("the talks had failed.");
	}

	@Test
	void aCounterpartNamedBeforeAPrepositionIsTheMinisterOfThatNation() {
		List<ExtractedQuote> quotes = quotes("The forum witnessed a debate between Kolo Foreign Minister Tomas Vell and his "
				+ "Omani counterpart, Karel bin Dunn on the issue of trade.\n\nDuring a talk, the Omani minister said: "
				+ "“Trade is not assured of its future.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Karel bin Dunn");
	}

	@Test
	void aFathersNameWithItsBinNamesTheSon() {
		List<ExtractedQuote> quotes = quotes("Tomas bin Karel bin Dunn, Minister Responsible for Foreign Affairs, said Kolo "
				+ "must take initiatives.\n\nThe moderator asked him about recognition. Bin Karel said: “No.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas bin Karel bin Dunn");
	}

	@Test
	void ofTwoNamesAsFrequentTheOneTheHeadlineHoldsIsTheMovement() {
		List<ExtractedQuote> quotes = extractor.extract("Kolo Chief Discusses Truce with Mediators\n\nIn a statement on "
				+ "Wednesday, the movement said Vell held “communications with the mediators.”\n\nVell also spoke with "
				+ "officials in Rovan.\n\nMediators delivered a response from Kolo to the proposal.\n\nKolo says another "
				+ "truce has to end the war.").get(0).quotes();
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Kolo", "Kolo");
	}

	@Test
	void theReadoutIsTheStatementOfWhoIssuedIt() {
		List<ExtractedQuote> quotes = quotes("In a statement on Wednesday, the Kolo Movement said its leader held "
				+ "“communications with the mediators.”\n\nHe also spoke “with officials in Rovan,” the readout said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Kolo Movement");
	}

	@Test
	void anotherPersonJoinedAfterANameIsNoRole() {
		List<ExtractedQuote> quotes = quotes("The council held a session with the participation of the Special Envoy to Kolo, "
				+ "Tomas Vell, and the representative for the Kolo government.\n\nVell stressed that the attacks have "
				+ "affected the political course of the crisis.");
		assertThat(quotes.get(0).role()).isEqualTo("the Special Envoy to Kolo");
	}

	@Test
	void aStraightSingleMarkBeforeAContractionOpensAQuotation() {
		List<ExtractedQuote> quotes = quotes("Kolo manager Tomas Vell has accepted the charge.\n\n'I'll accept the fine and "
				+ "we'll move on. Some of the frustration comes because we didn't play well,' he said.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("I'll accept the fine and we'll move on. "
				+ "Some of the frustration comes because we didn't play well,");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aChargeAdmittedIsNoContent() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell avoided a touchline ban after the Kolo head coach admitted a "
				+ "Football Association charge of improper conduct for kicking a water bottle into the crowd.\n\n"
				+ "“I hope so, yes,” he replied when asked whether his apology should be the end of the matter.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("I hope so, yes,");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Tomas Vell");
	}

	@Test
	void aReportThatEndsCitingASourceInQuotationMarksIsTheSources() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell was allegedly aware “in advance of the nature of the response,” "
				+ "Kolo Times reported Tuesday, citing an anonymous “senior Rovan official.”\n\nThe official added to "
				+ "Kolo Times that “the leadership considered the interests of the population.”");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"Tomas Vell was allegedly aware “in advance of the nature of the response,”",
				"the leadership considered the interests of the population.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("an anonymous senior Rovan official");
	}

	@Test
	void aReportThatEndsCitingASourceInQuotationMarksHasNoContentAfterTheCitation() {
		ExtractedQuote quote = only("Tomas Vell was aware of the nature of the response, Kolo Times reported Tuesday, "
				+ "citing an anonymous “senior official.”");
		assertThat(quote.text()).isEqualTo("Tomas Vell was aware of the nature of the response");
		assertThat(quote.speaker().name()).isEqualTo("an anonymous senior official");
	}

	@Test
	void aPersonNamedInDashesAfterADescriptionSpeaks() {
		ExtractedQuote quote = only("The commander-in-chief of one of the major military groups in Kolo—General Tomas "
				+ "Vell of the Kolo Democratic Forces (KDF)—has confirmed he recognises Karel Dunn as the transitional "
				+ "president.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.text()).isEqualTo("he recognises Karel Dunn as the transitional president.");
	}

	@Test
	void theStatementTwoParagraphsOnIsTheOrganisationsThatSpokeLast() {
		List<ExtractedQuote> quotes = quotes("“We strongly condemn these attacks,” the Kolo foreign ministry said.\n\n"
				+ "Rovan forces have killed a ranking commander in an air raid on his home.\n\n“The Rovan government must "
				+ "end its aggressive attitude,” the statement said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("the Kolo foreign ministry",
				"the Kolo foreign ministry");
	}

	@Test
	void aCountrysOrganisationIsTheSameAsItsAdjectives() {
		List<ExtractedQuote> quotes = quotes("Turkey’s Foreign Ministry called on Kolo to end its attacks on the "
				+ "city.\n\nThe Turkish Foreign Ministry said Turkey will “continue to stand in solidarity with the "
				+ "people.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Turkey’s Foreign Ministry");
	}

	@Test
	void aParticipleBetweenANounAndItsVerbIsNoCue() {
		List<ExtractedQuote> quotes = quotes("Witnesses said the shooting took place at a roundabout. Footage posted online "
				+ "showed hundreds of people fleeing.\n\nAt the hospital, Tomas Vell lay on the floor. He said troops fired "
				+ "into the crowd.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Witnesses", "Tomas Vell");
	}

	@Test
	void aRoyalsCourtesyBeforeOneNameGivesTheFirstName() {
		List<ExtractedQuote> quotes = quotes("Kolo Minister of Foreign Affairs Prince Tomas Al-Vell held a press conference. "
				+ "The visitor also met Minister of Defense Prince Karel bin Dunn Al-Tomas.\n\n“I am looking forward to "
				+ "working together,” said Prince Tomas.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Al-Vell");
	}

	@Test
	void aNewspaperInAppositionBeforeTheCueAndWhenIsNoContent() {
		ExtractedQuote report = only("The talks failed, Kolo Times, a Rovan newspaper, reported Tuesday.");
		assertThat(report.text()).isEqualTo("The talks failed");
		assertThat(report.speaker().name()).isEqualTo("Kolo Times");
		ExtractedQuote cited = only("The talks failed, Tomas Vell, a Kolo lawmaker, said Tuesday, citing a senior official.");
		assertThat(cited.text()).isEqualTo("The talks failed");
		assertThat(cited.speaker().name()).isEqualTo("a senior official");
	}

	@Test
	void dismissedAsIsACharacterisationOfTheSubjectsThoughAnOutletPassesItOn() {
		ExtractedQuote quote = only("Tomas Vell dismissed the report as an “absolute lie,” emphasizing that he is opposed "
				+ "to statehood, according to Kolo 14.");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quotes("Tomas Vell dismissed the coach after the defeat.")).isEmpty();
	}

	@Test
	void whoSpeaksAfterAnAccordingToSourceInQuotationMarksWithNoComma() {
		ExtractedQuote quote = only("According to “Kolo News” two Rovan officials said that a small number of troops were "
				+ "moved away from the site.");
		assertThat(quote.speaker().name()).isEqualTo("two Rovan officials");
		assertThat(quote.text()).isEqualTo("a small number of troops were moved away from the site.");
	}

	@Test
	void aTitlesWordAfterARoyalsCourtesyIsAGivenName() {
		List<ExtractedQuote> quotes = quotes("Prince Sultan, the defense minister, arrived on Sunday. He said a decision "
				+ "was issued by the regent.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Sultan");
	}

	@Test
	void anOccasionBeforeTheSpeakerIsNoContentWhenAQuotationFollowsTheCue() {
		ExtractedQuote quote = only("In remarks to Kolo Radio, Vell said his government “manages all the scene in the "
				+ "country at all levels.”");
		assertThat(quote.text()).isEqualTo("his government “manages all the scene in the country at all levels.”");
	}

	@Test
	void aPhraseThatOpensTheContentBeforeItsSubjectStartsNoReportOfItsOwn() {
		ExtractedQuote quote = only("Tarsk elaborated that during the earlier rounds, the envoys urged for another round.");
		assertThat(quote.speaker().name()).isEqualTo("Tarsk");
		assertThat(quote.text()).isEqualTo("during the earlier rounds, the envoys urged for another round.");
	}

	@Test
	void whatABiddingCueUrgesForIsItsContentThoughAQuotationFollows() {
		List<ExtractedQuote> quotes = quotes("Tarsk elaborated that during the earlier rounds, the envoys urged for "
				+ "another round. “Even after the talks failed, they committed to the next round.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tarsk", "Tarsk");
		assertThat(quotes.get(0).text()).isEqualTo("during the earlier rounds, the envoys urged for another round.");
	}

	@Test
	void aSubordinatorAfterAnInvertedSpeakerOpensTheOccasionNotPartOfTheSpeaker() {
		List<ExtractedQuote> quotes = quotes("Defence Minister Tam Orvik said on Friday that the talks were over.\n\n"
				+ "“Right now, as we speak, negotiations are over,” said the defence minister while speaking on Kolo TV.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tam Orvik", "Tam Orvik");
	}

	@Test
	void aParticipleInACompoundBeforeTheSpeakersNameDescribesIt() {
		ExtractedQuote quote = only("Kolo negotiating team member Arun Tesk on Wednesday said that no progress was made.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("no progress was made.");
	}

	@Test
	void aPresentCueAfterACommaBeforeAnOutletIsInverted() {
		ExtractedQuote quote = only("The delegations should return to their capitals before a new round of talks takes "
				+ "place, reports Kolonews.");
		assertThat(quote.speaker().name()).isEqualTo("Kolonews");
		assertThat(quote.text()).isEqualTo("The delegations should return to their capitals before a new round of talks "
				+ "takes place");
	}

	@Test
	void aDatelineGluedToAnIndefiniteArticleEndsAtTheDash() {
		ExtractedQuote quote = only("Kolo, Daily Vellan-A senior army officer has asserted that the clashes will "
				+ "continue.");
		assertThat(quote.speaker().name()).isEqualTo("a senior army officer");
	}

	@Test
	void aLeadingFigureInACountrysRulingPartyIsAnUnnamedPerson() {
		ExtractedQuote quote = only("A leading figure in Tarmia’s ruling National Unity Congress[NUC] has asserted that "
				+ "the clashes will continue until the rebels are defeated.");
		assertThat(quote.speaker().name()).isEqualTo("a leading figure in Tarmia’s ruling National Unity Congress");
		assertThat(quote.text()).isEqualTo("the clashes will continue until the rebels are defeated.");
	}

	@Test
	void aFamilyNameAfterBinAloneIsThePersonsWhenNoRoyalIsCalledSo() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Arun Tesk bin Varo said that the group’s actions had no "
				+ "connection to the war.\n\nVaro, speaking to Kolo News, stressed that the government remains committed "
				+ "to the talks.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk bin Varo", "Arun Tesk bin Varo");
	}

	@Test
	void aQuotationThatIsTheSubjectOfTheNarratorsSentenceIsPartOfItsReport() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Arun Tesk said that the group had no part in it.\n\n"
				+ "“The interception of these two identified threats” was carried out late on Saturday by the frigate "
				+ "Vellan, which operates in the Kolo Sea, the Tarmian military said in a press release on Sunday.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk", "the Tarmian military");
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.MIXED);
	}

	@Test
	void anOfficesPortfolioBeforeANameThatAnAffiliationFollowsIsItsTitle() {
		ExtractedQuote quote = only("Speaking in the session, Labor Minister Tomas Vell of Kolo said: “I’m the son of "
				+ "these people. How can I face them?”");
		assertThat(quote.speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quote.role()).startsWith("Labor Minister");
	}

	@Test
	void howTheReporterReachedTheSpeakerIsNoContent() {
		assertThat(quotes("Contacted before the session began, party spokesperson Tomas Vell confirmed the two "
				+ "ministers' presence at the meeting.")).isEmpty();
	}

	@Test
	void aGroupsNounIsTheBodyItsSentenceNamesAsTheSource() {
		List<ExtractedQuote> quotes = quotes("Kolo accused the government of committing “a grave sin” in a statement "
				+ "Wednesday.\n\n“We have decided to continue discussions,” Vell said.\n\nAccording to Kolo, “this decision "
				+ "is a clear violation of the national charter,” the party said in its statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Kolo", "Vell", "Kolo");
	}

	@Test
	void figuresAreNumbersUnlessARankMakesThemPeople() {
		assertThat(quotes("Trade between the two countries reached $8.8 billion last year, according to official "
				+ "figures.")).isEmpty();
		ExtractedQuote quote = only("Senior Kolo figures, including its leader Tomas Vell, have repeatedly dismissed "
				+ "the calls as unrealistic, saying such efforts only serve their rivals.");
		assertThat(quote.speaker().name()).isEqualTo("Senior Kolo figures");
	}

	@Test
	void aListenersNameRightBeforeTheQuotationIsNoContent() {
		ExtractedQuote quote = only("Vell told Kolo Sport Weekly \"We didn't play a good game. They deserved the win.\"");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("We didn't play a good game. They deserved the win.");
	}

	@Test
	void havingSaidThatIsTheNarratorsLinkNoReport() {
		List<ExtractedQuote> quotes = quotes("Governor Arun Tesk met the delegation on Monday.\n\nHaving said that he "
				+ "underlined no change has occurred in the attitudes of the central government.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk");
		assertThat(quotes.get(0).text()).isEqualTo("no change has occurred in the attitudes of the central government.");
	}

	@Test
	void thatAfterTheObjectOfACueThatTellsNoOneIsARelativePronoun() {
		ExtractedQuote quote = only("Prime Minister Tomas Vell highlighted the recent visit that he and officials had "
				+ "paid to Kolo.");
		assertThat(quote.text()).isEqualTo("the recent visit that he and officials had paid to Kolo.");
	}

	@Test
	void aDateInBracketsAfterTheDayIsNoPartOfTheSpeaker() {
		ExtractedQuote quote = only("The Ministry of Kolo Affairs on Wednesday (May 12) reiterated its warning that "
				+ "militants were using the vacuum to stage attacks.");
		assertThat(quote.speaker().name()).isEqualTo("the Ministry of Kolo Affairs");
	}

	@Test
	void whereTheWordsWereSaidBeforeAQuotationAfterTheCueIsNoContent() {
		ExtractedQuote quote = only("Party spokesman Arun Tesk stressed in a press conference, \"the need for the "
				+ "forces to return to Kolo,\" noting, \"the elections need a calm atmosphere.\"");
		assertThat(quote.text()).startsWith("\"the need for the forces");
	}

	@Test
	void aParticipleAfterABodysNounModifiesIt() {
		List<ExtractedQuote> quotes = quotes("Meanwhile, a statement by the joint force leading the battles in Kolo said "
				+ "that the militia attempted to invade the city from three axes.\n\nThe statement explained that the "
				+ "attack began at six in the morning.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the joint force leading the battles in Kolo", "the joint force leading the battles in Kolo");
	}

	@Test
	void whomAReportCameFromSaysItsContent() {
		assertThat(only("On Saturday, “Kolo Tribune” reported from a military source that a warplane accidentally bombed "
				+ "a location inside the headquarters.").speaker().name()).isEqualTo("a military source");
		assertThat(only("The agency reported from Vellan that a warplane accidentally bombed a location inside the "
				+ "headquarters.").speaker().name()).isEqualTo("the agency");
	}

	@Test
	void aQuotationWithNoCueIsTheUnnamedSpeakersWhoReportedInItsParagraph() {
		List<ExtractedQuote> quotes = quotes("\"We congratulate the president,\" Tomas Vell said.\n\nA spokesperson for the "
				+ "Prime Minister denied this report, saying it was skewed. \"It never happened. The Prime Minister said "
				+ "something else entirely.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "a spokesperson for the Prime Minister", "a spokesperson for the Prime Minister");
	}

	@Test
	void beganIsACueBesideAQuotation() {
		ExtractedQuote quote = only("\"We congratulate the president. I appreciate his deep friendship,\" Vell began.");
		assertThat(quote.speaker().name()).isEqualTo("Vell");
		assertThat(quotes("Tomas Vell began the weekly meeting by discussing the inauguration.")).isEmpty();
	}

	@Test
	void aTitledSingleNameIsAPersonTheArticleNames() {
		ExtractedQuote quote = only("Prime Minister Vellan on Sunday opened the weekly cabinet meeting by addressing the "
				+ "sharp rise in infections.\n\n\"I summoned the health cabinet for a meeting tomorrow following the rise "
				+ "in infections.\"");
		assertThat(quote.speaker().name()).isEqualTo("Vellan");
	}

	@Test
	void whoPublishedTheStatementAfterAnInvertedCueSpeaks() {
		ExtractedQuote quote = only("“During the call, they reviewed relations between the two countries,” read a "
				+ "statement published by the Kolo Press Agency.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo Press Agency");
	}

	@Test
	void aQuotationNoCueAttributesBeforeAnyoneIsQuotedIsThePersonTheSentenceBeforeIsAbout() {
		List<ExtractedQuote> quotes = quotes("The head coach of the Kolo Stars, Arun Tesk, has called the second goal "
				+ "poor.\n\nThe Stars were down by a goal early on after a strike from Tomas Vell.\n\nKarel Dane "
				+ "equalised after the break.\n\nSpeaking at a post-match press conference, Tesk expressed his "
				+ "disappointment in his side.\n\n“You can’t concede the kind of goal that we did in the last moments of the "
				+ "game. We are hugely disappointed with the result.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk");
	}

	@Test
	void whatTheWordsAnswerIsNoContent() {
		ExtractedQuote quote = only("In response to a question regarding the attack, the Kolo official said every move "
				+ "and act whether by military or by politicians carries a message.");
		assertThat(quote.text()).isEqualTo("every move and act whether by military or by politicians carries a message.");
	}

	@Test
	void anOutletAccordingToWhichNoCommaClosesIsNoPartOfTheSpeaker() {
		ExtractedQuote quote = only("According to North Kolo Agency Vellan said that his country’s intelligence has "
				+ "already been working with its counterpart.");
		assertThat(quote.speaker().name()).isEqualTo("Vellan");
	}

	@Test
	void placesGivenAsExamplesAreNoTwoSides() {
		ExtractedQuote quote = only("On Friday, Vell and his counterpart Tomas Dane met in Kolo to discuss regional "
				+ "issues, most notably Tarmia and Vellan.\n\nIn a joint statement after the meeting, the two sides "
				+ "stressed the importance of preserving the country's territorial integrity.");
		assertThat(quote.speaker().name()).isEqualTo("the two sides");
	}

	@Test
	void aPlaceGluedToAnOutletInCapitalsAndADateIsADateline() {
		ExtractedQuote quote = only("Kolo-AlVELLANIYA   September 28: identical Tarmian sources said that the embassy "
				+ "would close.");
		assertThat(quote.speaker().name()).isEqualTo("identical Tarmian sources");
	}

	@Test
	void aGerundThatInGovernsReportsNothing() {
		assertThat(quotes("Through the go-between, the senior official expressed interest in writing an explosive "
				+ "piece for the paper, describing a resistance within the government.")).isEmpty();
	}

	@Test
	void aListenerOwnedByThePronounEndsBeforeTheContentsNamedSubject() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell met the ministers.\n\nHe told his cabinet Kolo would not let "
				+ "the militia take control of the city again.");
		assertThat(quotes.get(0).text()).isEqualTo("Kolo would not let the militia take control of the city again.");
	}

	@Test
	void theGafferIsTheManager() {
		List<ExtractedQuote> quotes = quotes("Kolo manager Tomas Vell was left frustrated on Saturday.\n\n“I’ve seen it "
				+ "back and at the time I thought it was a handball,” the gaffer told us.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tomas Vell");
	}

	@Test
	void anOrganisationNamedWhereItIsBasedAndThenByItsHeadIsOneSpeaker() {
		List<ExtractedQuote> quotes = quotes("The fighting came after rebels launched an attack, the Kolo-based Tarmian "
				+ "Observatory for Human Rights said.\n\nA rebel was killed when insurgents attacked a checkpoint, the "
				+ "Observatory said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly(quotes.get(0).speaker().name());
		assertThat(quotes.get(0).speaker().name()).endsWith("Tarmian Observatory for Human Rights");
	}

	@Test
	void aCitingAsideBeforeTheReportsOwnCueIsNoContent() {
		ExtractedQuote quote = only("The official state news agency KONA, citing the Tarmian Embassy, said attackers tore "
				+ "up the flag, broke a surveillance camera and other gear.");
		assertThat(quote.text()).isEqualTo("attackers tore up the flag, broke a surveillance camera and other gear.");
	}

	@Test
	void whoMetCounterpartsOfANationIsNotOfIt() {
		List<ExtractedQuote> quotes = quotes("Foreign Minister Tomas Vell on Monday met with his Saudi, Omani and "
				+ "Iraqi counterparts on the sidelines of the summit.\n\nAfter the meeting, Vell said the agreement is an "
				+ "additional step for cooperation.\n\nFor his part, the Omani foreign minister said his country looks "
				+ "forward to boosting cooperation.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Tomas Vell", "the Omani foreign minister");
	}

	@Test
	void theTelevisionIsTheStateTelevisionThatSpokeBefore() {
		List<ExtractedQuote> quotes = quotes("The emir on Tuesday issued a decree dissolving parliament, state television "
				+ "reported. \"An emiri decree has been issued to dissolve the national assembly,\" the television said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("state television");
	}

	@Test
	void aParticipleAfterPluralSourcesModifiesThem() {
		ExtractedQuote quote = only("Three anonymous sources participating in the talks say to the news agency KNA that "
				+ "progress has been made regarding the terms of a ceasefire.");
		assertThat(quote.speaker().name()).isEqualTo("Three anonymous sources participating in the talks");
	}

	@Test
	void aSourceSetOffBetweenASubjectAndItsCueOnlyPassesTheReportOn() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Tomas Vell on Saturday received a phone call from the envoy, an "
				+ "official readout said.\n\nThe prime minister, according to the readout, said that Kolo will dispatch a "
				+ "high-level delegation to Vellan.");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tomas Vell");
		assertThat(quotes.get(1).text()).isEqualTo("Kolo will dispatch a high-level delegation to Vellan.");
	}

	@Test
	void aSourceTheSentenceOpensByCitingSaysWhatTheOutletReports() {
		ExtractedQuote quote = only("Citing a statement released by the prime minister's office, KNA reported that “Vell "
				+ "left the capital heading to Tarmia on an official visit.”");
		assertThat(quote.speaker().name()).isNotEqualTo("KNA");
		assertThat(quote.speaker().name()).contains("office");
	}

	@Test
	void aDatelineMayGiveTheMonthInFull() {
		ExtractedQuote quote = only("Kolo, April 8 (IANS) The Tarmian army said that it has launched a drone attack on a "
				+ "military target in Vellan.");
		assertThat(quote.speaker().name()).isEqualTo("the Tarmian army");
	}

	@Test
	void aCueAfterAPluralOwnersMarkIsANoun() {
		assertThat(quotes("The UN humanitarian chief briefed the Security Council on the worsening situation for "
				+ "civilians in Kolo and the United Nations' call for an immediate 30-day cease-fire, but the council took "
				+ "no action.")).isEmpty();
	}

	@Test
	void anAppositionWithAnArticleBeforeItsTitleIsTheNamesRole() {
		List<ExtractedQuote> quotes = quotes("Tomas Vell, the official spokesman for Kolo Authority (KA) chairman Arun Tesk, "
				+ "condemned on Saturday what he described as a \"dangerous escalation.\"\n\n\"This policy poses a "
				+ "blatant threat to international law,\" said the KA spokesman.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Tomas Vell");
	}

	@Test
	void aNounReportInAClauseThatDatesTheContentIsPartOfWhatTheTrailingSourceSays() {
		ExtractedQuote quote = only("Ruritanian authorities have begun to examine a contract signed by the Unity "
				+ "movement, days after the president announced his assumption of full powers, according to a court official.");
		assertThat(quote.speaker().name()).isEqualTo("a court official");
		assertThat(quote.text()).startsWith("Ruritanian authorities have begun").endsWith("full powers");
	}

	@Test
	void theDayAfterTheSourceOfAccordingToIsNoPartOfIt() {
		ExtractedQuote quote = only("According to Northland on Monday, the dissolution of the assembly is a \"blow to the "
				+ "will of the Ruritanian people.\"");
		assertThat(quote.speaker().name()).isEqualTo("Northland");
		assertThat(quote.text()).startsWith("the dissolution");
		assertThat(only("According to a Channel 9 poll published on Tuesday, 60 percent of voters back the plan.")
			.speaker().name()).isEqualTo("a Channel 9 poll");
	}

	@Test
	void theAdviserToATitledPersonIsNotThatPerson() {
		ExtractedQuote named = only("The Political Adviser to Peruvian President Karel Dunn, Minister Arun Tesk, "
				+ "confirmed that his country will deal with Northland as it did before.");
		assertThat(named.speaker().name()).isEqualTo("Arun Tesk");
		ExtractedQuote unnamed = only("The adviser to President Karel Dunn said that the talks would resume.");
		assertThat(unnamed.speaker().name()).isNotEqualTo("Karel Dunn");
	}

	@Test
	void aNationsLeaderIsItsPresidentWhoseRoleNamesNoNation() {
		List<ExtractedQuote> quotes = quotes("President Karel Dunn reaffirmed Peru's support for its neighbours.\n\n"
				+ "During an interview, the Peruvian leader said his country would stand by them.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Karel Dunn");
	}

	@Test
	void aPlaceGluedToACapitalisedPhraseAfterTheIsADateline() {
		ExtractedQuote quote = only("Lima-The Political Adviser to Peruvian President Karel Dunn, Minister Arun Tesk, "
				+ "confirmed that his country will deal with Chile as before.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).doesNotContain("Lima");
	}

	@Test
	void anAbbreviatedRankWithItsPeriodIsATitle() {
		ExtractedQuote quote = only("“This is another example of a witness mistaking a replica for a real firearm,” "
				+ "says Sgt. Dean Vale.");
		assertThat(quote.speaker().name()).isEqualTo("Dean Vale");
		assertThat(quote.role()).isEqualTo("Sgt.");
	}

	@Test
	void aStateAfterATownInAnAppositionGoesWithTheTown() {
		List<ExtractedQuote> quotes = quotes("Ryan Vale, a supervisory deputy marshal in Portland, Maine, said the "
				+ "marshals were on the scene. He said the suspects fled.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Ryan Vale");
		assertThat(quotes.get(0).role()).isEqualTo("a supervisory deputy marshal in Portland, Maine");
	}

	@Test
	void aReportingParticipleAfterWhileReportsForTheSubject() {
		List<ExtractedQuote> quotes = quotes("A senior official confirmed that the prime minister briefed the party "
				+ "leaders on the risks, while stressing that Northland is practicing deception when asked to restrain "
				+ "the militias.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("the prime minister briefed the party "
				+ "leaders on the risks", "Northland is practicing deception when asked to restrain the militias.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("a senior official");
	}

	@Test
	void twoPortfoliosJoinedBeforeOneTitleNameThePerson() {
		ExtractedQuote quote = only("Transportation and Intelligence Minister Arun Tesk (Unity) spoke to Radio 88 about "
				+ "the rocket attacks.\n\n\"The true heroes are the residents of the south,\" Tesk said.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aPronounIsNotThePersonItsWordsSpeakOfByName() {
		List<ExtractedQuote> quotes = quotes("Minister Arun Tesk confronted army chief Karel Dunn in the cabinet.\n\n"
				+ "\"I want to know the truth,\" Tesk said.\n\nThe chief replied: \"We make decisions about the "
				+ "soldiers.\"\n\nHe later complained that in the story of the mosque, Dunn made a mountain out of a "
				+ "molehill.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk", "Karel Dunn", "Arun Tesk");
	}

	@Test
	void theMonarchIsTheKingTheArticleNamed() {
		ExtractedQuote quote = only("King Bertrand chaired the session on Tuesday.\n\nThe monarch briefed the Cabinet on "
				+ "the call he made to President Arun Tesk, reiterating the Kingdom's firm positions on the border.");
		assertThat(quote.speaker().name()).isEqualTo("Bertrand");
	}

	@Test
	void aReportingParticipleAfterAfterReportsForTheSubject() {
		ExtractedQuote quote = only("The news group failed to convince the market its prospects had improved, however, "
				+ "after admitting that next year would see another fall in sales.");
		assertThat(quote.speaker().name()).isEqualTo("the news group");
		assertThat(quote.text()).isEqualTo("next year would see another fall in sales.");
	}

	@Test
	void initialsWithTheirLastPeriodOpenASubject() {
		List<ExtractedQuote> quotes = quotes("U.N. aid agencies say they are very concerned about the fighting in the "
				+ "north.\n\nThey say the roads to the valley are blocked.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("U.N. aid agencies",
				"U.N. aid agencies");
	}

	@Test
	void aPersonsPronounIsNoOrganisationTheSentenceBeforeOpensWith() {
		List<ExtractedQuote> quotes = quotes("Andrej Vale spoke on Monday.\n\nU.N. said it was concerned about the "
				+ "fighting.\n\n\"Our staff found many families fled,\" he said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("U.N", "Andrej Vale");
	}

	@Test
	void peopleReportedDeadReportNothing() {
		ExtractedQuote quote = only("With more than 160 villagers reported dead and 350 injured in the last two days "
				+ "alone, the total number of people confirmed killed now exceeds 24,400, according to the agency.");
		assertThat(quote.speaker().name()).isEqualTo("the agency");
	}

	@Test
	void theAnonymityASourceIsGrantedIsNoPartOfIt() {
		ExtractedQuote quote = only("He reached out to Vale on Friday night, according to a person granted anonymity to "
				+ "disclose private conversations.");
		assertThat(quote.speaker().name()).isEqualTo("a person");
		assertThat(quote.text()).isEqualTo("He reached out to Vale on Friday night");
	}

	@Test
	void aParticipleAfterAPluralOfLawmakersModifiesIt() {
		ExtractedQuote quote = only("A group of senators working on the deal said they had made significant progress.");
		assertThat(quote.speaker().name()).isEqualTo("a group of senators working on the deal");
	}

	@Test
	void theCueAfterADashedAsideIsTheSubjectsBeforeIt() {
		ExtractedQuote quote = only("A group of 22 senators working on the deal — led by Sen. Kyrsten Vale, D-Kolo., "
				+ "and Sen. Rob Tesk, R-Kolo — said after the vote they \"have made significant progress.\"");
		assertThat(quote.speaker().name()).isEqualTo("a group of 22 senators working on the deal");
	}

	@Test
	void aGroupOfPeopleIsWhomTheyRefersTo() {
		List<ExtractedQuote> quotes = quotes("Unionists voted to delay the bill, saying they wanted more time.\n\nA group "
				+ "of 22 senators working on the deal said they had made progress.\n\n\"We will continue working "
				+ "hard,\" they said in a joint statement.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Unionists",
				"a group of 22 senators working on the deal", "a group of 22 senators working on the deal");
	}

	@Test
	void aPronounAfterASentenceThatOpensWithAQuotationIsItsSpeakers() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk later confirmed the call, telling reporters he could not support "
				+ "the bill.\n\n\"We need more deficit reduction,\" Vale said before the vote. Notably, he announced "
				+ "Saturday night he was dropping a provision.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Vale", "Vale");
	}

	@Test
	void aRelativeClauseNoCommaOpensIsAnAsideOfTheName() {
		ExtractedQuote quote = only("And Vale who praised his team’s second half performance, said the damage had "
				+ "already been done early.");
		assertThat(quote.speaker().name()).isEqualTo("Vale");
		assertThat(quote.text()).isEqualTo("the damage had already been done early.");
	}

	@Test
	void aSurnameTheHeadlineTitlesIsThePersonTheStoryNamesInFull() {
		List<ExtractedQuote> quotes = extractor.extract("Kolo PM Tesk: the capital turned the region into a salary issue"
				+ "\n\nOn Saturday, Kolo Region Prime Minister Arun Tesk called the government’s treatment of the Region "
				+ "“unjust,” urging political parties to unite.\n\nTesk also remarked, \"We have concluded that the "
				+ "treatment is unjust.\"\n\nRegarding the court's decisions, the PM affirmed that the government \"will "
				+ "not abide by the rulings.\"").get(0).quotes();
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Arun Tesk");
	}

	@Test
	void aSecondReportingParticipleAfterAQuotationAndWhile() {
		List<ExtractedQuote> quotes = quotes("During the meeting, Tesk addressed the attendees, stating, \"Your primary "
				+ "responsibility is to represent all its people,\" while emphasizing that \"the capital's treatment of "
				+ "the region does not align with that of a federal entity.\"");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("stating", "emphasizing");
	}

	@Test
	void anAsideAfterASubjectThatAnAdverbialFollowsIsNoRoleOfTheAdverbial() {
		ExtractedQuote quote = only("In a statement on Wednesday, the Kolo Foreign Ministry, about reports it received "
				+ "on an offensive on the city, said army leaders escalate the violence.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo Foreign Ministry");
		assertThat(quote.role()).isNull();
	}

	@Test
	void singleQuotationMarksAreTokensOfTheirOwn() {
		ExtractedQuote quote = only("The Kolo Foreign Ministry said militia leaders ‘escalate the violence and "
				+ "perpetuate the suffering of their people.’");
		assertThat(quote.speaker().name()).isEqualTo("Kolo Foreign Ministry");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		ExtractedQuote inverted = only("In a statement on Wednesday, the Kolo Foreign Ministry, about reports it "
				+ "received on an offensive on the city, said army and militia leaders ‘escalate the violence.’");
		assertThat(inverted.speaker().name()).isEqualTo("Kolo Foreign Ministry");
	}

	@Test
	void theMediumBeforeAPossessiveObjectIsNoContent() {
		ExtractedQuote quote = only("The Kolo Foreign Ministry affirmed in a statement its support for the concerns "
				+ "raised by its Northland counterpart.");
		assertThat(quote.text()).startsWith("its support");
	}

	@Test
	void anInfinitiveAfterTheCueIsContentBeforeItsQuotation() {
		List<ExtractedQuote> quotes = quotes("Vale said the attacks were accurate. He also vowed to launch more such "
				+ "attacks until \"Northland stops the war.\"");
		assertThat(quotes.get(1).text()).isEqualTo("to launch more such attacks until \"Northland stops the war.\"");
		assertThat(quotes.get(1).type()).isEqualTo(QuoteType.MIXED);
	}

	@Test
	void aReportingParticipleRightAfterWhomCriticismCameFromIsTheirs() {
		ExtractedQuote quote = only("The dispute began after criticism from opposition figures and some press outlets "
				+ "alleging that the Treasury understated the scope of planned spending cuts.");
		assertThat(quote.speaker().name()).isEqualTo("opposition figures and some press outlets");
	}

	@Test
	void aNationsLeaderIsTheSpeakerOfItsParliament() {
		List<ExtractedQuote> quotes = quotes("Peruvian Parliament Speaker Arun Tesk sees a chance of a deal, he told a "
				+ "newspaper.\n\nThe veteran Peruvian leader emphasised that Lima's position remains firm.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Arun Tesk");
	}

	@Test
	void aReportAColonClosesBeforeAQuotationAnotherTailAttributes() {
		List<ExtractedQuote> quotes = quotes("The Families Forum headquarters demanded that Ruritania return to the "
				+ "negotiating table: \"The War Cabinet promised to meet with us two weeks ago - and it still has not "
				+ "happened,\" the families said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("the Families Forum headquarters", "the families");
		assertThat(quotes.get(0).text()).isEqualTo("Ruritania return to the negotiating table");
	}

	@Test
	void aPresentInSAfterTheSubjectOfAClauseWithNoVerbIsItsVerb() {
		ExtractedQuote quote = only("Northland's policy in the region results in the benefit for the whole world, "
				+ "Foreign Minister Arun Tesk said.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aCommaAFewWordsAfterTheCueEndsItsClauseBeforeAnOutlet() {
		ExtractedQuote quote = only("The policy is sound and will stay, Foreign Minister Arun Tesk said in a meeting with "
				+ "Japanese journalists, Kolo News informs.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void theLastOfANamesRolesAfterAndIsNoSpeaker() {
		ExtractedQuote quote = only("Crown Prince Arun Tesk, deputy premier, minister of defense, and chairman of the "
				+ "Council of Economic Affairs (CEA), said that the programs made exceptional achievements.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aLowerCaseWordBeforeTheNounsOfATitleModifiesThem() {
		ExtractedQuote quote = only("\"It's expanding like a balloon,\" said state fire spokeswoman Nancy Vale.");
		assertThat(quote.speaker().name()).isEqualTo("Nancy Vale");
	}

	@Test
	void aConnectorThatOpensTheSentenceIsNoSecondVerbOfTheSpeaker() {
		ExtractedQuote quote = only("But the fire changed direction and the order was called off, Daniel Vale said.");
		assertThat(quote.speaker().name()).isEqualTo("Daniel Vale");
	}

	@Test
	void anAppositionBeforeTheCueAndTheMediumAfterIt() {
		ExtractedQuote medium = only("Evacuation orders were expected to grow, Phil Vale, the incident commander, said "
				+ "in a statement.");
		assertThat(medium.speaker().name()).isEqualTo("Phil Vale");
		ExtractedQuote crews = only("Evacuation orders were expected to grow, Phil Vale, the incident commander in "
				+ "charge of the crews fighting the fire, said.");
		assertThat(crews.speaker().name()).isEqualTo("Phil Vale");
	}

	@Test
	void aFirmsNounWithAnAdjectiveIsTheFirmTheSentenceBeforeOpensWith() {
		ExtractedQuote quote = only("Meanwhile, Kolo Power Company has cut power to millions due to the fire. The private "
				+ "utility has said the outages will affect about 940,000 homes.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo Power Company");
	}

	@Test
	void namesJoinedByAnAmpersandNameAFirm() {
		ExtractedQuote quote = only("Meanwhile, Kolo Gas & Electric has cut power to millions due to the fire. The "
				+ "utility has said the outages will affect about 940,000 homes.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo Gas & Electric");
	}

	@Test
	void aPersonsPartyInBracketsIsNoPartOfTheName() {
		List<ExtractedQuote> quotes = quotes("“We took down the bill,” opposition leader Tara Vale (Unity Union) said.\n\n"
				+ "MK Arun Tesk (Likud) welcomed the vote and said, \"Today we advanced one step further.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Tara Vale", "Arun Tesk");
	}

	@Test
	void aPartyItsLeaderOwnsIsNamedAfterThePossessive() {
		ExtractedQuote quote = only("Opposition leader Arun Tesk’s Sunrise party announced on Tuesday that it would no "
				+ "longer cooperate with the coalition whip.");
		assertThat(quote.speaker().name()).isEqualTo("Sunrise");
	}

	@Test
	void whenTheWordsWereSaidBeforeAQuotationAfterACommaIsNoContent() {
		ExtractedQuote quote = only("Party chairman, MK Arun Tesk, said after the law failed to pass, \"Tonight it has "
				+ "once again been proven that this government relies on its rivals.\"");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).startsWith("Tonight");
	}

	@Test
	void aNounAfterAnOwnersNameIsNoVerb() {
		ExtractedQuote quote = only("Ruritania’s state oil marketing company, KOMO, announced Thursday that it has "
				+ "exported 19 million barrels of crude oil over the past three months.");
		assertThat(quote.speaker().name()).isEqualTo("KOMO");
	}

	@Test
	void whenADocumentCameOutIsNoPartOfItsAuthor() {
		ExtractedQuote quote = only("According to a statement released by the KRG following its Wednesday meeting, the "
				+ "revenues should be directed to the public treasury.");
		assertThat(quote.speaker().name()).isEqualTo("KRG");
	}

	@Test
	void aParticipleInThePhraseThatOpensTheContentStartsNoReport() {
		ExtractedQuote quote = only("The ministry announced that during a meeting held earlier this week in the capital, "
				+ "the delegation emphasized the urgent need to resume exports.");
		assertThat(quote.speaker().name()).isEqualTo("the ministry");
		assertThat(quote.text()).endsWith("resume exports.");
	}

	@Test
	void aCuesPresentAfterAClubsNameAndBeforeThatIsItsVerb() {
		ExtractedQuote quote = only("Kolo United announce that the striker has signed a new contract until June 2030.");
		assertThat(quote.speaker().name()).isEqualTo("Kolo United");
		assertThat(quote.text()).startsWith("the striker");
	}

	@Test
	void aQuotedFragmentThatClosesAReportAfterACommaIsPartOfIt() {
		ExtractedQuote quote = only("Arun Tesk appealed to Northland and Southland to stabilise the situation in the "
				+ "border region, “without delay.”");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.text()).startsWith("Northland and Southland");
	}

	@Test
	void aDatelineWithADateAfterALede() {
		List<ExtractedQuote> quotes = extractor.extract("Kolo urges calm\n\n\"We urge restraint,\" spokesperson Arun "
				+ "Tesk said.\n\nLIMA, Jan. 6 (Kolo News) -- Ruritania warned Northland against any escalation on Monday, "
				+ "its foreign ministry said in a statement.").get(0).quotes();
		assertThat(quotes).extracting(ExtractedQuote::role).doesNotContain("(Kolo News) --");
		assertThat(quotes.get(1).text()).startsWith("Ruritania warned");
	}

	@Test
	void aDirectiveWhoseInfinitiveTheTaggerReadsAsANounIsNoReport() {
		ExtractedQuote quote = only("Ruritania called on relevant parties to exercise restraint, a Foreign Ministry "
				+ "spokesperson said Monday.");
		assertThat(quote.speaker().name()).isEqualTo("a Foreign Ministry spokesperson");
	}

	@Test
	void aDatelineMayNameARegionOfACountry() {
		ExtractedQuote quote = only("ERBIL, Kolo Region of Ruritania – Northern Forces chief Arun Tesk on Saturday stated "
				+ "that they have reached an understanding with the capital.");
		assertThat(quote.role()).isEqualTo("Northern Forces chief");
	}

	@Test
	void aDatelineMayHaveADashAndAColonWithNothingBetween() {
		ExtractedQuote quote = only("Velmora – : The governor of the province, Arun Tesk, said that the road would reopen "
				+ "next week.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("The governor of the province");
	}

	@Test
	void peopleAndABodyTogetherAreOneGroupOfSources() {
		ExtractedQuote quote = only("Talks between Ruritania and Kolovia are set to resume Monday, negotiators and the "
				+ "Kolovian government have said, after both sides hailed progress.");
		assertThat(quote.speaker().name()).isEqualTo("negotiators and the Kolovian government");
		assertThat(quote.text()).isEqualTo("Talks between Ruritania and Kolovia are set to resume Monday");
	}

	@Test
	void anInvertedSpeakersRoleMayNameABodyWithItsComplement() {
		ExtractedQuote quote = only("“We have had our eyes on him for a while,” said Velmora Department of Public Safety "
				+ "spokesman Arun Tesk.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Velmora Department of Public Safety spokesman");
	}

	@Test
	void aStatementIssuedAtAnHourReportsWithTheParticipleAfterIt() {
		ExtractedQuote quote = only("Vincent Tesk, a spokesman with the Velmora Police Department, issued a written "
				+ "statement at 3:20 p.m. saying officers were pursuing the suspect.");
		assertThat(quote.speaker().name()).isEqualTo("Vincent Tesk");
		assertThat(quote.text()).isEqualTo("officers were pursuing the suspect.");
	}

	@Test
	void anUpdateIsATextWhoseParticipleReports() {
		ExtractedQuote quote = only("Vincent Tesk, a spokesman with the Velmora Police Department, sent an update at "
				+ "3:26 p.m. saying the suspect was in custody.");
		assertThat(quote.speaker().name()).isEqualTo("Vincent Tesk");
		assertThat(quote.text()).isEqualTo("the suspect was in custody.");
	}

	@Test
	void aTitledNamesAppositionIsItsRoleBeforeAParticiple() {
		ExtractedQuote quote = only("Sgt. Vincent Tesk, a spokesman with the Velmora Police Department, issued a "
				+ "statement saying officers were pursuing the suspect.");
		assertThat(quote.speaker().name()).isEqualTo("Vincent Tesk");
		assertThat(quote.role()).isEqualTo("a spokesman with the Velmora Police Department");
	}

	@Test
	void aContractedRefusalToSayMoreIsNoContent() {
		ExtractedQuote quote = only("Vincent Tesk said officers were pursuing the suspect, but didn't say whether it was "
				+ "by car or on foot.");
		assertThat(quote.text()).isEqualTo("officers were pursuing the suspect");
	}

	@Test
	void aBroadcastersCallLettersNameAStation() {
		ExtractedQuote quote = only("NBC affiliate KVLM-TV said the suspect was found trying to sell the gun.");
		assertThat(quote.speaker().name()).isEqualTo("KVLM-TV");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aPersonWhoClosesAnotherPersonsReportPassesItOn() {
		ExtractedQuote quote = only("Police Lt. Chris Tesk said the suspect walked into the mall without a weapon, "
				+ "Dunn says.");
		assertThat(quote.speaker().name()).isEqualTo("Chris Tesk");
		assertThat(quote.text()).isEqualTo("the suspect walked into the mall without a weapon");
	}

	@Test
	void aRelativeClauseMayHoldAListOfItsOwn() {
		ExtractedQuote quote = only("Velmora Corp, whose products include aircraft engines, medical scanners and "
				+ "television programs, said strong orders fueled profit in its third quarter.");
		assertThat(quote.speaker().name()).isEqualTo("Velmora Corp");
		ExtractedQuote person = only("Arun Tesk, who visited Kolo, Dunmore and Lisk last week, said strong orders "
				+ "fueled profit.");
		assertThat(person.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void theCompanyIsNoWiresServiceTheArticleCited() {
		List<ExtractedQuote> quotes = quotes("Velmora Corp said strong orders fueled profit in its third quarter.\n\n"
				+ "That compares with analyst forecasts of $1.82, according to Reuters Estimates.\n\n"
				+ "The company said it would increase its share buyback program.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Velmora Corp");
	}

	@Test
	void aPresentationIsAMediumAfterAnAppositiveSpeaker() {
		ExtractedQuote quote = only("The company is confident in its forecasts, Thomas Tesk, Velmora’s head of sales, "
				+ "said in a presentation after Dunn.");
		assertThat(quote.speaker().name()).isEqualTo("Thomas Tesk");
		assertThat(quote.text()).isEqualTo("The company is confident in its forecasts");
	}

	@Test
	void aFirmsCompanyMarkMakesItsNameAnOrganisations() {
		ExtractedQuote quote = only("Velmora Motor Co said on Monday annual profit fell sharply.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		ExtractedQuote plc = only("Tesk Holdings PLC said on Monday annual profit fell sharply.");
		assertThat(plc.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void doctorBeforeANameIsACourtesyNoRole() {
		List<ExtractedQuote> quotes = quotes("Permanent Secretary for Health, Doctor James Tesk has mentioned that the "
				+ "deaths are not related to the outbreak.\n\nDoctor Tesk says they are also working to sort the data.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).allSatisfy((quote) -> assertThat(quote.role()).isEqualTo("Permanent Secretary for Health"));
	}

	@Test
	void whereAndWhenTheSpeakerSpokeEndTheTrailingClause() {
		ExtractedQuote quote = only("The players had done their best, head coach of the Ruritanian national team "
				+ "Arun Tesk said on Thursday at the press conference after Ruritania lost to Kolovia.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("The players had done their best");
	}

	@Test
	void aTitleAfterACommaIsNoVerb() {
		ExtractedQuote quote = only("The players had done what they could, head coach of the national team Arun Tesk "
				+ "said on Thursday.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("The players had done what they could");
	}

	@Test
	void anInvertedBodysNameGoesOnWithItsComplement() {
		ExtractedQuote quote = only("The judge made a big mistake, says the Velmora Court of Appeals for the Ninth "
				+ "Circuit.");
		assertThat(quote.speaker().name()).isEqualTo("the Velmora Court of Appeals for the Ninth Circuit");
	}

	@Test
	void aCapitalisedWordAfterThatIsTheClausesSubjectsName() {
		ExtractedQuote quote = only("The commission announced on Monday that Tesk won 51.2 percent of the votes.");
		assertThat(quote.text()).isEqualTo("Tesk won 51.2 percent of the votes.");
	}

	@Test
	void aCompanionAfterAsWellAsIsNoSpeaker() {
		ExtractedQuote quote = only("Election observers from the Kolo Community, as well as the Commonwealth and the "
				+ "European Union, said the campaign was marred by intimidation.");
		assertThat(quote.speaker().name()).isEqualTo("Election observers from the Kolo Community");
	}

	@Test
	void aShortPhraseSetOffAfterTheCueIsNoContent() {
		ExtractedQuote quote = only("The charges were not immediately clear, but Charity Tesk said, in total, officers "
				+ "have taken 26 people into custody.");
		assertThat(quote.speaker().name()).isEqualTo("Charity Tesk");
		assertThat(quote.text()).isEqualTo("officers have taken 26 people into custody.");
	}

	@Test
	void aParticiplesPhraseAfterAnInvertedSpeakerIsNoRole() {
		List<ExtractedQuote> quotes = quotes("“This seems like a coup,” said Abeid, representing himself and the other "
				+ "opposition leaders.\n\nHitting out at the claim, he said the announcement “constitutes a falsehood”.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).allSatisfy((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Abeid");
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
			assertThat(quote.role()).isNull();
		});
	}

	@Test
	void aNounBeforeABodysNounModifiesIt() {
		ExtractedQuote quote = only("More than 10,000 people have sought refuge in Kolovia, the UN refugee agency (VRA) "
				+ "said on Friday.");
		assertThat(quote.speaker().name()).isEqualTo("VRA");
		assertThat(quote.text()).isEqualTo("More than 10,000 people have sought refuge in Kolovia");
	}

	@Test
	void anOccasionBeforeTheNameWithNoCommaIsNoRole() {
		List<ExtractedQuote> quotes = quotes("“Three out of four are children,” Andrej Tesk, a spokesperson for the "
				+ "agency, told journalists.\n\nIn a further update Tesk added that the camp was full.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Andrej Tesk");
		assertThat(quotes.get(1).role()).isEqualTo("a spokesperson for the agency");
	}

	@Test
	void whomANameSpeaksForIsItsAffiliation() {
		ExtractedQuote quote = only("Melissa Tesk for the Velmora Refugee Agency said the number of refugees registered "
				+ "in Kolovia was 101,283.");
		assertThat(quote.speaker().name()).isEqualTo("Melissa Tesk");
		assertThat(quote.text()).isEqualTo("the number of refugees registered in Kolovia was 101,283.");
	}

	@Test
	void aDatelinesAgencyMarkMayNameWhoCarriedIt() {
		ExtractedQuote quote = only("VELMORA, Oct 30, 2008 (Xinhua via COMTEX News Network) -- Five people were killed "
				+ "in a bombing in the capital on Thursday, said a statement of the Interior Ministry.");
		assertThat(quote.text()).isEqualTo("Five people were killed in a bombing in the capital on Thursday");
	}

	@Test
	void aCharacterisingCueMayReportAClauseThatOpens() {
		ExtractedQuote quote = only("President Arun Tesk, who is on a visit to Kolovia, described in a statement released "
				+ "by his office that the attack was another attempt to undermine peace.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("the attack was another attempt to undermine peace.");
	}

	@Test
	void aPassengerOrAWitnessBeforeANameIsARole() {
		List<ExtractedQuote> quotes = quotes("Passenger Shane Tesk sensed there was a problem with the aircraft. Tesk "
				+ "said he is disappointed with the way the airline handled the passengers.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Shane Tesk");
		assertThat(quotes.get(0).role()).isEqualTo("Passenger");
	}

	@Test
	void theStatementByItsNounReachesBackPastAPersonsQuotes() {
		List<ExtractedQuote> quotes = quotes("“We are working hard to rebook our customers,” Velmora Air said in a "
				+ "statement on Saturday.\n\nThe outage has “affected our call centres,” the airline said.\n\n"
				+ "“We are extremely sorry,” chief executive Alex Tesk said.\n\nThe airline has not said how many "
				+ "flights were cancelled.\n\n“Most long-haul flights will arrive as normal,” the statement said.");
		assertThat(quotes).hasSize(4);
		assertThat(quotes.get(3).speaker().name()).isEqualTo("Velmora Air");
	}

	@Test
	void aPronounAfterASurnameTwoPeopleShareIsWhoSpokeLast() {
		List<ExtractedQuote> quotes = quotes("The rebel spokesman Hamid Vorel said in a statement that they had "
				+ "seized the town.\n\nKarim Vorel, the spokesman for the government, described the claims as "
				+ "“lies.”\n\n“The statement is a lie,” Vorel said in a statement.\n\nHe added that the rebels want "
				+ "to divert attention from their losses.");
		assertThat(quotes).hasSize(4);
		assertThat(quotes.get(3).speaker().name()).isEqualTo("Karim Vorel");
	}

	@Test
	void aGroupsOfficialIsTheSpokesmanForItsMembers() {
		List<ExtractedQuote> quotes = quotes("“The army cannot sit back,” Marek Tovin, a senior spokesman for the "
				+ "Veltaris, said on Thursday.\n\nThe remarks came after the army launched an airstrike on the "
				+ "airport.\n\nThe Veltari official said, “The army has its own missiles.”");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Marek Tovin");
	}

	@Test
	void theMinistrySourceIsTheSourceTheNarrationCitedNotTheOfficerJustQuoted() {
		List<ExtractedQuote> quotes = quotes("According to a Transport Ministry source, the strikers demanded the "
				+ "closure of the depot.\n\n“A crowd arrived and told us to close the gates,” a police officer said.\n\n"
				+ "The ministry source said the depot would reopen on Monday.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).endsWith("a Transport Ministry source");
		assertThat(quotes.get(quotes.size() - 1).text()).isEqualTo("the depot would reopen on Monday.");
	}

	@Test
	void anOwnersNameAfterOfIsNoPartOfTheMinistrysName() {
		List<ExtractedQuote> quotes = quotes("The Interior Ministry condemned the clashes between groups affiliated "
				+ "to the council and the Interior Ministry of Tesk’s government.\n\nThe Ministry confirmed in a "
				+ "statement that these clashes threaten citizens.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Interior Ministry");
	}

	@Test
	void aParticipleAfterWhileBetweenTheCueAndThatIsNoContent() {
		ExtractedQuote quote = only("Interior Minister Karl Dunst added during his speech while inspecting "
				+ "checkpoints in the city at night, that the two groups exchanged fire near the port.");
		assertThat(quote.text()).isEqualTo("the two groups exchanged fire near the port.");
	}

	@Test
	void aParticipleBeforeAFirmsNounAndItsNameDescribesTheNoun() {
		ExtractedQuote quote = only("French drugmaking group Sanovel reported on Tuesday that net profit slipped in "
				+ "the third quarter.");
		assertThat(quote.speaker().name()).isEqualTo("Sanovel");
		assertThat(quote.text()).isEqualTo("net profit slipped in the third quarter.");
	}

	@Test
	void aFirmsMarkBeforeAQuotationEndsTheSentence() {
		ExtractedQuote quote = only("The quarter included a payment from chipmaker Tesk Inc. “This is a big "
				+ "disappointment for the stock,” said Karl Dunst, an investment officer.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("This is a big disappointment for the stock,");
	}

	@Test
	void aFirmThatReportsAFigureAndSaysAForecastSaysOnlyTheForecast() {
		ExtractedQuote quote = only("Velmora Co. on Tuesday reported a decline in earnings and said profit in the "
				+ "next quarter might miss forecasts.");
		assertThat(quote.cue()).isEqualTo("said");
		assertThat(quote.text()).isEqualTo("profit in the next quarter might miss forecasts.");
		assertThat(only("Velmora Co. on Tuesday reported a 2.4% decline in operating earnings for its first quarter "
				+ "and said profit in the next quarter might miss forecasts.").cue()).isEqualTo("said");
	}

	@Test
	void theLocalPoliceChiefIsTheChiefOfPoliceNamedBefore() {
		List<ExtractedQuote> quotes = quotes("“The suspect is in custody,” Chief of Police Karl Dunst said in a Sunday "
				+ "release.\n\n“This was not a random act of violence,” the local police chief said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void itAfterAQuotationThatABodysNameOpensIsThatBody() {
		List<ExtractedQuote> quotes = quotes("The city was put into lockdown after the shooting.\n\nThe National "
				+ "Tesk Agency “reduced the threat level for the province to level 4,” it said.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("National Tesk Agency");
	}

	@Test
	void aSecondReportAfterAndWhoseSubjectHasAParticiplesAsideIsItsOwn() {
		List<ExtractedQuote> quotes = quotes("A prosecutor said it could be for “family reasons” and Velmora’s "
				+ "state-run news agency, quoting relatives of the gunman, said he had fired at a relative on the tram.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(0).text()).isEqualTo("it could be for “family reasons”");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Velmora’s state-run news agency");
		assertThat(quotes.get(1).text()).isEqualTo("he had fired at a relative on the tram.");
	}

	@Test
	void askingToStayAnonymousReportsNothing() {
		assertThat(quotes("In separate interviews, rebel officials, who asked to stay anonymous because they are not "
				+ "authorized to speak to the media, recounted details of the meeting.")).isEmpty();
	}

	@Test
	void aRelativeClauseOfWhereAfterAnAsideIsAnAsideToo() {
		ExtractedQuote quote = only("The official, who spoke to reporters from Velmora, where the movement maintains "
				+ "a political office, said they are waiting for a second meeting date.");
		assertThat(quote.speaker().name()).isEqualTo("the official");
		assertThat(quote.text()).isEqualTo("they are waiting for a second meeting date.");
	}

	@Test
	void aRelativeClauseAfterTheSourceThatOpensTheSentenceIsNoContent() {
		ExtractedQuote quote = only("According to one rebel official, who said he was part of a four-member "
				+ "delegation, there were positive signals from the meeting.");
		assertThat(quote.speaker().name()).isEqualTo("one rebel official");
		assertThat(quote.text()).isEqualTo("there were positive signals from the meeting.");
	}

	@Test
	void aBodysNameAfterAMembersDescriptionNamesTheBodyNotTheSpeaker() {
		ExtractedQuote quote = only("A member of the movement’s leadership council, the Velmora-based Tesk Shura, "
				+ "said Sunday that the talks had been pushed by the two governments.");
		assertThat(quote.speaker().name()).isEqualTo("a member of the movement’s leadership council");
	}

	@Test
	void aWireThatClosesAPronounsReportPassesItOn() {
		List<ExtractedQuote> quotes = quotes("The talks are not taking place, envoy Karl Dunst said on Friday.\n\n"
				+ "He said those coming forward were all rank and file members of the group, Anadolu reported.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quotes.get(1).text()).isEqualTo("those coming forward were all rank and file members of the group");
	}

	@Test
	void wouldOnlySayReportsWhatWasSaid() {
		ExtractedQuote quote = only("Asked directly whether Ms Tesk would still be chancellor, Karl Dunst initially "
				+ "would only say he was “completely confident in my team”.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.text()).isEqualTo("he was “completely confident in my team”.");
		assertThat(quotes("The producers would say that the cut is too deep.")).isEmpty();
	}

	@Test
	void aPronounGoesToThePersonItsOwnSentenceTitlesWithItsGender() {
		List<ExtractedQuote> quotes = quotes("Anna Tesk delivered the budget last week. The prime minister said there "
				+ "was no misleading.\n\nThe row centres on a press conference given by Ms Tesk in November, in which "
				+ "she warned that income tax may have to go up.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Anna Tesk");
	}

	@Test
	void priorToBetweenTheCueAndThatIsAPreposition() {
		ExtractedQuote quote = only("Velmora had said prior to the truce that it aims to send deliveries of food to "
				+ "the city.");
		assertThat(quote.speaker().name()).isEqualTo("Velmora");
		assertThat(quote.text()).isEqualTo("it aims to send deliveries of food to the city.");
	}

	@Test
	void aPronounAfterAnAgencysReportGoesToThePersonItsContentOpensWith() {
		List<ExtractedQuote> quotes = quotes("At the start of the call, President Tesk expressed deep appreciation for "
				+ "the efforts, under the leadership of King Salem Dunst and the Crown Prince, the agency reported.\n\n"
				+ "He also praised the leadership for its vigorous efforts. He highlighted the consistent stance of the "
				+ "kingdom.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tesk");
	}

	@Test
	void aNameInAppositionInsideTheContentIsPassedOnToItsVerb() {
		ExtractedQuote quote = only("The peacekeeping force said its commander, Major General Karl Dunst, was in "
				+ "contact with both parties.");
		assertThat(quote.speaker().name()).isEqualTo("the peacekeeping force");
		assertThat(quote.text()).isEqualTo("its commander, Major General Karl Dunst, was in contact with both parties.");
	}

	@Test
	void aMissionsPlaceIsPartOfItsName() {
		ExtractedQuote quote = only("The United Nations Observer Mission in Cyprus said its chief was in contact with "
				+ "both parties.");
		assertThat(quote.speaker().name()).endsWith("United Nations Observer Mission in Cyprus");
	}

	@Test
	void aCapitalisedAdjectiveBeforeAnOutletsNounNamesNoOutlet() {
		ExtractedQuote quote = only("Public radio said two rockets slammed into an area north of the town.");
		assertThat(quote.speaker().name()).isEqualTo("Public radio");
	}

	@Test
	void theWhoInCapitalsIsAnAcronymNoRelativePronoun() {
		List<ExtractedQuote> quotes = quotes("The outbreak is spreading, Karl Dunst, the head of the World Health "
				+ "Organization (WHO), said on Monday.\n\n“Some have clusters of cases,” said the WHO head.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quotes.get(1).mention()).isEqualTo("the WHO head");
	}

	@Test
	void aHyphenatedTitleRefersToItsHolder() {
		List<ExtractedQuote> quotes = quotes("The outbreak is the greatest concern, Director-General Karl Dunst said "
				+ "Monday.\n\nThe agency “will not hesitate” to act, the director-general said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aPastBeforeAnInfinitiveAfterTheCuesObjectIsTheContentsVerb() {
		ExtractedQuote quote = only("Karl Dunst added the mediators wanted to keep the ceasefire process alive despite "
				+ "their conviction that there was a wide gap between the sides.");
		assertThat(quote.text()).isEqualTo("the mediators wanted to keep the ceasefire process alive despite their "
				+ "conviction that there was a wide gap between the sides.");
	}

	@Test
	void theNameAfterTheSourcesOfficeAndTheOutletThatQuotedItAreNoContent() {
		ExtractedQuote quote = only("According to the leader of the movement in the Gaza Strip, Khalil al-Tesk, quoted by "
				+ "Al Jazeera, the movement “reacted positively” to the proposal.");
		assertThat(quote.speaker().name()).isEqualTo("Khalil al-Tesk");
		assertThat(quote.text()).isEqualTo("the movement “reacted positively” to the proposal.");
	}

	@Test
	void aPluralsExamplesAfterAnInvertedCueAreNoPartOfTheSpeaker() {
		List<ExtractedQuote> quotes = quotes("Police also arrested 17 protesters in the capital, said a coalition of "
				+ "human rights groups including Article 19. Another 11 activists were arrested in other towns, the "
				+ "groups said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsOnly("a coalition of human rights groups");
	}

	@Test
	void aLedesSpokespersonIsThePersonTheNextParagraphNamesTheSpokesperson() {
		List<ExtractedQuote> quotes = quotes("The North should return to the dialogue table, a spokesperson for "
				+ "President-elect Tomas Okafor said Sunday.\n\nKarla Dunst, the spokesperson, made the remark during "
				+ "a press briefing.\n\n“We hope the North will come out for dialogue,” Dunst said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Karla Dunst");
	}

	@Test
	void aCountrysInternationalIsThePlayerTheArticleNamed() {
		List<ExtractedQuote> quotes = quotes("City midfielder Rodrigo Tesk has been fined for comments he made about the "
				+ "referee.\n\nThe Spain international accused the referee of not being “neutral” in the draw.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Rodrigo Tesk");
	}

	@Test
	void aSecondReportAfterButMayOpenWithAnAdverbialOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("Karl Dunst sent two letters.\n\nIn the first letter, he said his words "
				+ "were “misunderstood”, but in the second he acknowledged they were “inappropriate”.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("his words were “misunderstood”", "they were “inappropriate”.");
	}

	@Test
	void anOutletThatSaysSomeoneToldPassesTheReportOn() {
		ExtractedQuote quote = only("Speaker Karl Dunst is expected to call a session next week. The Velmora newspaper "
				+ "said that Dunst told his visitors on Tuesday that he could not wait any longer.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.text()).isEqualTo("he could not wait any longer.");
	}

	@Test
	void aGroupsAcronymBeforeItsNounIsNoPartOfItsName() {
		List<ExtractedQuote> quotes = quotes("The Velmora Defence Forces (VDF) paramilitary group denied today that it is "
				+ "losing its war against the army.\n\n“Our forces have never lost a battle,” said the VDF.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Velmora Defence Forces");
	}

	@Test
	void aPronounThatClosesABodysReportSpeaksIt() {
		List<ExtractedQuote> quotes = quotes("The proposal came from the capital, co-chair Karl Dunst told reporters. The "
				+ "Velmora Council insists on preserving its structure in any future elections, he said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quotes.get(1).text()).isEqualTo("The Velmora Council insists on preserving its structure in any "
				+ "future elections");
	}

	@Test
	void aBaseFormBetweenATitlesNounAndTheNameBeforeTheCueIsANoun() {
		ExtractedQuote quote = only("Spokesman of the Iraqi joint operations command Tahseen al-Tesk said last month "
				+ "that the foreign combat forces would leave Iraq within 15 days.");
		assertThat(quote.speaker().name()).isEqualTo("Tahseen al-Tesk");
	}

	@Test
	void theStatementAfterATweetIsTheTweetersPost() {
		List<ExtractedQuote> quotes = quotes("Karl Dunst said in a tweet “The coalition has completed its combat role.”"
				+ "\n\n“Their role will be to advise and assist our forces,” the statement added.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void theMediumRightBeforeAQuotationIsNoContent() {
		ExtractedQuote quote = only("Karl Dunst said in a tweet on Twitter “The coalition has completed its combat "
				+ "role.”");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("The coalition has completed its combat role.");
	}

	@Test
	void anOutletsNounAfterToldIsTheListener() {
		ExtractedQuote quote = only("On Sunday, Karl Dunst told the agency the mission of the coalition will end in "
				+ "September.");
		assertThat(quote.text()).isEqualTo("the mission of the coalition will end in September.");
	}

	@Test
	void aLoneNameTakenForABodysIsAPersonsWhenItsOwnPronounFollows() {
		List<ExtractedQuote> quotes = quotes("Tesk says the foreign forces are occupiers. For the first time, Tesk said "
				+ "in May that he was “opening doors” for talks with the rebels.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.PERSON);
	}

	@Test
	void proclaimedIsACue() {
		ExtractedQuote quote = only("“All the motions were defeated,” proclaimed Karl Dunst after the votes.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.cue()).isEqualTo("proclaimed");
	}

	@Test
	void twoTitlesJoinedByAndBeforeANameAreOnePersonsRoles() {
		ExtractedQuote quote = only("Health Minister and Velmora Party leader Karl Dunst voiced a similar sentiment, "
				+ "saying that his party is committed to preventing an election.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void theOppositionChairmanIsTheOppositionLeader() {
		List<ExtractedQuote> quotes = quotes("Opposition leader Karl Dunst announced that he intends to bring up a "
				+ "proposal to dissolve the parliament.\n\nThe opposition chairman made clear he does not intend to "
				+ "give up.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aPostReadingAQuotationIsItsPostersWords() {
		ExtractedQuote quote = only("Foreign Minister Karl Dunst posted a message on Twitter reading, “after all the "
				+ "spins, we started with a victory.”");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void whomTheArticleCalledAnotherNationsMinisterHoldsNoOfficeOfThisOne() {
		List<ExtractedQuote> quotes = quotes("“We had a frank discussion,” Foreign Minister Karl Dunst said.\n\n"
				+ "“The problems have not been magically solved,” the Greek Foreign Minister added.\n\n“Let us turn "
				+ "our neighbourhood into a friendship,” the Turkish Foreign Minister said in his turn.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quotes.get(2).speaker().name()).isNotEqualTo("Karl Dunst");
	}

	@Test
	void aPartyAndStateInBracketsAfterAnAbsolutesSubjectIsAnAside() {
		ExtractedQuote quote = only("House leaders arrived back at the Capitol, with Majority Leader Karl Dunst (R-La.) "
				+ "telling reporters that Republicans had settled on the one-bill approach.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.text()).isEqualTo("Republicans had settled on the one-bill approach.");
	}

	@Test
	void aPoliticianByStateAndPartyIsThePersonTheArticleNamed() {
		List<ExtractedQuote> quotes = quotes("Senate Majority Leader Karl Dunst said the meeting was productive.\n\n"
				+ "“We spent our time largely talking about the things that we agree on,” the Ohio Democrat told "
				+ "reporters.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aSourceCitedBeforeAColonSpeaksTheQuotation() {
		ExtractedQuote quote = only("The minister stressed his position. According to Karl Dunst: “The sovereignty over "
				+ "the heights is very clear.”");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void aLongOccasionWithItsDateAndCompanyBeforeThatIsNoContent() {
		ExtractedQuote quote = only("Foreign Minister Karl Dunst stated during a press conference held today, Tuesday, "
				+ "with Velmoran Foreign Minister Tomas bin Rashid Al Tesk in the capital city of Velmora, that the issue "
				+ "was at the forefront of his talks.");
		assertThat(quote.text()).isEqualTo("the issue was at the forefront of his talks.");
	}

	@Test
	void aLongOfficeWithItsComplementsAfterAnInvertedCueEndsInTheName() {
		ExtractedQuote quote = only("“The top priority is to maintain our sovereignty,” stressed Adviser to the Prime "
				+ "Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr Karl bin Tomas al-Dunst.");
		assertThat(quote.speaker().name()).isEqualTo("Karl bin Tomas al-Dunst");
	}

	@Test
	void afterwardsBeforeTheSubjectIsATimeWord() {
		List<ExtractedQuote> quotes = quotes("Spurs boss Karl Dunst admitted his strikers had let him down.\n\nThe "
				+ "Dutchman left Tesk on the bench, but afterwards he said: “I can blame the strikers.”");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aParticiplesSubordinatorAfterTheTailsCueIsWhenItWasSaid() {
		List<ExtractedQuote> quotes = quotes("Minister Karl Dunst spoke in the capital.\n\n“This path will not stop,” "
				+ "he said while addressing a dialogue session at the forum.");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.get(0).cue()).isEqualTo("said");
		assertThat(quotes.get(0).mention()).isEqualTo("he");
	}

	@Test
	void aClauseAfterButWhoseVerbOnlyOpensACueGoesOnWithTheContent() {
		ExtractedQuote quote = only("A ministry official said his country welcomed foreign donations, but it was not "
				+ "ready for outside teams of rescue workers.");
		assertThat(quote.text()).isEqualTo("his country welcomed foreign donations, but it was not ready for outside "
				+ "teams of rescue workers.");
	}

	@Test
	void aTimeOfDayBeforeABracketEndsNoSentence() {
		ExtractedQuote quote = only("Karl Dunst, the vice governor, said the toll was based on figures tallied by 4 p.m. "
				+ "(0900 GMT) Tuesday.");
		assertThat(quote.text()).isEqualTo("the toll was based on figures tallied by 4 p.m. (0900 GMT) Tuesday.");
	}

	@Test
	void aWiresCreditAfterTheLastStopIsNoContent() {
		ExtractedQuote quote = only("The spokesman Karl Dunst confirmed the group will continue to prevent ships from "
				+ "navigating the strait.– NNN-VELA");
		assertThat(quote.text()).isEqualTo("the group will continue to prevent ships from navigating the strait.");
	}

	@Test
	void aPresentAfterTheContentsSubjectIsItsVerb() {
		ExtractedQuote quote = only("The Israeli prime minister said his country considers Velmora a key player in the "
				+ "maintenance of security.");
		assertThat(quote.text()).isEqualTo("his country considers Velmora a key player in the maintenance of security.");
	}

	@Test
	void aMinisterWithoutPortfolioIsAnOfficeWithItsComplement() {
		ExtractedQuote quote = only("An Israeli minister without portfolio in the prime minister’s office, Karl Dunst, "
				+ "said that the two leaders would discuss a scheme.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
		// (and the prime minister whose office it is, is someone else)
		List<ExtractedQuote> quotes = quotes("An Israeli minister without portfolio in the prime minister’s office, Karl "
				+ "Dunst, said that the two leaders would discuss a scheme.\n\nThe Israeli prime minister said his "
				+ "country considers Velmora a key player.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isNotEqualTo("Karl Dunst");
	}

	@Test
	void aTextsParticipleThenWhereItWentIsNoCue() {
		ExtractedQuote quote = only("In a statement posted to Telegram early Friday, the Velmora Front said it had "
				+ "fired rockets at a military base.");
		assertThat(quote.speaker().name()).isEqualTo("Velmora Front");
		assertThat(quote.text()).isEqualTo("it had fired rockets at a military base.");
	}

	@Test
	void aParticipleBeforeAnUnnamedNounTellsSomeoneNew() {
		List<ExtractedQuote> quotes = quotes("A council member proposed hiring a manager, but the presiding official said "
				+ "a volunteer could not assume the mayor's authority.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("the presiding official");
	}

	@Test
	void aCueAfterButSharesTheSubjectOfAVerbThatReportsNothing() {
		ExtractedQuote quote = only("Another councilor acknowledged the mayor's willingness to postpone the vote but "
				+ "clarified that the motion was not aimed at targeting specific positions.");
		assertThat(quote.speaker().name()).isEqualTo("Another councilor");
		assertThat(quote.text()).isEqualTo("the motion was not aimed at targeting specific positions.");
	}

	@Test
	void aLoneNameTheNarrationTitledIsAPersons() {
		ExtractedQuote quote = only("Director Tesk provided insights into the memo. Tesk emphasized that the "
				+ "administration is firm on certain aspects.");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		assertThat(quote.role()).isEqualTo("Director");
	}

	@Test
	void aShortLabelBeforeAColonIsNoPartOfTheClause() {
		ExtractedQuote quote = only("Why it matters: Council member Arun Tesk said the city has been without a mayor "
				+ "for about three weeks.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("the city has been without a mayor for about three weeks.");
	}

	@Test
	void aBracketedAsideThatAsOpensStandsBetweenTheSubjectAndTheCue() {
		ExtractedQuote quote = only("The city attorney (as referenced in the meeting) responded that a court order "
				+ "designates one person to exercise the mayor's authority.");
		assertThat(quote.speaker().name()).isEqualTo("the city attorney");
		assertThat(quote.text()).isEqualTo("a court order designates one person to exercise the mayor's authority.");
	}

	@Test
	void anUnnamedSpeakersVeryDescriptionIsTheSpeakerNotAPairWithTheRole() {
		List<ExtractedQuote> quotes = quotes("The presiding official said the order is binding.\n\nThe presiding "
				+ "official and city legal counsel responded that a court order designates one person.\n\n\"The "
				+ "court order is the thing,\" the presiding official said.");
		assertThat(quotes).hasSize(3);
		assertThat(quotes.get(2).speaker().name()).isEqualTo("the presiding official");
	}

	@Test
	void aTimeOfDayBeforeAWeekdayEndsNoSentence() {
		ExtractedQuote quote = only("Officers say the man ran in there after a short chase, which started around 9 a.m. "
				+ "Wednesday.");
		assertThat(quote.text()).isEqualTo("the man ran in there after a short chase, which started around 9 a.m. "
				+ "Wednesday.");
	}

	@Test
	void theAgencyIsTheBodyNamedByItsInitialsThatSpokeLast() {
		List<ExtractedQuote> quotes = quotes("The VBI announced that a person was in custody. Its statement had no "
				+ "details but the agency said Friday that federal authorities were investigating.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("VBI");
	}

	@Test
	void aDetectiveOrATrooperBeforeANameIsATitle() {
		ExtractedQuote quote = only("Police have one man in custody, city police spokesperson Detective Ana Velmora "
				+ "told The Daily Courier.");
		assertThat(quote.speaker().name()).isEqualTo("Ana Velmora");
		assertThat(only("State Trooper Karl Dunst said the road was closed.").speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aDoersNounBetweenTwoNamesIsNoPreposition() {
		ExtractedQuote quote = only("\"We lack a lot of experience,\" explained experienced Crystal Velmora attacker "
				+ "Karl Dunst in an interview after the game.");
		assertThat(quote.speaker().name()).isEqualTo("Karl Dunst");
	}

	@Test
	void aQuotationWithNoCueAfterAPersonTheSentenceBeforeIntroducesIsTheirs() {
		List<ExtractedQuote> quotes = quotes("\"We lack experience,\" said striker Karl Dunst.\n\nGoalkeeper Arun Tesk "
				+ "was also disappointed, above all with his defenders.\n\n\"The ball was bouncing in front of me. My "
				+ "players weren't there to block.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aPronounAfterButOpensAReportOfItsOwn() {
		ExtractedQuote quote = only("The councilor acknowledged the delay but he added that the motion was not aimed "
				+ "at anyone.");
		assertThat(quote.text()).isEqualTo("the motion was not aimed at anyone.");
	}

	@Test
	void aSecondAbsoluteAfterAndHasItsOwnSubject() {
		ExtractedQuote quote = only("The two sides seem headed for a showdown, with the opposition warning of "
				+ "disruptions, and the government saying it will give an equally aggressive response.");
		assertThat(quote.speaker().name()).isEqualTo("the government");
		assertThat(quote.text()).isEqualTo("it will give an equally aggressive response.");
	}

	@Test
	void aListenerAndWhatAboutIsNoContent() {
		assertThat(quotes("Tesk also reminded the protesting members of the council about the reported remarks of a "
				+ "party official at a public meeting where he had allegedly threatened rivals.")).isEmpty();
		assertThat(only("Tesk reminded the members that the official had apologised.").text())
			.isEqualTo("the official had apologised.");
	}

	@Test
	void aDayAfterALongTitledNameIsNoPartOfTheSpeaker() {
		ExtractedQuote quote = only("Meanwhile, Deputy Minister of Interior for Security Affairs Arun Tesk on Wednesday "
				+ "ruled out reports that pipelines were exploded and said, \"No security incident has happened.\"");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void reportsTheSubjectDismissesSayNothingOfTheSubjects() {
		assertThat(quotes("The Velmoran Ministry of Foreign Affairs on Thursday dismissed media reports stating that "
				+ "the visiting minister was detained at the airport.")).isEmpty();
	}

	@Test
	void aCourtesyTitleAfterAnOfficesCommaIsNoPartOfTheRole() {
		ExtractedQuote pilgrim = only("Minister of Works, Alhaji Arun Tesk said on Monday that the roads would reopen.");
		assertThat(pilgrim.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(pilgrim.role()).isEqualTo("Minister of Works");
		ExtractedQuote engineer = only("Minister of Power, Engr. Dalo Mervik said the plant would reopen.");
		assertThat(engineer.speaker().name()).isEqualTo("Dalo Mervik");
		assertThat(engineer.role()).isEqualTo("Minister of Power");
		assertThat(only("Minister of Education, Prof. Kira Osk said the schools would reopen.").role())
			.isEqualTo("Minister of Education");
	}

	@Test
	void anImpersonalFrameBeforeThatReportsNothing() {
		ExtractedQuote recalled = only("It will be recalled that Minister of Trade and Industry, Arun Tesk in a statement "
				+ "on Sunday denied reports that the port was closed.");
		assertThat(recalled.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(recalled.role()).isEqualTo("Minister of Trade and Industry");
		ExtractedQuote worth = only("It is worth noting that the minister said last week that the port was closed.");
		assertThat(worth.speaker().name()).isEqualTo("the minister");
		assertThat(worth.text()).isEqualTo("the port was closed.");
	}

	@Test
	void aPluralAfterANamesCommaIsWhatThePeopleDidNoRole() {
		ExtractedQuote quote = only("In reaction, council spokespersons, Arun Tesk and Dalo Mervik, shut down the "
				+ "reports through their social media handles.\n\n“We wish the mayor well,” Mervik wrote.");
		assertThat(quote.speaker().name()).isEqualTo("Dalo Mervik");
		assertThat(quote.role()).isNull();
	}

	@Test
	void aTimeBetweenCommasAfterARoleIsAnAside() {
		ExtractedQuote quote = only("Arun Tesk, Senior Special Assistant to the Governor, yesterday, in a statement, "
				+ "said that the remarks were a personal opinion.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Senior Special Assistant to the Governor");
	}

	@Test
	void aCommaInsideAQuotedTitleEndsNoClause() {
		ExtractedQuote quote = only("Arun Tesk, an aide to the Governor, in a statement titled “His views are his own, "
				+ "and he has said so”, said that the remarks were a personal opinion.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("an aide to the Governor");
		assertThat(quote.text()).isEqualTo("the remarks were a personal opinion.");
	}

	@Test
	void anAideIsTheAssistantOrAdviserTheArticleNamed() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk, Special Assistant to the Governor on Media, said the remarks "
				+ "were a personal opinion.\n\nBut the governor’s aide said the position was not the government's.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aPortfolioBetweenCommasGoesOnTheOfficeBeforeIt() {
		ExtractedQuote quote = only("Arun Tesk, Special Adviser to the Governor, Media and Publicity, in a statement "
				+ "indicated that the governor was grateful for the prayers.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Special Adviser to the Governor, Media and Publicity");
	}

	@Test
	void aParticipleAfterWhileWithNoCommaReports() {
		ExtractedQuote quote = only("Arun Tesk thanked the voters for their prayers while assuring them that there "
				+ "was no cause for worry.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("there was no cause for worry.");
	}

	@Test
	void moreMinistriesPortfoliosAreNoPartOfANamesStart() {
		ExtractedQuote enterprises = only("Deputy Minister of Public Enterprises Arun Tesk called for the mayor to step "
				+ "aside.");
		assertThat(enterprises.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(enterprises.role()).isEqualTo("Deputy Minister of Public Enterprises");
		assertThat(only("Minister of International Relations and Cooperation Kira Osk said the summit would go ahead.")
			.speaker()
			.name()).isEqualTo("Kira Osk");
	}

	@Test
	void aHyphenatedModifierThatOpensTheSentenceIsOneWord() {
		ExtractedQuote quote = only("Long-standing minister Kira Osk said the mayor should step aside.");
		assertThat(quote.speaker().name()).isEqualTo("Kira Osk");
		assertThat(quote.role()).isEqualTo("Long-standing minister");
	}

	@Test
	void toInterruptBesideAQuotationReports() {
		List<ExtractedQuote> quotes = quotes("Co-chief executive Arun Tesk tried to explain that the chain was lowering "
				+ "prices.\n\n“You have been doing that for years,” interrupted Kira Osk.\n\n“That is not so,” Tesk "
				+ "interjected.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Kira Osk", "Arun Tesk");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("interrupted", "interjected");
	}

	@Test
	void aNameWithAnInnerCapitalIsSalientAndAQuotationsFirstWordIsNot() {
		List<ExtractedQuote> quotes = quotes("ZentaCorp shares plunged 15 percent after it reported results and said "
				+ "sales would be below estimates.\n\nZentaCorp chief executive Arun Tesk sounded optimistic: “Our "
				+ "strategy is working. Our products raised the bar.”\n\n“Our message is in our release,” said Kira Osk, "
				+ "an analyst.");
		assertThat(quotes.get(0).text()).isEqualTo("sales would be below estimates.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("ZentaCorp");
	}

	@Test
	void howTheSubjectSpokeBeforeAColonIntroducesTheWords() {
		List<ExtractedQuote> quotes = quotes("Overall, chief executive Arun Tesk sounded optimistic: “Our strategy is "
				+ "working.”\n\nKira Osk was more cautious: “We will see.”\n\nThe result was clear: “Nobody wins.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Kira Osk");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Our strategy is working.", "We will see.");
	}

	@Test
	void aLongerOwnersPossessiveBeforeASurnameIsNoPartOfTheName() {
		List<ExtractedQuote> quotes = quotes("The firm's chairman, Arun Tesk, and the analyst Kira Osk joined the call."
				+ "\n\nVantor Dynamics' Tesk told Reuters the company was legally limited.\n\n"
				+ "Kelda Systems’s Osk said the call was short.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Kira Osk");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("Vantor Dynamics", "Kelda Systems");
	}

	@Test
	void aSingleInitialInAFirmsNameEndsNoRole() {
		ExtractedQuote quote = only("“Our message is in our release,” said Arun Tesk, treasurer of T. Vell Capital "
				+ "Group Inc., the fund manager.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("treasurer of T. Vell Capital Group Inc");
	}

	@Test
	void aTownsStateBeforeBasedIsPartOfTheDescription() {
		ExtractedQuote quote = only("The Bedford, Mass.-based maker of network security products said in a press "
				+ "release that its results would fall short of estimates.");
		assertThat(quote.mention()).isEqualTo("The Bedford, Mass.-based maker of network security products");
	}

	@Test
	void aPlaceACommaAndAnOutletInBracketsWithAColonIsADateline() {
		ExtractedQuote quote = only("TAVERS, (Norwana Point / Vell News - 20th Jul, 2022 ) :Home Minister Arun Tesk on "
				+ "Wednesday said that the opposition had started a storm in a tea cup.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Home Minister");
	}

	@Test
	void aTitleAndACommaThatOpenTheParagraphAfterADatelineAreTheRole() {
		ExtractedQuote quote = only("TAVERS: Senior Provincial Minister, Arun Vell Tesk said on Thursday, all cases "
				+ "were made by the previous government.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Vell Tesk");
		assertThat(quote.role()).isEqualTo("Senior Provincial Minister");
	}

	@Test
	void aSubordinatorAndItsParticipleBetweenTheNameAndTheCue() {
		ExtractedQuote quote = only("Provincial Information Minister Arun Tesk while refuting Kira Osk’s claim that the "
				+ "province had not spent enough said, Rs178 billion were used under the programme.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("Rs178 billion were used under the programme.");
	}

	@Test
	void theyArePeopleTheSentenceBeforeOpensWithInThePlural() {
		ExtractedQuote same = only("Researchers from Velmora University published a study. The animals, they say, "
				+ "were dreaming.");
		assertThat(same.speaker().name()).isEqualTo("Researchers from Velmora University");
		ExtractedQuote next = only("Scientists at the Tesk institute published a study.\n\nThey said the animals were "
				+ "dreaming.");
		assertThat(next.speaker().name()).isEqualTo("Scientists at the Tesk institute");
	}

	@Test
	void aParentheticalCueAfterAColonReportsWhatFollowsTheColon() {
		ExtractedQuote quote = only("Arun Tesk offered an explanation: before birth, he says, animals dream about the "
				+ "world they will enter.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("before birth ... animals dream about the world they will enter.");
	}

	@Test
	void aParticipleADashSetsOffAfterTheQuotationIsNarration() {
		ExtractedQuote quote = only("And MP Arun Tesk joked: “I was unaware that the comedian had been promoted to "
				+ "Government” – referring to the late comedian.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("I was unaware that the comedian had been promoted to Government");
	}

	@Test
	void aClauseWithItsOwnSubjectAfterACharacterisationEndsIt() {
		ExtractedQuote quote = only("Kira Osk called the story “desperate” and “perverted” and the premier has written "
				+ "to her to insist the claims were false.");
		assertThat(quote.text()).isEqualTo("the story “desperate” and “perverted”");
		assertThat(only("Kira Osk called the plan “a reckless gamble” and the budget “a fantasy”.").text())
			.isEqualTo("the plan “a reckless gamble” and the budget “a fantasy”.");
	}

	@Test
	void whatACueIsAboutIsNoContent() {
		assertThat(quotes("Mayors of northern cities have complained about the details of new restrictions being "
				+ "broken on social media.")).isEmpty();
		assertThat(only("Fire chief Arun Tesk said about 20 vehicles were on the bridge.").text())
			.isEqualTo("about 20 vehicles were on the bridge.");
	}

	@Test
	void toReferToSomeoneAsSomethingCharacterises() {
		ExtractedQuote quote = only("His comments came after Labor MP, Kira Osk, referred to the premier as a “dead man "
				+ "walking”.");
		assertThat(quote.speaker().name()).isEqualTo("Kira Osk");
		assertThat(quote.text()).isEqualTo("the premier as a “dead man walking”.");
		assertThat(only("MP Arun Tesk joked: “I was unaware that the comedian had been promoted” – referring to the late "
				+ "comedian.").type()).isEqualTo(QuoteType.DIRECT);
	}

	@Test
	void askingQuestionsAboutSomethingIsNoContent() {
		assertThat(quotes("The statement comes after some residents started asking questions about the silence of the "
				+ "minister.")).isEmpty();
		assertThat(only("Residents asked whether the minister was ill.").text()).isEqualTo("whether the minister was ill.");
	}

	@Test
	void aPronounsClauseAfterTheQuotationThatIsTheContentIsNarration() {
		ExtractedQuote quote = only("Arun Tesk noted “they came through the airport” but he refused to give details "
				+ "when asked which flight they were on.");
		assertThat(quote.text()).isEqualTo("they came through the airport");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(only("Arun Tesk said “the talks had failed” and they would resume.").text())
			.isEqualTo("“the talks had failed” and they would resume.");
	}

	@Test
	void aStraightSingleMarkOpensAQuotationBeforeAContractedWord() {
		List<ExtractedQuote> quotes = quotes("'It's very difficult for the firm to see how such a fine could be "
				+ "warranted,' a company spokesman said. 'It's certainly unwarranted,' he added.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly(
				"It's very difficult for the firm to see how such a fine could be warranted,", "It's certainly unwarranted,");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("a company spokesman");
	}

	@Test
	void aOneWordFirmAfterATitlesOfThenAPersonsName() {
		List<ExtractedQuote> quotes = quotes("Zentacorp is considering an appeal, General Counsel of Zentacorp Arun "
				+ "Tesk said in a statement on Tuesday.\n\n“We respectfully disagree,” Tesk stated.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Arun Tesk");
		assertThat(quotes.get(0).role()).isEqualTo("General Counsel of Zentacorp");
	}

	@Test
	void aFormOfHaveIsNeverANoun() {
		ExtractedQuote quote = only("Google has to end the practice within 90 days or face penalty payments, a statement "
				+ "from the commission noted on Tuesday.");
		assertThat(quote.text()).isEqualTo("Google has to end the practice within 90 days or face penalty payments");
	}

	@Test
	void toCharacterizeOrPortraySomethingAsSomethingCharacterises() {
		assertThat(only("Zentacorp characterized the requirements as a multi-billion dollar tariff.").text())
			.isEqualTo("the requirements as a multi-billion dollar tariff.");
		assertThat(only("Arun Tesk portrayed the deal as a victory for workers.").cue()).isEqualTo("portrayed");
	}

	@Test
	void aWordInIngThatEndsAPrepositionsObjectIsANoun() {
		ExtractedQuote quote = only("These acts are unpopular, Foreign Ministry spokesperson Arun Tesk said at Thursday's "
				+ "media briefing.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("These acts are unpopular");
	}

	@Test
	void aTrailingParticiplesContentEndsBeforeTheCueTheWriterRepeats() {
		ExtractedQuote quote = only("Arun Tesk spoke on Monday. Power politics is always short-lived, he said, adding "
				+ "the adventurism goes against basic norms and aggravates tensions in the region, Tesk said.");
		assertThat(quote.text()).isEqualTo("Power politics is always short-lived ... the adventurism goes against basic "
				+ "norms and aggravates tensions in the region");
	}

	@Test
	void aLedesUnnamedSpokespersonIsTheSpokesmanNamedNext() {
		List<ExtractedQuote> quotes = quotes("Velmora urged the neighbours not to abuse force, a Foreign Ministry "
				+ "spokesperson said Monday.\n\nSpokesman Arun Tesk made the remarks at a daily news briefing.\n\n"
				+ "\"Ensuring peace in the region is of vital importance,\" Tesk said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Arun Tesk");
	}

	@Test
	void aParagraphThatEndsWithItsSourceAndNoStopIsRead() {
		ExtractedQuote quote = only("A sailor suffered serious injuries after the coast guard rammed him, according to "
				+ "the Velmoran military");
		assertThat(quote.speaker().name()).isEqualTo("the Velmoran military");
	}

	@Test
	void aMeasureOfTimeBeforeAnOpeningSubordinatorKeepsTheMainClauseOut() {
		assertThat(only("A day after the party accused the premier of a “sick mentality”, the opposition on Monday "
				+ "presented proof that the remarks were made.").text()).isEqualTo("the premier of a “sick mentality”");
		assertThat(only("Hours before the minister said the talks had failed, the envoy left the capital.").text())
			.isEqualTo("the talks had failed");
	}

	@Test
	void theNarratorsGlossOnWhatWordsMeantIsNoContent() {
		assertThat(only("Spokesperson Arun Tesk also alleged that there was \"star wars\" in the top leadership of the "
				+ "party, an apparent reference to the minister's remarks.").text())
			.isEqualTo("there was \"star wars\" in the top leadership of the party");
		assertThat(only("Kira Osk said the leadership was divided, in a veiled swipe at the premier.").text())
			.isEqualTo("the leadership was divided");
	}

	@Test
	void aParticipleAfterWhileThatReportsNothingGoesOnWithTheContent() {
		assertThat(only("Arun Tesk added that this was brought about by stepping up precautionary measures, while "
				+ "putting people’s health first.").text())
			.isEqualTo("this was brought about by stepping up precautionary measures, while putting people’s health first.");
		assertThat(quotes("Arun Tesk said the talks had failed, while stressing that they would resume."))
			.extracting(ExtractedQuote::text)
			.containsExactly("the talks had failed", "they would resume.");
	}

	@Test
	void thereAndAFormOfBeAfterTheListenerOpenTheContent() {
		assertThat(only("Premier Arun Tesk told reporters there is still a need for a united approach.").text())
			.isEqualTo("there is still a need for a united approach.");
	}

	@Test
	void aParticipleAfterWhileAlsoGoesOnWithTheQuotationsReport() {
		ExtractedQuote quote = only("Arun Tesk spoke on Monday. “They don’t deserve another chance,” he said, while also "
				+ "accusing the opposition of intending to cut programs.");
		assertThat(quote.text()).isEqualTo("They don’t deserve another chance, ... the opposition of intending to cut "
				+ "programs.");
	}

	@Test
	void twoInitialsBeforeASurnameAreAPersonsGivenName() {
		List<ExtractedQuote> quotes = quotes("Another officer was injured, interim Police Director TK Vell said at a news "
				+ "conference.\n\n“This could have been anybody,” Vell said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("TK Vell");
		assertThat(quotes).extracting((quote) -> quote.speaker().kind()).containsOnly(SpeakerKind.PERSON);
	}

	@Test
	void aParentheticalCueAfterAHangingSubordinatorSplitsTheContent() {
		ExtractedQuote quote = only("Kira Osk was shot after, police say, she robbed a store and ran away.");
		assertThat(quote.text()).isEqualTo("Kira Osk was shot after ... she robbed a store and ran away.");
		assertThat(quote.speaker().name()).isEqualTo("police");
	}

	@Test
	void aPersonAnOutletQuotesInAnAsideSpeaks() {
		ExtractedQuote quote = only("The government website, quoting the speaker’s media advisor Arun Tesk, said that the "
				+ "news was inaccurate.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("the speaker’s media advisor");
	}

	@Test
	void aConnectorThatOpensTheSentenceIsNoContentOfATrailingSource() {
		ExtractedQuote quote = only("And there are concerns that shipments could be slowed by high water, according to "
				+ "analyst Arun Tesk.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("there are concerns that shipments could be slowed by high water");
	}

	@Test
	void aFirmAfterWithIsAPersonsAffiliation() {
		ExtractedQuote quote = only("Analyst Arun Tesk with Vantor Energy said the flooding could halt gas production.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Analyst, Vantor Energy");
		assertThat(quotes("Arun Tesk with his wife Kira said they would leave.")).isEmpty();
	}

	@Test
	void anInvertedSpeakersFirmAfterOfIsTheRole() {
		ExtractedQuote quote = only("“Crude oil is held up in a tug-of-war,” said Arun Tesk of Velmora's Petrovik in a "
				+ "research note.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Velmora's Petrovik");
	}

	@Test
	void portfoliosBeforeATitleHoldCommas() {
		ExtractedQuote source = only("The president has already reached a decision on the ministers, according to Chief "
				+ "Political, Legal and Security Minister Arun Vell Tesk.");
		assertThat(source.speaker().name()).isEqualTo("Arun Vell Tesk");
		assertThat(source.role()).isEqualTo("Chief Political, Legal and Security Minister");
		assertThat(only("Coordinating Political, Legal and Security Affairs Minister Kira Osk said the vote would go ahead.")
			.speaker()
			.name()).isEqualTo("Kira Osk");
	}

	@Test
	void malaysianHonorificsAreNoPartOfANameOrARole() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Datuk Seri Harun Latiff said the summit would go ahead in "
				+ "March.\n\n“We will be there,” Harun said.\n\nTan Sri Kamal Osman said the plan was unfair to the "
				+ "middle class.\n\n“It is unfair,” Kamal said.\n\nDatin Paduka Siti Aminah said the fund had been "
				+ "misused.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Harun Latiff", "Harun Latiff", "Kamal Osman", "Kamal Osman", "Siti Aminah");
		assertThat(quotes.get(0).role()).isEqualTo("Prime Minister");
		assertThat(quotes.get(2).role()).isNull();
		// (a word of one alone is a name's)
		assertThat(only("Finance Minister Sri Wulan Pratiwi said the deficit would narrow next year.").speaker().name())
			.isEqualTo("Sri Wulan Pratiwi");
		assertThat(only("Tan Wei Ming said the bank would raise its dividend next year.").speaker().name())
			.isEqualTo("Tan Wei Ming");
	}

	@Test
	void aLoneNameInsideOnePersonsNameIsThatPerson() {
		List<ExtractedQuote> quotes = quotes("Ahmad Faizal Rahim said the party was ready for the polls.\n\n"
				+ "“We are ready,” Faizal said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Ahmad Faizal Rahim", "Ahmad Faizal Rahim");
	}

	@Test
	void aWordInLyBetweenTheSubjectAndTheCueIsItsAdverb() {
		assertThat(only("Arlo Venn candidly said that he could understand the minister.").text())
			.isEqualTo("he could understand the minister.");
		assertThat(only("The minister calmly said that the talks would resume.").text())
			.isEqualTo("the talks would resume.");
		assertThat(only("The family said the boy was safe.").speaker().name()).isEqualTo("the family");
	}

	@Test
	void aBareSubjectAndItsPastTenseAfterACueAreTheContent() {
		assertThat(only("Finance Minister Arlo Venn said growth slowed sharply in May.").text())
			.isEqualTo("growth slowed sharply in May.");
		assertThat(only("Arlo Venn said inflation eased in May.").text()).isEqualTo("inflation eased in May.");
		assertThat(only("Arlo Venn said prices rose sharply after the storm.").text())
			.isEqualTo("prices rose sharply after the storm.");
	}

	@Test
	void aNamesCapitalisedNorBeforeTheCueNegatesNothing() {
		ExtractedQuote quote = only("Deputy Speaker Harun Mohd Nor said that he could understand the minister.");
		assertThat(quote.speaker().name()).isEqualTo("Harun Mohd Nor");
		assertThat(quotes("He did not say the plan had failed, nor said it would be revived.")).isEmpty();
	}

	@Test
	void aParticipleAfterWithAndItsOwnSubjectIsThatSubjectsReport() {
		ExtractedQuote quote = only("The talks ended on Friday, with Velmora once again saying that it would not attend "
				+ "the summit.");
		assertThat(quote.speaker().name()).isEqualTo("Velmora");
		assertThat(quote.text()).isEqualTo("it would not attend the summit.");
	}

	@Test
	void aShortFragmentInStraightSingleMarksNestsInsideAQuotationInThem() {
		ExtractedQuote quote = only("'I even recorded this down, that you did not settle your 'debt' with me a few days "
				+ "ago,' Kira Osk said.");
		assertThat(quote.speaker().name()).isEqualTo("Kira Osk");
		assertThat(quote.text()).isEqualTo("I even recorded this down, that you did not settle your 'debt' with me a few "
				+ "days ago,");
	}

	@Test
	void sheIsAWomanWhoSpokeOfLateOverASpeakerOfNoKnownGender() {
		List<ExtractedQuote> quotes = quotes("Kira Osk asked that the minister be given more time.\n\n"
				+ "“The minister should have read it faster,” she said.\n\n"
				+ "Arun Tesk then joined in and said the minister took too long to read his reply.\n\n"
				+ "“It seems like he was just spelling the words,” said Tesk.\n\n"
				+ "Dov Rell then said he had given her enough time to ask questions.\n\n"
				+ "“I even wrote this down, that you did not settle your debt with me,” she said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Kira Osk", "Kira Osk", "Arun Tesk", "Arun Tesk", "Dov Rell", "Kira Osk");
	}

	@Test
	void aCueThatOpensTheSentenceBeforeWhoSpeaksAndAColonIntroducesTheQuotation() {
		List<ExtractedQuote> quotes = quotes("Leader of the House Arun Tesk paid tribute to the former premier.\n\n"
				+ "Said Dr Tesk: “In lifting an entire nation, he has left a lasting legacy for all of us.”\n\n"
				+ "Added the minister: “We will not forget him.”\n\nSays Kira Osk: “Nor will we.”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk", "Arun Tesk", "Kira Osk");
		assertThat(quotes).extracting(ExtractedQuote::cue).containsExactly("said", "added", "says");
		assertThat(quotes.get(0).text()).isEqualTo("In lifting an entire nation, he has left a lasting legacy for all "
				+ "of us.");
	}

	@Test
	void onePersonByATitleIsTheHolderTheArticleNamedNotAGroupThatSpokeSince() {
		List<ExtractedQuote> quotes = quotes("Denmark’s Foreign Minister Arun Tesk and his Chilean counterpart Dov Rell "
				+ "held talks on Thursday.\n\nBoth ministers stressed the importance of implementing a ceasefire in the "
				+ "region.\n\nThe Danish minister underscored the urgency of halting military operations in the region.\n\n"
				+ "He also called for an end to the attacks on civilians.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Both ministers", "Arun Tesk", "Arun Tesk");
	}

	@Test
	void theDuoOrThePairSpeaksBeforeTheStatementThatReportsIt() {
		ExtractedQuote quote = only("The duo also stressed the need to stop the escalation in the region, according to "
				+ "a Foreign Ministry statement.");
		assertThat(quote.speaker().name()).isEqualTo("the duo");
		assertThat(quote.cue()).isEqualTo("stressed");
		assertThat(quote.text()).isEqualTo("the need to stop the escalation in the region");
	}

	@Test
	void aCharacterisationPutBeforeALongObjectIsTheContent() {
		assertThat(only("Arun Tesk described as unacceptable the plans of the provincial government.").text())
			.isEqualTo("as unacceptable the plans of the provincial government.");
		// (and "that" before two joined verbs is the object's relative pronoun, no content's opening)
		ExtractedQuote relative = only("Arun Tesk described as unacceptable imposed plans that ignore the rights of the "
				+ "people and prolong the occupation.");
		assertThat(relative.text()).isEqualTo("as unacceptable imposed plans that ignore the rights of the people");
		assertThat(quotes("Arun Tesk was described as unacceptable by his rivals in the party.")).isEmpty();
	}

	@Test
	void aCueAfterAConjunctionAndAnAsideSharesTheSubject() {
		assertThat(only("Arun Tesk met the mayor and, citing the floods, said the bridge would be rebuilt.").speaker()
			.name()).isEqualTo("Arun Tesk");
		ExtractedQuote quote = only("Arun Tesk declared a state of emergency and, citing the floods, said the bridge "
				+ "would be rebuilt.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("the bridge would be rebuilt.");
	}

	@Test
	void aTextThatReadsAfterACommaReportsWhatComesBefore() {
		List<ExtractedQuote> quotes = quotes("In a statement on Friday, Arun Tesk warned of attempts to sow discord.\n\n"
				+ "The bonds between the two countries have been proven historically, the statement read.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Arun Tesk");
		assertThat(quotes.get(1).text()).isEqualTo("The bonds between the two countries have been proven historically");
		assertThat(quotes("Arun Tesk has read the statement on Friday.")).isEmpty();
	}

	@Test
	void aSubjectThatSomethingIsSaidOfBeforeAnInfinitiveIsNoNearSpeaker() {
		List<ExtractedQuote> quotes = quotes("Prime Minister Arun Tesk said on Tuesday that the government is committed "
				+ "to paying salaries.\n\nRegarding a delegation said to visit the capital, Tesk said there was no plan "
				+ "to send a delegation.\n\n“I have just heard it from media,” he added.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk", "Arun Tesk", "Arun Tesk");
	}

	@Test
	void aStatementIssuedByATitledPersonIsNoPartOfTheirRole() {
		ExtractedQuote quote = only("The agreement, according to a statement issued by Prime Minister Arun Tesk, marks "
				+ "a significant step towards ending the dispute.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("Prime Minister");
	}

	@Test
	void aReportedQuotationWholeLosesTheSpacesInsideItsMarks() {
		String paragraph = "About the salaries, the spokesman Arun Tesk said that “ the government is determined to pay "
				+ "these salaries ”.";
		ExtractedQuote quote = only(paragraph);
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("the government is determined to pay these salaries");
		assertThat(paragraph.substring(quote.start(), quote.end())).isEqualTo(quote.text());
	}

	@Test
	void toHitFireOrShootBackAndToSnapBesideAQuotationReportIt() {
		assertThat(quotes("Mr Rell told him: \"There was a booking with your staff.\" Mr Tesk hit back: \"It gave a "
				+ "wrong impression to the listeners.\"")).extracting(ExtractedQuote::cue).containsExactly("told", "hit back");
		assertThat(only("“We will not back down,” Arun Tesk shot back.").cue()).isEqualTo("shot back");
		assertThat(only("Arun Tesk snapped: “We will not back down.”").cue()).isEqualTo("snapped");
		assertThat(quotes("Arun Tesk hit back at critics on Monday. The troops fired back at the gunmen.")).isEmpty();
	}

	@Test
	void aTitleBetweenTwoNamesBelongsToTheNameAfterIt() {
		List<ExtractedQuote> quotes = quotes("Speaking on Sky News with Trevor Kell, the environment secretary, Arun Tesk, "
				+ "said the Tories had left the country in a worse state.\n\n“Is there an element of theatre here?” Kell "
				+ "asked.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Trevor Kell");
		assertThat(quotes).extracting(ExtractedQuote::role).containsExactly("the environment secretary", null);
	}

	@Test
	void theCueAColonClosesAfterADashAndAConjunctionHasItsOwnSubject() {
		List<ExtractedQuote> quotes = quotes("Dov Rell spoke first.\n\nArun Tesk claimed the Tories left a "
				+ "“catastrophic” inheritance behind – although Rell replied: “Is there an element of theatre here?”");
		assertThat(quotes).extracting((found) -> found.speaker().name()).containsExactly("Arun Tesk", "Dov Rell");
		ExtractedQuote quote = quotes.get(1);
		assertThat(quote.cue()).isEqualTo("replied");
		assertThat(quote.mention()).isEqualTo("Rell");
	}

	@Test
	void aDashAndAConjunctionBeforeAnotherSubjectsReportEndTheContent() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk claimed the Tories left a bad inheritance behind – although Dov "
				+ "Kell replied that there was theatre in it.");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the Tories left a bad inheritance behind", "there was theatre in it.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Dov Kell");
		assertThat(only("Arun Tesk said the plan would work – although it would take time.").text())
			.isEqualTo("the plan would work – although it would take time.");
	}

	@Test
	void aReportBeforeAnotherSubjectsQuotationInItsSentenceIsAQuoteOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk claimed the Tories left a bad inheritance behind, while Dov Kell "
				+ "said: “Is there an element of theatre here?”");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Dov Kell");
		assertThat(quotes).extracting(ExtractedQuote::text)
			.containsExactly("the Tories left a bad inheritance behind", "Is there an element of theatre here?");
	}

	@Test
	void aClosingMarkTypedWhereAnOpeningOneBelongsOpensTheQuotation() {
		ExtractedQuote quote = only("”The combination of the two businesses will create a global company,” chief "
				+ "executive Arun Tesk said.");
		assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
		assertThat(quote.text()).isEqualTo("The combination of the two businesses will create a global company,");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aDayAfterACommonNounInASourceIsWhenNoName() {
		ExtractedQuote quote = only("Arun Tesk appears set to recommend a takeover bid, according to a news report "
				+ "Friday.");
		assertThat(quote.speaker().name()).isEqualTo("a news report");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
	}

	@Test
	void aNewsletterAMagazineAndATabloidAreOrganisations() {
		ExtractedQuote quote = only("The firm will overtake its rival, according to industry newsletter Vantor Market "
				+ "Data.");
		assertThat(quote.speaker().name()).isEqualTo("Vantor Market Data");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
	}

	@Test
	void aPastSpeltAsItsPresentAfterTheSubjectsNounIsItsVerb() {
		ExtractedQuote quote = only("The protests spread to several countries, officials said.");
		assertThat(quote.text()).isEqualTo("The protests spread to several countries");
		assertThat(only("Arun Tesk said the spread of the virus was slowing.").text())
			.isEqualTo("the spread of the virus was slowing.");
	}

	@Test
	void aListOfPlacesAfterAPrepositionInTheSubjectHoldsItsCommas() {
		assertThat(only("Officials in Denmark, Chile and Peru said the sale was a concern.").speaker().name())
			.isEqualTo("Officials in Denmark, Chile and Peru");
	}

	@Test
	void aTitleAndAGivenNameInCapitalsBeforeTheSurnameOpenTheStory() {
		List<ExtractedQuote> quotes = quotes("ROVERS BOSS ARUN Tesk felt his team merited a late penalty.\n\n"
				+ "“Of course, I think they were better,” Tesk told reporters.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		});
	}

	@Test
	void aConcessionThatMuchAsOpensIsItsSubjectsReportAndEndsAtItsComma() {
		ExtractedQuote quote = only("Much as the activists have claimed the demonstrations are peaceful, police have "
				+ "termed them illegal.");
		assertThat(quote.speaker().name()).isEqualTo("the activists");
		assertThat(quote.text()).isEqualTo("the demonstrations are peaceful");
	}

	@Test
	void policeRanksAbbreviatedBeforeANameAreTitles() {
		ExtractedQuote police = only("The police spokesperson ASP Arun Tesk said the suspects were arrested.");
		assertThat(police.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(police.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
		assertThat(police.role()).isEqualTo("The police spokesperson ASP");
	}

	@Test
	void aTitledNameBeforeAnUnclosedAppositionIsTheSpeaker() {
		ExtractedQuote quote = only("\"We shall not allow anybody to destabilise our country,\" Major Arun Tesk, the "
				+ "division spokesperson tells journalists at the scene.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.role()).isEqualTo("the division spokesperson");
		ExtractedQuote owned = only("\"We shall not allow anybody to destabilise our country,\" Major Arun Tesk, "
				+ "Velmora's 1st Division spokesperson tells journalists at the scene.");
		assertThat(owned.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(owned.role()).isEqualTo("Velmora's 1st Division spokesperson");
	}

	@Test
	void aNamesParticlesBeforeARelativePronounArePartOfTheName() {
		assertThat(only("Arun Tesk responded to the statements of the president, Lula da Vell, who had demanded an "
				+ "apology from the government.").speaker().name()).isEqualTo("Lula da Vell");
		assertThat(only("Arun Tesk met the commission chief, Kira von der Osk, who said the talks would go on.").speaker()
			.name()).isEqualTo("Kira von der Osk");
	}

	@Test
	void aClosingDoubleMarkGluedToTheNextWordIsATokenOfItsOwn() {
		ExtractedQuote glued = only("“There were no concrete approaches despite the efforts of Kira Osk and Dov Vell”Arun "
				+ "Tesk explained.");
		assertThat(glued.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(glued.cue()).isEqualTo("explained");
		ExtractedQuote stop = only("“Private employment has not grown for 13 years,”Arun Tesk said.");
		assertThat(stop.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(stop.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aNameSetOffAfterAClausesObjectIsNoSubjectOfTheParticiple() {
		ExtractedQuote quote = only("Speaker Arun Tesk downplayed the uproar over the visit of the council secretary, "
				+ "Dov Vell, to the capital, saying: “Be patient, brothers. The country is a friend.”");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(only("Sgt. Arun Tesk, a spokesman with the police, issued a statement saying the road was closed.")
			.speaker()
			.name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aLedesIndefiniteTitleAnnouncesNoOneNamedAsAnothersCompany() {
		List<ExtractedQuote> quotes = quotes("A cabinet minister has accused the former premier of covering up the "
				+ "crises.\n\nSpeaking on TV with Dov Kell, the environment secretary, Arun Tesk, said the Tories had "
				+ "left the country in a worse state.\n\n“Is there an element of theatre here?” Kell replied.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("a cabinet minister", "Arun Tesk", "Dov Kell");
	}

	@Test
	void aCharacterisedObjectMayRunToFourteenTokens() {
		ExtractedQuote quote = only("Minister Arun Tesk calls last night’s departure from the coalition by party chief Dov "
				+ "Vell “a very big opportunity.”");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.cue()).isEqualTo("calls");
	}

	@Test
	void toWeighInBesideAQuotationReportsIt() {
		assertThat(only("Tourism Minister Arun Tesk weighed in: “Everything costs billions and yet we are told there "
				+ "is no war.”").cue()).isEqualTo("weighed in");
		assertThat(quotes("Arun Tesk weighed in on the debate on Monday.")).isEmpty();
	}

	@Test
	void aParagraphThatOpensByIntroducingThePersonGivesTheirRole() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk is the commander-in-chief of the Velmoran Defence Forces. He "
				+ "recently met the envoy of the coalition.\n\nIn an interview, Tesk said: “There is no decision to "
				+ "withdraw the troops.”\n\n“The group has not been eliminated completely,” the commander stated.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Arun Tesk");
		assertThat(quotes.get(0).role()).isEqualTo("the commander-in-chief of the Velmoran Defence Forces");
	}

	@Test
	void anAdverbAfterAnAppositionsClosingCommaStillLeadsToTheVerb() {
		ExtractedQuote quote = only("Arun Tesk, minister of information, says Dov Vell, governor of Kessa, never claimed "
				+ "there were rebels in the state.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
		assertThat(quote.text()).isEqualTo("Dov Vell, governor of Kessa, never claimed there were rebels in the state.");
	}

	@Test
	void whereAndWhenTheWordsWereSaidIsNoPartOfTheContent() {
		assertThat(only("The minister said at a media briefing in Kessa he spoke with the governor.").text())
			.isEqualTo("he spoke with the governor.");
		assertThat(only("The minister told reporters after the cabinet meeting the governor had left.").text())
			.isEqualTo("the governor had left.");
	}

	@Test
	void aPronounThatIsTheSourceOfAContentPassesNothingOnToItsSubject() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk has said the visit would go ahead.\n\nAccording to him, Governor "
				+ "Pol Vane was faulting the visit.\n\nHe also said the president wants to meet the families.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Arun Tesk", "Arun Tesk", "Arun Tesk");
	}

	@Test
	void theLastOfAListOfNamesAfterItsAndIsOneOfTheContentsSubjects() {
		ExtractedQuote quote = only("Arun Tesk announced that Senators Dov “Bong” Vell Jr., Pol Vane, and Kira Osk had "
				+ "declared allegiance to him.");
		assertThat(quote.text()).isEqualTo("Senators Dov “Bong” Vell Jr., Pol Vane, and Kira Osk had declared "
				+ "allegiance to him.");
		assertThat(only("Arun Tesk said Dov Vell, Pol Vane, and Kira Osk had left.").text())
			.isEqualTo("Dov Vell, Pol Vane, and Kira Osk had left.");
	}

	@Test
	void aParticipleAfterExceptReportsWhatARefusalLeftOut() {
		ExtractedQuote quote = only("Kira Osk did not provide other details about the resolution, except saying that there "
				+ "will be a clear condemnation of the attacks.");
		assertThat(quote.speaker().name()).isEqualTo("Kira Osk");
		assertThat(quote.text()).isEqualTo("there will be a clear condemnation of the attacks.");
	}

	@Test
	void aLocalOfficesLowercaseWordsBeforeItsTitleArePartOfTheRole() {
		List<ExtractedQuote> quotes = quotes("Kessa sub-county police commander Dov Kell confirmed the arrests.\n\n“We are "
				+ "just keeping them for custody,” Kell told the Star.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Dov Kell");
			assertThat(quote.role()).isEqualTo("Kessa sub-county police commander");
		});
	}

	@Test
	void anAgentsNounAfterOneCapitalisedWordAndBeforeANameIsATitle() {
		List<ExtractedQuote> quotes = quotes("Labor frontbencher David Kell said no one should have expected a minister to "
				+ "reveal details about any internal contests.\n\n“I wouldn’t characterise it as lying,” he told reporters.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("David Kell", "David Kell");
		assertThat(quotes.get(0).role()).isEqualTo("Labor frontbencher");
	}

	@Test
	void theContentGoesOnPastItsCueAfterAnd() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk spoke.\n\nThe company is preparing to ship a new car, he said, and "
				+ "is making progress toward its next vehicle.\n\nThe plant will close, he said, and left the room.");
		assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("The company is preparing to ship a new car "
				+ "... is making progress toward its next vehicle.", "The plant will close");
	}

	@Test
	void aQuotedCharacterisationPutBeforeTheObject() {
		ExtractedQuote quote = only("Arun Tesk dismissed as “ridiculous” suggestions his integrity would be a problem in "
				+ "the lead-up to the election.");
		assertThat(quote.type()).isEqualTo(QuoteType.MIXED);
		assertThat(quote.cue()).isEqualTo("dismissed");
		assertThat(quote.text()).isEqualTo("as “ridiculous” suggestions his integrity would be a problem in the lead-up "
				+ "to the election.");
	}

	@Test
	void whomAReportCitesIsNoRoleOfItsSubject() {
		ExtractedQuote quote = only("The Kessa Times, citing sources, reported that Dov Kell will be arrested.");
		assertThat(quote.speaker().name()).isEqualTo("Kessa Times");
		assertThat(quote.role()).isNull();
	}

	@Test
	void aParticipleAfterAnArticleAndBeforeAPrepositionIsANoun() {
		assertThat(quotes("Dov Kell, the main accused in the bank fraud case, was arrested in Kessa on March 20.")).isEmpty();
		assertThat(only("The army warned in a statement that the road was closed.").cue()).isEqualTo("warned");
	}

	@Test
	void aPortfolioTheArticleNeverGaveIsTheOneBareTitleHolders() {
		List<ExtractedQuote> quotes = quotes("Union minister Arun Tesk on Monday attacked the opposition, alleging that it "
				+ "had lost its way.\n\n“We are taking the country forward,” the Union agriculture minister said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk", "Arun Tesk");
		List<ExtractedQuote> two = quotes("Union minister Arun Tesk and Union minister Dov Vell met on Monday.\n\n“We are "
				+ "taking the country forward,” the Union agriculture minister said.");
		assertThat(two).extracting((quote) -> quote.speaker().name()).containsExactly("the Union agriculture minister");
		// (a prime minister holds another office)
		List<ExtractedQuote> prime = quotes("Union minister Arun Tesk met Prime Minister Dov Vell on Monday.\n\n“We are "
				+ "taking the country forward,” the Union agriculture minister said.");
		assertThat(prime).extracting((quote) -> quote.speaker().name()).containsExactly("Arun Tesk");
	}

	@Test
	void toTermAsCharacterises() {
		ExtractedQuote quote = only("The party on Friday termed as “concocted and lies” the rival party’s allegations that "
				+ "party chief Dov Kell had described the party as a “sect”.");
		assertThat(quote.speaker().name()).isEqualTo("the party");
		assertThat(quote.cue()).isEqualTo("termed");
		assertThat(only("The minister termed the attack as cowardly.").text()).isEqualTo("the attack as cowardly.");
	}

	@Test
	void aStatementQuotedOverParagraphsThatOpenWithNoMarkIsOneQuote() {
		List<ExtractedQuote> quotes = quotes("Arun Tesk released the following statement after the press conference:\n\n"
				+ "“Yet again the premier is teasing big announcements.\n\nI’d like to remind him that this is no game "
				+ "show.\n\nI call on the premier for full transparency now.”");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
			assertThat(quote.text()).startsWith("Yet again").contains("no game show").endsWith("transparency now.");
		});
	}

	@Test
	void irishAndDevolvedTitlesAreTitles() {
		List<ExtractedQuote> quotes = quotes("Taoiseach Dov Kell said the talks would go on.\n\nThe Taoiseach said he had no "
				+ "difficulty in speaking for himself.\n\nParty TD Arun Tesk said the plan had failed.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dov Kell", "Dov Kell", "Arun Tesk");
		assertThat(quotes.get(2).role()).isEqualTo("Party TD");
	}

	@Test
	void aPrepositionalPhraseWithNoCommaBeforeTheNameIsNoPartOfIt() {
		ExtractedQuote quote = only("In sharp and testy exchanges Mr Dov Kell claimed the minister had briefed media.");
		assertThat(quote.mention()).isEqualTo("Mr Dov Kell");
		assertThat(quote.role()).isNull();
		assertThat(only("Ashdown boss Liam Vell confirmed the club were in talks.").mention())
			.isEqualTo("Ashdown boss Liam Vell");
	}

	@Test
	void aNamesReportThatAsOpensIsAQuoteOfItsOwn() {
		List<ExtractedQuote> quotes = quotes("Premier Dov Kell called on the party leader to “stop blaming everyone else” "
				+ "for the failure to form an executive as Arun Tesk accused him of being “untruthful” in briefings.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Dov Kell", "Arun Tesk");
		assertThat(quotes.get(0).text()).endsWith("for the failure to form an executive");
		assertThat(quotes.get(1).role()).isNull();
		assertThat(only("Dov Kell said the plan would work as well as the last one had.").text())
			.isEqualTo("the plan would work as well as the last one had.");
	}

	@Test
	void whomAReportCameThroughAfterItsCueIsNoSpeaker() {
		ExtractedQuote quote = only("All shots have been fired by the suspect, not officers, Kessa Township police said "
				+ "according to the broadcaster WXYZ.");
		assertThat(quote.speaker().name()).isEqualTo("Kessa Township police");
		assertThat(quote.text()).isEqualTo("All shots have been fired by the suspect, not officers");
	}

	@Test
	void aMixedQuotesTextStartsAfterTheCueItsNarrationOpensWith() {
		List<ExtractedQuote> quotes = quotes("Kira Osk stood over her comments.\n\nShe said the clash was “just an "
				+ "outrageous waste of time. I think they have found a comfortable niche,” she said, during an interview.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Kira Osk");
			assertThat(quote.text()).startsWith("the clash was “just");
		});
	}

	@Test
	void aDatelineInCapitalsBeforeAColonAndAQuotationMarkIsNoContent() {
		ExtractedQuote quote = only("KESSA CITY: “Multiple” deputies were injured on Sunday, the Kessa County Sheriff’s "
				+ "Office said.");
		assertThat(quote.text()).isEqualTo("“Multiple” deputies were injured on Sunday");
	}

	@Test
	void protectionAndConsumerAreAPortfoliosWords() {
		ExtractedQuote quote = only("Minister of Security and Citizen Protection Kira Osk Vell reported that three suspects "
				+ "have been arrested.");
		assertThat(quote.speaker().name()).isEqualTo("Kira Osk Vell");
		assertThat(quote.role()).isEqualTo("Minister of Security and Citizen Protection");
	}

	@Test
	void aTrailingCuesLongOccasionEndsAtTheCommaBeforeWhoRelaysIt() {
		ExtractedQuote quote = only("Kessa and Velmora support the territorial integrity of Norwana, Foreign Minister Dov "
				+ "Kell said at a joint news conference with his counterpart Arun Tesk on Tuesday, Kessa News reports "
				+ "citing Daily Velm.");
		assertThat(quote.speaker().name()).isEqualTo("Dov Kell");
		assertThat(quote.text()).isEqualTo("Kessa and Velmora support the territorial integrity of Norwana");
	}

	@Test
	void aCueInvertedInsideItsContentWithTheNameAfterIt() {
		List<ExtractedQuote> quotes = quotes("Kira Vell spoke.\n\nIn January, reminded Ms. Vell, the agency had assisted one "
				+ "million displaced people.\n\nThe second concerning issue, said Ms. Vell, is that the attacks were "
				+ "continuing.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Kira Vell", "Kira Vell");
		assertThat(quotes.get(1).text()).endsWith("is that the attacks were continuing.");
	}

	@Test
	void aTitleThenTheNameOfWhoHoldsItSetOffByCommas() {
		ExtractedQuote quote = only("Kessa Information Minister, Dov Kell, says the two countries are proud of their "
				+ "friendship.");
		assertThat(quote.speaker().name()).isEqualTo("Dov Kell");
		assertThat(quote.role()).isEqualTo("Kessa Information Minister");
	}

	@Test
	void anOpeningParticiplesClauseIsNoSpeakerOfTheCueThatFollows() {
		List<ExtractedQuote> quotes = quotes("Kira Vellard has hit back.\n\nAppearing on KTV's Morning Show, responding to "
				+ "Osk's statements over the weekend, Vellard shrugged and said with a laugh: \"Oh...it's just that time of "
				+ "the cycle again.\"");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Kira Vellard");
			assertThat(quote.cue()).isEqualTo("said");
		});
		List<ExtractedQuote> next = quotes("Kira Vellard has hit back.\n\nAppearing on KTV's Morning Show, responding to "
				+ "Osk's statements, Vellard shrugged and said: \"It is that time again.\"\n\n\"I am wary of giving them "
				+ "any more headlines,\" she told KTV's Morning show.");
		assertThat(next).extracting((quote) -> quote.speaker().name()).containsExactly("Kira Vellard", "Kira Vellard");
	}

	@Test
	void aQuotationWithNoCueIsNotTheOneItNamesButWhoSpokeJustBefore() {
		List<ExtractedQuote> quotes = quotes("Towards the end of the interview, Dov Vell accused the broadcaster: \"You're "
				+ "paid for by the taxpayer.\"\n\nBut Arun Tesk said he had no intention of stepping in.\n\n\"Probably "
				+ "words that I wouldn't use, but frankly, I think Dov Vell's mode of communication is well understood.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dov Vell", "Arun Tesk", "Arun Tesk");
	}

	@Test
	void theMediumThatClosesTheSentenceIsNoPartOfTheContent() {
		assertThat(only("The ministry said the road would reopen in a statement on Monday.").text())
			.isEqualTo("the road would reopen");
		assertThat(only("Dov Kell said the plan was outlined in a statement.").text())
			.isEqualTo("the plan was outlined in a statement.");
	}

	@Test
	void theStatementIsTheOneWhoseIssuerTheNarrationNamedBeforeTheVerb() {
		List<ExtractedQuote> quotes = quotes("The Kessa Foreign Ministry issued a statement on Monday.\n\nAccording to the "
				+ "statement, the border will reopen next week.");
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.speaker().name()).isEqualTo("Kessa Foreign Ministry");
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
		});
	}

	@Test
	void whoAfterAnAppositionWithABodysNameIsThePersonsNotTheBodys() {
		List<ExtractedQuote> quotes = quotes("Thirty people were injured, according to Dov Kell, the spokesman of the "
				+ "Kessa Ambulance Service, who confirmed that children were among the dead.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsExactly("Dov Kell", "Dov Kell");
	}

	@Test
	void aNamesInitialsEndNoSentence() {
		ExtractedQuote quote = only("Dov Kell told the agency the explanation which adviser H.R. Vell made to reporters "
				+ "“tends to refute the story.”");
		assertThat(quote.text()).endsWith("“tends to refute the story.”");
	}

	@Test
	void whoAfterAPartyAndStateIsTheNameBeforeThem() {
		ExtractedQuote quote = only("She was asked about comments by Sen. Dov Kell, R-Tenn., who called for the "
				+ "administration to make “radical changes.”");
		assertThat(quote.speaker().name()).isEqualTo("Dov Kell");
	}

	@Test
	void aTitleBeforeACourtesyAndANameIsTheirRoleAndItsPortfoliosAreEach() {
		List<ExtractedQuote> quotes = quotes("Kessa Information and Culture Minister, Dr. Dov bin Saleh Kell says the two "
				+ "countries are proud of their friendship.\n\nThe Kessa Information Minister said media is playing a key "
				+ "role.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name())
			.containsExactly("Dov bin Saleh Kell", "Dov bin Saleh Kell");
		assertThat(quotes.get(0).role()).isEqualTo("Kessa Information and Culture Minister");
	}

	@Test
	void theGovernmentOfNationalUnityIsAnInstitutionsName() {
		ExtractedQuote quote = only("The Prime Minister of the Government of National Unity Arun Tesk said on Tuesday "
				+ "that a group tried to stir up sedition.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void theRelativeClauseAColonClosesHasItsOwnSpeaker() {
		ExtractedQuote quote = only("The General Command urged the prime minister, Arun Tesk, to apologize for his "
				+ "previous statement - made last Thursday - in which he said: \"The city will return to the nation\".");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void theAgentThatQuotesTheWordsOnlyPassesThemOn() {
		List<ExtractedQuote> quotes = quotes("“Today there is a feeling of enormous loss,” said army spokesman Arun Tesk.\n\n"
				+ "“Our hearts are with the families,” he added as quoted by Kolo News, Thursday (14/12/2023).");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Arun Tesk");
	}

	@Test
	void anInvertedSpeakerMayHaveARelativeClause() {
		ExtractedQuote quote = only("The village was attacked in late August, said the official who declined to be named.");
		assertThat(quote.speaker().name()).isEqualTo("the official");
	}

	@Test
	void aPlaceTheArticleNamesByItsPeopleIsNobody() {
		List<ExtractedQuote> quotes = quotes("The village was attacked in late August, said the official who declined to "
				+ "be named.\n\nResidents of Abu Kolo fled to the camps. Abu Kolo is between government and rebel "
				+ "territory and often changes hands. The presence of rebels helps make it a target, she said.");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("the official");
	}

	@Test
	void oneOfTheDisplacedIsASourceAndToldIsNoNoun() {
		ExtractedQuote quote = only("One of the displaced told Radio Kolo that the situation was tense.");
		assertThat(quote.speaker().name()).isEqualTo("One of the displaced");
		assertThat(quote.text()).isEqualTo("the situation was tense.");
	}

	@Test
	void portfolioWordsAloneAfterAnInstitutionsWordAreNoName() {
		ExtractedQuote quote = only("Following the session, the Minister of State for Cabinet Affairs, Sheikh Arun Tesk, "
				+ "said that the ministers were informed of the delegation.");
		assertThat(quote.speaker().name()).isEqualTo("Arun Tesk");
	}

	@Test
	void aNamedBodysPlaceIsNoPartOfItsName() {
		List<ExtractedQuote> quotes = quotes("A statement released by the Vellon Palace in Paris said the ministers should "
				+ "use the talks to \"take stock of cooperation.\"\n\nIt also said the two leaders had \"called for an end "
				+ "to the violence.\"");
		assertThat(quotes).extracting((quote) -> quote.speaker().name()).containsOnly("Vellon Palace");
	}

}
