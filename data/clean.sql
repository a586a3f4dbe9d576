-- Rebuilds `models`, the cleaned one-row-per-model table, from the current
-- import, and the derived `human_authors` and `models_source`. Run by every snapshot builder
-- inside its transaction; the rules are explained in data/README.md (C1-C7).
--
-- Written for a million entries: the best entry per model is found on a narrow
-- projection (entry_id and the ranking columns) and joined back by rowid, and
-- the architecture counts are an indexed table computed once, so no row is
-- compared against every architecture or copied whole more than once. The
-- secondary indexes of `models` are dropped here and built once its rows are in
-- (data/models-indexes.sql, run right after this script): sorting a million
-- keys once is much faster than updating eight B-trees for every inserted row.

DROP INDEX IF EXISTS models_by_created;
DROP INDEX IF EXISTS models_by_params;
DROP INDEX IF EXISTS models_by_day;
DROP INDEX IF EXISTS models_by_type;
DROP INDEX IF EXISTS models_by_license;
DROP INDEX IF EXISTS models_by_owner;
DROP INDEX IF EXISTS models_by_average;
DROP INDEX IF EXISTS models_by_name_rank;
DELETE FROM models;
DROP TABLE IF EXISTS temp.clean_import;
DROP TABLE IF EXISTS temp.clean_best;
DROP TABLE IF EXISTS temp.clean_architecture_counts;

-- The current import is the newest, unless snapshot_meta names another ('selected_import', set by `build --import`
-- on a temporary copy of the snapshot).
CREATE TEMP TABLE clean_import AS
SELECT import_id FROM imports
ORDER BY import_id = (SELECT CAST(value AS INTEGER) FROM snapshot_meta WHERE key = 'selected_import') DESC,
         as_of DESC, import_id DESC
LIMIT 1;

-- C1: one row per model, the best average; ties go to the latest submission.
-- The window sorts by fullname, so clean_best's rows (and then models') come in fullname order
-- without a second sort of the wide rows.
CREATE TEMP TABLE clean_best AS
WITH ranked AS (
    SELECT e.entry_id, e.architecture,
           ROW_NUMBER() OVER (PARTITION BY e.fullname
                              ORDER BY e.average IS NULL, e.average DESC,
                                       e.submitted_at DESC, e.entry_id DESC) AS rank_in_model
    FROM leaderboard_entries e
    WHERE e.import_id = (SELECT import_id FROM temp.clean_import)
)
SELECT entry_id, lower(architecture) AS architecture_lower FROM ranked WHERE rank_in_model = 1;

-- C5: an architecture gets its own group when more than 50 deduplicated models use it.
CREATE TEMP TABLE clean_architecture_counts (architecture_lower TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL);
INSERT INTO clean_architecture_counts
SELECT architecture_lower, COUNT(*) FROM clean_best WHERE architecture_lower IS NOT NULL GROUP BY architecture_lower;

INSERT INTO models (
    fullname, import_id, entry_id, owner, short_name, name_norm,
    model_type, type_label, type_short, architecture, arch_group, weight_type,
    params_b, license, likes, is_merged, is_moe, average,
    arc, hellaswag, mmlu, truthfulqa, winogrande, gsm8k,
    ifeval, bbh, math_lvl5, gpqa, musr, mmlu_pro,
    submitted_at, created_at, created_source, downloads, merge_lineage,
    name_rank, base_model, num_of_authors)
