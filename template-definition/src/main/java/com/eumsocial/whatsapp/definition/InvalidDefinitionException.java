package com.eumsocial.whatsapp.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a definition cannot be used; carries every problem found, not just the first. */
public class InvalidDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;
    private final String source;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        this(null, problems);
    }

    /** @param source where the definition came from (a file name), or null when unknown */
    public InvalidDefinitionException(String source, List<DefinitionProblem> problems) {
        super(render(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid definition has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    /** The file (or other source) the definition came from, or null. */
    public String source() {
        return source;
    }

    private static String render(String source, List<DefinitionProblem> problems) {
        String prefix = source == null || source.isEmpty() ? "" : source + ": ";
        return problems.stream().map(p -> prefix + p).collect(Collectors.joining("\n"));
    }
}
