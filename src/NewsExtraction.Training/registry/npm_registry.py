"""Shared helper of the registry generators: fetches a pinned npm package with `npm pack` and unpacks it."""

import glob
import os
import subprocess
import sys
import tarfile


def npm_pack(name, version, workdir):
    """Packs name@version into workdir, unpacks it and returns the path of its package folder."""
    subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(workdir, name.replace("@", "").replace("/", "-") + "-" + version + ".tgz"))
    if len(tgz) != 1:
        sys.exit(f"npm pack {name}@{version}: archive not found")
    dest = os.path.join(workdir, name.replace("/", "_"))
    with tarfile.open(tgz[0]) as tar:
        tar.extractall(dest, filter="data")
    return os.path.join(dest, "package")
