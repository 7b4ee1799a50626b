package org.marsad.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Accepts the API tokens configured in {@code marsad.api.tokens} (comma-separated, from {@code MARSAD_API_TOKENS}
 * or {@code MARSAD_API_TOKEN}). With none configured every write is refused: the service fails closed.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String WRITER = "writer";
    private static final Logger LOG = Logger.getLogger(ApiTokenIdentityProvider.class);

    private final List<byte[]> tokens;

    public ApiTokenIdentityProvider(@ConfigProperty(name = "marsad.api.tokens") Optional<List<String>> tokens) {
        this.tokens = tokens.orElse(List.of()).stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
        if (this.tokens.isEmpty()) {
            LOG.warn("No API token configured (MARSAD_API_TOKEN): every write will be refused.");
        }
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] offered = request.getToken().getToken().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so response timing says nothing about the token.
        boolean known = false;
        for (byte[] token : tokens) {
            known |= MessageDigest.isEqual(token, offered);
        }
        if (!known) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown API token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-client"))
                .addRole(WRITER)
                .build());
    }
}
