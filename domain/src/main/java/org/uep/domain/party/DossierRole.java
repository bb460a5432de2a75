package org.uep.domain.party;

/** How a party appears in a dossier. Only {@link #PARTY} makes the dossier part of the party's own history. */
public enum DossierRole {
    /** 当事人: the person or organisation the case is against. */
    PARTY,
    /** 法定代表人: who acts for an organisation by law. */
    LEGAL_REPRESENTATIVE,
    /** 委托代理人: an agent the party appointed (Art. 64: up to two at a hearing). */
    AGENT
}
