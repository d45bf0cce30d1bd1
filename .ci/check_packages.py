#!/usr/bin/env python3
"""Checks the packages of one build as a package registry and an app developer would meet them.

Usage: check_packages.py <folder> <version>

Reads <id>.<version>.nupkg and .snupkg for every shipped package and checks: metadata (description, licence
expression, readme, tags, repository commit), content (the assembly, its XML documentation, the readme; symbols
in the .snupkg), that no assembly names the folder it was built in (a reproducible build maps it to /_/),
and the dependency graph: Intimacy.Core and Intimacy.Rules depend on nothing, the others on
exactly the packages docs/adr/0001-package-graph.md names (the Intimacy ones at this build's version), so no
test or tool package leaks into an app. Prints one line per problem and exits 1 if there is any.
"""
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

LIBRARIES = {
    "Intimacy.Core": set(),
    "Intimacy.Rules": set(),
    "Intimacy.Recommendations": {"Intimacy.Core", "Intimacy.Rules", "Microsoft.Extensions.DependencyInjection.Abstractions"},
    "Intimacy.Simulation": {"Intimacy.Core", "Intimacy.Recommendations", "MathNet.Numerics", "YamlDotNet"},
}
TOOL = "Intimacy.Cli"
TFM = "net10.0"


def metadata(package: zipfile.ZipFile, package_id: str):
    nuspec = ET.fromstring(package.read(f"{package_id}.nuspec"))
    ns = nuspec.tag.split("}")[0] + "}"
    return nuspec.find(ns + "metadata"), ns


def check(folder: Path, version: str) -> list[str]:
    problems: list[str] = []
    # The repository the packages were built from: <repository>/artifacts/packages.
    checkout = str(folder.resolve().parent.parent).encode()
    for package_id in [*LIBRARIES, TOOL]:
        nupkg = folder / f"{package_id}.{version}.nupkg"
        snupkg = folder / f"{package_id}.{version}.snupkg"
        if not nupkg.is_file():
            problems.append(f"{nupkg.name} is missing")
            continue

        def problem(text: str) -> None:
            problems.append(f"{package_id}: {text}")

        with zipfile.ZipFile(nupkg) as package:
            names = set(package.namelist())
            built_here = sorted(n for n in names if n.endswith(".dll") and checkout in package.read(n))
            if built_here:
                problem(f"{built_here} name the folder they were built in ({checkout.decode()}): pack with ContinuousIntegrationBuild")

            meta, ns = metadata(package, package_id)

            def text(element: str) -> str:
                node = meta.find(ns + element)
                return (node.text or "").strip() if node is not None else ""

            if text("version") != version:
                problem(f"version is '{text('version')}', not {version}")
            if len(text("description")) < 40:
                problem("the description is missing or too short to say what the package is")
            license_node = meta.find(ns + "license")
            if license_node is None or license_node.get("type") != "expression" or license_node.text != "MIT":
                problem("the licence is not given as the SPDX expression MIT")
            readme = text("readme")
            if not readme or readme not in names:
                problem(f"the readme '{readme}' is not named or not in the package")
            if not text("tags"):
                problem("no tags")
            repository = meta.find(ns + "repository")
            if repository is None or len(repository.get("commit", "")) != 40:
                problem("no repository commit (Source Link): a debugger cannot find the sources of this build")

            dependencies = [
                (group.get("targetFramework"), d.get("id"), d.get("version"))
                for group in meta.iter(ns + "group")
                for d in group.iter(ns + "dependency")
            ]
            dependencies += [(None, d.get("id"), d.get("version")) for d in meta.findall(f"{ns}dependencies/{ns}dependency")]

            if package_id == TOOL:
                types = [t.get("name") for t in meta.iter(ns + "packageType")]
                if types != ["DotnetTool"]:
                    problem(f"package types are {types}, not exactly DotnetTool")
                if dependencies:
                    problem(f"a tool package carries its dependencies inside it, but it declares {dependencies}")
                if f"tools/{TFM}/any/DotnetToolSettings.xml" not in names:
                    problem("DotnetToolSettings.xml is missing")
                continue

            groups = [group.get("targetFramework") for group in meta.iter(ns + "group")]
            if groups != [TFM]:
                problem(f"dependency groups are {groups}, not exactly [{TFM}]")
            ids = {d for _, d, _ in dependencies}
            if ids != LIBRARIES[package_id]:
                extra = sorted(ids - LIBRARIES[package_id])
                missing = sorted(LIBRARIES[package_id] - ids)
                problem(f"dependencies differ from docs/adr/0001-package-graph.md: extra {extra}, missing {missing}")
            for _, dependency, dependency_version in dependencies:
                if dependency.startswith("Intimacy.") and dependency_version != version:
                    problem(f"depends on {dependency} {dependency_version}, not on this build's {version}")

            for file in (f"lib/{TFM}/{package_id}.dll", f"lib/{TFM}/{package_id}.xml"):
                if file not in names:
                    problem(f"{file} is missing (the assembly or its XML documentation for IntelliSense)")
            stray = sorted(n for n in names if n.startswith("lib/") and n not in (f"lib/{TFM}/{package_id}.dll", f"lib/{TFM}/{package_id}.xml"))
            if stray:
                problem(f"unexpected files in lib/: {stray}")

        if not snupkg.is_file():
            problem(f"{snupkg.name} (symbols) is missing")
        else:
            with zipfile.ZipFile(snupkg) as symbols:
                if f"lib/{TFM}/{package_id}.pdb" not in symbols.namelist():
                    problem(f"{snupkg.name} holds no lib/{TFM}/{package_id}.pdb")
    return problems


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    problems = check(Path(sys.argv[1]), sys.argv[2])
    for line in problems:
        print(f"packages: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
