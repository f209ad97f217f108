import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of realistic news articles for load tests: paragraphs of narration with direct, mixed and
 * indirect quotes, pronoun and role references, anonymous sources, and speakers drawn from a Zipf-like
 * distribution over thousands of names. Same seed, same corpus.
 *
 * usage: java CorpusGenerator.java OUT_DIR ARTICLES [SEED]
 */
public class CorpusGenerator {

	static final String[] FIRST = { "Amira", "Bashir", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ingrid",
			"Jamal", "Karin", "Leila", "Marco", "Nadia", "Omar", "Petra", "Rami", "Sofia", "Tariq", "Ursula", "Viktor",
			"Wafa", "Yusuf", "Zeynep", "Adel", "Beatriz", "Chen", "Dalia", "Emil", "Fatima", "Goran", "Hiba", "Ivan",
			"Jana", "Khalid", "Lucia", "Mahmoud", "Nora", "Oskar", "Priya", "Qasim", "Rania", "Samir", "Tamara", "Umar",
			"Vera", "Walid", "Ximena", "Yara", "Zaid" };

	static final String[] LAST = { "Haddad", "Kowalski", "Mansour", "Lindqvist", "Okafor", "Rahimi", "Santos", "Petrov",
			"Nasser", "Brennan", "Al-Amin", "Volkov", "Suleiman", "Moreau", "Yilmaz", "Khoury", "Tanaka", "Novak",
			"El-Sayed", "Fischer", "Qureshi", "Romero", "Bakr", "Hansen", "Darwish", "Ivanova", "Jabari", "Keller",
			"Lopez", "Mirza", "Nakamura", "Osman", "Pereira", "Rashid", "Schmidt", "Taha", "Umarov", "Vargas", "Wahid",
			"Zubair", "Abbas", "Bianchi", "Cohen", "Dagher", "Eriksen", "Farouk", "Ghani", "Hamdan", "Iqbal", "Jovanovic" };

	static final String[] ROLES = { "the interior minister", "a spokesman for the ministry", "the head of the council",
			"a senior adviser to the president", "the mayor of the capital", "the army's chief of staff",
			"the governor of the central bank", "a lawmaker from the ruling party", "the foreign minister",
			"the director of the port authority" };

	static final String[] OUTLETS = { "Daily Ledger", "Harbour Times", "The Morning Wire", "Capital Report",
			"Northern Post", "Gulf Observer", "Continental Herald", "Evening Courier" };

	static final String[] TOPICS = { "fuel prices", "the port strike", "water shortages", "the border crossing",
			"the election law", "the new budget", "power cuts", "the ceasefire talks", "hospital funding",
			"the grain harvest", "rail fares", "the refugee camps", "school closures", "the bridge repairs",
			"bank interest rates", "the mining licences" };

	static final String[] VERBS = { "said", "stressed", "noted", "warned", "added", "explained", "insisted",
			"confirmed", "argued", "reiterated" };

