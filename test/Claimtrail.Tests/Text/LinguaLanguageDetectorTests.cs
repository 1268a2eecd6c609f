using Claimtrail.Pipeline;
using Claimtrail.Tests.Support;
using Claimtrail.Text;

namespace Claimtrail.Tests.Text;

public sealed class LinguaLanguageDetectorTests
{
    private readonly LinguaLanguageDetector _detector = new();

    [Theory]
    [InlineData("The mayor said the bridge will reopen in May after repairs.", "en")]
    [InlineData("Мэр заявил, что мост откроется в мае после ремонта.", "ru")]
    [InlineData("Мер заявив, що міст відкриється у травні після ремонту.", "uk")]
    [InlineData("Der Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet.", "de")]
    [InlineData("Le maire a déclaré que le pont rouvrira en mai après les travaux.", "fr")]
    [InlineData("El alcalde dijo que el puente se reabrirá en mayo.", "es")]
    [InlineData("Burmistrz powiedział, że most zostanie otwarty w maju.", "pl")]
    [InlineData("ראש העיר אמר שהגשר ייפתח מחדש במאי.", "he")]
    [InlineData("Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει τον Μάιο.", "el")]
    [InlineData("市長は橋が5月に再開すると述べた。", "ja")]
    [InlineData("Drones hit depots in Tula and Kaluga at night, the governor said.", "en")]
    public void Tells_the_language_of_a_news_sentence(string text, string code) =>
        Assert.Equal(code, _detector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12:45 — 3.5%")]
    [InlineData("ok")]
    public void Text_too_short_to_tell_is_undetermined(string text) =>
        Assert.Equal("und", _detector.Detect(text));

    [Fact]
    public void A_report_in_another_language_is_kept_and_flagged_without_mentions()
    {
        var report = Analyze.Text("Мэр заявил, что мост откроется в мае после ремонта.");
        Assert.Equal("ru", report.Language);
        Assert.Empty(report.Mentions);
        Assert.Equal([AnalysisPipeline.UnsupportedLanguage], report.Flags);
    }
}
