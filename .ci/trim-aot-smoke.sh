#!/usr/bin/env bash
# Proves the library is trimming- and AOT-friendly the way a consumer would meet it: a tiny console
# app runs the default pipeline on a seed article and prints the JSON; the JIT build, a trimmed
# self-contained publish and (where this machine's NuGet feed serves the NativeAOT runtime pack) a
# Native AOT publish must print the same bytes. Trim/AOT analysis warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app"
cat > "$work/app/app.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/NewsExtraction/NewsExtraction.csproj" />
  </ItemGroup>
</Project>
PROJ
cat > "$work/app/Program.cs" <<'PROGRAM'
using NewsExtraction;
using NewsExtraction.Serialization;

string text = File.ReadAllText(args[0]);
var result = ExtractionPipeline.Default.Extract(new Article(text, new DateOnly(2024, 7, 8), Path.GetFileName(args[0])));
Console.WriteLine(ExtractionJson.Serialize(result, indented: true));
PROGRAM
seed="$root/seeds/000_a59041e354070abc.txt"
cd "$work/app"
dotnet run -c Release -- "$seed" > jit.json
echo "JIT: $(wc -c < jit.json) bytes of JSON"
dotnet publish -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -o trimmed --nologo -v quiet
./trimmed/app "$seed" > trimmed.json
cmp jit.json trimmed.json && echo "trimmed self-contained build prints the same JSON as the JIT build"
if dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o aot --nologo -v quiet > aot.log 2>&1; then
  ./aot/app "$seed" > aot.json
  cmp jit.json aot.json && echo "Native AOT build prints the same JSON as the JIT build"
elif grep -q "NU1101.*NativeAOT\|ILCompiler" aot.log; then
  echo "Native AOT: skipped — this machine's NuGet feed does not serve the NativeAOT runtime pack (NU1101):"
  grep -m1 "NU1101" aot.log || true
else
  cat aot.log
  exit 1
fi
