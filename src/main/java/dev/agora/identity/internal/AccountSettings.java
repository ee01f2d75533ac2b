package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member changing their own account: profile, password, avatar. Used by the settings page and the API. */
@Service
public class AccountSettings {

    /** Avatar edge lengths in pixels: the profile picture and the small one in lists. */
    public static final int LARGE = 256;

    public static final int SMALL = 64;

    /** A stored avatar picture and the account version its URL must carry to be cached for long. */
    public record Avatar(byte[] jpeg, long version) {}

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final BlobStorage blobs;
    private final Clock clock;

    AccountSettings(AccountRepository accounts, PasswordEncoder passwordEncoder, BlobStorage blobs, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PublicProfile profile(AccountId id) {
        return account(id).toPublicProfile();
    }

    /** Saves valid changes and returns the member as the session should now show them. */
    @Transactional
    public Member updateProfile(AccountId id, ProfileChanges changes) {
        Account account = account(id);
        account.updateProfile(changes);
        Member member = account.toMember(clock.instant());
        member.eraseCredentials();
        return member;
    }

    @Transactional
    public void changePassword(AccountId id, String currentPassword, String newPassword) {
        account(id).changePassword(currentPassword, newPassword, passwordEncoder);
    }

    /** Checks and re-encodes the upload (no metadata survives) before anything is stored. */
    @Transactional
    public void changeAvatar(AccountId id, byte[] upload) {
        Account account = accounts.findForNewVersion(id.value()).orElseThrow(() -> unknown(id));
        Map<Integer, byte[]> squares;
        try {
            squares = ImageResizer.squareJpegs(upload, LARGE, SMALL);
        } catch (RejectedImageException e) {
            throw InvalidInputException.of("avatar", e.code(), e.getMessage());
        }
        String prefix = "avatars/" + id + "/";
        squares.forEach((edge, jpeg) -> blobs.put(prefix + edge + ".jpg", jpeg, "image/jpeg"));
        account.changeAvatar(prefix);
    }

    @Transactional(readOnly = true)
    public Optional<Avatar> avatar(String handle, int edge) {
        int stored = edge <= SMALL ? SMALL : LARGE;
        return accounts.findByHandle(handle.toLowerCase(Locale.ROOT))
                .filter(account -> account.avatarKey() != null)
                .flatMap(account -> blobs.get(account.avatarKey() + stored + ".jpg")
                        .map(blob -> new Avatar(blob.content(), account.version())));
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> unknown(id));
    }

    private static IllegalStateException unknown(AccountId id) {
        return new IllegalStateException("No account " + id);
    }
}
