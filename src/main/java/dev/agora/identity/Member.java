package dev.agora.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as every module sees it ({@code @AuthenticationPrincipal Member me}). It lives in the
 * session, so it holds ids and display values only.
 */
public final class Member implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountId id;
    private final String email;
    private final String handle;
    private final String displayName;
    private final Role role;
    private final boolean locked;
    private @Nullable String passwordHash;

    public Member(
            AccountId id,
            String email,
            String handle,
            String displayName,
            Role role,
            boolean locked,
            @Nullable String passwordHash) {
        this.id = id;
        this.email = email;
        this.handle = handle;
        this.displayName = displayName;
        this.role = role;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    public AccountId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String handle() {
        return handle;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    /** Any console role: operator (administrator), moderator, support or finance. */
    public boolean isStaff() {
        return role.isStaff();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.authorities().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Member member && member.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Member[" + handle + "]";
    }
}
