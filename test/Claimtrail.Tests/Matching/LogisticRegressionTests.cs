using Claimtrail.Matching;

namespace Claimtrail.Tests.Matching;

public sealed class LogisticRegressionTests
{
    // Pairs whose label follows the cosine with some overlap; the other features are noise-free constants or copies.
    private static (List<double[]> Rows, List<bool> Labels) Data()
    {
        var rows = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            var cosine = i / 200d;
            rows.Add([cosine, 0.5, (i % 7) / 7d, 0.3, 1d, 1d, 0.8]);
            // Mostly positive above 0.6, with every tenth label flipped so the data is not separable.
            labels.Add((cosine > 0.6) ^ (i % 10 == 0));
        }

        return (rows, labels);
    }

    [Fact]
    public void The_informative_feature_gets_a_positive_weight_and_orders_the_probabilities()
    {
        var (rows, labels) = Data();

        var model = LogisticRegression.Fit(rows, labels, ridge: 1d, "test");

        Assert.True(model.Weights[0] > 1d, model.Weights[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(model.Probability(rows[190]) > 0.5);
        Assert.True(model.Probability(rows[50]) < 0.5);
    }

    [Fact]
    public void A_constant_feature_gets_no_weight()
    {
        var (rows, labels) = Data();

        var model = LogisticRegression.Fit(rows, labels, ridge: 1d, "test");

        Assert.Equal(0d, model.Weights[1], 9);
        Assert.Equal(1d, model.Scales[1]);
    }

    [Fact]
    public void A_saved_model_loads_back_equal()
    {
        var (rows, labels) = Data();
        var model = LogisticRegression.Fit(rows, labels, ridge: 1d, "test") with { Threshold = 0.42 };
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = MatchModel.Load(stream, "model.json");

        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.Means, loaded.Means);
        Assert.Equal(0.42, loaded.Threshold);
        Assert.Equal(model.Probability(rows[120]), loaded.Probability(rows[120]));
    }

    [Fact]
    public void A_model_may_weigh_a_subset_of_the_features()
    {
        var (rows, labels) = Data();

        var model = LogisticRegression.Fit(rows, labels, ridge: 1d, "test", use: ["cosine", "word_containment"]);

        Assert.Equal(["cosine", "word_containment"], model.Features);
        Assert.Equal(2, model.Weights.Count);
        Assert.True(model.Probability(rows[190]) > model.Probability(rows[50]));
    }

    [Fact]
    public void A_model_naming_an_unknown_feature_is_refused()
    {
        using var stream = new MemoryStream("""{"features":["cosine","tf_idf"],"means":[0,0],"scales":[1,1],"weights":[1,1],"bias":0,"threshold":0.5,"provenance":""}"""u8.ToArray());

        var error = Assert.Throws<Claimtrail.Errors.InputException>(() => MatchModel.Load(stream, "old.json"));

        Assert.Equal("old.json", error.Input);
    }
}
