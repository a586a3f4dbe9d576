-- The secondary indexes of `models`, built after data/clean.sql has inserted its rows (which it
-- does without them: building an index from sorted keys is much faster than updating it row by
-- row). ModelsTable.Rebuild runs this script with a small sorter budget and worker threads, so
-- each build sorts runs of keys in parallel and merges them.

CREATE INDEX models_by_created ON models(created_at);
CREATE INDEX models_by_params ON models(params_b);
CREATE INDEX models_by_owner ON models(owner);
-- Rankings ("the best models": order by average desc, fullname) read the top rows without sorting.
CREATE INDEX models_by_average ON models(average DESC, fullname);
