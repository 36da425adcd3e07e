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
  grep -q "jdk.incubator.vector" "$kdir/kernel.json" || return 1   # the Vector API module (SIMD pair kernel)
  glassdyn_init_script | cmp -s - "$kdir/init.jshell" || return 1
  diff -rq "$ROOT/environment/kernel" "$kdir/launcher/src" >/dev/null 2>&1 || return 1
  [ -f "$kdir/launcher/GlassdynKernelLauncher.class" ] || return 1
  [ -f "$kdir/launcher/org/rapaio/jupyter/kernel/channels/LoopThread.class" ] || return 1
}

# The kernel's start-up script (RJK_INIT_SCRIPT): imports every glassdyn package in the jar (but the command line and
# the kernel display glue) and Tablesaw's API, so notebooks start with the library in scope.
glassdyn_init_script() {
  echo "// glassdyn notebook start-up (RJK_INIT_SCRIPT), written by environment/setup from the packages in glassdyn.jar"
  "$JAVA_HOME/bin/jar" tf "$ROOT/lib/target/glassdyn.jar" | sed -n 's:^\(glassdyn/\(.*/\)\{0,1\}\)[A-Za-z0-9]*\.class$:\1:p' \
    | sort -u | sed 's:/$::; s:/:.:g' | grep -vE '^glassdyn\.(cli|notebook)(\.|$)' | sed 's/.*/import &.*;/'
  echo "import tech.tablesaw.api.*;"
}
