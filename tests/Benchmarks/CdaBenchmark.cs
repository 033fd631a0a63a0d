using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Schema;
using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Reading;
using HealthExchange.Cda.Types;

namespace HealthExchange.Benchmarks;

/// <summary>
/// `./hx bench --cda [--documents N] [--runs R]`: documents/s for the whole CDA check of a typical 30 KB
/// C0002 document (decode, safe parse, header/type/body checks, extraction, row checks), with and without
/// the WS/T 500 schema. One core, no database: the load itself is the table path's, measured above.
/// </summary>
public static class CdaBenchmark
{
    public static int Run(int documents, int runs)
    {
        var bytes = TypicalDocument();
        var context = new CdaCheckContext(Some.Hospital, code => code.StartsWith('H'), Some.HospitalCatalogue, Some.Shanghai(2024, 1, 15));
        Console.WriteLine($"{documents:N0} documents of {bytes.Length / 1024.0:F1} KB (C0002, 9 sections, 2 tables extracted); {runs} runs, medians");
        foreach (var schema in new[] { true, false })
        {
            var validator = new CdaValidator(new CdaOptions { SchemaValidation = schema }, DocumentTypeCatalogue.Default, CodedValueSets.Default);
            if (!validator.Validate(bytes, context).Passed) throw new InvalidOperationException("the benchmark document does not pass");
            var times = new List<TimeSpan>();
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < documents; i++) validator.Validate(bytes, context);
                times.Add(watch.Elapsed);
            }
            var median = times.Order().ElementAt(runs / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(schema ? "validate + extract, schema on" : "validate + extract, schema off"),-34} {documents / median.TotalSeconds,10:N0} documents/s  {bytes.Length * (double)documents / median.TotalSeconds / 1_048_576,8:F1} MiB/s"));
        }
        SchemaCheckAlone(bytes, documents, runs);
        return 0;
    }

    /// <summary>
    /// The XSD validator by itself, reading only, with the schema set the platform compiles (vocabulary unions as
    /// enumerations) and with the files as written: what the flattening is worth, in CPU time per document.
    /// </summary>
    private static void SchemaCheckAlone(byte[] bytes, int documents, int runs)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var sets = new[] { ("schema check alone, as compiled", CdaSchemas.Wst500), ("schema check alone, as written", CdaSchemas.Compile(CdaSchemas.EntryPoint, flattenUnions: false)) };
        var times = sets.Select(_ => new List<TimeSpan>()).ToArray();
        // The two alternate run by run, so that the machine's other load falls on both alike.
        for (var run = 0; run < runs; run++)
            for (var set = 0; set < sets.Length; set++)
                times[set].Add(ReadAll(text, sets[set].Item2, documents));
        for (var set = 0; set < sets.Length; set++)
        {
            var median = times[set].Order().ElementAt(runs / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sets[set].Item1,-34} {median.TotalMicroseconds / documents,10:N0} µs CPU per document"));
        }
    }

    /// <summary>The process's CPU time to read <paramref name="documents"/> copies of the text through the validator.</summary>
    private static TimeSpan ReadAll(string text, XmlSchemaSet schemas, int documents)
    {
        var settings = CdaSchemas.Validating(schemas);
        var errors = 0;
        settings.ValidationEventHandler += (_, _) => errors++;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < documents; i++)
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read()) { }
        }
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (errors > 0) throw new InvalidOperationException($"the benchmark document has {errors} schema errors");
        return spent;
    }

    /// <summary>The synthetic outpatient record with a realistic amount of section narrative (≈ 30 KB, mostly Chinese text).</summary>
    public static byte[] TypicalDocument()
    {
        var xml = SomeCda.OutpatientXml("BENCH-1", "B0001", new DateTime(2024, 1, 10, 9, 30, 0));
        const string Sentence = "患者3天前受凉后出现咳嗽，咳少量白色黏痰，伴咽痛、低热，最高体温37.8℃，无胸痛、咯血，自服感冒药效果欠佳。";
        var sections = xml.Split("<text/>").Length - 1;
        var perSection = new StringBuilder();
        while ((Encoding.UTF8.GetByteCount(xml) + (Encoding.UTF8.GetByteCount(perSection.ToString()) + 13) * sections) < 30 * 1024) perSection.Append(Sentence);
        return Encoding.UTF8.GetBytes(xml.Replace("<text/>", $"<text>{perSection}</text>", StringComparison.Ordinal));
    }
}
