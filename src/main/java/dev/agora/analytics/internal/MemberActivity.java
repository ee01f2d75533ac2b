package dev.agora.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Active buyers and sellers, their distinct pairs and repeat buyers over a set of buyer–seller rows. Distinct members
 * cannot be summed over days or months, so they are counted from the rows of each sub-range.
 */
record MemberActivity(long buyers, long sellers, long members, long pairs, long repeatBuyers) {

    /** Paid orders between one buyer and one seller on a day (or in a month, then {@code period} is its first day). */
    record PairRow(LocalDate period, UUID buyer, UUID seller, long paidOrders) {}

    static MemberActivity of(List<PairRow> rows) {
        Set<UUID> buyers = new HashSet<>();
        Set<UUID> sellers = new HashSet<>();
        Set<UUID> members = new HashSet<>();
        Set<List<UUID>> pairs = new HashSet<>();
        Map<UUID, Long> purchases = new HashMap<>();
        for (PairRow row : rows) {
            buyers.add(row.buyer());
            sellers.add(row.seller());
            members.add(row.buyer());
            members.add(row.seller());
            pairs.add(List.of(row.buyer(), row.seller()));
            purchases.merge(row.buyer(), row.paidOrders(), Long::sum);
        }
        long repeat = purchases.values().stream().filter(n -> n >= 2).count();
        return new MemberActivity(buyers.size(), sellers.size(), members.size(), pairs.size(), repeat);
    }
}