SELECT d.fullname, d.import_id, d.entry_id,
       -- A repository without an owner prefix ('gpt2') is its own owner, as on the Hub.
       CASE WHEN instr(d.fullname, '/') > 0 THEN substr(d.fullname, 1, instr(d.fullname, '/') - 1) ELSE d.fullname END,
       substr(d.fullname, instr(d.fullname, '/') + 1),
       lower(replace(replace(replace(substr(d.fullname, instr(d.fullname, '/') + 1), '-', ''), '_', ''), '.', '')),
       d.model_type,
       coalesce(d.model_type, 'unknown'),
       coalesce(t.short_label, 'Unknown'),
       d.architecture,
       CASE WHEN ac.n > 50 AND b.architecture_lower NOT IN ('?', 'unknown')
            THEN coalesce(an.display, d.architecture) ELSE 'Other' END,
       d.weight_type, d.params_b, d.license, d.likes,
       coalesce(d.is_merged, 0), coalesce(d.is_moe, 0), d.average,
       d.arc, d.hellaswag, d.mmlu, d.truthfulqa, d.winogrande, d.gsm8k,
       d.ifeval, d.bbh, d.math_lvl5, d.gpqa, d.musr, d.mmlu_pro,
       d.submitted_at,
       -- C7: repository creation time from the Hub, corrected where known; else the submission time.
       CASE WHEN h.created_at IS NOT NULL THEN coalesce(o.created_at, h.created_at) ELSE d.submitted_at END,
       CASE WHEN h.created_at IS NOT NULL THEN 'hub' WHEN d.submitted_at IS NOT NULL THEN 'submission' ELSE 'none' END,
       h.downloads,
       -- C9 (first part): a merge declared by type or flag, or 'merge' in the name or in a Hub tag.
       d.model_type IS NOT DISTINCT FROM 'base merges and moerges' OR coalesce(d.is_merged, 0) = 1 OR instr(lower(d.fullname), 'merge') > 0
           OR EXISTS (SELECT 1 FROM repo_tags g WHERE g.fullname = d.fullname AND instr(lower(g.tag), 'merge') > 0),
       -- Counted after the flagged filter below (a window runs after WHERE): the rank among the models kept.
       ROW_NUMBER() OVER (ORDER BY d.fullname),
       d.base_model,
       rc.num_of_authors
FROM clean_best b
JOIN leaderboard_entries d ON d.entry_id = b.entry_id
LEFT JOIN model_types t ON t.model_type = d.model_type
LEFT JOIN clean_architecture_counts ac ON ac.architecture_lower = b.architecture_lower
LEFT JOIN architecture_names an ON an.architecture_lower = b.architecture_lower
LEFT JOIN repo_details h ON h.fullname = d.fullname AND h.status = 'ok'
LEFT JOIN created_at_overrides o ON o.fullname = d.fullname
LEFT JOIN repo_commits rc ON rc.fullname = d.fullname
-- C3: flagged models are removed after deduplication.
WHERE coalesce(d.is_flagged, 0) = 0
ORDER BY b.rowid;

-- C9 (second part): every model whose base model is, transitively, a merge (a tagged repository
-- need not be a leaderboard model). The walk starts from the links, so it costs nothing on a
-- snapshot without Hub links. Family figures leave the whole lineage out.
WITH RECURSIVE
descendant(fullname) AS (
    SELECT l.model FROM base_model_links l
    WHERE EXISTS (SELECT 1 FROM models m WHERE m.fullname = l.base_model AND m.merge_lineage = 1)
       OR EXISTS (SELECT 1 FROM repo_tags g WHERE g.fullname = l.base_model AND instr(lower(g.tag), 'merge') > 0)
    UNION
    SELECT l.model FROM base_model_links l JOIN descendant d ON l.base_model = d.fullname
)
UPDATE models SET merge_lineage = 1 WHERE merge_lineage = 0 AND fullname IN (SELECT fullname FROM descendant);

-- One row per human commit author with their repositories and first commit (the contributor figures), in author order.
DELETE FROM human_authors;
INSERT INTO human_authors (author, num_of_repos, first_commit)
SELECT a.author, COUNT(*), MIN(r.first_commit)
FROM human_commit_authors a
LEFT JOIN repo_commits r ON r.fullname = a.repo
GROUP BY a.author
ORDER BY a.author;

-- The import cleaned and its counts (clean_best holds one row per distinct repository id of its entries).
DELETE FROM models_source;
INSERT INTO models_source (import_id, entries, distinct_models, owners)
SELECT c.import_id,
       (SELECT COUNT(*) FROM leaderboard_entries e WHERE e.import_id = c.import_id),
       (SELECT COUNT(*) FROM temp.clean_best),
       (SELECT COUNT(DISTINCT owner) FROM models)
FROM temp.clean_import c;

DROP TABLE temp.clean_import;
DROP TABLE temp.clean_best;
DROP TABLE temp.clean_architecture_counts;
