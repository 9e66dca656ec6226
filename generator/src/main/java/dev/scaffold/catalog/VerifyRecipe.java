package dev.scaffold.catalog;

import java.util.List;

/**
 * How to prove a generated repository works, declared by its archetype: the tools it needs, the
 * commands that run its own checks (lock check, install, lint, tests), the source file to touch for
 * the image-rebuild cache check, and packages that must not reach the image. Strings may use
 * {@code [=answer]} interpolations.
 */
public record VerifyRecipe(List<String> tools, List<List<String>> steps, String touch, List<String> forbidPackages) {
    public static final VerifyRecipe NONE = new VerifyRecipe(List.of(), List.of(), null, List.of());

    public VerifyRecipe {
        tools = List.copyOf(tools);
        steps = steps.stream().map(List::copyOf).toList();
        forbidPackages = List.copyOf(forbidPackages);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
