using System.Text;
using System.Text.Json;
using NewsExtraction.Fixtures;

namespace NewsExtraction.Cli;

/// <summary>The eval --format json output, written with Utf8JsonWriter (no reflection).</summary>
internal static class EvalJson
{
    public static string Format(ScoreReport report, long characters, EvalRun run)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("corpus", report.Corpus);
            w.WriteNumber("articles", report.Articles);
            w.WriteBoolean("body_only", report.BodyOnly);
            w.WriteNumber("characters", characters);
            if (run.Elapsed is { } elapsed)
            {
                w.WriteNumber("threads", run.Threads);
                w.WriteNumber("elapsed_ms", Math.Round(elapsed.TotalMilliseconds, 1));
                w.WriteNumber("first_use_ms", Math.Round(run.FirstUse!.Value.TotalMilliseconds, 1));
                w.WriteNumber("utf8_bytes", run.Utf8Bytes);
                w.WriteNumber("mb_per_s", Math.Round(run.Utf8Bytes / 1e6 / Math.Max(1e-9, elapsed.TotalSeconds), 2));
            }
            w.WriteStartObject("types");
            foreach (TypeScore t in report.Types)
            {
                w.WriteStartObject(t.Type.ToString().ToLowerInvariant());
                w.WriteNumber("gold", t.Gold);
                w.WriteNumber("predicted", t.Predicted);
                w.WriteNumber("matched", t.Matched);
                w.WriteNumber("exact_matched", t.ExactMatched);
                w.WriteNumber("value_matched", t.ValueMatched);
                w.WriteNumber("precision", Math.Round(t.Precision, 4));
                w.WriteNumber("recall", Math.Round(t.Recall, 4));
                w.WriteNumber("f1", Math.Round(t.F1, 4));
                w.WriteNumber("exact_f1", Math.Round(t.ExactF1, 4));
                w.WriteNumber("value_accuracy", Math.Round(t.ValueAccuracy, 4));
                w.WriteNumber("value_f1", Math.Round(t.ValueF1, 4));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
