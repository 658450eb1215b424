namespace NewsExtraction;

/// <summary>Orders extractors so that each runs after the ones it depends on (stable: registration order otherwise).</summary>
internal static class ExtractorOrdering
{
    public static IExtractor[] Order(IReadOnlyList<IExtractor> extractors)
    {
        var byName = new Dictionary<string, IExtractor>(StringComparer.Ordinal);
        foreach (IExtractor e in extractors)
        {
            if (string.IsNullOrWhiteSpace(e.Name))
            {
                throw new PipelineConfigurationException($"An extractor of type {e.GetType().FullName} has an empty name.");
            }

            if (!byName.TryAdd(e.Name, e))
            {
                throw new PipelineConfigurationException($"Two extractors are registered under the name '{e.Name}'; each extractor may be added once.");
            }
        }

        foreach (IExtractor e in extractors)
        {
            foreach (string dep in e.DependsOn ?? Array.Empty<string>())
            {
                if (!byName.ContainsKey(dep))
                {
                    throw new PipelineConfigurationException($"Extractor '{e.Name}' depends on '{dep}', which is not in the pipeline; add it before building.");
                }
            }
        }

        // Depth-first topological sort, visiting in registration order so that independent
        // extractors keep the order they were added in.
        var result = new List<IExtractor>(extractors.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = visiting, 2 = done
        var path = new List<string>();
        foreach (IExtractor e in extractors)
        {
            Visit(e);
        }

        return result.ToArray();

        void Visit(IExtractor e)
        {
            if (state.TryGetValue(e.Name, out int s))
            {
                if (s == 2)
                {
                    return;
                }

                int from = path.IndexOf(e.Name);
                string cycle = string.Join(" -> ", path.Skip(from).Append(e.Name));
                throw new PipelineConfigurationException($"The extractors depend on each other in a cycle: {cycle}.");
            }

            state[e.Name] = 1;
            path.Add(e.Name);
            foreach (string dep in e.DependsOn ?? Array.Empty<string>())
            {
                Visit(byName[dep]);
            }

            foreach (string soft in e.RunsAfter ?? Array.Empty<string>())
            {
                if (byName.TryGetValue(soft, out IExtractor? other))
                {
                    Visit(other);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[e.Name] = 2;
            result.Add(e);
        }
    }
}
