-- sitrep schema 1, PostgreSQL. Statements are separated by blank lines.
-- Item tables (claims, quotes, events) hold the columns queries filter and show; each item's
-- exact JSON is in bodies, kept apart so that item rows stay narrow and scans read few pages.

CREATE TABLE articles (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  path TEXT,
  url TEXT,
  canonical_url TEXT,
  title TEXT,
  published TEXT,
  day TEXT,
  source TEXT,
  language TEXT,
  text TEXT,
  removed TEXT,
  authors TEXT,
  modified TEXT,
  site TEXT,
  outcome TEXT,
  reason TEXT,
  content_hash TEXT NOT NULL,
  analysis_version TEXT NOT NULL,
  signature BYTEA,
  story_id TEXT NOT NULL,
  record_schema INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED)

CREATE INDEX articles_canonical_url ON articles(canonical_url)

CREATE INDEX articles_content_hash ON articles(content_hash)

CREATE INDEX articles_path ON articles(path)

CREATE INDEX articles_url ON articles(url)

CREATE INDEX articles_day ON articles(day)

CREATE INDEX articles_source ON articles(source)

CREATE INDEX articles_story ON articles(story_id)

CREATE TABLE story_bands (
  band INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_id))

CREATE INDEX story_bands_article ON story_bands(article_id)

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT,
  kind TEXT,
  country TEXT,
  affiliation TEXT)

CREATE TABLE article_actors (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  actor_id TEXT,
  name TEXT,
  kind TEXT,
  country TEXT,
  affiliation TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord))

CREATE INDEX article_actors_actor ON article_actors(actor_id)

CREATE TABLE actor_mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_ord INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  actor_id TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT,
  finder TEXT,
  PRIMARY KEY (article_id, actor_ord, ord))

CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id)

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  day TEXT,
  measure TEXT,
  unit TEXT,
  quantity_text TEXT,
  quantity_start INTEGER,
  quantity_end INTEGER,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  qualifier TEXT,
  per TEXT,
  kind TEXT,
  subject_text TEXT,
  subject_actor TEXT,
  place_name TEXT,
  place_country TEXT,
  time_value TEXT,
  source_text TEXT,
  source_actor TEXT,
  source_start INTEGER,
  source_end INTEGER,
  hedged INTEGER NOT NULL,
  evidence_text TEXT,
  evidence_start INTEGER,
  evidence_end INTEGER,
  finder TEXT,
  PRIMARY KEY (article_id, ord))

CREATE INDEX claims_measure ON claims(measure, day)

CREATE INDEX claims_source_actor ON claims(source_actor, day)

CREATE INDEX claims_subject_actor ON claims(subject_actor, day)

CREATE INDEX claims_day ON claims(day)

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  day TEXT,
  text TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  cue TEXT,
  speaker_text TEXT,
  speaker_actor TEXT,
  finder TEXT,
  PRIMARY KEY (article_id, ord))

CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor)

CREATE INDEX quotes_day ON quotes(day)

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  day TEXT,
  type TEXT,
  mode TEXT,
  actors TEXT,
  recipients TEXT,
  place_name TEXT,
  place_country TEXT,
  time_value TEXT,
  trigger_text TEXT,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  future INTEGER NOT NULL,
  evidence_text TEXT,
  finder TEXT,
  PRIMARY KEY (article_id, ord))

CREATE INDEX events_type ON events(type, day)

CREATE INDEX events_day ON events(day)

CREATE TABLE event_actors (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_ord INTEGER NOT NULL,
  role TEXT NOT NULL,
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (article_id, event_ord, role, ord))

CREATE INDEX event_actors_actor ON event_actors(actor_id)

CREATE TABLE evidence_spans (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  item TEXT NOT NULL,
  item_ord INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT,
  PRIMARY KEY (article_id, item, item_ord, ord))

CREATE TABLE bodies (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  item TEXT NOT NULL,
  ord INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, item, ord))

CREATE TABLE outcomes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  input TEXT NOT NULL,
  outcome TEXT NOT NULL,
  reason TEXT,
  stage TEXT,
  at TEXT NOT NULL)

CREATE INDEX outcomes_input ON outcomes(input)

CREATE INDEX articles_search ON articles USING GIN (search)
