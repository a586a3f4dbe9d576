-- Rebuilds `models`, the cleaned one-row-per-model table, from the current
-- import. Run by every snapshot builder inside its transaction; the rules are
-- explained in data/README.md (C1-C7).

DELETE FROM models;

WITH current_import AS (
    SELECT import_id FROM imports ORDER BY as_of DESC, import_id DESC LIMIT 1
),
-- C1: one row per model, the best average; ties go to the latest submission.
ranked AS (
    SELECT e.*,
           ROW_NUMBER() OVER (PARTITION BY e.fullname
                              ORDER BY e.average IS NULL, e.average DESC,
                                       e.submitted_at DESC, e.entry_id DESC) AS rank_in_model
    FROM leaderboard_entries e
    WHERE e.import_id = (SELECT import_id FROM current_import)
),
deduplicated AS (SELECT * FROM ranked WHERE rank_in_model = 1),
-- C5: an architecture gets its own group when more than 50 deduplicated models use it.
architecture_counts AS (
    SELECT lower(architecture) AS architecture_lower, COUNT(*) AS n
    FROM deduplicated
    WHERE architecture IS NOT NULL
    GROUP BY lower(architecture)
),
hub AS (
    SELECT fullname, created_at, downloads FROM repo_details WHERE status = 'ok'
)
INSERT INTO models (
    fullname, import_id, entry_id, owner, short_name, name_norm,
    model_type, type_label, type_short, architecture, arch_group, weight_type,
    params_b, license, likes, is_merged, is_moe, average,
    arc, hellaswag, mmlu, truthfulqa, winogrande, gsm8k,
    ifeval, bbh, math_lvl5, gpqa, musr, mmlu_pro,
    submitted_at, created_at, created_source, downloads)
SELECT d.fullname, d.import_id, d.entry_id,
       CASE WHEN instr(d.fullname, '/') > 0 THEN substr(d.fullname, 1, instr(d.fullname, '/') - 1) ELSE '' END,
       substr(d.fullname, instr(d.fullname, '/') + 1),
       lower(replace(replace(replace(substr(d.fullname, instr(d.fullname, '/') + 1), '-', ''), '_', ''), '.', '')),
       d.model_type,
       coalesce(d.model_type, 'unknown'),
       coalesce(t.short_label, 'Unknown'),
       d.architecture,
       CASE WHEN ac.n > 50 AND lower(d.architecture) NOT IN ('?', 'unknown')
            THEN coalesce(an.display, d.architecture) ELSE 'Other' END,
       d.weight_type, d.params_b, d.license, d.likes,
       coalesce(d.is_merged, 0), coalesce(d.is_moe, 0), d.average,
       d.arc, d.hellaswag, d.mmlu, d.truthfulqa, d.winogrande, d.gsm8k,
       d.ifeval, d.bbh, d.math_lvl5, d.gpqa, d.musr, d.mmlu_pro,
       d.submitted_at,
       -- C7: repository creation time from the Hub, corrected where known; else the submission time.
       CASE WHEN h.created_at IS NOT NULL THEN coalesce(o.created_at, h.created_at) ELSE d.submitted_at END,
       CASE WHEN h.created_at IS NOT NULL THEN 'hub' WHEN d.submitted_at IS NOT NULL THEN 'submission' ELSE 'none' END,
       h.downloads
FROM deduplicated d
LEFT JOIN model_types t ON t.model_type = d.model_type
LEFT JOIN architecture_counts ac ON ac.architecture_lower = lower(d.architecture)
LEFT JOIN architecture_names an ON an.architecture_lower = lower(d.architecture)
LEFT JOIN hub h ON h.fullname = d.fullname
LEFT JOIN created_at_overrides o ON o.fullname = d.fullname
-- C3: flagged models are removed after deduplication.
WHERE coalesce(d.is_flagged, 0) = 0;
