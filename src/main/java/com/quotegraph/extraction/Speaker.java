package com.quotegraph.extraction;

import java.util.List;

/**
 * A resolved speaker: canonical name, identity key ({@link NameKey}), kind, and every way the article named it.
 * Anonymous speakers carry the phrase as written and belong to their article only.
 */
public record Speaker(String name, String key, SpeakerKind kind, List<String> aliases) {

	public Speaker {
		aliases = List.copyOf(aliases);
	}

}
