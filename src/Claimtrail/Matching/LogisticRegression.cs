namespace Claimtrail.Matching;

/// <summary>
/// Fits a <see cref="MatchModel"/> by Newton's method (iteratively reweighted least squares) with a
/// small ridge penalty: a handful of features and a few thousand pairs converge in a few steps, and the
/// result is deterministic.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits weights to <paramref name="rows"/> (one full feature vector per pair) and <paramref name="labels"/>.</summary>
    /// <param name="rows">Full feature vectors, in <see cref="PairFeatures.Names"/> order.</param>
    /// <param name="labels">True for pairs that state the same proposition.</param>
    /// <param name="ridge">L2 penalty on the standardised weights (not on the bias).</param>
    /// <param name="provenance">Recorded in the model.</param>
    /// <param name="use">The features to weigh; null for all.</param>
    public static MatchModel Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double ridge, string provenance, IReadOnlyList<string>? use = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count == 0 || rows.Count != labels.Count)
        {
            throw new ArgumentException("need one label per row and at least one row", nameof(labels));
        }

        var names = use ?? PairFeatures.Names;
        var columns = names.Select(PairFeatures.IndexOf).ToArray();
        var features = rows.Select(row => columns.Select(c => row[c]).ToArray()).ToArray();
        var n = features.Length;
        var d = columns.Length;
        var means = new double[d];
        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            var mean = 0d;
            for (var i = 0; i < n; i++)
            {
                mean += features[i][j];
            }

            mean /= n;
            var variance = 0d;
            for (var i = 0; i < n; i++)
            {
                variance += (features[i][j] - mean) * (features[i][j] - mean);
            }

            means[j] = mean;
            // A constant feature gets scale 1 so that it neither divides by zero nor moves the fit.
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance / n) : 1d;
        }

        // Column 0 is the bias; 1..d the standardised features.
        var x = new double[n][];
        for (var i = 0; i < n; i++)
        {
            x[i] = new double[d + 1];
            x[i][0] = 1d;
            for (var j = 0; j < d; j++)
            {
                x[i][j + 1] = (features[i][j] - means[j]) / scales[j];
            }
        }

        var beta = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < n; i++)
            {
                var z = 0d;
                for (var j = 0; j <= d; j++)
                {
                    z += beta[j] * x[i][j];
                }

                var p = 1d / (1d + Math.Exp(-z));
                var residual = (labels[i] ? 1d : 0d) - p;
                var weight = p * (1d - p);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += residual * x[i][j];
                    for (var k = 0; k <= d; k++)
                    {
                        hessian[j, k] += weight * x[i][j] * x[i][k];
                    }
                }
            }

            for (var j = 1; j <= d; j++)
            {
                gradient[j] -= ridge * beta[j];
                hessian[j, j] += ridge;
            }

            var step = Solve(hessian, gradient);
            var change = 0d;
            for (var j = 0; j <= d; j++)
            {
                beta[j] += step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return new MatchModel(
            [.. names],
            means,
            scales,
            beta[1..],
            beta[0],
            0.5,
            provenance);
    }

    // Gaussian elimination with partial pivoting; the system is small and positive definite.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var y = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (y[col], y[pivot]) = (y[pivot], y[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                y[row] -= factor * y[col];
            }
        }

        var result = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = y[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * result[k];
            }

            result[row] = sum / m[row, row];
        }

        return result;
    }
}
