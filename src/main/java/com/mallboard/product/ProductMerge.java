package com.mallboard.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A three-way merge of a product after a stale save: the copy the editor started from ({@code base}), the product
 * as someone else stored it ({@code theirs}) and what this user typed ({@code mine}). A field only they changed is
 * taken from theirs, a field only I changed keeps mine, and a field both changed to different values is a conflict
 * the user decides ({@link #resolve}). Tags are one field, compared as a set.
 */
public final class ProductMerge {
    /** The name of the tags "field" (as in the activity log). */
    public static final String TAGS = "TAGS";
    /** The name of the checklist "field" (as in the activity log); written at once, so only ever theirs. */
    public static final String CHECKLIST = "CHECKLIST";

    /** Who changed a field since the base. */
    public enum ChangedBy { THEIRS, MINE, BOTH }

    /** The change someone else made, as the activity log has it; {@code who} is null when the log does not say. */
    public record Author(String who, Instant when) {
    }

    /**
     * One field that differs somewhere. Values are what {@link ProductField#read} gives, or a sorted set of tags, or
     * the checklist as text. {@code author} is who last changed it on their side (null when only I changed it).
     */
    public record Field(String name, String labelKey, Object base, Object theirs, Object mine, ChangedBy changedBy,
            Author author) {

        public boolean needsChoice() {
            return changedBy == ChangedBy.BOTH;
        }
    }

    /** The merged result to save against {@link #stored()}'s version. */
    public record Resolved(ProductDetails details, Set<String> tags) {
    }

    private final Product stored;
    private final List<Field> fields;

    private ProductMerge(Product stored, List<Field> fields) {
        this.stored = stored;
        this.fields = List.copyOf(fields);
    }

    /**
     * @param base     the product as the editor opened it (or as last merged against)
     * @param theirs   the product as stored now
     * @param activity the stored product's activity log, for who changed a field and when (may be empty)
     */
    public static ProductMerge of(Product base, Product theirs, ProductDetails mineDetails, Set<String> mineTags,
            List<ActivityEntry> activity) {
        List<Field> fields = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            add(fields, field.name(), field.messageKey(), field.read(base.details()), field.read(theirs.details()),
                    field.read(mineDetails), authorOf(field.name(), base, theirs, activity));
        }
        add(fields, TAGS, "field.tags", new TreeSet<>(base.tags()), new TreeSet<>(theirs.tags()),
                new TreeSet<>(Tags.normalise(mineTags)), authorOf(TAGS, base, theirs, activity));
        return new ProductMerge(theirs, fields);
    }

    /**
     * The same merge, also telling that the checklist as stored ({@code stored}) is not what this window shows
     * ({@code shown}): checklist changes are written as they are made, so a difference is theirs and is taken.
     */
    public ProductMerge withChecklist(String shown, String storedNow, List<ActivityEntry> activity) {
        if (Objects.equals(shown, storedNow)) {
            return this;
        }
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(CHECKLIST, "merge.field.checklist", shown, storedNow, shown, ChangedBy.THEIRS,
                newest(CHECKLIST, null, activity).orElse(new Author(null, stored.updatedAt()))));
        return new ProductMerge(stored, more);
    }

    private static void add(List<Field> fields, String name, String labelKey, Object base, Object theirs, Object mine,
            Author author) {
        boolean theirsChanged = !Objects.equals(base, theirs);
        boolean mineChanged = !Objects.equals(base, mine);
        if (!theirsChanged && !mineChanged || Objects.equals(theirs, mine)) {
            return;
        }
        ChangedBy by = theirsChanged && mineChanged ? ChangedBy.BOTH : theirsChanged ? ChangedBy.THEIRS : ChangedBy.MINE;
        fields.add(new Field(name, labelKey, base, theirs, mine, by, by == ChangedBy.MINE ? null : author));
    }

    /** The newest activity line of the field written after the base was saved; else the stored time, nobody named. */
    private static Author authorOf(String name, Product base, Product theirs, List<ActivityEntry> activity) {
        return newest(name, base.updatedAt(), activity).orElse(new Author(null, theirs.updatedAt()));
    }

    private static java.util.Optional<Author> newest(String name, Instant after, List<ActivityEntry> activity) {
        return activity.stream()
                .filter(entry -> entry.field().equals(name))
                .filter(entry -> after == null || entry.changedAt() == null || !entry.changedAt().isBefore(after))
                .max(Comparator.comparing(ActivityEntry::changedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(entry -> new Author(entry.changedBy(), entry.changedAt()));
    }

    /** Fields both sides changed to different values: the user picks one side for each. */
    public List<Field> conflicts() {
        return fields.stream().filter(Field::needsChoice).toList();
    }

    /** Fields only the other side changed: taken from theirs without asking. */
    public List<Field> theirsOnly() {
        return fields.stream().filter(f -> f.changedBy() == ChangedBy.THEIRS).toList();
    }

    /** Fields only I changed: kept without asking. */
    public List<Field> mineOnly() {
        return fields.stream().filter(f -> f.changedBy() == ChangedBy.MINE).toList();
    }

    /** The product as stored now; the merged result is saved against its version. */
    public Product stored() {
        return stored;
    }

    /**
     * The merged product: theirs, with my value for every field only I changed and for every conflict not named in
     * {@code takeTheirs} (field names, {@link #TAGS} for the tags).
     */
    @SuppressWarnings("unchecked")
    public Resolved resolve(Set<String> takeTheirs) {
        ProductDetailsBuilder details = stored.details().toBuilder();
        Set<String> tags = new TreeSet<>(stored.tags());
        for (Field field : fields) {
            boolean mine = field.changedBy() == ChangedBy.MINE
                    || field.changedBy() == ChangedBy.BOTH && !takeTheirs.contains(field.name());
            if (!mine || CHECKLIST.equals(field.name())) {
                continue;
            }
            if (TAGS.equals(field.name())) {
                tags = new TreeSet<>((Set<String>) field.mine());
            } else {
                ProductField.valueOf(field.name()).write(details, field.mine());
            }
        }
        return new Resolved(details.build(), tags);
    }
}
