package com.quotegraph.extraction;

/** What kind of source a speaker is. */
public enum SpeakerKind {

	PERSON, ORGANIZATION, ANONYMOUS

}
