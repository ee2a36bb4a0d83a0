#!/usr/bin/python3
"""Check the interactive notebooks (plotting/nb Explore) in a real browser.

Usage: browsercheck.py [--out DIR] [--timeout SECONDS] [--redraw-timeout SECONDS] [--fault stale|shifted] [NOTEBOOK...]

Default notebooks: scripts/testdata/explore_ewma.ipynb and every
notebooks/*.ipynb with an `nb.Explore(` cell. For each one, in order:
  * serves a temporary copy of it (saving never touches the repository) from
    a Jupyter Notebook server started on 127.0.0.1 with a random port and
    token, private config, runtime, kernel and temporary folders, and the
    "Go (sbcorr)" kernel registered for this checkout (as nbexec.py does);
    SBCORR_HEADLESS and SBCORR_EXPLORE are removed from its environment;
  * opens it in Debian's Chromium, headless with a private profile, driven
    through the DevTools protocol (tornado's websocket client), and runs all
    its cells (Jupyter.notebook.execute_all_cells);
  * for each explorer as it appears (the element sbcorr-explore-ID-controls):
    moves each control in turn to another position (a slider a quarter of its
    range away from where it is, a select to the next option) by the input
    and change events a user's drag makes, waits until the chart's block says
    it shows the new positions (its data-values), and checks that its SVG
    changed; records the time from the event to the new chart in the page
    and the cell's own "drawn in" time; saves a screenshot
    DIR/NAME-ID-K.png; then presses Done and checks that the controls are
    gone and the last chart stays;
  * waits until every cell ran (Run All goes on after each explorer) and
    fails on a cell with an error output;
  * then, in the same kernel, sets SBCORR_HEADLESS=1 and SBCORR_EXPLORE to
    each state the browser showed and runs the explorer's cell again: that
    is Explore's headless path, which calls the cell's function directly with
    no widget, and its SVG must equal the one the browser showed;
  * prints one line per move: notebook, explorer, control, positions, the
    latency in the page and the cell's drawing time, and the verdict.
With --fault MODE (`make browsercheck FAULT=MODE`) the kernel's live redraws
are broken on purpose (SBCORR_EXPLORE_FAULT, see plotting/nb FaultEnv): "stale"
keeps the first chart, so the "chart changed" check fails; "shifted" draws the
chart of the next position, so the comparison with the function's own output
fails. Both runs must exit 1: the self-test of this script.
Every process it started is stopped at the end: the kernel through the
server's API, then the server's and the browser's process groups, then any
descendant left (SIGKILL, as nbexec.py does). Exit status 1 if a check
failed. Run it with Debian's /usr/bin/python3 (`make browsercheck`).
"""
import argparse
import base64
import glob
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from tornado import gen, ioloop, websocket

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import nbexec  # noqa: E402 (process clean-up helpers)
import sbcorr_kernel  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(REPO, "scripts", "testdata", "explore_ewma.ipynb")
CHROMIUM = "/usr/bin/chromium"
JUPYTER = "/usr/bin/jupyter"


class Failure(Exception):
    """A check failed."""


