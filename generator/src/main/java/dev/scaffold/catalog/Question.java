package dev.scaffold.catalog;

import java.util.List;

/**
 * One question an archetype asks. A {@code defaultValue} string may name earlier answers as
 * {@code {id}}; {@code when} is a condition on earlier answers ({@code id == value} or {@code id != value}).
 */
public record Question(
        String id,
        QuestionType type,
        String prompt,
        String help,
        Object defaultValue,
        List<String> choices,
        String pattern,
        String patternHelp,
        Long min,
        Long max,
        String when) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }
}
