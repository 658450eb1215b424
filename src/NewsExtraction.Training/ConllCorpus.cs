using System.Text;

namespace NewsExtraction.Training;

/// <summary>A training document rebuilt as text, with its gold entity spans (character offsets; type 1 PER, 2 ORG, 3 LOC).</summary>
internal sealed record TrainingDocument(string Id, string Text, List<(int Start, int End, int Type)> Entities);

/// <summary>
/// Reads the CoNLL files of <c>../shared/training</c> (<c>token TAB tag</c>, blank line between sentences,
/// <c># doc id</c> between documents; <c>*.ws.tsv</c> adds a space-after column) and rebuilds each document
/// as text the way news reaches the library: with the original spacing when it is known (GUM), else
/// detokenised (no space before "," or "'s", none after "(") in paragraphs of four sentences, or, for a
/// fixed-seed share of the documents, one space-separated sentence per line (the CoNLL-2003 layout).
/// </summary>
internal static class ConllCorpus
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'", "...", "''",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "``", "£", "€", "#", "@" };

    private sealed class RawSentence
    {
        public List<string> Tokens { get; } = [];

        public List<string> Labels { get; } = [];

        public List<bool> SpaceAfter { get; } = [];
    }

    private static readonly string[] Syllables =
    [
        "ka", "ro", "vel", "tan", "mi", "dor", "sa", "len", "qui", "zi", "bra", "nex", "to", "li", "gor", "ma", "ste",
        "ri", "co", "ban", "del", "fi", "nu", "pra", "sko", "ter", "va", "wen", "xo", "yu", "har", "lo", "mar", "tek",
    ];

    /// <summary>Reads one file into documents. <paramref name="spacedShare"/>: the share of documents laid out one spaced sentence per line.
    /// <paramref name="replaceShare"/>: the share of documents whose one-word names (PER, ORG, LOC) are replaced by invented words,
    /// the same word for the same name throughout the document, so that the tagger learns unknown names from their context.</summary>
    public static List<TrainingDocument> Read(string path, double spacedShare, Random random, double replaceShare = 0)
    {
        bool hasSpace = path.EndsWith(".ws.tsv", StringComparison.Ordinal);
        var docs = new List<TrainingDocument>();
        var sentences = new List<RawSentence>();
        var current = new RawSentence();
        string id = Path.GetFileName(path);

        void EndSentence()
        {
            if (current.Tokens.Count > 0)
            {
                sentences.Add(current);
                current = new RawSentence();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                if (replaceShare > 0 && random.NextDouble() < replaceShare)
                {
                    ReplaceOneWordNames(sentences, random);
                }

                bool spaced = !hasSpace && random.NextDouble() < spacedShare;
                docs.Add(Build(id, sentences, hasSpace, spaced));
            }

            sentences.Clear();
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("# doc", StringComparison.Ordinal))
            {
                EndDocument();
                id = line[5..].Trim();
                continue;
            }

            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            string[] parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0)
            {
                continue;
            }

            current.Tokens.Add(parts[0]);
            current.Labels.Add(parts[1].Trim());
            current.SpaceAfter.Add(!hasSpace || parts.Length < 3 || parts[2].Trim() != "0");
        }

        EndDocument();
        return docs;
    }

    private static void ReplaceOneWordNames(List<RawSentence> sentences, Random random)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (RawSentence s in sentences)
        {
            for (int k = 0; k < s.Tokens.Count; k++)
            {
                string tok = s.Tokens[k];
                bool single = s.Labels[k].StartsWith("B-", StringComparison.Ordinal) && s.Labels[k] != "B-MISC"
                    && (k + 1 >= s.Tokens.Count || !s.Labels[k + 1].StartsWith("I-", StringComparison.Ordinal));
                if (!single || tok.Length < 2 || !char.IsUpper(tok[0]) || !tok.All(char.IsLetter))
                {
                    continue;
                }

                if (!map.TryGetValue(tok, out string? invented))
                {
                    bool upper = tok.All(char.IsUpper);
                    var sb = new StringBuilder();
                    if (upper)
                    {
                        for (int c = 0; c < tok.Length; c++)
                        {
                            sb.Append((char)('A' + random.Next(26)));
                        }
                    }
                    else
                    {
                        int n = 2 + random.Next(2);
                        for (int c = 0; c < n; c++)
                        {
                            sb.Append(Syllables[random.Next(Syllables.Length)]);
                        }

                        sb[0] = char.ToUpperInvariant(sb[0]);
                    }

                    invented = sb.ToString();
                    map[tok] = invented;
                }

                s.Tokens[k] = invented;
            }
        }
    }

    private static TrainingDocument Build(string id, List<RawSentence> sentences, bool hasSpace, bool spaced)
    {
        var text = new StringBuilder();
        var entities = new List<(int, int, int)>();
        int openStart = -1, openType = 0, openEnd = -1;

        void Close()
        {
            if (openStart >= 0)
            {
                entities.Add((openStart, openEnd, openType));
                openStart = -1;
            }
        }

        for (int si = 0; si < sentences.Count; si++)
        {
            RawSentence s = sentences[si];
            if (si > 0)
            {
                // A sentence without final punctuation (a heading) ends its line; paragraphs of four sentences.
                RawSentence p = sentences[si - 1];
                string last = p.Tokens[^1];
                bool ended = last is "." or "!" or "?" or "\"" or "”" or "'" or "’" or ")" or "...";
                text.Append(spaced ? "\n" : !ended ? "\n\n" : si % 4 == 0 ? "\n\n" : " ");
            }

            bool inQuote = false;
            for (int k = 0; k < s.Tokens.Count; k++)
            {
                string tok = s.Tokens[k];
                if (k > 0)
                {
                    bool space;
                    if (hasSpace)
                    {
                        space = s.SpaceAfter[k - 1];
                    }
                    else if (spaced)
                    {
                        space = true;
                    }
                    else
                    {
                        string prev = s.Tokens[k - 1];
                        space = !NoSpaceBefore.Contains(tok) && !NoSpaceAfter.Contains(prev);
                        if (tok is "\"")
                        {
                            space = !inQuote;
                        }
                        else if (prev is "\"" && inQuote)
                        {
                            space = false;
                        }
                    }

                    if (space)
                    {
                        text.Append(' ');
                    }
                }

                if (tok is "\"")
                {
                    inQuote = !inQuote;
                }

                int start = text.Length;
                text.Append(tok);
                string label = s.Labels[k];
                int type = label.Length > 2 ? label[2..] switch { "PER" => 1, "ORG" => 2, "LOC" => 3, _ => 0 } : 0;
                bool begin = label.StartsWith("B-", StringComparison.Ordinal);
                if (type == 0 || begin || type != openType)
                {
                    Close();
                }

                if (type != 0)
                {
                    if (openStart < 0)
                    {
                        openStart = start;
                        openType = type;
                    }

                    openEnd = text.Length;
                }
            }

            Close();
        }

        return new TrainingDocument(id, text.ToString(), entities);
    }
}
