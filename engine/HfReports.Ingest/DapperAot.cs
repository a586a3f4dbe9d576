// Dapper's calls in this library are compiled at build time (Dapper.AOT's interceptors) instead of emitting IL at run
// time: the tool is published as Native AOT, where no code can be generated while it runs.
[module: Dapper.DapperAot]

// Tuples take their columns in order, as Dapper's run-time binding does (the queries name them to match anyway).
[module: Dapper.BindTupleByName(true)]
