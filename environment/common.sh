# Sourced by the environment scripts (after jdk.sh): where Python/Jupyter live and whether the kernel is installed.
# Debian's Jupyter lives in the system Python; a pyenv or venv python3 earlier on PATH would not see it.
if [ -z "${GLASSDYN_PYTHON:-}" ]; then
  if [ -x /usr/bin/python3 ]; then GLASSDYN_PYTHON=/usr/bin/python3; else GLASSDYN_PYTHON=$(command -v python3 || echo python3); fi
fi
export GLASSDYN_PYTHON
glassdyn_have_jupyter() {
  "$GLASSDYN_PYTHON" -c 'import notebook, nbconvert, nbclient, nbformat, jupyter_client' >/dev/null 2>&1
}
glassdyn_jupyter_data_dir() {
  "$GLASSDYN_PYTHON" -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())'
}
# The kernel spec is current when it exists, points at this JDK, this checkout's jar, and this checkout's init script.
glassdyn_kernel_current() {
  local kdir=$1
  [ -f "$kdir/kernel.json" ] && [ -f "$kdir/rapaio-jupyter-kernel.jar" ] && [ -e "$kdir/classpath/glassdyn.jar" ] || return 1
  [ "$(readlink "$kdir/classpath/glassdyn.jar")" = "$ROOT/lib/target/glassdyn.jar" ] || return 1
  grep -q "\"$JAVA\"" "$kdir/kernel.json" || return 1
  cmp -s "$ROOT/environment/kernel/init.jshell" "$kdir/init.jshell" || return 1
}
