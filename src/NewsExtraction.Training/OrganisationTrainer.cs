using NewsExtraction.Organisations;
using NewsExtraction.Text;

namespace NewsExtraction.Training;

/// <summary>A document turned into features as at run time: per tagged token a slice of <see cref="Features"/>, and the gold tag of every token.</summary>
internal sealed class PreparedDocument
{
    public required string Id { get; init; }

    public required OrganisationRecognizer Recognizer { get; init; }

    /// <summary>Start of each token's static features in <see cref="Features"/> (Count + 1 entries).</summary>
    public required int[] Offsets { get; init; }

    public required int[] Features { get; init; }

    public required int[] Gold { get; init; }

    public required bool[] Restart { get; init; }

    /// <summary>The tags of the rules' output (B-ORG / I-ORG / O), for comparison.</summary>
    public required int[] Rules { get; init; }
}

/// <summary>Trains and scores the averaged-perceptron tagger behind <see cref="OrganisationModel"/>.</summary>
internal static class OrganisationTrainer
{
    private const int C = OrganisationModel.Classes;

    /// <summary>Analyses a document as at run time, runs the rules, and computes static features and gold tags.</summary>
    public static PreparedDocument Prepare(TrainingDocument doc)
    {
        AnalyzedDocument analyzed = AnalyzedDocument.Analyze(doc.Text);
        OrganisationRecognizer r = OrganisationRecognizer.ForTraining(analyzed);
        int n = r.TokenCount;
        var offsets = new int[n + 1];
        var feats = new List<int>(n * 12);
        Span<int> buf = stackalloc int[OrganisationRecognizer.MaxFeatures];
        for (int i = 0; i < n; i++)
        {
            offsets[i] = feats.Count;

            // Features of every token that may be tagged (connectors are read only after a name, decided while decoding).
            if (r.IsTagged(i, OrganisationModel.TagBOrg))
            {
                int k = r.StaticFeatures(i, buf);
                for (int j = 0; j < k; j++)
                {
                    feats.Add(buf[j]);
                }
            }
        }

        offsets[n] = feats.Count;
        var gold = new int[n];
        foreach ((int start, int end, int type) in doc.Entities)
        {
            bool first = true;
            for (int i = analyzed.TokenIndexAt(start); i >= 0 && i < n && r.Tokens[i].Span.Start < end; i++)
            {
                if (r.Tokens[i].Span.Start < start)
                {
                    continue;
                }

                gold[i] = first ? (type * 2) - 1 : type * 2;
                first = false;
            }
        }

        var rules = new int[n];
        foreach (Candidate c in r.RuleCandidates!)
        {
            for (int k = c.First; k < c.End; k++)
            {
                rules[k] = k == c.First ? OrganisationModel.TagBOrg : OrganisationModel.TagIOrg;
            }
        }

        return new PreparedDocument { Id = doc.Id, Recognizer = r, Offsets = offsets, Features = feats.ToArray(), Gold = gold, Restart = r.Restarts(), Rules = rules };
    }

