-- The archive: articles, their paragraphs, speakers and their aliases, quotes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE article (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
    outlet        text                 CHECK (outlet IS NULL OR length(outlet) BETWEEN 1 AND 200),
    url           text                 CHECK (url IS NULL OR length(url) BETWEEN 1 AND 2000),
    published_at  timestamptz,
    content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    imported_at   timestamptz NOT NULL DEFAULT now(),
    title_search  tsvector    GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
    CONSTRAINT article_content_hash_key UNIQUE (content_hash)
);
CREATE UNIQUE INDEX article_url_key ON article (url) WHERE url IS NOT NULL;
CREATE INDEX article_outlet_idx ON article (lower(outlet), id);
CREATE INDEX article_published_at_idx ON article (published_at, id);
CREATE INDEX article_title_search_idx ON article USING gin (title_search);

CREATE TABLE paragraph (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    text        text    NOT NULL,
    CONSTRAINT paragraph_article_position_key UNIQUE (article_id, position)
);

CREATE TABLE speaker (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text   NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_key     text   NOT NULL CHECK (length(name_key) >= 1),
    surname_key  text   NOT NULL,
    kind         text   NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'ANONYMOUS')),
    description  text,
    -- anonymous speakers ("an official") belong to the one article that quotes them
    article_id   bigint REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT speaker_anonymous_has_article CHECK ((kind = 'ANONYMOUS') = (article_id IS NOT NULL))
);
CREATE UNIQUE INDEX speaker_named_key ON speaker (name_key) WHERE kind <> 'ANONYMOUS';
CREATE UNIQUE INDEX speaker_anonymous_key ON speaker (article_id, name_key) WHERE kind = 'ANONYMOUS';
CREATE INDEX speaker_surname_idx ON speaker (surname_key) WHERE kind = 'PERSON';
CREATE INDEX speaker_name_order_idx ON speaker (name_key, id);
CREATE INDEX speaker_kind_idx ON speaker (kind, id);
CREATE INDEX speaker_name_trgm_idx ON speaker USING gin (name gin_trgm_ops);

CREATE TABLE speaker_alias (
    speaker_id  bigint NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias       text   NOT NULL CHECK (length(alias) BETWEEN 1 AND 300),
    alias_key   text   NOT NULL,
    PRIMARY KEY (speaker_id, alias_key)
);
CREATE INDEX speaker_alias_key_idx ON speaker_alias (alias_key);
CREATE INDEX speaker_alias_trgm_idx ON speaker_alias USING gin (alias gin_trgm_ops);

CREATE TABLE quote (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    paragraph_id  bigint  NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    speaker_id    bigint  REFERENCES speaker (id) ON DELETE SET NULL,
    mention       text    NOT NULL,
    role          text,
    type          text    NOT NULL CHECK (type IN ('DIRECT', 'MIXED', 'INDIRECT')),
    cue           text    NOT NULL,
    text          text    NOT NULL CHECK (length(text) >= 1),
    start_offset  integer NOT NULL CHECK (start_offset >= 0),
    end_offset    integer NOT NULL,
    confidence    real    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    text_search   tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    CONSTRAINT quote_offsets CHECK (end_offset >= start_offset)
);
CREATE INDEX quote_speaker_idx ON quote (speaker_id, id);
CREATE INDEX quote_article_idx ON quote (article_id, id);
CREATE INDEX quote_paragraph_idx ON quote (paragraph_id);
CREATE INDEX quote_type_idx ON quote (type, id);
CREATE INDEX quote_text_search_idx ON quote USING gin (text_search);

-- Who changed an attribution or merged two speakers, and when.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action      text        NOT NULL CHECK (action IN ('MERGE_SPEAKERS', 'SET_QUOTE_SPEAKER')),
    actor       text        NOT NULL,
    detail      jsonb       NOT NULL,
    happened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_happened_at_idx ON audit_event (happened_at);
