package uk.msp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * The safeguarding vocabulary ({@code uk/msp/rules/dsl/safeguarding.dsl}) and the expansion of a local rule written in
 * its sentences ({@code .dslr}) into DRL, with Drools' own expander. The expanded DRL keeps the analyst's line
 * numbers, one line for one line, so that a compile error names the {@code .dslr} file and line. Thread-safe: the
 * vocabulary is read once; each expansion has its own expander.
 */
public final class Sentences {
    /** The vocabulary's resource, from the classpath root. */
    public static final String RESOURCE = "uk/msp/rules/dsl/safeguarding.dsl";
    private static final Pattern RULE_START = Pattern.compile("^\\s*(rule|query)\\b.*");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b\\s*$");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*end\\b.*");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final int SUGGESTIONS = 3;
    private static final Pattern EXPANDER = Pattern.compile("(?m)^[ \\t]*expander[ \\t]+[^\\n]*$");
    private static final Pattern BINDING = Pattern.compile("\\$(\\w+)\\s*:");
    private static final Pattern REFERENCE = Pattern.compile("\\$(\\w+)");
    private static final Pattern CODE = Pattern.compile("\\b([A-Z]\\w*)\\.\\{(\\w+)!uc}");
    private static final Sentences VOCABULARY = load();

    /** One sentence of the vocabulary. */
    public record Sentence(String section, String template, String heading, DSLMappingEntry entry) {
        /** The sentence as the analyst writes it, placeholders as {@code {name}}. */
        public String template() {
            return template;
        }
    }

    /** A local {@code .dslr} file expanded: its DRL (same lines) and what could not be expanded. */
    public record Expanded(String drl, List<Fault> faults) {}

    private final List<DSLMappingEntry> entries;
    private final List<Sentence> sentences;

    private Sentences(List<DSLMappingEntry> entries, List<Sentence> sentences) {
        this.entries = entries;
        this.sentences = sentences;
    }

    /** The bundled vocabulary. */
    public static Sentences vocabulary() {
        return VOCABULARY;
    }

    /** The sentences in the order of the vocabulary file. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The vocabulary as Markdown, for {@code docs/VOCABULARY.md}: each sentence under its heading, with its DRL. */
    public String markdown() {
        StringBuilder md = new StringBuilder("""
                # The safeguarding vocabulary

                <!-- Generated from msp-rules/src/main/resources/uk/msp/rules/dsl/safeguarding.dsl by VocabularyDocTest;
                     refresh with ./mvnw -B verify -Dmsp.updateVocabulary=true -->

                Local rules can be written in these sentences, one a line, in a `.dslr` file in the local rules folder
                (beside `.drl` files and `messages.properties`). A sentence starting "There is" names a part of the
                case; the sentences after it that say "the adult", "the concern", "the outcome" or "the action" are
                about that same part. A value in braces is a number (`{n}`) or one of the model's codes, in any case
                (`FINANCIAL_OR_MATERIAL` or `financial_or_material`). Ages and days are counted to the evaluation date.
                A line no sentence says is refused with its file and line and the closest sentences; what the
                vocabulary cannot say is written in DRL (see the README).

                """);
        String heading = null;
        for (Sentence s : sentences) {
            if (!s.heading().equals(heading)) {
                heading = s.heading();
                md.append("## ").append(heading).append("\n\n| ").append(s.section().equals("then") ? "then" : "when")
                        .append(" | DRL |\n|---|---|\n");
            }
            md.append("| ").append(s.template()).append(" | `").append(s.entry().getMappingValue().trim()
                    .replace("|", "\\|")).append("` |\n");
        }
        return md.toString();
    }

    private static Sentences load() {
        String text;
        try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the vocabulary " + RESOURCE + " is not on the classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
        try (Reader r = new java.io.StringReader(text)) {
            if (!file.parseAndLoad(r)) {
                throw new IllegalStateException("the vocabulary " + RESOURCE + " does not parse: " + file.getErrors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<DSLMappingEntry> entries = List.copyOf(file.getMapping().getEntries());
        // Headings are comments to Drools; read them here, in step with the entries.
        List<Sentence> sentences = new ArrayList<>();
        String heading = "";
        int next = 0;
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) heading = line.substring(3).trim();
            else if (line.startsWith("[") && next < entries.size()) {
                DSLMappingEntry e = entries.get(next++);
                String section = DSLMappingEntry.CONSEQUENCE.equals(e.getSection()) ? "then" : "when";
                sentences.add(new Sentence(section, VARIABLE.matcher(e.getMappingKey().trim()).replaceAll("{$1}"),
                        heading, e));
            }
        }
        return new Sentences(entries, List.copyOf(sentences));
    }

    /**
     * Expands a {@code .dslr} text to DRL.
     *
     * @param name the file as the analyst knows it, for faults ({@code local/x.dslr})
     * @param dslr the text
     * @return the DRL, line for line, and one fault per line no sentence matches
     */
    public Expanded expand(String name, String dslr) {
        // An "expander safeguarding.dsl" line (as Drools' own DSLR files have) is blanked: the vocabulary is always ours.
        String text = EXPANDER.matcher(blankBlockComments(dslr.replace("\r\n", "\n"))).replaceAll("");
        String[] lines = text.split("\n", -1);
        List<Fault> faults = new ArrayList<>();
        String section = null;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (RULE_START.matcher(line).matches()) {
                section = "head";
                named.clear();
            }
            else if (section != null && WHEN.matcher(line).matches()) section = "when";
            else if (section != null && THEN.matcher(line).matches()) section = "then";
            else if (section != null && END.matcher(line).matches()) section = null;
            else if ("when".equals(section) || "then".equals(section)) {
                String said = line.trim();
                if (said.isEmpty() || said.startsWith("//") || said.startsWith(">")) continue;
                Said match = match(section, said);
                if (match == null) {
                    faults.add(new Fault(name, i + 1, "no sentence matches '" + said + "'; closest: "
                            + String.join(", ", closest(section, said).stream().map(s -> "'" + s + "'").toList())));
                } else {
                    String wrong = wrongCode(match);
                    if (wrong == null) wrong = unnamed(match, said, named);
                    if (wrong != null) faults.add(new Fault(name, i + 1, wrong));
                }
            }
        }
        if (!faults.isEmpty()) return new Expanded("", List.copyOf(faults));
        DefaultExpander expander = new DefaultExpander();
        org.drools.drl.parser.lang.dsl.DefaultDSLMapping mapping = new org.drools.drl.parser.lang.dsl.DefaultDSLMapping();
        entries.forEach(mapping::addEntry);
        expander.addDSLMapping(mapping);
        String drl = expander.expand(text);
        for (ExpanderException e : expander.getErrors()) faults.add(new Fault(name, e.getLine(), e.getMessage()));
        return new Expanded(drl, List.copyOf(faults));
    }

    /** The sentence of the section that says the whole line, as matched, or null. */
    private Said match(String section, String said) {
        for (Sentence s : sentences) {
            if (!s.section().equals(section)) continue;
            Matcher m = s.entry().getKeyPattern().matcher(said);
            if (m.find() && m.start() == 0 && m.end() == said.length()) return new Said(s, m);
        }
        return null;
    }

    /**
     * For a sentence about a part of the case ("The adult is aged 90 or over") with no sentence naming that part
     * before it in the rule ("There is an adult"), what to write; else null. Records the parts the sentence names.
     */
    private String unnamed(Said said, String line, java.util.Set<String> named) {
        String value = said.sentence().entry().getMappingValue();
        java.util.Set<String> here = new java.util.HashSet<>();
        for (Matcher b = BINDING.matcher(value); b.find(); ) here.add(b.group(1));
        for (Matcher r = REFERENCE.matcher(value); r.find(); ) {
            String part = r.group(1);
            if (here.contains(part) || named.contains(part)) continue;
            String naming = sentences.stream().map(Sentence::template)
                    .filter(t -> t.startsWith("There is ") && !t.contains("{"))
                    .filter(t -> BINDING.matcher(entryValue(t)).results().anyMatch(m -> m.group(1).equals(part)))
                    .findFirst().orElse(null);
            if (naming != null) return "'" + line + "' speaks of a part of the case no line before it names: write '"
                    + naming + "' before it";
        }
        named.addAll(here);
        return null;
    }

    private String entryValue(String template) {
        return sentences.stream().filter(s -> s.template().equals(template)).findFirst().orElseThrow().entry()
                .getMappingValue();
    }

    /** A line and the sentence that says it. */
    private record Said(Sentence sentence, Matcher matcher) {}

    /**
     * For a value that must be one of the model's codes ({@code Stage.{stage!uc}}) and is not, what is wrong in plain
     * words; else null. The compiler would say "Unknown field PLANNING on class uk.msp.model.Stage" with no line.
     */
    private static String wrongCode(Said said) {
        Sentence s = said.sentence();
        Matcher m = said.matcher();
        Matcher code = CODE.matcher(s.entry().getMappingValue());
        while (code.find()) {
            Integer group = s.entry().getVariables().get(code.group(2));
            if (group == null) continue;
            String value = m.group(group).trim();
            Class<?> type;
            try {
                type = Class.forName("uk.msp.model." + code.group(1), false, Sentences.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                continue;
            }
            if (!type.isEnum()) continue;
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!names.contains(value.toUpperCase(java.util.Locale.ROOT))) {
                return "'" + value + "' is not a " + code.group(2) + " the vocabulary knows; one of " + String.join(", ", names);
            }
        }
        return null;
    }

    /** The sentences of the section nearest to what was said, by edit distance (case ignored), nearest first. */
    List<String> closest(String section, String said) {
        String lower = said.toLowerCase(java.util.Locale.ROOT);
        return sentences.stream().filter(s -> s.section().equals(section)).map(Sentence::template)
                .sorted(Comparator.comparingInt((String t) -> CompileErrors.distance(lower,
                        t.toLowerCase(java.util.Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).toList();
    }

    /** Block comments blanked, their line breaks kept (Drools' expander would drop them and shift lines). */
    private static String blankBlockComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("/*", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf("*/", open + 2);
            int stop = close < 0 ? text.length() : close + 2;
            out.append(text, i, open);
            for (int k = open; k < stop; k++) if (text.charAt(k) == '\n') out.append('\n');
            i = stop;
        }
        return out.toString();
    }
}
