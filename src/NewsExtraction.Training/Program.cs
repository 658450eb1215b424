using System.Diagnostics;
using System.Globalization;
using NewsExtraction;
using NewsExtraction.Fixtures;
using NewsExtraction.Organisations;
using NewsExtraction.Training;

// The training command of the NewsExtraction repository (not packaged). Usage:
//   dotnet run -c Release --project src/NewsExtraction.Training -- organisations --data ../shared/training
//       --out src/NewsExtraction/Organisations/Data/org-model.bin [--sets gum:3,btc,...] [--epochs 6] [--seed 17]
//       [--spaced-share 0.3] [--dev <fixture folder>]... [--sweep]
// --dev folders (X.txt + X.json gold) are only scored, never trained on.
if (args.Length == 2 && args[0] == "time-organisations")
{
    // Load time of the embedded model and one-thread throughput of the organisations extractor on a fixture folder.
    var load = Stopwatch.StartNew();
    OrganisationModel? embedded = OrganisationModel.Embedded;
    Console.WriteLine($"embedded model: {(embedded is null ? "none" : $"{embedded.NonZeroBuckets:N0} non-zero buckets")}, loaded in {load.Elapsed.TotalMilliseconds:F0} ms");
    FixtureCorpus timed = FixtureCorpus.Load(args[1]);
    long bytes = timed.Articles.Sum(x => (long)System.Text.Encoding.UTF8.GetByteCount(x.Text));
    var docs = timed.Articles.Select(x => NewsExtraction.Text.AnalyzedDocument.Analyze(x.Text)).ToList();
    foreach (bool useModel in new[] { false, true, false, true, false, true })
    {
        var options = OrganisationExtractorOptions.Default with { UseStatisticalModel = useModel };
        var clock = Stopwatch.StartNew();
        int found = 0;
        foreach (NewsExtraction.Text.AnalyzedDocument d in docs)
        {
            found += OrganisationRecognizer.Recognize(d, options, OrganisationExtractor.ExtractorName, CancellationToken.None).Count;
        }

        Console.WriteLine($"  {(useModel ? "rules + tagger" : "rules alone   ")}: {bytes / 1e6 / clock.Elapsed.TotalSeconds:F1} MB/s on one thread (recogniser only, analysis excluded), {found} mentions");
    }

    return 0;
}

if (args.Length == 1 && args[0] == "trace-organisations")
{
    // The embedded tagger's tags and margins on a text read from standard input (for inspection).
    string text = Console.In.ReadToEnd();
    OrganisationRecognizer rec = OrganisationRecognizer.ForTraining(NewsExtraction.Text.AnalyzedDocument.Analyze(text));
    var tags = new int[rec.TokenCount];
    var margins = new float[rec.TokenCount];
    rec.Decode(OrganisationModel.Embedded!, tags, margins, CancellationToken.None);
    foreach (Candidate c in rec.RuleCandidates!)
    {
        Console.WriteLine($"rule {c.Source}: {text[rec.Tokens[c.First].Span.Start..rec.Tokens[c.End - 1].Span.End]}");
    }

    for (int i = 0; i < rec.TokenCount; i++)
    {
        if (tags[i] != 0 || margins[i] != 0)
        {
            Console.WriteLine($"{text.Substring(rec.Tokens[i].Span.Start, rec.Tokens[i].Span.Length),-20} {"O,B-PER,I-PER,B-ORG,I-ORG,B-LOC,I-LOC".Split(',')[tags[i]],-6} {margins[i],6:F1}");
        }
    }

    return 0;
}

if (args.Length == 0 || args[0] != "organisations")
{
    Console.Error.WriteLine("usage: organisations --data <training folder> --out <model file> [--sets set[:weight],...] [--epochs N] [--seed N] [--spaced-share F] [--dev <folder>]... [--sweep]");
    return 2;
}

