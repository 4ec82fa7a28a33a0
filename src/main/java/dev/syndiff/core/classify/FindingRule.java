package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import java.util.List;

/** One kind of difference: reads the compared bundle, returns its findings (ids assigned later). */
public interface FindingRule {
    List<Finding> apply(ClassifyContext context);
}
