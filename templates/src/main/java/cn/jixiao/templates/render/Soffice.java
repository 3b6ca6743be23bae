package cn.jixiao.templates.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the soffice executable both converters start. */
final class Soffice {

    private Soffice() {
    }

    /** The command itself if it is a path, else the first match on PATH. */
    static Path locate(String command) {
        if (command.contains("/")) {
            Path path = Path.of(command);
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new SofficeNotFoundException(command);
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new SofficeNotFoundException(command);
    }
}
