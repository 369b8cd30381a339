package com.mallboard.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts a listing's stock on the mall's variants. Without options the product's one variant gets the total. With
 * options each option's stock (and its SKU, as the variant's custom code) goes to the variant whose option value is
 * the option's name; options the mall does not have, or variants we do not know, stop the push with a reason rather
 * than guessing, since a wrong guess oversells.
 */
final class StockWriter {

    private StockWriter() {
    }

    static void write(MallGateway gateway, RemoteProduct product, ListingContent content) {
        if (!content.hasOptions()) {
            writeTotal(gateway, product, content.stock());
            return;
        }
        List<VariantStock> wanted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (OptionContent option : content.options()) {
            Optional<RemoteVariant> variant = product.variants().stream()
                    .filter(v -> option.name().equals(v.optionValue())).findFirst();
            variant.ifPresentOrElse(v -> wanted.add(new VariantStock(v.variantCode(), option.sku(), option.stock())),
                    () -> missing.add(option.name()));
        }
        int extra = product.variants().size() - wanted.size();
        if (!missing.isEmpty() || extra > 0) {
            throw new MallCallException(0, "options", "the mall's product " + product.productNo() + " has options "
                    + product.variants().stream().map(RemoteVariant::optionValue).collect(Collectors.toList())
                    + " but Mallboard has " + content.options().stream().map(OptionContent::name).toList()
                    + "; make them the same in the mall's admin, then retry", false);
        }
        if (!alreadyThere(product, wanted)) {
            gateway.updateVariants(product.productNo(), wanted);
        }
    }

    private static boolean alreadyThere(RemoteProduct product, List<VariantStock> wanted) {
        return wanted.stream().allMatch(w -> product.variants().stream().anyMatch(v -> v.variantCode()
                .equals(w.variantCode()) && Objects.equals(v.customVariantCode(), w.customVariantCode())
                && v.stock() == w.stock()));
    }

    /**
     * One stock per product. A mall product with several options (made in the mall's admin) would get that whole
     * stock on every option and oversell, so it is refused with a reason instead.
     */
    private static void writeTotal(MallGateway gateway, RemoteProduct product, int stock) {
        if (product.variants().size() > 1) {
            throw new MallCallException(0, "options", "the mall's product " + product.productNo() + " has "
                    + product.variants().size() + " options; give the product the same options in Mallboard, or set "
                    + "the options' stock in the mall", false);
        }
        gateway.updateStock(product, stock);
    }
}