string? data = null, output = null;
string sets = OrganisationTrainingDefaults.Sets;
int epochs = OrganisationTrainingDefaults.Epochs, seed = OrganisationTrainingDefaults.Seed;
double spacedShare = OrganisationTrainingDefaults.SpacedShare;
var devFolders = new List<string>();
bool sweep = false;
for (int a = 1; a < args.Length; a++)
{
    string Next() => a + 1 < args.Length ? args[++a] : throw new ArgumentException($"{args[a]} needs a value");
    switch (args[a])
    {
        case "--data": data = Next(); break;
        case "--out": output = Next(); break;
        case "--sets": sets = Next(); break;
        case "--epochs": epochs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--spaced-share": spacedShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--dev": devFolders.Add(Next()); break;
        case "--sweep": sweep = true; break;
        default: Console.Error.WriteLine($"unknown argument {args[a]}"); return 2;
    }
}

if (data is null || !Directory.Exists(data))
{
    Console.Error.WriteLine("--data must name the training folder (../shared/training)");
    return 2;
}

if (Environment.GetEnvironmentVariable("ORG_FEATS") is { Length: > 0 } feats)
{
    OrganisationRecognizer.ContextFeatures = int.Parse(feats, CultureInfo.InvariantCulture);
}

double replaceShare = double.Parse(Environment.GetEnvironmentVariable("ORG_REPLACE") ?? "0", CultureInfo.InvariantCulture);
var sw = Stopwatch.StartNew();
var random = new Random(seed);
var trainDocs = new List<TrainingDocument>();
var weights = new List<int>();
foreach (string item in sets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    // "set[/prefix][:weight]": a set, optionally only its documents whose id starts with set-prefix ("btc/g": BTC section G).
    string[] kv = item.Split(':');
    string[] sp = kv[0].Split('/');
    string set = sp[0];
    string? idPrefix = sp.Length > 1 ? $"{set}-{sp[1]}" : null;
    int weight = kv.Length > 1 ? int.Parse(kv[1], CultureInfo.InvariantCulture) : 1;
    string dir = Path.Combine(data, set);
    if (!Directory.Exists(dir))
    {
        Console.Error.WriteLine($"no training set {dir}");
        return 2;
    }

    // GUM: only its train split (dev and test are the held-out sets); text with its original spacing.
    string[] files = set == "gum"
        ? [Path.Combine(dir, "train.ws.tsv")]
        : [.. Directory.GetFiles(dir, "*.conll").Order(StringComparer.Ordinal)];
    int before = trainDocs.Count;
    foreach (string f in files)
    {
        trainDocs.AddRange(ConllCorpus.Read(f, spacedShare, random, replaceShare).Where(d => idPrefix is null || d.Id.StartsWith(idPrefix, StringComparison.Ordinal)));
    }

    for (int i = before; i < trainDocs.Count; i++)
    {
        weights.Add(weight);
    }

    Console.WriteLine($"{kv[0]}: {trainDocs.Count - before} documents, weight {weight}");
}

List<TrainingDocument> heldDocs = [.. ConllCorpus.Read(Path.Combine(data, "gum", "dev.ws.tsv"), 0, random), .. ConllCorpus.Read(Path.Combine(data, "gum", "test.ws.tsv"), 0, random)];
Console.WriteLine($"read {trainDocs.Count} training documents and {heldDocs.Count} held-out GUM documents in {sw.Elapsed.TotalSeconds:F1} s");

PreparedDocument[] prepared = new PreparedDocument[trainDocs.Count];
Parallel.For(0, trainDocs.Count, i => prepared[i] = OrganisationTrainer.Prepare(trainDocs[i]));
PreparedDocument[] held = [.. heldDocs.Select(d => OrganisationTrainer.Prepare(d))];
Console.WriteLine($"analysed and featurised {prepared.Sum(d => d.Gold.Length):N0} tokens in {sw.Elapsed.TotalSeconds:F1} s");

