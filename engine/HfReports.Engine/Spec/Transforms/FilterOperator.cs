namespace HfReports.Engine.Spec.Transforms;

/// <summary>The one comparison a <c>filter</c> step makes, named by its key (NotIn is not_in), in the order error
/// messages list them.</summary>
internal enum FilterOperator
{
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,

    /// <summary>The value is one of a list.</summary>
    In,

    /// <summary>The value is none of a list.</summary>
    NotIn,

    IsNull,
    NotNull,
}
