import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.LogManager;

/**
 * Starts rapaio-jupyter-kernel exactly as its own {@code MainApp} does, with one fix for a start-up race in
 * version 3.0.1: {@code Channels.connect} binds the sockets and starts the shell thread before it creates its
 * handler map, so a {@code kernel_info_request} that arrives meanwhile (the client sends one at once; it comes
 * first whenever the machine is busy) throws a NullPointerException that kills the shell thread, and the kernel
 * never answers. Giving the channels an empty map first turns that early request into an ignored message;
 * jupyter_client asks again every second, and the next request is answered. The second start-up race of that
 * version (a channel's loop thread that exits at once) is fixed by the {@code LoopThread} beside this file.
 * Compiled by {@code environment/setup} into the kernel spec's folder.
 */
public final class GlassdynKernelLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: GlassdynKernelLauncher CONNECTION_FILE");
        LogManager.getLogManager().readConfiguration(MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
        ConnectionProperties props = Transform.fromJson(Files.readString(Path.of(args[0])), ConnectionProperties.class);
        Channels channels = new Channels(props);
        Field handlers = Channels.class.getDeclaredField("handlers");
        handlers.setAccessible(true);
        handlers.set(channels, new ConcurrentHashMap<>());
        channels.connect(MainApp.kernel);
        channels.joinUntilClose();
    }
}
