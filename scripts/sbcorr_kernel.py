#!/usr/bin/python3
"""The "Go (sbcorr)" Jupyter kernel: GoNB with this repository as its go.work.

  sbcorr_kernel.py install KERNELS_DIR --repo REPO --gonb GONB
      writes KERNELS_DIR/sbcorr/kernel.json and a copy of this script beside
      it (so that the kernel still starts, and says why it cannot work, when
      the repository has moved); prints nothing and changes nothing when both
      are already up to date. scripts/setup.sh registers the user's kernel
      with it; scripts/nbexec.py a private one for the repository it runs from.
  sbcorr_kernel.py run --repo REPO --gonb GONB CONNECTION_FILE
      what kernel.json runs: GoNB with -go_work=REPO, so every notebook,
      wherever it is saved, imports github.com/stockbond/sbcorr/... with no
      set-up cell. SBCORR_REPO, when set in the Jupyter server's environment,
      overrides REPO. When REPO holds no go.mod, it prints ONE line saying what
      to set on stderr (the terminal of the Jupyter server, or NAME.kernel.log
      for nbexec.py), then serves a stand-in kernel that answers every cell
      with the same line as the cell's error: GoNB itself would exit before
      replying, and the notebook would only show a dead kernel.
"""
import argparse
import filecmp
import json
import os
import shutil
import sys

NAME = "sbcorr"
DISPLAY_NAME = "Go (sbcorr)"
# GoNB's flags as `gonb --install --raw_error` writes them for the gonb kernel.
GONB_FLAGS = ["-logtostderr=true", "-raw_error=true", "-work=false", "-stderrthreshold=2", "-v=0"]


def kernel_json(script, repo, gonb):
    """Return the kernelspec of the sbcorr kernel running script."""
    return {
        "argv": [sys.executable, script, "run", "--repo", repo, "--gonb", gonb, "{connection_file}"],
        "display_name": DISPLAY_NAME,
        "language": "go",
        "interrupt_mode": "message",
        "metadata": {"sbcorr_repo": repo},
    }


def install(kernels_dir, repo, gonb):
    """Write kernels_dir/sbcorr (kernel.json and this script) unless it is
    already up to date; return True when something was written."""
    kdir = os.path.join(kernels_dir, NAME)
    script = os.path.join(kdir, os.path.basename(__file__))
    spec = json.dumps(kernel_json(script, os.path.abspath(repo), os.path.abspath(gonb)), indent=1) + "\n"
    spec_path = os.path.join(kdir, "kernel.json")
    try:
        with open(spec_path) as f:
            same = f.read() == spec and filecmp.cmp(__file__, script, shallow=False)
    except OSError:
        same = False
    if same:
        return False
    os.makedirs(kdir, exist_ok=True)
    if os.path.abspath(__file__) != os.path.abspath(script):
        shutil.copyfile(__file__, script)
    with open(spec_path, "w") as f:
        f.write(spec)
    return True


def missing_message(repo):
    """The one line a user sees when the repository is not at repo."""
    return ("sbcorr kernel: no Go module at %s (no go.mod): run `make setup` in the sbcorr repository "
            "to register its path, or set SBCORR_REPO=/path/to/sbcorr for the Jupyter server" % repo)


def serve_message(connection_file, message):
    """Run a stand-in kernel on connection_file that answers every cell
    with message as a stderr stream and an error."""
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # keep the log to the one line: no debugger warning
    from ipykernel.kernelapp import IPKernelApp
    from ipykernel.kernelbase import Kernel

    class Missing(Kernel):
        implementation = "sbcorr-missing-repository"
        implementation_version = "1"
        language_info = {"name": "go", "mimetype": "text/x-go", "file_extension": ".go"}
        banner = message

        def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False):
            self.send_response(self.iopub_socket, "stream", {"name": "stderr", "text": message + "\n"})
            return {"status": "error", "execution_count": self.execution_count,
                    "ename": "sbcorr kernel", "evalue": message, "traceback": [message]}

    IPKernelApp.launch_instance(kernel_class=Missing, argv=["-f", connection_file])


def run(repo, gonb, connection_file):
    repo = os.environ.get("SBCORR_REPO") or repo
    if not os.path.isfile(os.path.join(repo, "go.mod")):
        message = missing_message(repo)
        print(message, file=sys.stderr, flush=True)
        serve_message(connection_file, message)
        return 1
    os.execv(gonb, [gonb, "--kernel", connection_file] + GONB_FLAGS + ["-go_work=" + repo])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    inst = sub.add_parser("install")
    inst.add_argument("kernels_dir")
    start = sub.add_parser("run")
    start.add_argument("connection_file")
    for p in (inst, start):
        p.add_argument("--repo", required=True)
        p.add_argument("--gonb", required=True)
    args = ap.parse_args()
    if args.cmd == "install":
        if install(args.kernels_dir, args.repo, args.gonb):
            print("registered the %s kernel: %s" % (DISPLAY_NAME, os.path.join(args.kernels_dir, NAME)))
        return 0
    return run(args.repo, args.gonb, args.connection_file)


if __name__ == "__main__":
    sys.exit(main())
