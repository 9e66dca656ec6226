package dev.scaffold.answers;

import dev.scaffold.catalog.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Asks questions as text: on a terminal it shows each prompt and asks again after an invalid answer;
 * with answers piped on standard input it reads one line per question (an empty line takes the default).
 * Choices are numbered and may be answered by number.
 */
public final class TextPrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean terminal;

    /**
     * The prompter of a command: none with {@code --defaults}, else one reading UTF-8 lines from {@code stdin}
     * and writing prompts to {@code err}, so that standard output carries only the result.
     */
    public static Prompter forCommand(boolean defaults, java.io.InputStream stdin, PrintWriter err, boolean terminal) {
        if (defaults) {
            return Prompter.NONE;
        }
        return new TextPrompter(new BufferedReader(new java.io.InputStreamReader(stdin,
                java.nio.charset.StandardCharsets.UTF_8)), err, terminal);
    }

    public TextPrompter(BufferedReader in, PrintWriter out, boolean terminal) {
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public Optional<String> ask(Question question, String shownDefault) {
        if (terminal) {
            showPrompt(question, shownDefault);
        }
        String line = readLine();
        if (!terminal && line != null) {
            // Piped answers leave a transcript of what each line answered; no input leaves nothing.
            showPrompt(question, shownDefault);
            out.println(line);
        }
        out.flush();
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(choiceByNumber(question.choices(), line.strip()));
    }

    @Override
    public boolean reasks() {
        return terminal;
    }

    @Override
    public void reject(Question question, String reason) {
        out.println("  " + question.id() + " " + reason + "; try again");
        out.flush();
    }

    private void showPrompt(Question question, String shownDefault) {
        List<String> choices = question.choices();
        if (!choices.isEmpty()) {
            out.println(question.prompt() + ":");
            for (int i = 0; i < choices.size(); i++) {
                out.printf("  %d) %s%n", i + 1, choices.get(i));
            }
            out.print("Choose");
        } else {
            out.print(question.prompt());
        }
        out.print(shownDefault == null ? ": " : " [" + shownDefault + "]: ");
        out.flush();
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String choiceByNumber(List<String> choices, String answer) {
        if (!choices.isEmpty() && answer.matches("\\d{1,3}")) {
            int index = Integer.parseInt(answer) - 1;
            if (index >= 0 && index < choices.size()) {
                return choices.get(index);
            }
        }
        return answer;
    }
}
