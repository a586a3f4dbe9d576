namespace HfReports.Engine.Charts.Statistics;

/// <summary>
/// The weighted least-squares polynomial of degree 1 or 2 from its normal equations: given the weighted moments
/// m_k = Σ w·u^k (k = 0..2·order) and t_k = Σ w·y·u^k (k = 0..order), solves the Hankel system
/// Σ_j m_(i+j)·β_j = t_i by Gaussian elimination with partial pivoting and returns β_0, the value at u = 0.
/// </summary>
internal static class NormalEquations
{
    public static double Intercept(ReadOnlySpan<double> moments, ReadOnlySpan<double> targets, int order)
    {
        if (order is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(order), order, "1 or 2");
        var size = order + 1;
        Span<double> matrix = stackalloc double[size * size];
        Span<double> rhs = stackalloc double[size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++) matrix[row * size + column] = moments[row + column];
            rhs[row] = targets[row];
        }
        for (var pivot = 0; pivot < size; pivot++)
        {
            var best = pivot;
            for (var row = pivot + 1; row < size; row++)
                if (Math.Abs(matrix[row * size + pivot]) > Math.Abs(matrix[best * size + pivot])) best = row;
            if (matrix[best * size + pivot] == 0) return double.NaN;
            if (best != pivot)
            {
                for (var column = 0; column < size; column++)
                    (matrix[pivot * size + column], matrix[best * size + column]) = (matrix[best * size + column], matrix[pivot * size + column]);
                (rhs[pivot], rhs[best]) = (rhs[best], rhs[pivot]);
            }
            for (var row = pivot + 1; row < size; row++)
            {
                var factor = matrix[row * size + pivot] / matrix[pivot * size + pivot];
                for (var column = pivot; column < size; column++) matrix[row * size + column] -= factor * matrix[pivot * size + column];
                rhs[row] -= factor * rhs[pivot];
            }
        }
        Span<double> solution = stackalloc double[size];
        for (var row = size - 1; row >= 0; row--)
        {
            var sum = rhs[row];
            for (var column = row + 1; column < size; column++) sum -= matrix[row * size + column] * solution[column];
            solution[row] = sum / matrix[row * size + row];
        }
        return solution[0];
    }
}
