package dev.agora.kernel.web;

import dev.agora.kernel.time.MarketTime;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page reads times in the market's zone ({@code ${#temporals.format(at.atZone(marketZone), …)}}): formatted
 * as they are, instants came out in the server's zone, so an operator's order list and the member's order page
 * disagreed by an hour.
 */
@ControllerAdvice
class MarketZoneModel {

    private final MarketTime market;

    MarketZoneModel(MarketTime market) {
        this.market = market;
    }

    @ModelAttribute("marketZone")
    ZoneId marketZone() {
        return market.zone();
    }
}
