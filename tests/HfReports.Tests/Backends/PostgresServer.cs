using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>One throwaway PostgreSQL cluster (<see cref="PostgresCluster"/>) for every test class of the collection
/// <see cref="Collection"/>, holding the demo snapshot (`snapshot demo --out postgres://...`) and the SELECT-only role
/// SECURITY.md describes, which builds use.</summary>
public sealed class PostgresServer : IDisposable
{
    public const string Collection = "PostgreSQL server";

    public PostgresCluster Cluster { get; } = new();
    public TempFolder Folder { get; } = new();

    /// <summary>The demo snapshot as the SELECT-only role reads it.</summary>
    public string Reader => Cluster.Location("builder");

    /// <summary>The demo snapshot as a role that may write to its tables and create new ones (not a superuser): what
    /// it cannot do in a build, the backend's read-only transaction and single-SELECT rule stop.</summary>
    public string Writer => Cluster.Location("writer");

    public PostgresServer()
    {
        if (Cluster.Problem is not null) return;
        EngineBuilds.Run("snapshot", "demo", "--out", Cluster.Location());
        // The role a team gives builds (SECURITY.md): it may connect and read, nothing else.
        Cluster.Execute("""
            CREATE ROLE builder LOGIN;
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            GRANT USAGE ON SCHEMA public TO builder;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO builder;
            CREATE ROLE writer LOGIN;
            GRANT USAGE, CREATE ON SCHEMA public TO writer;
            GRANT ALL ON ALL TABLES IN SCHEMA public TO writer;
            """);
    }

    /// <summary>Skips (visibly) where PostgreSQL is not installed; fails under CI=true, which installs it.</summary>
    public void Require() => Requires.That(Cluster.Problem is null, Cluster.Problem ?? "");

    public void Dispose()
    {
        Cluster.Dispose();
        Folder.Dispose();
    }
}

[CollectionDefinition(PostgresServer.Collection)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServer>;
