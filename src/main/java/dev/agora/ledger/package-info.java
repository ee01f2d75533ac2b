/**
 * The escrow ledger: accounts per type and currency, balanced append-only journal entries with caller-supplied
 * ids, two-phase (pending) authorisations, holds, balances derived from the journal, the trial balance. See
 * docs/ledger.md. Depends on the kernel only; payments and orders call {@link dev.agora.ledger.LedgerManagement}.
 */
@ApplicationModule(displayName = "Ledger", allowedDependencies = "kernel")
@NullMarked
package dev.agora.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
