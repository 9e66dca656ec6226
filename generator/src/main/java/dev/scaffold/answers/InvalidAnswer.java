package dev.scaffold.answers;

/** A value that breaks its question's rule; the message states the rule, the caller names the field. */
public final class InvalidAnswer extends Exception {
    public InvalidAnswer(String rule) {
        super(rule, null, false, false);
    }
}
