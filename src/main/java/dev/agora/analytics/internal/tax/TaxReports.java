package dev.agora.analytics.internal.tax;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.money.Money;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Per-seller annual figures from {@code analytics_tax_year}, flagged against {@link TaxRules}. */
@Component
public class TaxReports {

    private final JdbcClient jdbc;
    private final TaxRules rules;
    private final IdentityManagement identity;

    TaxReports(JdbcClient jdbc, TaxRules rules, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.identity = identity;
    }

    /** Every seller with sales in the year, flagged first, then by transactions. */
    @Transactional(readOnly = true)
    public List<SellerYear> year(int year, boolean flaggedOnly) {
        List<SellerYear> all = jdbc.sql("""
                SELECT seller_id, currency, gross_minor, transactions FROM analytics_tax_year
                WHERE tax_year = ? AND transactions > 0 ORDER BY transactions DESC, gross_minor DESC, seller_id""")
                .param(year)
                .query((rs, n) -> seller(rs.getObject(1, UUID.class), year, Money.ofMinor(rs.getLong(3), rs.getString(2)), rs.getLong(4)))
                .list();
        return all.stream().filter(s -> !flaggedOnly || s.flagged())
                .sorted(java.util.Comparator.comparing((SellerYear s) -> !s.flagged())).toList();
    }

    /** One seller's year, one entry per currency they sold in (empty if none). */
    @Transactional(readOnly = true)
    public List<SellerYear> statement(UUID sellerId, int year) {
        return jdbc.sql("SELECT currency, gross_minor, transactions FROM analytics_tax_year WHERE seller_id = ? AND tax_year = ? ORDER BY currency")
                .params(sellerId, year)
                .query((rs, n) -> seller(sellerId, year, Money.ofMinor(rs.getLong(2), rs.getString(1)), rs.getLong(3)))
                .list();
    }

    private SellerYear seller(UUID sellerId, int year, Money gross, long transactions) {
        String name = identity.findProfile(new AccountId(sellerId)).map(PublicProfile::handle).map(h -> "@" + h)
                .orElse(sellerId.toString());
        return new SellerYear(sellerId, name, year, gross, transactions,
                rules.flags(gross.currencyCode(), gross.amount(), transactions));
    }
}
