package dev.scaffold.catalog;

/** The kind of value a question accepts; it decides parsing and the JSON type in the answers file. */
public enum QuestionType {
    STRING, INT, BOOL, CHOICE,
    /** A container image reference: grammar checked, an explicit tag other than latest required. */
    IMAGE
}
