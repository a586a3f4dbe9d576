-- HfReports snapshot schema, version 3 (version 2 lacked the `models_source` table, version 1
-- also the derived columns of `models` from name_rank on and the `human_authors` table;
-- `hfreports snapshot upgrade` adds them).
--
-- The snapshot is the contract between ingest (import, enrich, demo) and the
-- reports. Every table and column is documented here; data/README.md explains
-- the cleaning rules that build `models`. Units: scores are points on 0-100,
-- parameter sizes are billions, timestamps are ISO-8601 UTC text
-- ('YYYY-MM-DDTHH:MM:SSZ'), dates are 'YYYY-MM-DD'. Booleans are 0/1 integers
-- with their meaning already corrected (the inverted v1 columns are fixed at
-- import, see data/README.md).

PRAGMA foreign_keys = ON;

-- Key/value facts about the whole snapshot. Keys written by every builder:
--   schema_version  '3'
--   created_at      when the snapshot was first made (ISO-8601 UTC); builds use
--                   it as the PDF creation date so outputs are reproducible
--   synthetic       '1' for a demo snapshot, '0' for real data
--   generator       what made it ('hfreports snapshot demo', 'hfreports snapshot import')
--   demo_seed, demo_models   (demo snapshots only) the generator's arguments
--   hub_url, hub_enriched_at (after `snapshot enrich`) the Hub asked and when the
--                   last run ended (ISO-8601 UTC); never a token
CREATE TABLE snapshot_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- One row per imported source file (or generated data set). Re-importing a file
-- with the same SHA-256 is a no-op. `as_of` is the date the export was taken.
CREATE TABLE imports (
    import_id    INTEGER PRIMARY KEY,
    source_name  TEXT NOT NULL,            -- file name as given (no directory)
    sha256       TEXT NOT NULL UNIQUE,     -- lower-case hex of the file bytes
    format       TEXT NOT NULL,            -- 'v1-csv', 'v2-flat-csv', 'v2-legacy-csv', 'demo'
    generation   TEXT NOT NULL CHECK (generation IN ('v1', 'v2')),
    as_of        TEXT NOT NULL,            -- date of the export (YYYY-MM-DD)
    imported_at  TEXT NOT NULL,            -- when the import ran (UTC); SOURCE_DATE_EPOCH when set, for reproducible snapshots
    rows_read    INTEGER NOT NULL,
    rows_kept    INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL DEFAULT 0,
    synthetic    INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);

-- Leaderboard entries exactly as evaluated: one row per evaluation submission.
-- A model can appear several times (precision, revision, re-upload).
CREATE TABLE leaderboard_entries (
    entry_id        INTEGER PRIMARY KEY,
    import_id       INTEGER NOT NULL REFERENCES imports(import_id),
    source_line     INTEGER,               -- 1-based line in the source file (header = 1)
    fullname        TEXT NOT NULL,         -- repository id 'owner/name' (the join key)
    model_type      TEXT,                  -- normalised type (see model_types); NULL = unknown
    type_raw        TEXT,                  -- the type exactly as exported
    architecture    TEXT,                  -- transformers class name as exported ('?' and 'Unknown' kept)
    weight_type     TEXT,                  -- 'Original', 'Adapter', 'Delta'
    precision       TEXT,                  -- 'float16', 'bfloat16', '4bit', ...
    params_b        REAL,                  -- parameters in billions; NULL = unknown (v1 exports 0, v2 -1; v1 values are truncated integers)
    license         TEXT,                  -- licence id, lower-case; NULL when the export has none
    likes           INTEGER,               -- Hub hearts at export time
    available_on_hub INTEGER,              -- 1 when the repository is public on the Hub
    is_merged       INTEGER,               -- 1 = declared a merge (v1 column was inverted)
    is_flagged      INTEGER,               -- 1 = flagged by the leaderboard (v1 column was inverted)
    is_moe          INTEGER,               -- 1 = mixture of experts (v1 column was inverted)
    is_official     INTEGER,               -- v2 only: official provider
    model_sha       TEXT,                  -- evaluated revision
    submitted_at    TEXT,                  -- leaderboard submission time (v1 'date', v2 submission_date)
    uploaded_at     TEXT,                  -- v2 upload_date (date)
    base_model      TEXT,                  -- v2 metadata_base_model
    base_distance   INTEGER,               -- v2 metadata_generation: distance from a base model
    co2_cost        REAL,                  -- v2: kg CO2 of the evaluation
    average         REAL,                  -- mean of the generation's six benchmarks (0-100)
    -- v1 benchmarks (0-100)
    arc REAL, hellaswag REAL, mmlu REAL, truthfulqa REAL, winogrande REAL, gsm8k REAL,
    -- v2 benchmarks, normalised score (0-100) and raw accuracy (0-1)
    ifeval REAL, bbh REAL, math_lvl5 REAL, gpqa REAL, musr REAL, mmlu_pro REAL,
    ifeval_raw REAL, bbh_raw REAL, math_lvl5_raw REAL, gpqa_raw REAL, musr_raw REAL, mmlu_pro_raw REAL
);
CREATE INDEX leaderboard_entries_by_import_model ON leaderboard_entries(import_id, fullname);

