package org.marsad.gateway.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.marsad.gateway.client.CurationClient;
import org.marsad.gateway.model.Curation.EventCorrectionInput;
import org.marsad.gateway.model.Entity;
import org.marsad.gateway.model.Event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Corrections by analysts. Each needs Authorization: Bearer <token>, and each survives re-extraction. */
@GraphQLApi
public class CurationMutations {

    private final CurationClient curation;
    private final Caller caller;

    public CurationMutations(CurationClient curation, Caller caller) {
        this.curation = curation;
        this.caller = caller;
    }

    @Mutation
    @Description("Merges `from` into `into`: mentions, roles, events and spellings follow; `from`'s id then answers `into`")
    public @NonNull Entity mergeEntities(@NonNull @Id @Description("The entity that stays") String into,
                                         @NonNull @Id @Description("The entity merged away") String from) {
        return ModelMapper.entity(curation.merge(caller.writerAuthorization("mergeEntities"), into, from));
    }

    @Mutation
    @Description("Splits spellings off an entity into a new one (undoing a wrong merge); returns the new entity")
    public @NonNull Entity splitEntity(@NonNull @Id @Description("The entity to split") String id,
                                       @NonNull @Description("The spellings that go to the new entity") List<@NonNull String> aliases) {
        return ModelMapper.entity(curation.split(caller.writerAuthorization("splitEntity"), id, aliases));
    }

    @Mutation
    @Description("Adds a spelling to an entity")
    public @NonNull Entity addAlias(@NonNull @Id @Description("The entity's id") String entity,
                                    @NonNull @Description("The spelling to add, in any script") String alias) {
        return ModelMapper.entity(curation.addAlias(caller.writerAuthorization("addAlias"), entity, alias));
    }

    @Mutation
    @Description("Removes a spelling from an entity; extraction will not attach it again")
    public @NonNull Entity removeAlias(@NonNull @Id @Description("The entity's id") String entity,
                                       @NonNull @Description("The spelling to remove") String alias) {
        return ModelMapper.entity(curation.removeAlias(caller.writerAuthorization("removeAlias"), entity, alias));
    }

    @Mutation
    @Description("Corrects an event's type, status, date or location; the correction wins over the sources")
    public @NonNull Event correctEvent(@NonNull @Id @Description("The event's id") String id,
                                      @NonNull @Description("The fields to set") EventCorrectionInput correction) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (correction.type() != null) {
            fields.put("type", correction.type().name());
        }
        if (correction.status() != null) {
            fields.put("status", correction.status().name());
        }
        if (correction.date() != null) {
            fields.put("date", correction.date());
        }
        if (correction.location() != null) {
            fields.put("location", correction.location());
        }
        return ModelMapper.event(curation.correct(caller.writerAuthorization("correctEvent"), id, fields));
    }
}