var schedule = new List<int>();
for (int i = 0; i < prepared.Length; i++)
{
    for (int k = 0; k < weights[i]; k++)
    {
        schedule.Add(i);
    }
}

Console.WriteLine($"training: {epochs} epochs, seed {seed}, {OrganisationModel.Buckets:N0} buckets x {OrganisationModel.Classes} tags");
float[] w = OrganisationTrainer.Train(prepared, schedule, epochs, seed, Console.WriteLine);
OrganisationModel model = OrganisationModel.FromWeights(w);
Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:F1} s; {model.NonZeroBuckets:N0} non-zero buckets");

OrganisationRecognizer.RejectKnownNames = Environment.GetEnvironmentVariable("ORG_KNOWN") != "0";
OrganisationRecognizer.RejectLoneHeads = Environment.GetEnvironmentVariable("ORG_HEADS") != "0";
OrganisationRecognizer.MinTaggedOneWord = int.Parse(Environment.GetEnvironmentVariable("ORG_MIN1") ?? "2", CultureInfo.InvariantCulture);
OrganisationRecognizer.ExtendThreshold = float.Parse(Environment.GetEnvironmentVariable("ORG_EXTEND") ?? "0", CultureInfo.InvariantCulture);
OrganisationRecognizer.ModelOnly = Environment.GetEnvironmentVariable("ORG_MODELONLY") == "1";
OrganisationRecognizer.AddThreshold = float.Parse(Environment.GetEnvironmentVariable("ORG_ADD") ?? "8", CultureInfo.InvariantCulture);
OrganisationRecognizer.PropagateModelNames = Environment.GetEnvironmentVariable("ORG_PROP") != "0";
(Prf m, Prf r, Prf cmb) = OrganisationTrainer.Evaluate(model, held);
Console.WriteLine("held-out GUM dev+test, exact-span ORG:");
Console.WriteLine($"  tagger alone    {m}");
Console.WriteLine($"  rules alone     {r}");
Console.WriteLine($"  rules + tagger  {cmb}");

if (output is not null)
{
    string? parent = Path.GetDirectoryName(Path.GetFullPath(output));
    if (parent is not null)
    {
        Directory.CreateDirectory(parent);
    }

    using (FileStream f = File.Create(output))
    {
        OrganisationModel.Write(f, w);
    }

    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes");
}

