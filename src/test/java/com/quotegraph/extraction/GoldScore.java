package com.quotegraph.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer of {@code eval/score.py}, in Java: quotes match gold quotes of the same article when the Dice
 * coefficient of their word tokens is at least 0.5 (one to one, best first); a match counts end to end when the
 * speaker is right.
 */
final class GoldScore {

	/** A gold quote, from {@code eval/gold/*.json}. */
	record Gold(String speaker, List<String> aliases, String kind, String text, boolean optional) {
	}

	/** A predicted quote. */
	record Predicted(String speaker, String text) {
	}

	int gold;

	int predicted;

	int detected;

	int correct;

	final List<String> misses = new ArrayList<>();

	/** Per named person with two or more gold quotes: gold count, predicted-as count, right count. */
	final Map<String, int[]> bySpeaker = new LinkedHashMap<>();

	private static final Set<String> STOP = Set.of("the", "a", "an", "of", "s");

	void add(String article, List<Gold> golds, List<Predicted> predictions) {
		Map<Integer, Integer> match = match(predictions, golds);
		Map<String, Gold> persons = new LinkedHashMap<>();
		for (Gold g : golds) {
			if (!g.optional()) {
				this.gold++;
				if (g.kind().equals("person")) {
					this.bySpeaker.computeIfAbsent(g.speaker(), (k) -> new int[3])[0]++;
					persons.putIfAbsent(g.speaker(), g);
				}
			}
		}
		for (int i = 0; i < predictions.size(); i++) {
			Integer j = match.get(i);
			if (j != null && golds.get(j).optional()) {
				continue;
			}
			this.predicted++;
			if (j == null) {
				this.misses.add("FP | " + article + " | " + predictions.get(i));
				continue;
			}
			this.detected++;
			if (speakerOk(predictions.get(i).speaker(), golds.get(j))) {
				this.correct++;
			}
			else {
				this.misses.add("SPEAKER | " + article + " | " + predictions.get(i).speaker() + " != " + golds.get(j).speaker());
			}
		}
		Set<Integer> matched = new HashSet<>(match.values());
		for (int j = 0; j < golds.size(); j++) {
			if (!matched.contains(j) && !golds.get(j).optional()) {
				this.misses.add("FN | " + article + " | " + golds.get(j).speaker() + " | " + golds.get(j).text());
			}
		}
		persons.forEach((name, g0) -> {
			int[] row = this.bySpeaker.get(name);
			for (int i = 0; i < predictions.size(); i++) {
				if (speakerOk(predictions.get(i).speaker(), g0)) {
					Integer j = match.get(i);
					if (j != null && golds.get(j).optional()) {
						continue;
					}
					row[1]++;
					if (j != null && speakerOk(predictions.get(i).speaker(), golds.get(j)) && golds.get(j).speaker().equals(name)) {
						row[2]++;
					}
				}
			}
		});
	}

	double precision() {
		return (this.predicted == 0) ? 0 : (double) this.correct / this.predicted;
	}

	double recall() {
		return (this.gold == 0) ? 0 : (double) this.correct / this.gold;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	/** Named people with two or more gold quotes whose predicted quotes are exactly theirs. */
	List<String> inexactSpeakers() {
		List<String> inexact = new ArrayList<>();
		this.bySpeaker.forEach((name, row) -> {
			if (row[0] >= 2 && !(row[0] == row[1] && row[1] == row[2])) {
				inexact.add(name + " gold=" + row[0] + " predicted=" + row[1] + " right=" + row[2]);
			}
		});
		return inexact;
	}

	private static Map<Integer, Integer> match(List<Predicted> predictions, List<Gold> golds) {
		List<double[]> pairs = new ArrayList<>();
		for (int i = 0; i < predictions.size(); i++) {
			List<String> p = tokens(predictions.get(i).text());
			for (int j = 0; j < golds.size(); j++) {
				double d = dice(p, tokens(golds.get(j).text()));
				if (d >= 0.5) {
					pairs.add(new double[] { d, i, j });
				}
			}
		}
		pairs.sort((a, b) -> (a[0] != b[0]) ? Double.compare(b[0], a[0])
				: (a[1] != b[1]) ? Double.compare(b[1], a[1]) : Double.compare(b[2], a[2]));
		Set<Integer> usedP = new HashSet<>();
		Set<Integer> usedG = new HashSet<>();
		Map<Integer, Integer> out = new HashMap<>();
		for (double[] pair : pairs) {
			int i = (int) pair[1];
			int j = (int) pair[2];
			if (!usedP.contains(i) && !usedG.contains(j)) {
				usedP.add(i);
				usedG.add(j);
				out.put(i, j);
			}
		}
		return out;
	}

	static boolean speakerOk(String predicted, Gold gold) {
		if (predicted == null || predicted.isBlank()) {
			return false;
		}
		List<String> names = new ArrayList<>(gold.aliases());
		names.add(0, gold.speaker());
		String pn = String.join(" ", nameTokens(predicted));
		for (String name : names) {
			if (String.join(" ", nameTokens(name)).equals(pn)) {
				return true;
			}
		}
		if (gold.kind().equals("person")) {
			List<String> pt = nameTokens(predicted);
			List<String> gt = nameTokens(gold.speaker());
			return !pt.isEmpty() && !gt.isEmpty() && pt.get(pt.size() - 1).equals(gt.get(gt.size() - 1));
		}
		String h = head(predicted);
		return !h.isEmpty() && names.stream().map(GoldScore::head).anyMatch(h::equals);
	}

	private static String fold(String s) {
		String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
	}

	static List<String> tokens(String s) {
		List<String> tokens = new ArrayList<>();
		Matcher m = Pattern.compile("[a-z0-9]+").matcher(fold(s));
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	private static List<String> nameTokens(String s) {
		List<String> t = new ArrayList<>(tokens(s));
		while (!t.isEmpty() && STOP.contains(t.get(0))) {
			t.remove(0);
		}
		return t;
	}

	private static String head(String s) {
		List<String> t = nameTokens(s);
		if (t.isEmpty()) {
			return "";
		}
		String h = t.get(t.size() - 1);
		return (h.length() > 3 && h.endsWith("s")) ? h.substring(0, h.length() - 1) : h;
	}

	private static double dice(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Map<String, Integer> ca = new HashMap<>();
		a.forEach((t) -> ca.merge(t, 1, Integer::sum));
		Map<String, Integer> cb = new HashMap<>();
		b.forEach((t) -> cb.merge(t, 1, Integer::sum));
		int inter = 0;
		for (Map.Entry<String, Integer> e : ca.entrySet()) {
			inter += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
		}
		return 2.0 * inter / (a.size() + b.size());
	}

}
