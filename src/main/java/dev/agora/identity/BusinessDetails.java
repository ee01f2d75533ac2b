package dev.agora.identity;

import org.jspecify.annotations.Nullable;

/** A business seller's registration: company name, commercial register number and tax (VAT) id. */
public record BusinessDetails(@Nullable String companyName, @Nullable String registrationNumber, @Nullable String taxId) {}
