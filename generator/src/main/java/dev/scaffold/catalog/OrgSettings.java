package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An org's defaults and policy, from the {@code "org"} object of its catalog.json: answer defaults
 * (registry, user, UID, …) and the base-image prefixes it allows. Later catalog layers override earlier ones.
 */
public record OrgSettings(String name, Map<String, String> defaults, List<String> allowedBaseImagePrefixes) {
    public static final OrgSettings NONE = new OrgSettings(null, Map.of(), List.of());

    public OrgSettings {
        defaults = Map.copyOf(defaults);
        allowedBaseImagePrefixes = List.copyOf(allowedBaseImagePrefixes);
    }

    /** These settings with {@code over}'s defaults and policy taking precedence. */
    public OrgSettings overriddenBy(OrgSettings over) {
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        merged.putAll(over.defaults);
        return new OrgSettings(over.name != null ? over.name : name, merged,
                over.allowedBaseImagePrefixes.isEmpty() ? allowedBaseImagePrefixes : over.allowedBaseImagePrefixes);
    }

    /** Refuses a base image outside the allowed prefixes, listing them. */
    public void checkBaseImage(String image) {
        if (image != null && !allowedBaseImagePrefixes.isEmpty()
                && allowedBaseImagePrefixes.stream().noneMatch(image::startsWith)) {
            throw new InputException("--base-image: '" + image + "' is not allowed by the " + (name == null ? "org" : name)
                    + " catalog's policy; allowed prefixes: " + String.join(", ", allowedBaseImagePrefixes));
        }
    }
}