foreach (string dev in devFolders)
{
    FixtureCorpus corpus = FixtureCorpus.Load(dev);
    var scoring = new ScoringOptions { BodyOnly = false, Types = [MentionType.Organisations] };
    TypeScore Score(bool useModel)
    {
        OrganisationModel.Override = model;
        try
        {
            return Scorer.Evaluate(new OrganisationExtractor(OrganisationExtractorOptions.Default with { UseStatisticalModel = useModel }), corpus, scoring)[MentionType.Organisations];
        }
        finally
        {
            OrganisationModel.Override = null;
        }
    }

    static string Row(TypeScore s) => $"P {s.ExactPrecision:F3} R {s.ExactRecall:F3} exact F1 {s.ExactF1:F3} (overlap F1 {s.F1:F3}, predicted {s.Predicted})";
    if (Environment.GetEnvironmentVariable("ORG_SHOW") == "1")
    {
        ScoreReport Report(bool useModel)
        {
            OrganisationModel.Override = model;
            try
            {
                return Scorer.Evaluate(new OrganisationExtractor(OrganisationExtractorOptions.Default with { UseStatisticalModel = useModel }), corpus, scoring);
            }
            finally
            {
                OrganisationModel.Override = null;
            }
        }

        ScoreReport before = Report(false), after = Report(true);
        var b = new HashSet<string>(before.Problems.Select(p => $"{p.Article} {p.Problem} [{p.Start}..{p.End}) {p.Text}"));
        var aa = new HashSet<string>(after.Problems.Select(p => $"{p.Article} {p.Problem} [{p.Start}..{p.End}) {p.Text}"));
        foreach (string x in b.Except(aa).Order())
        {
            Console.WriteLine($"  FIXED   {x}");
        }

        foreach (string x in aa.Except(b).Order())
        {
            Console.WriteLine($"  BROKEN  {x}");
        }
    }

    if (Environment.GetEnvironmentVariable("ORG_TRACE") is { Length: > 0 } trace)
    {
        foreach (FixtureArticle art in corpus.Articles.Where(x => x.Id == trace))
        {
            OrganisationRecognizer rec = OrganisationRecognizer.ForTraining(NewsExtraction.Text.AnalyzedDocument.Analyze(art.Text));
            var tags = new int[rec.TokenCount];
            var margins = new float[rec.TokenCount];
            rec.Decode(model, tags, margins, CancellationToken.None);
            var ruleAt = new Dictionary<int, Candidate>();
            foreach (Candidate c in rec.RuleCandidates!)
            {
                ruleAt[c.First] = c;
            }

            for (int i = 0; i < rec.TokenCount; i++)
            {
                if (tags[i] != 0 || margins[i] != 0 || ruleAt.ContainsKey(i))
                {
                    string rule = ruleAt.TryGetValue(i, out Candidate rc) ? $"{rc.Source}:{rc.Length}" : "";
                    Console.WriteLine($"    {art.Text.Substring(rec.Tokens[i].Span.Start, rec.Tokens[i].Span.Length),-20} {"O,B-PER,I-PER,B-ORG,I-ORG,B-LOC,I-LOC".Split(',')[tags[i]],-6} {margins[i],6:F1} {rule}");
                }
            }
        }
    }

    if (Environment.GetEnvironmentVariable("ORG_MISS") is { Length: > 0 } missFile)
    {
        // Gold organisations no predicted mention overlaps: what the tagger read there (dev folders only).
        OrganisationModel.Override = model;
        using var outw = new StreamWriter(missFile + "." + Path.GetFileName(dev));
        foreach (FixtureArticle art in corpus.Articles)
        {
            var doc = NewsExtraction.Text.AnalyzedDocument.Analyze(art.Text);
            var found = OrganisationRecognizer.Recognize(doc, OrganisationExtractorOptions.Default, OrganisationExtractor.ExtractorName, CancellationToken.None);
            OrganisationRecognizer rec = OrganisationRecognizer.ForTraining(doc);
            var tags = new int[rec.TokenCount];
            var margins = new float[rec.TokenCount];
            rec.Decode(model, tags, margins, CancellationToken.None);
            var predSet = new HashSet<(int, int)>(found.Select(o => (o.Span.Start, o.Span.End)));
            for (int ti = 0; OrganisationModel.NextOrgSpan(tags, ref ti, out int tf, out int te);)
            {
                int s0 = rec.Tokens[tf].Span.Start, e0 = rec.Tokens[te - 1].Span.End;
                outw.WriteLine($"RAW\t{art.Id}\t{s0}\t{art.Text[s0..e0].Replace('\n', ' ')}\t{(art.Gold.Organisations.Any(g => g.Start == s0 && g.End == e0) ? 1 : 0)}");
            }

            foreach (var g in art.Gold.Organisations)
            {
                bool overlap = found.Any(o => o.Span.Start < g.End && g.Start < o.Span.End);
                string status = predSet.Contains((g.Start, g.End)) ? "OK" : overlap ? "BOUND" : "MISS";
                int a = doc.TokenIndexAt(g.Start), b = doc.TokenIndexAt(g.End - 1) + 1;
                if (a < 0 || b <= a) continue;
                string t = string.Join(" ", Enumerable.Range(a, b - a).Select(k => "OBbIiLl"[tags[k]] + margins[k].ToString("F0", CultureInfo.InvariantCulture)));
                outw.WriteLine($"{status}\t{art.Id}\t{g.Start}\t{art.Text[g.Start..g.End].Replace('\n', ' ')}\t{t}");
            }

            foreach (var o in found)
            {
                if (!art.Gold.Organisations.Any(g => g.Start == o.Span.Start && g.End == o.Span.End))
                {
                    outw.WriteLine($"FP\t{art.Id}\t{o.Span.Start}\t{art.Text[o.Span.Start..o.Span.End].Replace('\n', ' ')}\t{o.Confidence}");
                }
            }
        }

        OrganisationModel.Override = null;
    }

    if (Environment.GetEnvironmentVariable("ORG_DIAG") == "1")
    {
        var stats = new SortedDictionary<string, (int N, int Ok)>(StringComparer.Ordinal);
        foreach (FixtureArticle art in corpus.Articles)
        {
            var gold = new HashSet<(int, int)>(art.Gold.Organisations.Select(o => (o.Start, o.End)));
            OrganisationRecognizer rec = OrganisationRecognizer.ForTraining(NewsExtraction.Text.AnalyzedDocument.Analyze(art.Text));
            var tags = new int[rec.TokenCount];
            var margins = new float[rec.TokenCount];
            rec.Decode(model, tags, margins, CancellationToken.None);
            foreach (Candidate c in rec.RuleCandidates!)
            {
                int s0 = rec.Tokens[c.First].Span.Start;
                int e0 = c.EndChar > 0 ? c.EndChar : rec.Tokens[c.End - 1].Span.End;
                bool ok = gold.Contains((s0, e0));
                bool modelOrg = tags[c.First] == OrganisationModel.TagBOrg;
                bool modelExact = modelOrg && (c.End >= tags.Length || tags[c.End] != OrganisationModel.TagIOrg);
                for (int k = c.First + 1; k < c.End; k++)
                {
                    modelExact &= tags[k] == OrganisationModel.TagIOrg;
                }

                string agree = modelExact ? "exact" : modelOrg ? "org-other-span" : tags[c.First] == OrganisationModel.TagO ? (margins[c.First] >= 4 ? "O-confident" : "O-weak") : "PER/LOC";
                foreach (string key in new[] { $"{c.Source} all", $"{c.Source} {agree}" })
                {
                    (int n0, int ok0) = stats.GetValueOrDefault(key);
                    stats[key] = (n0 + 1, ok0 + (ok ? 1 : 0));
                }
            }
        }

        foreach (var kv in stats)
        {
            Console.WriteLine($"  {kv.Key,-40} n {kv.Value.N,5} exact-correct {(double)kv.Value.Ok / kv.Value.N:P0}");
        }
    }

    Console.WriteLine($"{dev} ({corpus.Articles.Count} articles, whole page), exact-span ORG:");
    Console.WriteLine($"  rules alone     {Row(Score(false))}");
    Console.WriteLine($"  rules + tagger  {Row(Score(true))}");
    if (sweep)
    {
        float add0 = OrganisationRecognizer.AddThreshold;
        float veto0 = OrganisationRecognizer.PlaceVetoThreshold;
        int min0 = OrganisationRecognizer.MinTaggedOneWord;
        foreach (int min1 in new[] { 1, 2, 3 })
        {
            foreach (float add in new[] { 1f, 2f, 4f, 8f, 12f, 16f })
            {
                OrganisationRecognizer.AddThreshold = add;
                OrganisationRecognizer.MinTaggedOneWord = min1;
                Console.WriteLine($"  add >= {add,-5} min1 {min1} {Row(Score(true))}");
            }
        }

        OrganisationRecognizer.MinTaggedOneWord = min0;
        OrganisationRecognizer.AddThreshold = add0;
        OrganisationRecognizer.PlaceVetoThreshold = veto0;
    }
}

return 0;

/// <summary>The settings of the shipped model.</summary>
internal static class OrganisationTrainingDefaults
{
    public const string Sets = "gum:3,btc,wnut17,sec-filings,litbank,crossner,wikigold";
    public const int Epochs = 6;
    public const int Seed = 17;
    public const double SpacedShare = 0.3;
}
