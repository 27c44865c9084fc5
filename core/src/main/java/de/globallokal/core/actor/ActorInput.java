package de.globallokal.core.actor;

import de.globallokal.core.procurement.ReferenceKey;
import de.globallokal.core.sdg.SdgGoal;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an editor sends to create or replace a local actor. */
public record ActorInput(@NotBlank @Size(max = 160) String name, @NotNull ActorKind kind,
        @Valid LocalizedText description, @Size(max = 20) List<@NotBlank @Size(max = 60) String> themes,
        @Size(max = 17) List<@NotNull @SdgGoal Integer> sdgs,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}",
                message = "{globallokal.validation.language-code}") String> languages,
        @Size(max = 120) String contactPerson, @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()/\\-]{3,38}",
                message = "{globallokal.validation.phone}") String phone,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "{globallokal.validation.web-address}") String website,
        @PastOrPresent LocalDate lastConfirmed, boolean example, @Size(max = 3) List<@NotNull FairTradeRole> fairTrade,
        @Size(max = 20) List<@NotNull @ReferenceKey String> productGroups) {
}
