package dev.scaffold.answers;

import dev.scaffold.catalog.Question;
import java.util.Optional;

/** Asks the user for one answer. Empty means "no answer given": the default is taken. */
public interface Prompter {

    /** The raw answer, or empty when the user gave none (an empty line, end of input, no input at all). */
    Optional<String> ask(Question question, String shownDefault);

    /** Whether an invalid answer is reported and asked again (a terminal) rather than failing the run. */
    boolean reasks();

    /** Shows why the last answer was refused, before asking again. */
    void reject(Question question, String reason);

    /** A prompter that never asks: every unanswered question takes its default. */
    Prompter NONE = new Prompter() {
        @Override
        public Optional<String> ask(Question question, String shownDefault) {
            return Optional.empty();
        }

        @Override
        public boolean reasks() {
            return false;
        }

        @Override
        public void reject(Question question, String reason) {
        }
    };
}
