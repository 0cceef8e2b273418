//! The head nouns that tell what follows an office's connector: whom it serves (a body, an
//! event, a group of states), a named body, or another office.

/// True for the heads of bodies, events and groups of states: after a connector with an
/// article ("du Comité", "de la mission", "des pays"), the one the office serves, which stays
/// outside; without one, a kind of portfolio ("chef de mission"). Folded.
pub(crate) fn is_served_head(word: &str) -> bool {
    matches!(
        word,
        "coalition"
            | "comite"
            | "commission"
            | "conseil"
            | "centre"
            | "agence"
            | "organisme"
            | "office"
            | "organisation"
            | "organisations"
            | "departement"
            | "direction"
            | "ambassade"
            | "ministere"
            | "mission"
            | "programme"
            | "union"
            | "ligue"
            | "communaute"
            | "fondation"
            | "institut"
            | "universite"
            | "ecole"
            | "academie"
            | "hopital"
            | "federation"
            | "societe"
            | "assemblee"
            | "parlement"
            | "senat"
            | "cour"
            | "tribunal"
            | "bureau"
            | "secretariat"
            | "observatoire"
            | "cellule"
            | "college"
            | "delegation"
            | "foire"
            | "forum"
            | "sommet"
            | "conference"
            | "reunion"
            | "session"
            | "pays"
            | "etats"
            | "nations"
            | "membres"
            | "confederation"
            | "continent"
            | "region"
            | "ville"
            | "gouvernement"
            | "groupe"
            | "banque"
    )
}

/// True for the heads of named bodies when capitalised ("du Service", "des Forces
/// terrestres"): then the one the office serves; in lower case, a portfolio ("chef du service
/// de sécurité intérieure", "chef d'état-major des forces armées"). Folded.
pub(super) fn is_named_body_head(word: &str) -> bool {
    matches!(
        word,
        "forces"
            | "force"
            | "armee"
            | "armees"
            | "service"
            | "services"
            | "garde"
            | "gendarmerie"
            | "police"
            | "marine"
            | "etat-major"
    )
}

/// True for the nouns that head offices: after a connector ("directeur de cabinet du
/// ministre"), another office, which the first serves. Folded.
pub(super) fn is_office_head(word: &str) -> bool {
    matches!(
        word,
        "chef"
            | "chefs"
            | "ministre"
            | "ministres"
            | "directeur"
            | "directeurs"
            | "directrice"
            | "president"
            | "presidents"
            | "presidente"
            | "secretaire"
            | "secretaires"
            | "commandant"
            | "commandants"
            | "conseiller"
            | "conseillers"
            | "representant"
            | "representants"
            | "envoye"
            | "coordinateur"
            | "commissaire"
            | "commissaires"
            | "ambassadeur"
            | "ambassadeurs"
            | "gouverneur"
            | "prefet"
            | "premier"
            | "roi"
            | "prince"
            | "emir"
    )
}
