using System.Globalization;

namespace HealthExchange.Host.Demo;

/// <summary>Synthetic patients: GB 11643-valid ID numbers in Nanjing's region code, names that belong to nobody.</summary>
internal static class SyntheticPerson
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "马", "胡"];

    public static string Name(Random random) => Surnames[random.Next(Surnames.Length)] + "某" + (random.Next(2) == 0 ? "某" : "");

    public static DateOnly BirthDate(Random random) => new DateOnly(1935, 1, 1).AddDays(random.Next(0, 365 * 85));

    public static string NationalId(Random random, DateOnly birth)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"320{random.Next(100, 120):D3}{birth:yyyyMMdd}{random.Next(0, 1000):D3}");
        return first17 + NationalId17(first17);
    }

    private static char NationalId17(string first17) => HealthExchange.Validation.Checking.NationalId.CheckCharacter(first17);
}
