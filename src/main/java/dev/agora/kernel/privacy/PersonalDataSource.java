package dev.agora.kernel.privacy;

import java.util.UUID;

/**
 * A module's share of a member's data export (the right of access and portability). Each module that keeps data
 * about members declares one bean; the export writes {@link #section()}{@code .json} for each, plus the files
 * named in {@link PersonalData#files()}. Only the member's own data: other members appear by id at most.
 */
public interface PersonalDataSource {

    /** The file name in the export, e.g. {@code listings}; unique across modules. */
    String section();

    PersonalData export(UUID accountId);
}
