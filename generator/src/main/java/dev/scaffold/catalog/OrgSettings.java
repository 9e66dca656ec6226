package dev.scaffold.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An org's defaults and policy, from the {@code "org"} object of its catalog.json: answer defaults
 * (registry, user, UID, …), the base-image prefixes it allows, the image labels every Dockerfile must
 * set and the values it stamps for them, and its CI settings. Later catalog layers override earlier ones.
 */
public record OrgSettings(String name, Map<String, String> defaults, List<String> allowedBaseImagePrefixes,
        List<String> requiredLabels, Map<String, String> labels, CiSettings ci) {
    public static final OrgSettings NONE = new OrgSettings(null, Map.of(), List.of(), List.of(), Map.of(), CiSettings.NONE);

    /** The org's CI provider settings: GitHub Actions runner labels and the JBang reference that runs scaffold. */
    public record CiSettings(List<String> runsOn, String scaffoldRef) {
        public static final CiSettings NONE = new CiSettings(List.of(), null);

        public CiSettings {
            runsOn = List.copyOf(runsOn);
        }

        CiSettings overriddenBy(CiSettings over) {
            return new CiSettings(over.runsOn.isEmpty() ? runsOn : over.runsOn,
                    over.scaffoldRef != null ? over.scaffoldRef : scaffoldRef);
        }
    }

    public OrgSettings {
        defaults = Map.copyOf(defaults);
        allowedBaseImagePrefixes = List.copyOf(allowedBaseImagePrefixes);
        requiredLabels = List.copyOf(requiredLabels);
        // Sorted, so the rendered LABEL lines do not depend on the catalog's key order.
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /**
     * These settings with {@code over}'s taking precedence: defaults, labels and CI settings per key,
     * the allowed prefixes as a whole list. Required labels accumulate: a team catalog layered over
     * the org's adds requirements without having to restate (or being able to drop silently) the org's.
     */
    public OrgSettings overriddenBy(OrgSettings over) {
        Map<String, String> mergedDefaults = new LinkedHashMap<>(defaults);
        mergedDefaults.putAll(over.defaults);
        Map<String, String> mergedLabels = new LinkedHashMap<>(labels);
        mergedLabels.putAll(over.labels);
        LinkedHashSet<String> required = new LinkedHashSet<>(requiredLabels);
        required.addAll(over.requiredLabels);
        return new OrgSettings(over.name != null ? over.name : name, mergedDefaults,
                over.allowedBaseImagePrefixes.isEmpty() ? allowedBaseImagePrefixes : over.allowedBaseImagePrefixes,
                new ArrayList<>(required), mergedLabels, ci.overriddenBy(over.ci));
    }

    /** Whether a base image is allowed: no list means every image is. */
    public boolean allowsBaseImage(String image) {
        return allowedBaseImagePrefixes.isEmpty() || allowedBaseImagePrefixes.stream().anyMatch(image::startsWith);
    }

    /** Why a base image breaks the policy (outside the allowed prefixes, listing them), or empty. */
    public java.util.Optional<String> baseImageViolation(String image) {
        if (image == null || allowsBaseImage(image)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("'" + image + "' is not allowed by the " + displayName()
                + " catalog's policy; allowed prefixes: " + String.join(", ", allowedBaseImagePrefixes));
    }

    /** "acme", or "org" when the catalog names no org. */
    public String displayName() {
        return name == null ? "org" : name;
    }

    /** The settings templates see as {@code org}: name, labels (sorted) and {@code ci.runs_on}/{@code ci.scaffold_ref} when set. */
    public Map<String, Object> model() {
        Map<String, Object> ciModel = new LinkedHashMap<>();
        if (!ci.runsOn().isEmpty()) {
            ciModel.put("runs_on", ci.runsOn());
        }
        if (ci.scaffoldRef() != null) {
            ciModel.put("scaffold_ref", ci.scaffoldRef());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        if (name != null) {
            model.put("name", name);
        }
        model.put("labels", labels);
        model.put("ci", ciModel);
        return model;
    }
}