class Page:
    """A DevTools protocol session with one browser page."""

    def __init__(self, ws_url):
        self.ws_url, self.conn, self.next_id = ws_url, None, 0

    async def open(self):
        self.conn = await websocket.websocket_connect(self.ws_url, max_message_size=256 << 20)

    async def call(self, method, **params):
        self.next_id += 1
        self.conn.write_message(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            raw = await self.conn.read_message()
            if raw is None:
                raise Failure("the browser closed the DevTools connection")
            msg = json.loads(raw)
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise Failure("DevTools %s: %s" % (method, msg["error"]))
                return msg["result"]

    async def js(self, expr, timeout=None):
        """Evaluate expr in the page (awaiting a promise) and return its value."""
        res = await self.call("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True,
                              **({"timeout": timeout * 1000} if timeout else {}))
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            raise Failure("page script failed: %s" % (d.get("exception", {}).get("description") or d.get("text")))
        return res["result"].get("value")

    async def screenshot(self, path):
        res = await self.call("Page.captureScreenshot", format="png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(res["data"]))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(cond, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = cond()
        if v:
            return v
        time.sleep(0.1)
    raise Failure("timed out after %ds waiting for %s" % (timeout, what))


def http_ok(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200 and r.read()
    except OSError:
        return False


class Processes:
    """The Jupyter server and the browser, each in its own session, and their
    private folders; stop() ends them all."""

    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix="browsercheck-")
        self.procs, self.server = [], None

    def start_server(self, notebook_dir, fault=None):
        env = dict(os.environ, TMPDIR=self.tmp, JUPYTER_CONFIG_DIR=os.path.join(self.tmp, "config"),
                   JUPYTER_RUNTIME_DIR=os.path.join(self.tmp, "runtime"), JUPYTER_PATH=self.tmp)
        for var in ("SBCORR_HEADLESS", "SBCORR_EXPLORE", "SBCORR_EXPLORE_FAULT", "SBCORR_REPO"):
            env.pop(var, None)
        if fault:
            env["SBCORR_EXPLORE_FAULT"] = fault  # the self-test: plotting/nb FaultEnv
        gonb = shutil.which("gonb")
        if not gonb:
            raise Failure("gonb is not on PATH: run `make setup`")
        sbcorr_kernel.install(os.path.join(self.tmp, "kernels"), REPO, gonb)
        port, token = free_port(), secrets.token_hex(16)
        args = [JUPYTER, "notebook", "--no-browser", "--ip=127.0.0.1", "--port=%d" % port, "--port-retries=0",
                "--NotebookApp.token=" + token, "--notebook-dir=" + notebook_dir]
        if os.getuid() == 0:
            args.append("--allow-root")
        log = open(os.path.join(self.tmp, "jupyter.log"), "w")
        self.server = subprocess.Popen(args, env=env, stdout=log, stderr=log, start_new_session=True)
        self.procs.append(self.server)
        self.base = "http://127.0.0.1:%d" % port
        self.token = token
        wait_for(lambda: http_ok("%s/api/status?token=%s" % (self.base, token)), 60, "the Jupyter server")

    def start_browser(self):
        profile = os.path.join(self.tmp, "chromium")
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-quic",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "about:blank"]
        log = open(os.path.join(self.tmp, "chromium.log"), "w")
        self.procs.append(subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True))
        active = os.path.join(profile, "DevToolsActivePort")
        wait_for(lambda: os.path.exists(active) and open(active).read().strip(), 60, "Chromium's DevTools port")
        port = open(active).read().split()[0]
        pages = wait_for(lambda: http_ok("http://127.0.0.1:%s/json/list" % port), 30, "Chromium's page list")
        return next(p["webSocketDebuggerUrl"] for p in json.loads(pages) if p["type"] == "page")

    def stop(self):
        """Shut the kernels down, then end every process started and remove
        the private folders; return how many processes were killed."""
        if self.server is not None and self.server.poll() is None:
            for k in json.loads(http_ok("%s/api/kernels?token=%s" % (self.base, self.token)) or "[]"):
                req = urllib.request.Request("%s/api/kernels/%s?token=%s" % (self.base, k["id"], self.token),
                                             method="DELETE")
                try:
                    urllib.request.urlopen(req, timeout=10).close()
                except OSError:
                    pass
        table = nbexec.proc_table()
        tree = {}
        for p in self.procs:
            if p.pid in table:
                tree.update({pid: table[pid] for pid in [p.pid] + nbexec.descendants(p.pid, table)})
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except OSError:
                pass
        for p in self.procs:
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        killed = nbexec.kill_leftovers(tree)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return killed


STATE_JS = """(() => {
  const cells = Jupyter.notebook.get_cells();
  const errors = [];
  cells.forEach((c, i) => {
    if (c.cell_type !== 'code') return;
    for (const o of c.output_area.outputs) {
      if (o.output_type === 'error' || (o.output_type === 'stream' && /\\bpanic:/.test(o.text)))
        errors.push('cell ' + (i + 1) + ': ' + (o.evalue || o.text || '').slice(0, 400));
    }
  });
  const controls = [...document.querySelectorAll('[id^="sbcorr-explore-"][id$="-controls"]')]
    .map(e => e.id.slice('sbcorr-explore-'.length, -'-controls'.length))
    .filter(id => document.getElementById('sbcorr-explore-' + id + '-done'));
  const kernel = Jupyter.notebook.kernel;
  return {running: document.querySelectorAll('.cell.running').length, errors: errors, controls: controls,
          ready: !!(kernel && kernel.is_connected())};
})()"""

MOVE_JS = """new Promise((resolve, reject) => {
  const id = %(id)s, k = %(k)d, pos = %(pos)d, want = %(want)s;
  const el = document.getElementById('sbcorr-explore-' + id + '-' + k);
  const out = () => document.getElementById('sbcorr-explore-' + id + '-out');
  const t0 = performance.now();
  el.value = String(pos);
  el.dispatchEvent(new Event('input', {bubbles: true}));
  el.dispatchEvent(new Event('change', {bubbles: true}));
  const poll = () => {
    const o = out();
    if (o && o.dataset.values === want && o.querySelector('svg')) {
      resolve({ms: performance.now() - t0, svg: o.querySelector('svg').outerHTML,
               caption: o.firstElementChild.textContent});
    } else if (performance.now() - t0 > %(timeout)d * 1000) {
      reject(new Error('the chart did not show positions ' + want + ' within %(timeout)d s after the move' +
        ' (it shows ' + (o ? o.dataset.values : 'nothing') + ')'));
    } else setTimeout(poll, 5);
  };
  poll();
})"""


def js_str(s):
    return json.dumps(s)


async def explore(page, nbname, xid, out, timeout, moves):
    """Move every control of explorer xid once; record each state seen."""
    info = await page.js("""(() => {
      const o = document.getElementById('sbcorr-explore-%s-out');
      const ctl = [...document.querySelectorAll('[id^="sbcorr-explore-%s-"]')]
        .filter(e => /-\\d+$/.test(e.id) && (e.tagName === 'INPUT' || e.tagName === 'SELECT'));
      return {values: o.dataset.values, svg: o.querySelector('svg') ? o.querySelector('svg').outerHTML : '',
              controls: ctl.map(e => ({tag: e.tagName, max: e.tagName === 'INPUT' ? +e.max : e.options.length - 1,
                                     value: +e.value}))};
    })()""" % (xid, xid))
    pos = [int(v) for v in info["values"].split(",")]
    if len(info["controls"]) != len(pos):
        raise Failure("%s: explorer %s shows %d controls for %d positions" % (nbname, xid, len(info["controls"]), len(pos)))
    svg = info["svg"]
    for k, c in enumerate(info["controls"]):
        step = max(1, c["max"] // 4)
        new = pos[k] + step if pos[k] + step <= c["max"] else pos[k] - step
        if c["tag"] == "SELECT":
            new = (pos[k] + 1) % (c["max"] + 1)
        pos[k] = new
        want = ",".join(map(str, pos))
        got = await page.js(MOVE_JS % {"id": js_str(xid), "k": k, "pos": new, "want": js_str(want), "timeout": timeout})
        drawn = re.search(r"drawn in (\d+) ms", got["caption"])
        move = {"notebook": nbname, "id": xid, "k": k, "positions": want, "ms": got["ms"],
                "drawn": int(drawn.group(1)) if drawn else None, "svg": got["svg"], "errors": []}
        if got["svg"] == svg:
            move["errors"].append("the chart did not change when control %d moved to %d" % (k, new))
        svg = got["svg"]
        await page.js("document.getElementById('sbcorr-explore-%s-controls').scrollIntoView()" % xid)
        await page.screenshot(os.path.join(out, "%s-%s-%d.png" % (nbname, xid, k)))
        moves.append(move)
    await page.js("document.getElementById('sbcorr-explore-%s-done').click()" % xid)
    await page.js("""new Promise((resolve, reject) => {
      const t0 = performance.now();
      const poll = () => {
        const o = document.getElementById('sbcorr-explore-%(id)s-out');
        if (!document.getElementById('sbcorr-explore-%(id)s-controls') && o && o.querySelector('svg')) resolve(true);
        else if (performance.now() - t0 > 30000) reject(new Error('Done did not end explorer %(id)s, or its chart went'));
        else setTimeout(poll, 20);
      };
      poll();
    })""" % {"id": xid})


async def run_cell(page, index, timeout):
    """Execute the cell at index and wait until it finished."""
    await page.js("Jupyter.notebook.get_cell(%d).execute()" % index)
    await page.js("""new Promise((resolve, reject) => {
      const t0 = performance.now(), c = Jupyter.notebook.get_cell(%d);
      const poll = () => {
        if (!c.element[0].classList.contains('running')) resolve(true);
        else if (performance.now() - t0 > %d * 1000) reject(new Error('cell %d did not finish'));
        else setTimeout(poll, 50);
      };
      setTimeout(poll, 200);
    })""" % (index, timeout, index + 1))


async def compare(page, moves, timeout):
    """Re-run each explorer's cell headless at every state the browser
    showed, in the same kernel, and compare its SVG with the browser's."""
    env_cell = await page.js("(() => { Jupyter.notebook.insert_cell_at_bottom('code');"
                             " return Jupyter.notebook.ncells() - 1; })()")
    for m in moves:
        cell = await page.js("""Jupyter.notebook.get_cells().findIndex(c => c.output_area &&
            c.output_area.element[0].querySelector('#sbcorr-explore-%s-out'))""" % m["id"])
        if cell < 0:
            m["errors"].append("explorer %s: no cell shows it after the run" % m["id"])
            continue
        await page.js("Jupyter.notebook.get_cell(%d).set_text(%s)" % (
            env_cell, js_str("%%env SBCORR_HEADLESS 1\n%%env SBCORR_EXPLORE %s=%s" % (m["id"], m["positions"]))))
        await run_cell(page, env_cell, timeout)
        await run_cell(page, cell, timeout)
        got = await page.js("""(() => { const o = document.getElementById('sbcorr-explore-%s-out');
            return o ? {values: o.dataset.values, svg: o.querySelector('svg') ? o.querySelector('svg').outerHTML : ''} : null; })()"""
                            % m["id"])
        if not got or got["values"] != m["positions"]:
            m["errors"].append("the headless run of the cell did not draw positions %s (got %s)" % (m["positions"], got and got["values"]))
        elif got["svg"] != m["svg"]:
            m["errors"].append("the chart the browser showed at %s differs from the one the cell's function returns for it" % m["positions"])


async def check_notebook(page, base, token, name, out, timeout, redraw_timeout):
    """Run notebook name in the page; return its moves and cell errors."""
    await page.call("Page.enable")
    await page.call("Emulation.setDeviceMetricsOverride", width=1280, height=1600, deviceScaleFactor=1, mobile=False)
    await page.call("Page.navigate", url="%s/notebooks/%s?token=%s" % (base, name, token))
    start = time.monotonic()
    while not (await page.js("typeof Jupyter !== 'undefined' && !!Jupyter.notebook && !!Jupyter.notebook.kernel"
                             " && Jupyter.notebook.kernel.is_connected()")):
        if time.monotonic() - start > 60:
            raise Failure("%s: the notebook page or its kernel did not come up within 60 s" % name)
        await gen.sleep(0.2)
    phases = ["page and kernel %.1fs" % (time.monotonic() - start)]
    await page.js("Jupyter.notebook.execute_all_cells()")
    moves, done = [], set()
    stem = os.path.splitext(name)[0]
    last = time.monotonic()
    while True:
        await gen.sleep(0.2)
        st = await page.js(STATE_JS)
        if st["errors"]:
            return moves, st["errors"]
        new = [x for x in st["controls"] if x not in done]
        if new:
            phases.append("%s live %.1fs" % (new[0], time.monotonic() - start))
            await explore(page, stem, new[0], out, redraw_timeout, moves)
            phases.append("%s done %.1fs" % (new[0], time.monotonic() - start))
            done.add(new[0])
            last = time.monotonic()
        elif st["running"] == 0:
            break
        elif time.monotonic() - last > timeout:
            return moves, ["a cell ran longer than %d s" % timeout]
    await page.screenshot(os.path.join(out, "%s-end.png" % stem))
    phases.append("all cells ran %.1fs" % (time.monotonic() - start))
    await compare(page, moves, timeout)
    phases.append("headless comparison %.1fs" % (time.monotonic() - start))
    print("%-28s %s" % (name, ", ".join(phases)), flush=True)
    return moves, []


def default_notebooks():
    nbs = [FIXTURE]
    for p in sorted(glob.glob(os.path.join(REPO, "notebooks", "*.ipynb"))):
        if "nb.Explore(" in open(p, encoding="utf-8").read():
            nbs.append(p)
    return nbs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out/browsercheck")
    ap.add_argument("--timeout", type=int, default=180, help="seconds per cell")
    ap.add_argument("--redraw-timeout", type=int, default=20, help="seconds for a chart to follow a move")
    ap.add_argument("--fault", choices=["stale", "shifted"],
                    help="break every live redraw on purpose (plotting/nb FaultEnv): the check must fail")
    ap.add_argument("notebooks", nargs="*")
    args = ap.parse_args()
    notebooks = [os.path.abspath(p) for p in args.notebooks] or default_notebooks()
    os.makedirs(args.out, exist_ok=True)
    nbexec.become_subreaper()
    procs = Processes()
    start = time.monotonic()
    failed = 0
    try:
        served = os.path.join(procs.tmp, "notebooks")
        os.makedirs(served)
        for p in notebooks:
            shutil.copy(p, served)
        procs.start_server(served, args.fault)
        ws = procs.start_browser()
        for p in notebooks:
            name = os.path.basename(p)
            t0 = time.monotonic()
            page = Page(ws)

            async def one():
                await page.open()
                try:
                    return await check_notebook(page, procs.base, procs.token, name, args.out, args.timeout,
                                                args.redraw_timeout)
                finally:
                    page.conn.close()
            try:
                moves, errors = ioloop.IOLoop.current().run_sync(one)
            except Failure as err:
                moves, errors = [], [str(err)]
            for m in moves:
                ok = not m["errors"]
                print("%-28s %-10s control %d -> %-8s page %6.0f ms  cell %5s ms  %s" % (
                    name, m["id"], m["k"], m["positions"], m["ms"], m["drawn"], "ok" if ok else "FAIL"), flush=True)
                for e in m["errors"]:
                    print("    " + e, flush=True)
                failed += not ok
            if not moves and not errors:
                errors = ["no explorer found"]
            for e in errors:
                print("%-28s FAIL %s" % (name, e), flush=True)
                failed += 1
            print("%-28s %.1fs" % (name, time.monotonic() - t0), flush=True)
    except Failure as err:
        print("browsercheck: FAIL %s" % err, flush=True)
        failed += 1
    finally:
        killed = procs.stop()
    print("browsercheck: %d notebook(s), %d failure(s), %.1fs, screenshots in %s/%s" % (
        len(notebooks), failed, time.monotonic() - start, args.out,
        " (killed %d leftover processes)" % killed if killed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
