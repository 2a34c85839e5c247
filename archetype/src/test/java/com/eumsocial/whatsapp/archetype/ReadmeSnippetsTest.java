package com.eumsocial.whatsapp.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of every README.md in the repository compiles against the project's
 * artifacts (this module's test classpath holds the constructs, the runner, the handlers and the
 * emulator), with the imports it shows.
 *
 * <p>A block is either a whole compilation unit (it declares a class) or imports followed by
 * statements; the statements are compiled as the constructor body of a {@code Stack} subclass, so
 * {@code this} is a construct scope as in a CDK app, and checked exceptions may be thrown.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyJavaSnippetInTheReadmesCompiles(@TempDir Path classes) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path readme : files.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.[^/]+)/.*")).sorted().toList()) {
                snippets.addAll(snippets(readme));
            }
        }
        assertThat(snippets).as("the READMEs show Java snippets (cdk-constructs, local-runner, the emulator)").hasSizeGreaterThanOrEqualTo(5);

        List<String> failures = new ArrayList<>();
        for (Snippet snippet : snippets) {
            String problems = compile(snippet, classes);
            if (!problems.isEmpty()) {
                failures.add(snippet.where() + ":\n" + problems);
            }
            if (!snippet.isCompilationUnit()) {
                // imports shown: a snippet that names a project class imports it
                assertThat(snippet.source()).as(snippet.where() + " shows its imports").contains("import ");
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }

    /** A block that does not compile is reported with its README and line. */
    @Test
    void aBrokenSnippetIsReported(@TempDir Path classes) {
        Snippet broken = new Snippet(Path.of("README.md"), 3, 0, "import java.util.List;\nList<String> names = List.of(1);\n");
        assertThat(compile(broken, classes)).contains("incompatible types");
    }

    private static List<Snippet> snippets(Path readme) throws IOException {
        List<Snippet> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(readme);
        for (int i = 0; i < lines.size(); i++) {
            String opening = lines.get(i).strip();
            if (!opening.equals("```java")) {
                continue;
            }
            int indent = lines.get(i).indexOf('`');
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                String line = lines.get(j);
                body.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line).append('\n');
            }
            found.add(new Snippet(readme, i + 1, found.size(), body.toString()));
            i = j;
        }
        return found;
    }

    private static String compile(Snippet snippet, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + snippet.className() + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.compilationUnit();
            }
        };
        StringWriter out = new StringWriter();
        boolean ok = javac.getTask(out, null, diagnostics,
                List.of("-classpath", classpath, "-d", classes.toString(), "-proc:none", "-Xlint:none"), null, List.of(source)).call();
        if (ok) {
            return "";
        }
        StringBuilder problems = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                problems.append("  line ").append(d.getLineNumber()).append(" of the compiled unit: ")
                        .append(d.getMessage(Locale.ROOT)).append('\n');
            }
        }
        return problems + "---\n" + snippet.compilationUnit();
    }

    record Snippet(Path readme, int line, int index, String source) {
        String where() {
            return ROOT.relativize(readme.toAbsolutePath().normalize()) + " line " + line;
        }

        boolean isCompilationUnit() {
            return source.lines().anyMatch(l -> l.matches("^(public |final |abstract )*(class|record|interface) \\w+.*"));
        }

        String className() {
            if (isCompilationUnit()) {
                return source.lines().filter(l -> l.matches("^(public |final |abstract )*(class|record|interface) \\w+.*"))
                        .findFirst().orElseThrow().replaceAll("^(public |final |abstract )*(class|record|interface) (\\w+).*", "$3");
            }
            return "ReadmeSnippet" + index;
        }

        String compilationUnit() {
            if (isCompilationUnit()) {
                return source;
            }
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            source.lines().forEach(l -> (l.startsWith("import ") ? imports : body).append(l).append('\n'));
            return imports + "\npublic class " + className() + " extends software.amazon.awscdk.Stack {\n"
                    + "    public " + className() + "(software.constructs.Construct scope) throws Exception {\n"
                    + "        super(scope, \"Snippet\");\n" + body + "    }\n}\n";
        }
    }
}