	static final String[] CLAUSES = { "the government would review %s before the end of the year",
			"talks on %s had stalled because of a dispute over funding",
			"the committee had received hundreds of complaints about %s",
			"nobody expected %s to dominate the debate this quickly",
			"the opposition was using %s to score political points",
			"a compromise on %s was within reach if both sides showed restraint",
			"the crisis over %s had cost the economy millions",
			"independent experts would audit the figures on %s" };

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int articles = Integer.parseInt(args[1]);
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 42;
		Files.createDirectories(out);
		Random random = new Random(seed);
		List<String> speakers = new ArrayList<>();
		for (String last : LAST) {
			for (String first : FIRST) {
				speakers.add(first + " " + last);
			}
		}
		java.util.Collections.shuffle(speakers, new Random(seed));
		double[] cumulative = zipf(speakers.size(), 1.05);
		int perFile = 5000;
		for (int file = 0; file * perFile < articles; file++) {
			Path path = out.resolve("corpus-%03d.jsonl".formatted(file));
			try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				for (int i = file * perFile; i < Math.min(articles, (file + 1) * perFile); i++) {
					writer.write(article(i, random, speakers, cumulative));
					writer.newLine();
				}
			}
		}
	}

	static String article(int n, Random random, List<String> speakers, double[] cumulative) {
		String topic = TOPICS[random.nextInt(TOPICS.length)];
		String first = pick(speakers, cumulative, random);
		String second = pick(speakers, cumulative, random);
		while (second.equals(first)) {
			second = pick(speakers, cumulative, random);
		}
		String role = ROLES[random.nextInt(ROLES.length)];
		String roleNoun = role.replaceAll("^(the|a) ", "").replaceAll(" (of|for|to|from)\\b.*", "").replaceAll(".* ", "");
		String surname1 = first.substring(first.indexOf(' ') + 1);
		String surname2 = second.substring(second.indexOf(' ') + 1);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("Debate over %s intensified on %s as officials met for a %s round of talks in the capital.".formatted(
				topic, day(random), ordinal(n)));
		paragraphs.add("%s, %s, said that %s.".formatted(first, role, clause(topic, random)));
		paragraphs.add("“We will not accept any deal on %s that leaves families worse off,” %s said.".formatted(topic, surname1));
		paragraphs.add("He added that %s.".formatted(clause(topic, random)));
		paragraphs.add("The %s %s that the plan for %s was “%s.”".formatted(roleNoun, VERBS[random.nextInt(VERBS.length)],
				topic, random.nextBoolean() ? "a step in the right direction" : "simply not good enough"));
		paragraphs.add("Meanwhile, %s %s that %s.".formatted(second, VERBS[random.nextInt(VERBS.length)], clause(topic, random)));
		paragraphs.add("Demonstrators gathered outside parliament for the %s day, carrying banners about %s.".formatted(
				ordinal(random.nextInt(30) + 1), topic));
		paragraphs.add("%s, according to an official who asked not to be named.".formatted(capitalize(clause(topic, random))));
		paragraphs.add("“The numbers on %s speak for themselves. We need a decision this month,” %s told reporters.".formatted(
				topic, surname2));
		paragraphs.add("“This is about trust,” %s said, “and trust on %s has to be earned.”".formatted(surname2, topic));
		paragraphs.add("She insisted that %s.".formatted(clause(topic, random)));
		paragraphs.add("%s, %s told a news conference.".formatted(capitalize(clause(topic, random)), first));
		paragraphs.add("The talks are expected to resume next week.");
		String title = "%s: %s round of talks on %s (%d)".formatted(capitalize(topic), ordinal(n), topic, n);
		OffsetDateTime published = OffsetDateTime.of(2024, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n * 7L);
		String text = title + "\n\n" + String.join("\n\n", paragraphs);
		return "{\"text\": %s, \"outlet\": %s, \"publishedAt\": \"%s\", \"url\": \"https://news.example/%d\"}".formatted(
				json(text), json(OUTLETS[n % OUTLETS.length]), published, n);
	}

	static String clause(String topic, Random random) {
		return CLAUSES[random.nextInt(CLAUSES.length)].formatted(topic);
	}

	static String pick(List<String> speakers, double[] cumulative, Random random) {
		int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
		return speakers.get(Math.min(speakers.size() - 1, (index >= 0) ? index : -index - 1));
	}

	static double[] zipf(int n, double s) {
		double[] weights = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			weights[i] = 1 / Math.pow(i + 1, s);
			total += weights[i];
		}
		double running = 0;
		for (int i = 0; i < n; i++) {
			running += weights[i] / total;
			weights[i] = running;
		}
		return weights;
	}

	static String day(Random random) {
		return List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday").get(random.nextInt(5));
	}

	static String ordinal(int n) {
		int k = n % 100;
		String suffix = (k >= 11 && k <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
