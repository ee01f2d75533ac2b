package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import dev.agora.orders.OrderManagement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A member's purchases and sales in their export. Orders keep no names or contact details (only account ids and the
 * listing title), so an account erasure leaves them as they are: they are the member's contracts and the base of
 * ledger and tax records, which the law requires to keep.
 */
@Component
class OrdersPersonalData implements PersonalDataSource {

    private final OrderManagement orders;

    OrdersPersonalData(OrderManagement orders) {
        this.orders = orders;
    }

    @Override
    public String section() {
        return "orders";
    }

    @Override
    public PersonalData export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("purchases", orders.purchasesOf(new AccountId(accountId)));
        data.put("sales", orders.salesOf(new AccountId(accountId)));
        return PersonalData.of(data);
    }
}