-- The normalised model types (C4 of the paper) with their short labels.
CREATE TABLE model_types (
    model_type  TEXT PRIMARY KEY NOT NULL, -- label after stripping the emoji
    short_label TEXT NOT NULL              -- as Table 1 of the paper shows it
);
INSERT INTO model_types VALUES
    ('fine-tuned on domain-specific datasets', 'Fine-tuned'),
    ('chat models (RLHF, DPO, IFT, ...)', 'Chat Model'),
    ('base merges and moerges', 'Base Merge'),
    ('pretrained', 'Pretrained'),
    ('continuously pretrained', 'Continuously pretrained'),
    ('multimodal', 'Multimodal'),
    ('other', 'Other');

-- Display names of architecture classes that are common enough to get their
-- own group (C5). Which ones are common is decided per snapshot (> 50 models).
CREATE TABLE architecture_names (
    architecture_lower TEXT PRIMARY KEY NOT NULL,
    display            TEXT NOT NULL
);
INSERT INTO architecture_names VALUES
    ('llamaforcausallm', 'LLama'), ('mistralforcausallm', 'Mistral'),
    ('mixtralforcausallm', 'Mixtral'), ('gpt2lmheadmodel', 'GPT2'),
    ('qwen2forcausallm', 'Qwen2'), ('gptneoxforcausallm', 'GPT-NeoX'),
    ('phiforcausallm', 'Phi'), ('gemmaforcausallm', 'Gemma'),
    ('optforcausallm', 'Opt'), ('gptjforcausallm', 'GPT-J'),
    ('bloomforcausallm', 'Bloom'), ('falconforcausallm', 'Falcon'),
    ('phi3forcausallm', 'Phi3'), ('gemma2forcausallm', 'Gemma2'),
    ('qwen2moeforcausallm', 'Qwen2-MoE'), ('mptforcausallm', 'MPT');

-- Hub enrichment: one row per repository that enrichment asked about.
CREATE TABLE repo_details (
    fullname      TEXT PRIMARY KEY NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('ok', 'not_found', 'gated', 'private', 'error')),
    author        TEXT,                    -- owner namespace
    created_at    TEXT,                    -- repository creation time (the time axis of the paper)
    last_modified TEXT,
    downloads     INTEGER,                 -- the Hub's trailing-30-day counter at fetch time
    likes         INTEGER,
    library_name  TEXT,
    pipeline_tag  TEXT,
    license       TEXT,                    -- from card data, else from a 'license:' tag
    language      TEXT,                    -- card languages joined with ','
    gated         INTEGER,                 -- 1 when access is gated
    fetched_at    TEXT NOT NULL
);

