namespace Claimtrail.Geo;

/// <summary>
/// English adjectives and demonyms that point to a country ("Russian" → RU). They are hints, not places:
/// "Russian Telegram channels" makes the Russian reading of "Saratov" likelier, and places nothing itself.
/// </summary>
public static class Demonyms
{
    private static readonly Dictionary<string, string> ByWord = new(StringComparer.Ordinal)
    {
        ["afghan"] = "AF", ["albanian"] = "AL", ["algerian"] = "DZ", ["american"] = "US", ["argentine"] = "AR",
        ["argentinian"] = "AR", ["armenian"] = "AM", ["australian"] = "AU", ["austrian"] = "AT", ["azerbaijani"] = "AZ",
        ["bangladeshi"] = "BD", ["belarusian"] = "BY", ["belgian"] = "BE", ["bolivian"] = "BO", ["bosnian"] = "BA",
        ["brazilian"] = "BR", ["british"] = "GB", ["bulgarian"] = "BG", ["burmese"] = "MM", ["cambodian"] = "KH",
        ["canadian"] = "CA", ["chilean"] = "CL", ["chinese"] = "CN", ["colombian"] = "CO", ["croatian"] = "HR",
        ["cuban"] = "CU", ["cypriot"] = "CY", ["czech"] = "CZ", ["danish"] = "DK", ["dutch"] = "NL",
        ["egyptian"] = "EG", ["english"] = "GB", ["estonian"] = "EE", ["ethiopian"] = "ET", ["filipino"] = "PH",
        ["finnish"] = "FI", ["french"] = "FR", ["georgian"] = "GE", ["german"] = "DE", ["greek"] = "GR",
        ["hungarian"] = "HU", ["icelandic"] = "IS", ["indian"] = "IN", ["indonesian"] = "ID", ["iranian"] = "IR",
        ["iraqi"] = "IQ", ["irish"] = "IE", ["israeli"] = "IL", ["italian"] = "IT", ["japanese"] = "JP",
        ["jordanian"] = "JO", ["kazakh"] = "KZ", ["kenyan"] = "KE", ["korean"] = "KR", ["kyrgyz"] = "KG",
        ["latvian"] = "LV", ["lebanese"] = "LB", ["libyan"] = "LY", ["lithuanian"] = "LT", ["malaysian"] = "MY",
        ["mexican"] = "MX", ["moldovan"] = "MD", ["mongolian"] = "MN", ["moroccan"] = "MA", ["nepalese"] = "NP",
        ["nigerian"] = "NG", ["norwegian"] = "NO", ["pakistani"] = "PK", ["palestinian"] = "PS", ["peruvian"] = "PE",
        ["polish"] = "PL", ["portuguese"] = "PT", ["romanian"] = "RO", ["russian"] = "RU", ["saudi"] = "SA",
        ["scottish"] = "GB", ["serbian"] = "RS", ["slovak"] = "SK", ["slovenian"] = "SI", ["somali"] = "SO",
        ["spanish"] = "ES", ["sudanese"] = "SD", ["swedish"] = "SE", ["swiss"] = "CH", ["syrian"] = "SY",
        ["taiwanese"] = "TW", ["tajik"] = "TJ", ["thai"] = "TH", ["tunisian"] = "TN", ["turkish"] = "TR",
        ["turkmen"] = "TM", ["ugandan"] = "UG", ["ukrainian"] = "UA", ["uzbek"] = "UZ", ["venezuelan"] = "VE",
        ["vietnamese"] = "VN", ["welsh"] = "GB", ["yemeni"] = "YE", ["texan"] = "US", ["muscovite"] = "RU",
        ["kremlin"] = "RU", ["soviet"] = "RU", ["kyivan"] = "UA",
    };

    /// <summary>The country a word points to ("Russian" → "RU"), or null.</summary>
    public static string? CountryOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = PlaceNames.Key(word);
        if (key.EndsWith('s') && !ByWord.ContainsKey(key))
        {
            // "Russians", "Georgians".
            key = key[..^1];
        }

        return ByWord.GetValueOrDefault(key);
    }
}
