package dev.scaffold.answers;

import dev.scaffold.catalog.Question;
import dev.scaffold.error.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Answers every question of an archetype from layered sources; the only place answers are decided. */
public final class AnswerResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\{(\\w+)}");
    private final Prompter prompter;

    public AnswerResolver(Prompter prompter) {
        this.prompter = prompter;
    }

    /** The typed answers in question order; questions whose {@code when} is false are left out. */
    public Map<String, Object> resolve(List<Question> questions, AnswerSources sources) {
        return resolve(questions, sources, AnswerRule.NONE);
    }

    /**
     * As {@link #resolve(List, AnswerSources)}, with a cross-field rule checked on every answer as it is
     * given: a typed answer that breaks it is asked again with the reason, a flag or file value fails.
     */
    public Map<String, Object> resolve(List<Question> questions, AnswerSources sources, AnswerRule rule) {
        rejectUnknown(questions, sources.flags().keySet(), "-d/--set: unknown question");
        rejectUnknown(questions, sources.file().keySet(), sources.fileName() + ": unknown question");
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            if (Condition.holds(question.when(), answers, "question '" + question.id() + "'")) {
                answers.put(question.id(), resolveOne(question, sources, answers, rule));
            }
        }
        return answers;
    }

    /** Answers a single question (also used for the archetype choice, which comes before the rest). */
    public Object resolveOne(Question question, AnswerSources sources, Map<String, Object> earlier) {
        return resolveOne(question, sources, earlier, AnswerRule.NONE);
    }

    private Object resolveOne(Question question, AnswerSources sources, Map<String, Object> earlier, AnswerRule rule) {
        String flag = sources.flagFor().apply(question.id());
        if (sources.flags().containsKey(question.id())) {
            return parseOrFail(question, sources.flags().get(question.id()), flag, rule, earlier);
        }
        if (sources.file().containsKey(question.id())) {
            return parseOrFail(question, sources.file().get(question.id()),
                    sources.fileName() + ": answers." + question.id(), rule, earlier);
        }
        String fallback = defaultText(question, sources, earlier);
        while (true) {
            Optional<String> given = prompter.ask(question, fallback);
            if (given.isEmpty()) {
                break;
            }
            try {
                return parse(question, given.get(), rule, earlier);
            } catch (InvalidAnswer invalid) {
                if (!prompter.reasks()) {
                    throw invalid.at(question.id());
                }
                prompter.reject(question, invalid.getMessage());
            }
        }
        if (fallback == null) {
            throw new InputException(question.id() + ": a value is required and there is no default; pass " + flag);
        }
        return parseOrFail(question, fallback, question.id() + " (default '" + fallback + "', pass " + flag + " to change it)",
                rule, earlier);
    }

    private static Object parseOrFail(Question question, String raw, String field, AnswerRule rule, Map<String, Object> earlier) {
        try {
            return parse(question, raw, rule, earlier);
        } catch (InvalidAnswer invalid) {
            throw invalid.at(field);
        }
    }

    /** The typed value, if it meets its question's rule and then the cross-field rule. */
    private static Object parse(Question question, String raw, AnswerRule rule, Map<String, Object> earlier) throws InvalidAnswer {
        Object value = ValueParser.parse(question, raw);
        Optional<String> violation = rule.violation(question.id(), value, earlier);
        if (violation.isPresent()) {
            throw new InvalidAnswer(violation.get(), rule.isPolicy(question.id()));
        }
        return value;
    }

    private static String defaultText(Question question, AnswerSources sources, Map<String, Object> earlier) {
        if (sources.contextDefaults().containsKey(question.id())) {
            return sources.contextDefaults().get(question.id());
        }
        if (!question.hasDefault()) {
            return null;
        }
        Matcher m = REFERENCE.matcher(String.valueOf(question.defaultValue()));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            Object value = earlier.get(m.group(1));
            m.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        return m.appendTail(text).toString();
    }

    private static void rejectUnknown(List<Question> questions, Set<String> keys, String what) {
        Set<String> known = questions.stream().map(Question::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InputException(what + " '" + String.join("', '", unknown) + "'; this archetype asks: "
                    + questions.stream().map(Question::id).collect(Collectors.joining(", ")));
        }
    }
}
