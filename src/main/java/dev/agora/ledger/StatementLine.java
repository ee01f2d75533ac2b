package dev.agora.ledger;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** One movement on a seller's accounts; {@code amount} is positive when the account grew. */
public record StatementLine(
        String entryId, Instant at, EntryCode code, String reference, AccountType account, Money amount, String memo) {}
