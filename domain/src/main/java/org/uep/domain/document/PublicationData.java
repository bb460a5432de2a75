package org.uep.domain.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uep.domain.party.PartyKind;

/**
 * What a publication (公示, Art. 48) would say about the party and the facts, before or after
 * {@link PublicationRedaction}: the party's name, kind and identifier (ID number or unified social credit code), their
 * address, phone, bank account and health data, third parties named in the case, whether a minor is the party, and
 * the facts as written in the decision.
 */
public record PublicationData(String partyName, PartyKind partyKind, String identifier, String address, String phone,
                              String bankAccount, String healthData, List<String> thirdPartyNames, boolean minor,
                              String facts) {

    public PublicationData {
        thirdPartyNames = thirdPartyNames == null ? List.of() : List.copyOf(thirdPartyNames);
    }

    /** The fields of the PUBLICATION template this data fills (party, identifier, facts). */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", partyName);
        fields.put("identifier", identifier);
        fields.put("facts", facts);
        return fields;
    }
}
