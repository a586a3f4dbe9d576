-- The secondary indexes of `models`, built after data/clean.sql has inserted its rows (which it
-- does without them: building an index from sorted keys is much faster than updating it row by
-- row). ModelsTable.Rebuild runs this script with a small sorter budget and worker threads, so
-- each build sorts runs of keys in parallel and merges them.

CREATE INDEX models_by_created ON models(created_at);
-- Two indexes hold every column the paper's aggregations read, in the order they group by, so those queries read a
-- narrow index in order instead of the wide rows (or a million lookups from an index into the table):
-- per day (Figures 4, 5, 7, 10 and their prose: created_at appears there only as this key, the day of the ISO time) ...
CREATE INDEX models_by_day ON models(substr(created_at, 1, 10), type_short, arch_group, params_b, average);
-- ... and per parameter size (Figures 8 and 9 and their prose).
CREATE INDEX models_by_params ON models(params_b, arch_group, average, created_at, downloads);
-- Counts per type, architecture group and licence (the type and licence tables, Figure 5's text) read these alone.
CREATE INDEX models_by_type ON models(type_short, arch_group);
CREATE INDEX models_by_license ON models(license);
CREATE INDEX models_by_owner ON models(owner);
-- A systematic sample (every k-th model by name) looks its ranks up instead of reading every model (Figure 7).
CREATE INDEX models_by_name_rank ON models(name_rank);
-- Rankings ("the best models": order by average desc, fullname) read the top rows without sorting.
CREATE INDEX models_by_average ON models(average DESC, fullname);