-- Hub tags of a repository, one row per tag, in the order the Hub lists them.
CREATE TABLE repo_tags (
    fullname TEXT NOT NULL REFERENCES repo_details(fullname),
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (fullname, position)
);

-- Model -> base model, from card data and 'base_model:' tags (T5).
CREATE TABLE base_model_links (
    model      TEXT NOT NULL,
    base_model TEXT NOT NULL,
    relation   TEXT,                       -- 'finetune', 'merge', 'adapter', 'quantized' when a tag says so
    source     TEXT NOT NULL CHECK (source IN ('card', 'tag')),
    PRIMARY KEY (model, base_model, source)
);
-- Descendants of a model (the paper's transitive merge exclusion walks links from base to model).
CREATE INDEX base_model_links_by_base ON base_model_links(base_model);

-- Model -> dataset, from card data and 'dataset:' tags (T6).
CREATE TABLE dataset_links (
    model   TEXT NOT NULL,
    dataset TEXT NOT NULL,
    source  TEXT NOT NULL CHECK (source IN ('card', 'tag')),
    PRIMARY KEY (model, dataset, source)
);

-- Commit history summary per repository (T3). Counts leave out service accounts.
CREATE TABLE repo_commits (
    fullname       TEXT PRIMARY KEY NOT NULL,
    num_of_authors INTEGER NOT NULL,       -- distinct human (non-bot) commit authors
    num_of_commits INTEGER NOT NULL,
    first_commit   TEXT,                   -- time of the oldest commit
    last_commit    TEXT                    -- time of the newest commit
);

-- Individual commits (all pages of the Hub's commit list).
CREATE TABLE commits (
    fullname     TEXT NOT NULL,
    commit_id    TEXT NOT NULL,
    committed_at TEXT NOT NULL,
    title        TEXT,
    PRIMARY KEY (fullname, commit_id)
);

-- One row per distinct (repository, commit author) pair (T3b).
CREATE TABLE commit_authors (
    repo   TEXT NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (repo, author)
);
-- Repositories per author (author_activity, the contributor figures) without sorting every pair.
CREATE INDEX commit_authors_by_author ON commit_authors(author, repo);

-- Accounts treated as bots. Names ending in 'bot' are added automatically
-- (reason 'suffix'); the list is editable (reason 'listed').
CREATE TABLE bot_accounts (
    author TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('suffix', 'listed', 'service'))
);

-- Manual corrections of repository creation times (C7 of the paper): a repo
-- created privately long before its public release.
CREATE TABLE created_at_overrides (
    fullname   TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    reason     TEXT NOT NULL
);
INSERT INTO created_at_overrides VALUES
    ('meta-llama/Meta-Llama-3-8B', '2024-04-17T23:16:24Z', 'created privately before the public release');

-- Raw JSON of every Hub response, kept for audit: the last answer per URL (model
-- information, and each page of the commit list). Requests that got no answer
-- (timeouts, refused connections) leave no row.
CREATE TABLE hub_responses (
    url        TEXT PRIMARY KEY NOT NULL,  -- the address asked, without credentials
    status     INTEGER NOT NULL,           -- HTTP status code
    fetched_at TEXT NOT NULL,
    body       TEXT
);

-- The cleaned models most figures use (C1-C7 of the paper): one row per model of
-- the current import, flagged entries removed, best-average duplicate kept.
-- Rebuilt by data/clean.sql after every import, enrichment or demo generation.
CREATE TABLE models (
    fullname        TEXT PRIMARY KEY NOT NULL,
    import_id       INTEGER NOT NULL REFERENCES imports(import_id),
    entry_id        INTEGER NOT NULL REFERENCES leaderboard_entries(entry_id),
    owner           TEXT NOT NULL,         -- part of fullname before '/'; the whole fullname when it has no '/' ('gpt2')
    short_name      TEXT NOT NULL,         -- part of fullname after '/'
    name_norm       TEXT NOT NULL,         -- short_name lower-cased without '-', '_' and '.'
    model_type      TEXT,                  -- normalised type; NULL = unknown
    type_label      TEXT NOT NULL,         -- model_type or 'unknown'
    type_short      TEXT NOT NULL,         -- short label ('Fine-tuned', ..., 'Unknown')
    architecture    TEXT,
    arch_group      TEXT NOT NULL,         -- display group (> 50 models) or 'Other'
    weight_type     TEXT,
    params_b        REAL,                  -- NULL = unknown
    license         TEXT,
    likes           INTEGER,
    is_merged       INTEGER NOT NULL,
    is_moe          INTEGER NOT NULL,
    average         REAL,
    arc REAL, hellaswag REAL, mmlu REAL, truthfulqa REAL, winogrande REAL, gsm8k REAL,
    ifeval REAL, bbh REAL, math_lvl5 REAL, gpqa REAL, musr REAL, mmlu_pro REAL,
    submitted_at    TEXT,
    created_at      TEXT,                  -- repository creation time; submission time when not enriched
    created_source  TEXT NOT NULL CHECK (created_source IN ('hub', 'submission', 'none')),
    downloads       INTEGER,               -- from repo_details; NULL when not enriched
    merge_lineage   INTEGER NOT NULL DEFAULT 0, -- C9: 1 for a merge (type, flag, 'merge' in the name or a Hub tag) and every model descending from one
    -- Derived once here so that reports over millions of models need not join or sort for them (version 2):
    name_rank       INTEGER NOT NULL,      -- 1-based rank of fullname among the models in byte order (a stable sample: name_rank % k = 0)
    base_model      TEXT,                  -- the entry's base_model (v2 exports; NULL in v1)
    num_of_authors  INTEGER                -- repo_commits.num_of_authors; NULL when the repository's commits were not fetched
);
-- Its indexes (models_by_created, models_by_params, models_by_owner, models_by_average) are
-- data/models-indexes.sql, built after clean.sql has inserted the rows, once per rebuild.

-- Commit authors that are people: bots (listed, or named '...bot' in any case) left out (C8).
CREATE VIEW human_commit_authors AS
SELECT ca.repo, ca.author
FROM commit_authors ca
WHERE ca.author NOT IN (SELECT author FROM bot_accounts)
  AND lower(ca.author) NOT LIKE '%bot';

-- One row per human commit author (C8), derived from the commit tables by data/clean.sql (version 2): what the
-- contributor figures and tables read, without grouping every (repository, author) pair on each build.
CREATE TABLE human_authors (
    author       TEXT PRIMARY KEY NOT NULL,
    num_of_repos INTEGER NOT NULL,         -- repositories the author committed to (rows of human_commit_authors)
    first_commit TEXT                      -- the oldest first_commit of those repositories; NULL when none has one
);
CREATE INDEX human_authors_by_repos ON human_authors(num_of_repos DESC, author);

-- The import `models` was cleaned from, with what reports state of it, derived by data/clean.sql (version 3) so that
-- no build counts the distinct repositories of millions of entries: one row, none before the first import.
CREATE TABLE models_source (
    import_id       INTEGER PRIMARY KEY NOT NULL REFERENCES imports(import_id),
    entries         INTEGER NOT NULL,      -- its leaderboard entries, as evaluated
    distinct_models INTEGER NOT NULL,      -- distinct repository ids among them (before C3 leaves flagged ones out)
    owners          INTEGER NOT NULL       -- distinct owners of the cleaned models
);

-- Leaderboard repositories per human commit author (T4).
CREATE VIEW author_activity AS
SELECT author AS author_name,
       COUNT(*) AS num_of_repos,
       group_concat(repo, ', ') AS list_of_repos
FROM (SELECT author, repo FROM human_commit_authors ORDER BY author, repo)
GROUP BY author;