    /// <summary>Trains an averaged perceptron over the documents (an index may repeat: a weight); returns the averaged weights.</summary>
    public static float[] Train(IReadOnlyList<PreparedDocument> docs, IReadOnlyList<int> schedule, int epochs, int seed, Action<string> log)
    {
        var w = new float[OrganisationModel.Buckets * C];
        var acc = new float[OrganisationModel.Buckets * C];
        long step = 1;
        int[] order = [.. schedule];
        var rng = new Random(seed);
        Span<int> dyn = stackalloc int[8];
        Span<float> scores = stackalloc float[C];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, total = 0;
            foreach (int di in order)
            {
                PreparedDocument d = docs[di];
                OrganisationRecognizer r = d.Recognizer;
                int prev = -1, prev2 = -1;
                for (int i = 0; i < d.Gold.Length; i++)
                {
                    if (d.Restart[i])
                    {
                        prev = -1;
                        prev2 = -1;
                    }

                    int best = OrganisationModel.TagO;
                    if (r.IsTagged(i, prev) && d.Offsets[i + 1] > d.Offsets[i])
                    {
                        ReadOnlySpan<int> fs = d.Features.AsSpan(d.Offsets[i], d.Offsets[i + 1] - d.Offsets[i]);
                        int nd = r.DynamicFeatures(i, prev, prev2, dyn);
                        scores.Clear();
                        foreach (int f in fs)
                        {
                            Add(w, f, scores);
                        }

                        for (int j = 0; j < nd; j++)
                        {
                            Add(w, dyn[j], scores);
                        }

                        float bestScore = float.NegativeInfinity;
                        for (int c = 0; c < C; c++)
                        {
                            if (scores[c] > bestScore && OrganisationModel.Allowed(prev, c))
                            {
                                best = c;
                                bestScore = scores[c];
                            }
                        }

                        int gold = d.Gold[i];
                        if (!OrganisationModel.Allowed(prev, gold))
                        {
                            // The gold I- tag cannot follow the tag decoded so far: learn its B- tag instead.
                            gold--;
                        }

                        total++;
                        if (best != gold)
                        {
                            errors++;
                            foreach (int f in fs)
                            {
                                Update(w, acc, f, gold, best, step);
                            }

                            for (int j = 0; j < nd; j++)
                            {
                                Update(w, acc, dyn[j], gold, best, step);
                            }
                        }

                        step++;
                    }

                    prev2 = prev;
                    prev = best;
                }
            }

            log($"  epoch {epoch + 1}: token error rate {(double)errors / Math.Max(1, total):P2} over {total:N0} tagged tokens");
        }

        var averaged = new float[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            averaged[i] = w[i] - (acc[i] / step);
        }

        return averaged;
    }

    private static void Add(float[] w, int feature, Span<float> scores)
    {
        int b = feature * C;
        for (int c = 0; c < C; c++)
        {
            scores[c] += w[b + c];
        }
    }

    private static void Update(float[] w, float[] acc, int feature, int gold, int guess, long step)
    {
        int b = feature * C;
        w[b + gold] += 1;
        acc[b + gold] += step;
        w[b + guess] -= 1;
        acc[b + guess] -= step;
    }

    /// <summary>Exact-span ORG scores of the tagger alone, of the rules alone, and of both combined as at run time.</summary>
    public static (Prf Model, Prf Rules, Prf Combined) Evaluate(OrganisationModel model, IReadOnlyList<PreparedDocument> docs)
    {
        var m = new Prf();
        var rl = new Prf();
        var cb = new Prf();
        OrganisationModel.Override = model;
        try
        {
            foreach (PreparedDocument d in docs)
            {
                OrganisationRecognizer r = d.Recognizer;
                var tags = new int[d.Gold.Length];
                var margins = new float[d.Gold.Length];
                r.Decode(model, tags, margins, CancellationToken.None);
                HashSet<(int, int)> g = OrgSpans(d.Gold);
                m.Add(g, OrgSpans(tags));
                rl.Add(g, OrgSpans(d.Rules));

                // The full recogniser with the model, on the same text.
                List<OrganisationMention> found = OrganisationRecognizer.Recognize(r.Document, OrganisationExtractorOptions.Default, OrganisationExtractor.ExtractorName, CancellationToken.None);
                var combined = new HashSet<(int, int)>();
                foreach (OrganisationMention o in found)
                {
                    int first = r.Document.TokenIndexAt(o.Span.Start);
                    int last = r.Document.TokenIndexAt(o.Span.End - 1);
                    combined.Add((first, last + 1));
                }

                cb.Add(g, combined);
            }
        }
        finally
        {
            OrganisationModel.Override = null;
        }

        return (m, rl, cb);
    }

    private static HashSet<(int, int)> OrgSpans(int[] tags)
    {
        var set = new HashSet<(int, int)>();
        for (int i = 0; OrganisationModel.NextOrgSpan(tags, ref i, out int first, out int end);)
        {
            set.Add((first, end));
        }

        return set;
    }
}

/// <summary>Counts for precision, recall and F1.</summary>
internal sealed class Prf
{
    public long Gold { get; private set; }

    public long Predicted { get; private set; }

    public long Correct { get; private set; }

    public double P => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double R => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

    public void Add(HashSet<(int, int)> gold, HashSet<(int, int)> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        foreach ((int, int) s in predicted)
        {
            if (gold.Contains(s))
            {
                Correct++;
            }
        }
    }

    public override string ToString() => $"P {P:F3} R {R:F3} F1 {F1:F3} (gold {Gold}, predicted {Predicted})";
}
