using Claimtrail.CheckWorthiness;
using Claimtrail.Errors;

namespace Claimtrail.Tests.CheckWorthiness;

public sealed class CheckWorthinessTrainerTests
{
    // Sentences written for this test: figures and past events against greetings and opinions.
    private static readonly string[] Checkable =
    [
        "Unemployment fell to 4 percent last year.", "The city spent 12 million dollars on the bridge.",
        "Crime rose by 30 percent in 2019.", "We lost 50,000 factory jobs in the state.", "The deficit doubled under the last government.",
        "Taxes went up 9 times in four years.", "The plant closed in 2015 and 800 workers were laid off.", "Exports grew by 6 percent in March.",
    ];

    private static readonly string[] Other =
    [
        "Thank you all for being here tonight.", "I think we can do better.", "Good evening and welcome.", "That is a great question.",
        "I love this country.", "Let me finish, please.", "We will see what happens.", "I hope you all have a wonderful night.",
    ];

    [Fact]
    public void The_same_seed_and_data_give_the_same_model_bytes_and_another_seed_may_not()
    {
        var data = Records();

        var a = CheckWorthinessTrainer.Train(data, [], [], new CheckWorthinessTrainingOptions(Seed: 7, Epochs: 3));
        var b = CheckWorthinessTrainer.Train(data, [], [], new CheckWorthinessTrainingOptions(Seed: 7, Epochs: 3));

        Assert.Equal(a.ModelBytes, b.ModelBytes);
        Assert.Equal(3, a.BestEpoch);
    }

    [Fact]
    public void A_trained_model_ranks_a_new_figure_above_a_new_pleasantry_and_reads_back_from_its_bytes()
    {
        var result = CheckWorthinessTrainer.Train(Records(), [], Records(), new CheckWorthinessTrainingOptions(Seed: 1, Epochs: 10));

        var model = CheckWorthinessModel.FromBytes(result.ModelBytes);

        Assert.True(model.Score("Prices rose by 8 percent in 2021.") > model.Score("Thank you and good night."));
        Assert.Equal(1.0, result.Tune!.AtThreshold.F1);
    }

    [Fact]
    public void Training_without_a_check_worthy_sentence_is_refused()
    {
        var records = Other.Select((s, i) => new CheckWorthyRecord($"o{i}", s, false, null, null, i)).ToList();

        Assert.Throws<ArgumentException>(() => CheckWorthinessTrainer.Train(records, [], [], new CheckWorthinessTrainingOptions(1)));
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_with_the_name_given()
    {
        var ex = Assert.Throws<InputException>(() => CheckWorthinessModel.FromBytes([1, 2, 3], "broken.bin.gz"));

        Assert.Contains("broken.bin.gz", ex.Message, StringComparison.Ordinal);
    }

    private static List<CheckWorthyRecord> Records() =>
    [
        .. Checkable.Select((s, i) => new CheckWorthyRecord($"c{i}", s, true, null, null, i)),
        .. Other.Select((s, i) => new CheckWorthyRecord($"o{i}", s, false, null, null, i)),
    ];
}
