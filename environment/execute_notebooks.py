"""Execute notebooks through a Jupyter kernel with nbclient, cell by cell, and export them to HTML.

Prints progress per notebook and per cell; stops at the first cell that fails (an error output, or a
kernel that dies or times out) and exits 1 naming the notebook and the cell. Outputs are written
atomically: build/notebooks/NAME.ipynb (executed) and NAME.html (nbconvert's HTML, plots inline).
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def first_line(text):
    for line in str(text).splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def atomic_write(path, data, binary=False):
    tmp = path + ".tmp"
    with open(tmp, "wb" if binary else "w", encoding=None if binary else "utf-8") as f:
        f.write(data)
    os.replace(tmp, path)


def export_html(nb, html_path):
    from nbconvert import HTMLExporter
    exporter = HTMLExporter()
    body, _ = exporter.from_notebook_node(nb)
    atomic_write(html_path, body)


def run(path, out_dir, kernel, timeout, scale):
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    print(f"[{name}] {len(code_cells)} code cells, scale {scale}, kernel {kernel}", flush=True)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=False, startup_timeout=180,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    started = time.time()
    failure = None
    os.makedirs(out_dir, exist_ok=True)
    # the kernel logs every message to stderr: keep that in a log file beside the outputs
    log_path = os.path.join(out_dir, name + ".kernel.log")
    log = open(log_path, "w")
    try:
        kernel = client.setup_kernel(stderr=log)
        kernel.__enter__()
    except RuntimeError as e:  # the kernel did not start: say so with the end of its log, no partial outputs
        log.close()
        tail = open(log_path).read().splitlines()[-5:]
        return f"{name}: the kernel did not start: {e} (kernel log {log_path}: {' | '.join(tail)})"
    try:
        for n, idx in enumerate(code_cells, 1):
            cell = nb.cells[idx]
            t0 = time.time()
            label = first_line(cell.source)
            try:
                client.execute_cell(cell, idx)
            except CellTimeoutError:
                failure = f"cell {n} (#{idx}) timed out after {timeout}s: {label}"
            except DeadKernelError as e:
                failure = f"cell {n} (#{idx}): the kernel died: {first_line(e)}"
            except CellExecutionError as e:
                failure = f"cell {n} (#{idx}) failed: {first_line(getattr(e, 'evalue', '') or e)}"
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            if errors:
                detail = first_line(errors[0].get('evalue')) or first_line("\n".join(errors[0].get('traceback', [])))
                failure = f"cell {n} (#{idx}) failed: {errors[0].get('ename')}: {detail}"
            status = "FAILED" if failure else "ok"
            print(f"[{name}] cell {n}/{len(code_cells)} {status} {time.time() - t0:.1f}s  {label[:70]}", flush=True)
            if failure:
                failure += f" (kernel log: {log_path})"
                break
    finally:
        kernel.__exit__(None, None, None)
    log.close()
    nb.metadata.setdefault("glassdyn", {})["scale"] = scale
    # sign the executed notebook so that Jupyter trusts (and runs) its plot scripts when it is opened
    try:
        from nbformat.sign import NotebookNotary
        NotebookNotary().sign(nb)
    except Exception as e:  # signing is a convenience; an unsigned notebook still opens
        print(f"[{name}] note: could not sign the notebook ({e})", flush=True)
    ipynb_path = os.path.join(out_dir, name + ".ipynb")
    atomic_write(ipynb_path, nbformat.writes(nb))
    export_html(nb, os.path.join(out_dir, name + ".html"))
    size = os.path.getsize(ipynb_path) / 1e6
    print(f"[{name}] {'FAILED' if failure else 'done'} in {time.time() - started:.1f}s -> {ipynb_path} ({size:.2f} MB) and .html", flush=True)
    return None if failure is None else f"{name}: {failure}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--kernel", default="glassdyn-java")
    ap.add_argument("--scale", default="quick")
    ap.add_argument("--timeout", type=int, default=None)
    ap.add_argument("notebooks", nargs="+")
    a = ap.parse_args()
    timeout = a.timeout or {"smoke": 900, "quick": 7200, "paper": None}.get(a.scale)
    for path in a.notebooks:
        failure = run(path, a.out, a.kernel, timeout, a.scale)
        if failure:
            print(f"run-notebooks: error in notebook {failure}", file=sys.stderr, flush=True)
            sys.exit(1)
    print(f"run-notebooks: {len(a.notebooks)} notebook(s) executed without error", flush=True)


if __name__ == "__main__":
    main()
