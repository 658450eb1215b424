#!/usr/bin/env bash
# Packs every package into a local folder, then meets them the way a consumer does: a brand-new
# console project (outside this repository) with a nuget.config naming that folder plus the public
# feed adds NewsExtraction and NewsExtraction.Fixtures by id, extracts from a seed article, scores
# the default pipeline against the fixtures and asserts the output; the CLI is installed as a .NET
# tool from the same folder and run on a seed file.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A unique pre-release version, so that no stale copy in the NuGet cache is used.
version="0.1.0-ci.$(date +%Y%m%d%H%M%S).$$"
feed="$work/feed"

echo "packing $version into $feed"
for p in src/NewsExtraction src/NewsExtraction.Fixtures src/NewsExtraction.Cli; do
  dotnet pack "$p" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
done
ls "$feed"
for id in NewsExtraction NewsExtraction.Fixtures NewsExtraction.Cli; do
  test -f "$feed/$id.$version.nupkg" || { echo "missing $id.$version.nupkg"; exit 1; }
  test -f "$feed/$id.$version.snupkg" || { echo "missing $id.$version.snupkg"; exit 1; }
done
unzip -l "$feed/NewsExtraction.$version.nupkg" | grep -E " (lib/net8.0/NewsExtraction.dll|lib/net10.0/NewsExtraction.xml|README.md|NOTICE.md)$" \
  | wc -l | grep -qx 4 || { echo "NewsExtraction package lacks a dll, XML docs, README or NOTICE"; unzip -l "$feed/NewsExtraction.$version.nupkg"; exit 1; }
# The ReadyToRun images: each RID's image must be there and be compiled for that OS and architecture
# (a ReadyToRun PE's machine field is the architecture XOR an OS constant: Linux 0x7B79, Apple 0x4644, Windows 0).
mkdir -p "$work/pkg" && (cd "$work/pkg" && unzip -q "$feed/NewsExtraction.$version.nupkg")
python3 - "$work/pkg" <<'CHECK'
import struct, sys, os
root = sys.argv[1]
arch = {"x64": 0x8664, "arm64": 0xAA64}
osx = {"linux": 0x7B79, "osx": 0x4644, "win": 0}
expected = {"net10.0": ["linux-x64", "linux-arm64", "win-x64", "osx-arm64", "osx-x64"], "net8.0": ["linux-x64", "win-x64"]}
for tfm, rids in expected.items():
    for rid in rids:
        path = os.path.join(root, "runtimes", rid, "lib", tfm, "NewsExtraction.dll")
        if not os.path.exists(path):
            sys.exit(f"NewsExtraction package lacks its {rid} ReadyToRun image for {tfm}")
        data = open(path, "rb").read()
        machine = struct.unpack_from("<H", data, struct.unpack_from("<I", data, 0x3C)[0] + 4)[0]
        os_name, cpu = rid.split("-")
        if machine != arch[cpu] ^ osx[os_name]:
            sys.exit(f"{rid}/{tfm} image has PE machine {machine:#x}, not a {rid} ReadyToRun image")
print("ReadyToRun images: net10.0 " + " ".join(expected["net10.0"]) + "; net8.0 " + " ".join(expected["net8.0"]))
CHECK

cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="NewsExtraction*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG

cd "$work"
dotnet new console -o consumer --framework net10.0 >/dev/null
cd consumer
dotnet add package NewsExtraction --version "$version" >/dev/null
dotnet add package NewsExtraction.Fixtures --version "$version" >/dev/null
cat > Program.cs <<'PROGRAM'
using System.Diagnostics;
using NewsExtraction;
using NewsExtraction.Fixtures;

if (args.Length > 0 && args[0] == "first-use-full")
{
    // First use of the whole default pipeline in a fresh process (packaged image on linux-x64); printed, not asserted.
    string seedText = FixtureCorpus.Seeds.Articles[0].Text;
    var full = Stopwatch.StartNew();
    int fullCount = new ExtractionPipelineBuilder().UseDefaults().Build().Extract(new Article(seedText)).Count;
    Console.WriteLine($"first use, full pipeline on seed 000: {full.Elapsed.TotalMilliseconds:0.0} ms ({fullCount} mentions)");
    return 0;
}

// First use of the dates extractor as a consumer meets it (packaged image on linux-x64); printed, not asserted.
var clock = Stopwatch.StartNew();
int firstUse = new ExtractionPipelineBuilder().UseDates().Build()
    .Extract(new Article("The ministry said on Monday that the drills would run from July 8 to July 19.", new DateOnly(2024, 7, 8))).Count;
Console.WriteLine($"first use, dates pipeline: {clock.Elapsed.TotalMilliseconds:0.0} ms ({firstUse} mentions)");

var seed = FixtureCorpus.Seeds.Articles[0];
ExtractionResult result = ExtractionPipeline.Default.Extract(seed.ToArticle());
Console.WriteLine($"{seed.Id}: {result.Dates.Count} dates, {result.Distances.Count} distances, {result.Organisations.Count} organisations, {result.Quotations.Count} quotations");
foreach (var d in result.Distances) Console.WriteLine($"  distance {d.Text} = {d.Metres} m");

ScoreReport report = Scorer.Evaluate(ExtractionPipeline.Default, FixtureCorpus.Seeds);
Console.Write(report.ToTable());

bool ok = result.Dates.Count > 0 && result.Organisations.Count > 0 && result.Quotations.Count > 0 && result.Distances.Count > 0
    && report[MentionType.Organisations].F1 > 0.5 && report[MentionType.Dates].F1 > 0.5;
Console.WriteLine("library loaded from " + typeof(ExtractionPipeline).Assembly.Location);
Console.WriteLine(ok ? "CONSUMER OK" : "CONSUMER FAILED");
return ok ? 0 : 1;
PROGRAM
dotnet run -c Release | tee run.log
grep -q "CONSUMER OK" run.log
dotnet run -c Release --no-build -- first-use-full
# On linux-x64 the host must pick the package's ReadyToRun image (runtimes/linux-x64/lib/...), not lib/.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  grep -q "library loaded from .*runtimes/linux-x64/lib/net10.0/NewsExtraction.dll" run.log || { echo "the ReadyToRun image was not loaded"; exit 1; }
fi

echo "installing the tool"
# No --add-source: the nuget.config above already maps NewsExtraction* to the local folder.
dotnet tool install NewsExtraction.Cli --version "$version" --tool-path "$work/tools" >/dev/null
"$work/tools/news-extract" extract "$root/seeds/000_a59041e354070abc.txt" > tool.json
grep -q '"organisations": \[' tool.json && grep -q '"text": "NATO"' tool.json || { echo "tool output unexpected"; head -c 2000 tool.json; exit 1; }
set +e
"$work/tools/news-extract" extract /no/such/file.txt 2> tool.err
code=$?
set -e
[ "$code" -eq 2 ] || { echo "tool exit code for a missing file was $code, not 2"; exit 1; }
echo "consumer smoke test passed"
