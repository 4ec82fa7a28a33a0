package dev.syndiff.core.classify;

import dev.syndiff.core.Deadline;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Categories;
import org.languagetool.rules.RuleMatch;

/**
 * Broken grammar the copy has and its counterpart sentence has not, found with LanguageTool's
 * offline English grammar rules (spelling, style and typography rules are left out: names and
 * house style would drown the signal). The slow pass: it runs after the first report is shown.
 */
public final class GrammarRule implements FindingRule {
    private static final Set<String> CATEGORIES = Set.of(Categories.GRAMMAR.getId().toString(),
            Categories.CONFUSED_WORDS.getId().toString(), Categories.MISC.getId().toString());
    private static final ThreadLocal<JLanguageTool> TOOL = ThreadLocal.withInitial(GrammarRule::newTool);
    private final ProgressListener listener;
    private final Deadline deadline;
    private final Checker checker;
    private String stoppedEarly;

    /** Checks a text; LanguageTool in use, a counting double in tests. */
    public interface Checker {
        List<RuleMatch> check(String text);
    }

    public GrammarRule(ProgressListener listener, Deadline deadline) {
        this(listener, deadline, text -> check(TOOL.get(), text));
    }

    public GrammarRule(ProgressListener listener, Deadline deadline, Checker checker) {
        this.listener = listener;
        this.deadline = deadline;
        this.checker = checker;
    }

    /** Why the pass stopped before the end, or null when it checked everything. */
    public String stoppedEarly() {
        return stoppedEarly;
    }

    private static JLanguageTool newTool() {
        return new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    }

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<PairView> pairs = ctx.pairs().stream()
                .filter(p -> p.sameLanguage() && !p.edits().isEmpty() && ctx.language(p.bSource()).equals("en")).toList();
        int done = 0;
        for (PairView p : pairs) {
            if (listener.isCancelled()) {
                throw new dev.syndiff.core.CancelledException();
            }
            if (deadline.passed()) {
                stoppedEarly = "The grammar pass stopped early: its time budget ran out after " + done + " of "
                        + pairs.size() + " changed sentences; the rest were not checked for broken grammar.";
                break;
            }
            listener.progress("Checking grammar", 0.75 + 0.25 * done++ / Math.max(1, pairs.size()));
            int bFrom = p.bCell().get(0).sentence().start();
            String b = p.bText().substring(bFrom, p.bCell().get(p.bCell().size() - 1).sentence().end());
            String a = p.aText().substring(p.aCell().get(0).sentence().start(), p.aCell().get(p.aCell().size() - 1).sentence().end());
            Set<String> inCounterpart = new HashSet<>();
            for (RuleMatch m : checker.check(a)) {
                inCounterpart.add(m.getRule().getId());
            }
            for (RuleMatch m : checker.check(b)) {
                String cat = m.getRule().getCategory().getId().toString();
                if (!CATEGORIES.contains(cat) || inCounterpart.contains(m.getRule().getId())) {
                    continue;
                }
                Span span = new Span(bFrom + m.getFromPos(), bFrom + m.getToPos());
                out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), span, null, 0.5,
                        "Broken grammar that " + ctx.fileOf(p.aSource()) + " does not have: " + plain(m.getMessage()) + "."));
            }
        }
        return out;
    }

    private static List<RuleMatch> check(JLanguageTool tool, String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String message) {
        return message.replaceAll("<[^>]{0,40}>", "").replaceAll("[.\\s]+$", "");
    }
}
