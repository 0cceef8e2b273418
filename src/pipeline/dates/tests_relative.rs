//! Relative dates with their values: distances from today, "aujourd'hui" as today or as
//! nowadays, weekdays beside their dates, evenings and nights, parts of the current period.

use super::tests::check;

#[test]
fn ago_and_in() {
    let anchor = Some("2024-05-15");
    check(
        "il y a deux jours, il y a une semaine, dans trois mois, il y a dix ans, il y a un jour",
        anchor,
        &[
            ("il y a deux jours", Some("2024-05-13")),
            ("il y a une semaine", Some("2024-05-08")),
            ("dans trois mois", Some("2024-08")),
            ("il y a dix ans", Some("2014")),
            ("il y a un jour", Some("2024-05-14")),
        ],
    );
    check("il y a deux soldats, dans deux régions", anchor, &[]);
    // "il ya", as some papers write it; the periods after "du" and "au", and those "écoulées".
    check(
        "Il ya trois jours, le bilan du seul mois dernier et des deux semaines écoulées a été \
         revu; le vote est reporté au mois prochain, après les combats du week-end dernier.",
        anchor,
        &[
            ("Il ya trois jours", Some("2024-05-12")),
            ("mois dernier", Some("2024-04")),
            ("deux semaines écoulées", Some("2024-05-01/2024-05-15")),
            ("mois prochain", Some("2024-06")),
            ("week-end dernier", Some("2024-05-11/2024-05-12")),
        ],
    );
    // Not the months spent ("les deux mois passés en mission"), nor "ya" alone.
    check(
        "Les deux mois passés en mission; ya deux soldats.",
        anchor,
        &[],
    );
}

#[test]
fn then_and_now_are_no_days() {
    let anchor = Some("2024-05-15");
    check(
        "Hier comme aujourd'hui, la paix. Les défis d'hier et d'aujourd'hui, d'hier à \
         aujourd'hui, aujourd'hui comme demain.",
        anchor,
        &[],
    );
    // Sooner or later.
    check(
        "La crise nous touchera, aujourd'hui ou demain, et demain ou hier rien n'aurait changé.",
        anchor,
        &[],
    );
    // Two days named together are still days.
    check(
        "Hier et aujourd'hui, le ministre a siégé.",
        anchor,
        &[
            ("Hier", Some("2024-05-14")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn a_relative_day_before_a_dated_weekday_and_weekdays_before_english_dates() {
    let anchor = Some("2024-05-15");
    check(
        "face à la presse hier mardi 14 mai 2024, et hier mardi encore",
        anchor,
        &[
            ("hier", Some("2024-05-14")),
            ("mardi 14 mai 2024", Some("2024-05-14")),
            ("hier mardi", Some("2024-05-14")),
        ],
    );
    check(
        "Plus tôt ce mois-ci, Mardi, 25 November 2025; Fri, 24 Jun 2022",
        anchor,
        &[
            ("Plus tôt ce mois-ci", Some("2024-05")),
            ("Mardi, 25 November 2025", Some("2025-11-25")),
            ("Fri, 24 Jun 2022", Some("2022-06-24")),
        ],
    );
}

#[test]
fn nowadays_before_a_state_verb_or_the_future_and_today_of_an_event() {
    let anchor = Some("2024-05-15");
    check(
        "Les menaces aujourd'hui sont transfrontalières, aujourd'hui et à l'avenir.",
        anchor,
        &[],
    );
    check(
        "Notre rencontre d'aujourd'hui est un tournant; les défis d'aujourd'hui aussi.",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
    // What one heads, holds or has is held now; what one has done is today's.
    check(
        "Le colonel, qui dirige aujourd'hui la région, dispose aujourd'hui de renforts. \
         Nous avons aujourd'hui des moyens. Le programme couvre aujourd'hui quatre régions.",
        anchor,
        &[],
    );
    check(
        "Le ministre a aujourd'hui signé l'accord ; ils ont aujourd'hui rencontré le préfet. \
         La déclaration d'aujourd'hui ouvre une voie nouvelle. À partir d'aujourd'hui, la \
         point de presse d'aujourd'hui est public.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn today_at_a_time_of_its_day_or_an_anniversary_and_nowadays_denied_or_exposed() {
    let anchor = Some("2024-05-15");
    check(
        "L'attaque a eu lieu à l'aube d'aujourd'hui. Cela fait aujourd'hui 30 ans que \
         l'école existe.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
    check(
        "Les armées ne sont pas aujourd'hui prêtes ; les risques auxquels sont exposés \
         aujourd'hui les civils.",
        anchor,
        &[],
    );
    // A distance with a half has no precision to give it a value: no date.
    check(
        "Le retrait sera achevé dans un mois et demi, commencé il y a deux ans et demi.",
        anchor,
        &[],
    );
}

#[test]
fn weekdays_before_their_day_of_the_month_decades_and_counts_so_far() {
    let anchor = Some("2024-05-15");
    // A weekday before its day of the month is the story's day, not a relative one.
    check(
        "les travaux du lundi 13 et du mardi 14 se sont achevés",
        anchor,
        &[],
    );
    // Without an article, closed by punctuation: still the story's day of the month.
    check(
        "Le préfet a parlé. Jeudi 9, il avait reçu les maires ; lundi 13. Le bilan suivra.",
        anchor,
        &[],
    );
    // Without an article, the number after the weekday is a count.
    check(
        "la cour a reconnu mardi 12 hommes coupables",
        anchor,
        &[("mardi", Some("2024-05-14"))],
    );
    check(
        "le modèle a inspiré ces deux dernières décennies",
        anchor,
        &[(
            "ces deux dernières décennies",
            Some("2004-05-15/2024-05-15"),
        )],
    );
    // Counts in words, compound ones too.
    check(
        "le plan couvre les dix-sept prochains mois, après les vingt-trois derniers mois et \
         les treize dernières années",
        anchor,
        &[
            ("les dix-sept prochains mois", Some("2024-05-15/2025-10-15")),
            (
                "les vingt-trois derniers mois",
                Some("2022-06-15/2024-05-15"),
            ),
            ("les treize dernières années", Some("2011-05-15/2024-05-15")),
        ],
    );
    check(
        "les investissements de la prochaine décennie et de la décennie à venir",
        anchor,
        &[
            ("la prochaine décennie", Some("2024-05-15/2034-05-15")),
            ("la décennie à venir", Some("2024-05-15/2034-05-15")),
        ],
    );
    check(
        "le régime a limogé aujourd'hui plus de 18 000 agents",
        anchor,
        &[],
    );
}

#[test]
fn weekdays_inside_web_addresses_are_no_dates() {
    let anchor = Some("2024-05-15");
    check(
        "Lire https://www.exemple.fr/2024/05/hommage-mardi.php et photo-lundi.jpg, puis mardi.",
        anchor,
        &[("mardi", Some("2024-05-14"))],
    );
}

#[test]
fn weekends_without_a_hyphen_and_parts_of_today() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "cette matinée, cette soirée, ce weekend, le weekend dernier",
        anchor,
        &[
            ("cette matinée", Some("2024-05-15")),
            ("cette soirée", Some("2024-05-15")),
            ("ce weekend", Some("2024-05-18/2024-05-19")),
            ("le weekend dernier", Some("2024-05-11/2024-05-12")),
        ],
    );
}

#[test]
fn a_weekday_au_soir_and_an_evening_that_is_an_event() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "Samedi au soir, le ministre est arrivé ; lundi au matin, il est reparti.",
        anchor,
        &[
            ("Samedi au soir", Some("2024-05-11")),
            ("lundi au matin", Some("2024-05-13")),
        ],
    );
    // The subject of its sentence names an event; with a comma, a time.
    check(
        "Cette soirée a réuni les habitants de la ville.",
        anchor,
        &[],
    );
    check(
        "Cette nuit, les forces ont riposté. Il a parlé cette soirée.",
        anchor,
        &[
            ("Cette nuit", Some("2024-05-15")),
            ("cette soirée", Some("2024-05-15")),
        ],
    );
}

#[test]
fn days_joined_by_et_with_their_weekdays() {
    check(
        "les samedi 17 et dimanche 18 février 2024, puis entre le lundi 3 et le mercredi 5 juin \
         2024, et les lundi 8, mardi 9 et mercredi 10 juillet",
        Some("2024-01-10"),
        &[
            (
                "samedi 17 et dimanche 18 février 2024",
                Some("2024-02-17/2024-02-18"),
            ),
            (
                "entre le lundi 3 et le mercredi 5 juin 2024",
                Some("2024-06-03/2024-06-05"),
            ),
            (
                "lundi 8, mardi 9 et mercredi 10 juillet",
                Some("2024-07-08/2024-07-10"),
            ),
        ],
    );
}

#[test]
fn ce_jour_is_today_where_it_is_not_so_far_or_that_day() {
    let anchor = Some("2024-05-15");
    check(
        "Le ministre a reçu ce jour l'ambassadeur, puis cet après midi la délégation.",
        anchor,
        &[
            ("ce jour", Some("2024-05-15")),
            ("cet après midi", Some("2024-05-15")),
        ],
    );
    check(
        "À ce jour, aucun bilan ; rien jusqu'à ce jour ni depuis ce jour. Ce jour il \
         découvre le poste. Ce jour-là, il pleuvait.",
        anchor,
        &[],
    );
}

#[test]
fn a_quote_ends_no_sentence_and_a_count_is_on_the_same_line() {
    let anchor = Some("2024-05-15");
    check(
        "Le Gouvernement au « repos » cette semaine",
        anchor,
        &[("cette semaine", Some("2024-05-13/2024-05-19"))],
    );
    check(
        "Le chef de l'État fête l'Armée, aujourd'hui\n\n0\n\nLe président préside.",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
    check("la Coalition compte aujourd'hui 42 pays", anchor, &[]);
}

#[test]
fn parts_that_qualify_a_noun_months_told_by_name_and_days_that_end_a_name() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "Les vœux de fin d'année et le bilan de début de semaine ; en fin d'année, à partir de fin d'année.",
        anchor,
        &[
            ("fin d'année", Some("2024-11/2024-12")),
            ("fin d'année", Some("2024-11/2024-12")),
        ],
    );
    check(
        "La réunion, tenue à la fin de la semaine écoulée, a eu lieu durant ce mois béni de Ramadan.",
        anchor,
        &[
            ("la fin de la semaine écoulée", Some("2024-05-10/2024-05-12")),
            ("Ramadan", None),
        ],
    );
    check(
        "Ce mois, le ministre a reçu le journal Sahel Demain ; Demain, il part. Il en parlera demain.",
        anchor,
        &[
            ("Ce mois", Some("2024-05")),
            ("Demain", Some("2024-05-16")),
            ("demain", Some("2024-05-16")),
        ],
    );
    // In a headline in capitals every word is capitalised: no title is told by it.
    check(
        "LE MINISTRE A QUITTÉ HIER LA CAPITALE POUR UNE TOURNÉE",
        anchor,
        &[("HIER", Some("2024-05-14"))],
    );
}

#[test]
fn now_against_a_time_long_past_and_this_year_as_a_subject() {
    let anchor = Some("2024-05-15");
    check(
        "Il y a trente ans, la flotte comptait dix navires. Aujourd'hui, elle en aligne quatre. \
         Autrefois la base était fermée. Aujourd'hui elle accueille des exercices.",
        anchor,
        &[("Il y a trente ans", Some("1994"))],
    );
    check(
        "Le ministre est arrivé à Dakar. Aujourd'hui, il rencontre son homologue.",
        anchor,
        &[("Aujourd'hui", Some("2024-05-15"))],
    );
    check(
        "Les menaces auxquelles la région est confrontée aujourd'hui, et celles auxquelles \
         elle fait face aujourd'hui encore, ont été évoquées. Le sommet s'ouvre aujourd'hui.",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
    check(
        "Cette année l'accent a été mis sur les drones. Cette soirée a réuni les anciens.",
        anchor,
        &[("Cette année", Some("2024"))],
    );
}

#[test]
fn earlier_today_evenings_of_a_weekday_and_an_evening_of_a_date() {
    let anchor = Some("2024-05-15"); // a Wednesday
                                     // A weekday and a part of its day after "en" give the weekday alone, as "mercredi en fin
                                     // de journée" does.
    check(
        "Plus tôt dans la journée, le ministre a parlé ; jeudi en soirée, vendredi passé, \
         samedi en matinée.",
        anchor,
        &[
            ("Plus tôt dans la journée", Some("2024-05-15")),
            ("jeudi", Some("2024-05-09")),
            ("vendredi passé", Some("2024-05-10")),
            ("samedi", Some("2024-05-11")),
        ],
    );
    check(
        "La cérémonie de ce soir du 25 mai 2024 a réuni les anciens.",
        anchor,
        &[("25 mai 2024", Some("2024-05-25"))],
    );
}

#[test]
fn the_current_period_last_night_and_a_season_without_its_article() {
    let anchor = Some("2024-05-15");
    check(
        "La nuit dernière, des tirs ; depuis le début de l'année courante, l'année en cours, \
         le mois en cours, la semaine en cours ; réunie en automne dernier.",
        anchor,
        &[
            ("La nuit dernière", Some("2024-05-14")),
            ("le début de l'année courante", Some("2024-01/2024-02")),
            ("l'année en cours", Some("2024")),
            ("le mois en cours", Some("2024-05")),
            ("la semaine en cours", Some("2024-05-13/2024-05-19")),
            ("automne dernier", Some("2023-09/2023-11")),
        ],
    );
    // The night alone is no date; a weekday's evening "du 2 mars" is that date's.
    check(
        "Pendant la nuit, le calme ; ce samedi soir du 2 mars 2024.",
        anchor,
        &[("2 mars 2024", Some("2024-03-02"))],
    );
}

#[test]
fn nights_that_end_yesterday_or_today_and_periods_still_to_come() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "dans la nuit de lundi à hier, puis la nuit d'hier à aujourd'hui et la nuit de \
         mardi à ce mercredi",
        anchor,
        &[
            ("la nuit de lundi à hier", Some("2024-05-13/2024-05-14")),
            (
                "la nuit d'hier à aujourd'hui",
                Some("2024-05-14/2024-05-15"),
            ),
            (
                "la nuit de mardi à ce mercredi",
                Some("2024-05-14/2024-05-15"),
            ),
        ],
    );
    // A counted period "à venir" is the next one; in capitals, without accents, the same.
    check(
        "pour les deux semaines à venir. POUR LES TROIS MOIS A VENIR",
        anchor,
        &[
            ("les deux semaines à venir", Some("2024-05-15/2024-05-29")),
            ("LES TROIS MOIS A VENIR", Some("2024-05-15/2024-08-15")),
        ],
    );
    check(
        "au cours de la dernière décennie et de la décennie écoulée",
        anchor,
        &[
            ("la dernière décennie", Some("2014-05-15/2024-05-15")),
            ("la décennie écoulée", Some("2014-05-15/2024-05-15")),
        ],
    );
    // The article before a part of the current period is inside, as "la fin de l'année".
    check(
        "depuis le début de l'année",
        anchor,
        &[("le début de l'année", Some("2024-01/2024-02"))],
    );
    // And so is "cette" ("en cette fin d'année"; the preposition stays outside).
    check(
        "la vigilance en cette fin d'année, puis cette fin de semaine",
        anchor,
        &[
            ("cette fin d'année", Some("2024-11/2024-12")),
            ("cette fin de semaine", Some("2024-05-17/2024-05-19")),
        ],
    );
}

#[test]
fn a_lunar_feast_after_a_capitalised_name_is_a_surname() {
    check(
        "selon Ousmane Ramadan, le Ramadan commence. Ramadan Karim à tous.",
        None,
        &[("Ramadan", None), ("Ramadan", None)],
    );
    // The name's accents as combining marks (NFD) change nothing.
    check(
        "selon Zackari\u{301}a Ramadan, jeudi",
        None,
        &[("jeudi", None)],
    );
}

#[test]
fn today_of_an_event_with_its_complement_and_nowadays_in_a_role() {
    let anchor = Some("2024-05-15");
    check(
        "lors des réunions du Pentagone d'aujourd'hui, à la séance de la commission \
         d'aujourd'hui",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
    // A role held now; the defis of today are nowadays still.
    check(
        "le pays s'impose aujourd'hui comme un partenaire clé; les défis du monde d'aujourd'hui",
        anchor,
        &[],
    );
    // A membership and a judgement of the present times are nowadays; a visit that makes
    // part of a tour is today's.
    check(
        "la menace fait aujourd'hui partie du quotidien; il est difficile aujourd'hui de \
         parler de groupes; il a fait aujourd'hui une visite",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
}

#[test]
fn by_a_distance_a_part_of_today_and_a_season_to_come() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "d'ici dix ans; en cette fin d'après-midi; d'ici l'été; au cours des deux dernières \
         années",
        anchor,
        &[
            ("d'ici dix ans", Some("2034")),
            ("cette fin d'après-midi", Some("2024-05-15")),
            ("l'été", Some("2024-06/2024-08")),
            ("deux dernières années", Some("2022-05-15/2024-05-15")),
        ],
    );
    // A time of day and its weekday set off by commas are one mention; before a day's number
    // the weekday is the date's.
    check(
        "hier soir, mardi, à Paris; hier soir, mardi 14 mai",
        anchor,
        &[
            ("hier soir, mardi", Some("2024-05-14")),
            ("hier soir", Some("2024-05-14")),
            ("mardi 14 mai", Some("2024-05-14")),
        ],
    );
    // "des" before a count without "derniers" or "prochains" is no date.
    check("des deux années de guerre", anchor, &[]);
}

#[test]
fn a_season_after_a_preposition_a_weekend_in_two_words_and_the_last_days_of_an_event() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "avant l'été; dès l'automne; ce week end; le week end dernier",
        anchor,
        &[
            ("l'été", Some("2024-06/2024-08")),
            ("l'automne", Some("2024-09/2024-11")),
            ("ce week end", Some("2024-05-18/2024-05-19")),
            ("le week end dernier", Some("2024-05-11/2024-05-12")),
        ],
    );
    // The last days of a training are no period up to today; those of the year are.
    check("les deux derniers jours de formation", anchor, &[]);
    check(
        "les trois derniers mois de l'année",
        anchor,
        &[("les trois derniers mois", Some("2024-02-15/2024-05-15"))],
    );
    // A weekday and its time of day before the date stay relative, as "hier, lundi" does.
    check(
        "a rendu mercredi matin, 8 février 2017, une visite",
        anchor,
        &[
            ("mercredi matin", Some("2024-05-15")),
            ("8 février 2017", Some("2017-02-08")),
        ],
    );
}

#[test]
fn today_after_a_qualified_event_or_opening_a_sentence_before_a_number() {
    let anchor = Some("2024-05-15");
    check(
        "« Les attaques lâches d'aujourd'hui nous visent tous », a-t-il dit. Aujourd'hui 30 \
         d'entre eux ont été évacués.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
        ],
    );
    // A count so far after a verb, and the challenges of nowadays, are no day.
    check(
        "Le pays compte aujourd'hui 30 centres. Les défis sécuritaires d'aujourd'hui.",
        anchor,
        &[],
    );
    // A degree after it tells a lasting state; a time of the day, today.
    check("un scénario aujourd'hui très improbable", anchor, &[]);
    check(
        "il est arrivé aujourd'hui très tôt",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
    // The feast with a space between the article and its name.
    check(
        "à la veille de l'Aïd Al Fitr",
        anchor,
        &[("Aïd Al Fitr", None)],
    );
}

#[test]
fn today_before_its_date_the_morning_of_a_cleft_and_yesterdays_attack() {
    let anchor = Some("2024-05-15");
    check(
        "L'armée annonce, aujourd'hui 15 mai, avoir éliminé des terroristes.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("15 mai", Some("2024-05-15")),
        ],
    );
    check(
        "C'est ce matin qu'une colonne a attaqué le poste.",
        anchor,
        &[("ce matin", Some("2024-05-15"))],
    );
    check(
        "la ville visée par le double attentat-suicide d'hier",
        anchor,
        &[("hier", Some("2024-05-14"))],
    );
    // Military operations are events too; the world of yesterday is a figure.
    check(
        "Les frappes d'hier et l'opération d'hier soir ont visé le camp ; le monde d'hier \
         n'est plus.",
        anchor,
        &[
            ("hier", Some("2024-05-14")),
            ("hier soir", Some("2024-05-14")),
        ],
    );
    // A weekday, a blank and its comma before the date are the date's.
    check(
        "samedi , 11 mai 2024",
        anchor,
        &[("samedi , 11 mai 2024", Some("2024-05-11"))],
    );
}

#[test]
fn nowadays_after_a_decade_and_a_weekend_told_by_its_dates() {
    let anchor = Some("2024-05-15");
    // Now, against the decades of the sentence before.
    check(
        "Dans les années 1990, la marine achetait ses navires en Europe. Aujourd'hui, la \
         moitié de sa flotte est construite sur place.",
        anchor,
        &[("années 1990", Some("1990/1999"))],
    );
    check(
        "Le ministre a signé un accord en 1998. Aujourd'hui, il reçoit son homologue.",
        anchor,
        &[("1998", Some("1998")), ("Aujourd'hui", Some("2024-05-15"))],
    );
    // After a participle, the verb of state is the sentence's: today's act.
    check(
        "L'accord signé aujourd'hui est historique ; les défis auxquels nous sommes \
         confrontés aujourd'hui sont immenses.",
        anchor,
        &[("aujourd'hui", Some("2024-05-15"))],
    );
    // A weekday before a count in brackets is no weekday dated by them.
    check(
        "Après la commande passée lundi (18 avions), celle de mardi (3 mars) est attendue.",
        anchor,
        &[
            ("lundi", Some("2024-05-13")),
            ("3 mars", Some("2024-03-03")),
        ],
    );
    // A weekend its dates tell is no relative date; alone, it is the nearest.
    check(
        "Des tirs ont visé le poste le week-end des 4 et 5 mai ; le calme est revenu le \
         week-end.",
        anchor,
        &[
            ("4 et 5 mai", Some("2024-05-04/2024-05-05")),
            ("le week-end", Some("2024-05-11/2024-05-12")),
        ],
    );
}

#[test]
fn participles_before_a_word_composed_or_not_in_any_case() {
    use super::context::after_a_participle;
    for text in [
        "signé X",
        "SIGNÉES X",
        "signe\u{301}s X",
        "adoptée X",
        "Publiés X",
    ] {
        let at = text.len() - 1;
        assert!(after_a_participle(text, at), "{text}");
    }
    for text in [
        "été X",
        "signe X",
        "défi X",
        "X",
        "dé X",
        "signe\u{300} X",
        "sa priorité X",
        "l'unité X",
        "LA SÉCURITÉ X",
    ] {
        let at = text.len() - 1;
        assert!(!after_a_participle(text, at), "{text}");
    }
}

#[test]
fn hedged_distances_a_nights_weekday_and_a_part_of_last_weekday() {
    let anchor = Some("2024-03-12");
    check(
        "Il y a tout juste un an, il y a près de deux ans, il y a près d'un mois, il y a \
         environ 3 semaines ; il y a près de 200 soldats.",
        anchor,
        &[
            ("Il y a tout juste un an", Some("2023")),
            ("il y a près de deux ans", Some("2022")),
            ("il y a près d'un mois", Some("2024-02")),
            ("il y a environ 3 semaines", Some("2024-02-20")),
        ],
    );
    // The apostrophe some write in "il y'a".
    check(
        "Il y’a un mois, et il y'a deux jours.",
        anchor,
        &[
            ("Il y’a un mois", Some("2024-02")),
            ("il y'a deux jours", Some("2024-03-10")),
        ],
    );
    check(
        "Des tirs dans la nuit de dimanche ; l'attaque de vendredi soir dernier ; il a parlé \
         ce matin (mardi) et le fera vendredi soir prochain ; ce jour (mardi). Ce soir \
         (mardi, NDLR), il part.",
        anchor,
        &[
            ("dimanche", Some("2024-03-10")),
            ("vendredi soir dernier", Some("2024-03-08")),
            ("ce matin (mardi)", Some("2024-03-12")),
            ("vendredi soir prochain", Some("2024-03-15")),
            ("ce jour (mardi)", Some("2024-03-12")),
            ("Ce soir (mardi, NDLR)", Some("2024-03-12")),
        ],
    );
    // What one's means allow is so now; "au jour d'aujourd'hui" is as of today.
    check(
        "L'accord nous permet aujourd'hui de lutter ; la situation au jour d'aujourd'hui.",
        anchor,
        &[("aujourd'hui", Some("2024-03-12"))],
    );
}

#[test]
fn a_weekdays_night_and_a_feast_in_one_word() {
    check(
        "Les assaillants ont frappé dimanche nuit ; la fête de l'Aïd-el-Kabir approche ; ils \
         sont partis dans la matinée de ce jour.",
        Some("2024-03-12"),
        &[
            ("dimanche nuit", Some("2024-03-10")),
            ("Aïd-el-Kabir", None),
            ("la matinée de ce jour", Some("2024-03-12")),
        ],
    );
}

#[test]
fn the_speakers_day_and_a_period_before_the_verbs_object() {
    let anchor = Some("2024-03-12");
    // "Ce jour" opening a sentence is the story's day, but the speaker's in the first person.
    check(
        "Le roi arrive. Ce jour, il découvre la ville. Ce jour, nous avons signé l'accord.",
        anchor,
        &[("Ce jour", Some("2024-03-12"))],
    );
    // An indefinite article after the period opens the verb's object.
    check(
        "Ils demandent la mise en place dans les 12 prochains mois d'un gouvernement ; les \
         deux derniers jours de la formation.",
        anchor,
        &[("les 12 prochains mois", Some("2024-03-12/2025-03-12"))],
    );
}

#[test]
fn a_weekday_that_ends_a_papers_name() {
    check(
        "Selon Le Journal du dimanche, la réunion du lundi a été reportée ; le Conseil de \
         sécurité du mardi aussi.",
        Some("2024-03-12"),
        &[("lundi", Some("2024-03-11")), ("mardi", Some("2024-03-12"))],
    );
}

proptest::proptest! {
    /// The words before a weekday or "aujourd'hui" are read on char boundaries, whatever the
    /// apostrophes and accents before them.
    #[test]
    fn the_words_before_are_read_on_char_boundaries(
        text in "([a-zA-Z ]|du|Du|’|'|é|É|e\u{301}|\\.|\n){0,16}",
    ) {
        use super::context::{after_a_participle, weekday_ends_a_name};
        let input = format!("{text}dimanche");
        let at = text.len();
        let _ = weekday_ends_a_name(&["dimanche"], &input, at);
        let _ = after_a_participle(&input, at);
    }
}

#[test]
fn nowadays_in_a_sentence_of_state_and_across_a_comma_or_an_adverb() {
    let anchor = Some("2024-05-15");
    // A sentence of state that "aujourd'hui" opens; a holding verb across a comma or an
    // adverb in "-ment"; a need and a state in the infinitive.
    check(
        "Aujourd'hui, la brigade est présente dans six districts. « Aujourd’hui, la flotte \
         n’est pas prête. » Les escadrons possèdent, aujourd'hui, des blindés ; l'école \
         dispose largement aujourd'hui de simulateurs. Il faut aujourd'hui du calme. La \
         région ne peut pas être aujourd'hui tenue à l'écart. Les trafics persistent \
         aujourd'hui au nord.",
        anchor,
        &[],
    );
    // A past tense, an arrival, "c'est", a conjunction and what the day counts are the day's.
    check(
        "Aujourd'hui, le préfet a reçu les chefs. Aujourd'hui, le ministre est arrivé à Kayes. \
         Alors, aujourd'hui, c'est une fête. Mais aujourd'hui, les délégués sont présents. \
         C'est aujourd'hui la troisième fois que le conseil siège. L'édition d'aujourd'hui est \
         courte. C'est aujourd'hui une journée de deuil national dans le pays.",
        anchor,
        &[
            ("Aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn ete_after_avoir_is_a_participle_not_a_season() {
    let anchor = Some("2024-05-15");
    check(
        "Le marché a été passé avec Ankara ; il n'a pas été passé à Dakar ; la commande avait \
         déjà été passée. L'été passé, il a été signé.",
        anchor,
        &[("L'été passé", Some("2023-06/2023-08"))],
    );
}

#[test]
fn a_part_of_today_and_later_in_the_year() {
    let anchor = Some("2024-05-15");
    // A part of today is one mention with its article, as a part of yesterday is.
    check(
        "Le ministre rentre à Mopti dans la journée d'aujourd'hui ; la patrouille est partie \
         dans la matinée d’aujourd’hui.",
        anchor,
        &[
            ("la journée d'aujourd'hui", Some("2024-05-15")),
            ("la matinée d’aujourd’hui", Some("2024-05-15")),
        ],
    );
    // Later in the year, the week or today is the current period's; later in the morning of
    // a day told before is the story's.
    check(
        "Plus tard dans l'année, la brigade rejoindra les manœuvres ; elle rentrera plus tard \
         cette semaine. Dimanche, un convoi a été visé ; un second plus tard dans la matinée.",
        anchor,
        &[
            ("Plus tard dans l'année", Some("2024")),
            ("plus tard cette semaine", Some("2024-05-13/2024-05-19")),
            ("Dimanche", Some("2024-05-12")),
        ],
    );
}

#[test]
fn the_coming_years_of_a_bond_and_dici_a() {
    let anchor = Some("2024-05-15");
    // The coming years are counted from the reference whatever they hold; an event's last
    // days are the event's.
    check(
        "Un accord pour les 30 prochaines années de partenariat, après les deux derniers \
         jours de formation. D'ici à trois semaines, la mission part.",
        anchor,
        &[
            ("les 30 prochaines années", Some("2024-05-15/2054-05-15")),
            ("D'ici à trois semaines", Some("2024-06-05")),
        ],
    );
}

#[test]
fn a_day_and_its_brackets_glued_or_an_editors_note_and_counts_with_their_figures() {
    let anchor = Some("2024-03-14");
    // A relative day and its weekday in brackets with no space between; a weekday and the
    // editor's note that tells the day, valued by the note.
    check(
        "Les vivres sont arrivés hier(mercredi) et seront remis à partir de jeudi (NDLR : \
         aujourd'hui) ; la réunion de vendredi (ndlr: demain) est confirmée.",
        anchor,
        &[
            ("hier(mercredi)", Some("2024-03-13")),
            ("jeudi (NDLR : aujourd'hui)", Some("2024-03-14")),
            ("vendredi (ndlr: demain)", Some("2024-03-15")),
        ],
    );
    // In square brackets too; a night or a time of today and its weekday; a relative day,
    // its weekday and a time of that day.
    check(
        "Il est arrivé hier soir [mercredi]. La nuit dernière (mercredi), des tirs ont été \
         entendus ; il partira demain (vendredi) matin et reviendra cette nuit (jeudi).",
        anchor,
        &[
            ("hier soir [mercredi]", Some("2024-03-13")),
            ("La nuit dernière (mercredi)", Some("2024-03-13")),
            ("demain (vendredi) matin", Some("2024-03-15")),
            ("cette nuit (jeudi)", Some("2024-03-14")),
        ],
    );
    // "ce" before the weekday in brackets and the time of day: today's evening.
    check(
        "Ils ont été libérés ce (jeudi) soir, puis reçus ce [jeudi] après-midi.",
        anchor,
        &[
            ("ce (jeudi) soir", Some("2024-03-14")),
            ("ce [jeudi] après-midi", Some("2024-03-14")),
        ],
    );
    // A count in words and its figures in brackets, as administrative French writes it; the
    // tens up to sixty.
    check(
        "Au cours des cinq (05) derniers mois, puis il y a quarante-cinq (45) ans, et dans \
         deux (2) semaines ; il y a soixante ans.",
        anchor,
        &[
            ("cinq (05) derniers mois", Some("2023-10-14/2024-03-14")),
            ("il y a quarante-cinq (45) ans", Some("1979")),
            ("dans deux (2) semaines", Some("2024-03-28")),
            ("il y a soixante ans", Some("1964")),
        ],
    );
    // A figure in brackets alone is no count ("les (3) derniers mois" is not written).
    check("Le bilan des attaques (3) est lourd.", anchor, &[]);
}

#[test]
fn whose_turn_it_is_today_and_who_works_there_nowadays() {
    let anchor = Some("2024-03-12");
    check(
        "Après le ministre, c'était aujourd'hui au tour du chef d'état-major de parler. Une \
         trentaine d'analystes travaillent aujourd'hui dans ce service.",
        anchor,
        &[("aujourd'hui", Some("2024-03-12"))],
    );
}

#[test]
fn a_hijri_date_the_civil_year_and_as_things_stand() {
    let anchor = Some("2024-03-14");
    // A lunar month with a year of the Hijri calendar is a date of that calendar, no relative
    // date; without a year, the feast is relative.
    check(
        "Le 12 Ramadan 1445, la mosquée était pleine ; le ramadan s'achève bientôt.",
        anchor,
        &[("ramadan", None)],
    );
    // The civil year is the year; "compte tenu aujourd'hui de" is how things stand.
    check(
        "Le budget de cette année civile est serré, compte tenu aujourd'hui de la menace.",
        anchor,
        &[("cette année civile", Some("2024"))],
    );
    // An hour ago is today, one hour as two.
    check(
        "Publié il y a une heure ; le convoi est parti il y a deux heures.",
        anchor,
        &[
            ("il y a une heure", Some("2024-03-14")),
            ("il y a deux heures", Some("2024-03-14")),
        ],
    );
}

#[test]
fn a_part_of_a_day_and_its_brackets_a_former_name_and_clauses_of_state() {
    let anchor = Some("2024-03-14");
    // A relative day's part and the weekday in brackets; a note that dates "ce matin".
    check(
        "Hier soir (mercredi), le poste a été attaqué ; les élèves reçus ce matin (hier, NDLR) \
         ont prêté serment ; demain matin (vendredi), la cérémonie.",
        anchor,
        &[
            ("Hier soir (mercredi)", Some("2024-03-13")),
            ("ce matin (hier, NDLR)", Some("2024-03-13")),
            ("demain matin (vendredi)", Some("2024-03-15")),
        ],
    );
    // The note after a colon as after a comma.
    check(
        "Le chantier ouvert ce jour (mardi : NDLR) reprend ; la délégation arrivée ce soir \
         (hier : NDLR) repart.",
        anchor,
        &[
            ("ce jour (mardi : NDLR)", Some("2024-03-14")),
            ("ce soir (hier : NDLR)", Some("2024-03-13")),
        ],
    );
    // As of today; a former name and the present one (and not a day's subject after it);
    // a clause of state that "aujourd'hui" opens after a comma, "qu'" or "et"; "il ne
    // s'agit plus" is a state.
    check(
        "La situation à la date d'aujourd'hui est calme. Un fils de la Haute-Volta, \
         aujourd'hui Burkina Faso, est honoré ; Léopoldville (aujourd'hui Kinshasa) ; lors \
         d'une conférence tenue, aujourd'hui, Awa Sow a détaillé le plan. Le port a grandi, \
         aujourd'hui il est le premier de la région, parce qu'aujourd'hui, les navires sont \
         nombreux, et aujourd'hui les quais sont pleins. Aujourd'hui, il ne s'agit plus \
         d'attendre.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-03-14")),
            ("aujourd'hui", Some("2024-03-14")),
        ],
    );
    // The same with no-break spaces and tabs between the words.
    check(
        "Le lycée honore un officier de la Haute-Volta,\u{a0}aujourd'hui,\u{a0}\
         Burkina Faso, que la nation célèbre ; Léopoldville (aujourd'hui\tKinshasa).",
        anchor,
        &[],
    );
    // An amount so far, after "à".
    check(
        "Le budget de l'opération s'élève aujourd'hui à 85 millions d'euros ; le sommet \
         s'ouvre aujourd'hui à 10 h.",
        anchor,
        &[("aujourd'hui", Some("2024-03-14"))],
    );
}

#[test]
fn the_year_alone_as_a_complement() {
    let anchor = Some("2024-03-14");
    // "l'année" alone, the complement of a noun or of "au cours", is the current year; at a
    // headline's end too (the folded view joins its line to the next).
    check(
        "Les gendarmes ont saisi six tonnes au cours de l'année, selon le parquet. C'est la \
         plus forte saisie de l’année. Les douanes ont connu leurs pires pertes de l'année \
         mardi soir.\nBilan : quatre réseaux démantelés au cours de l'année\nPar Awa Sow",
        anchor,
        &[
            ("l'année", Some("2024")),
            ("l’année", Some("2024")),
            ("l'année", Some("2024")),
            ("mardi soir", Some("2024-03-12")),
            ("l'année", Some("2024")),
        ],
    );
    // A year told after it, a year of the story, any year, a period's complement (the
    // quarter the date), and "l'année" as a subject.
    check(
        "Au cours de l'année 2022, les saisies ont baissé ; le rapport de l'année suivante \
         l'a confirmé ; le souvenir de l'année où l'accord fut signé demeure ; le poste est \
         gardé tout au long de l'année et chaque mois de l'année, au premier trimestre de \
         l'année. L'année fut difficile.",
        anchor,
        &[
            ("2022", Some("2022")),
            ("premier trimestre de l'année", Some("2024-01/2024-03")),
        ],
    );
}

#[test]
fn a_membership_and_what_one_faces_are_states() {
    let anchor = Some("2024-03-14");
    // "faire partie" and "faire face" in a clause "aujourd'hui" opens are states; an event
    // stays the day's.
    check(
        "Fondée en 1990, l'école fait école. Aujourd'hui, elle fait partie du réseau régional. \
         Aujourd'hui, les villages font face à la sécheresse. Aujourd'hui, la ministre a \
         inauguré le centre.",
        anchor,
        &[("1990", Some("1990")), ("Aujourd'hui", Some("2024-03-14"))],
    );
}

#[test]
fn a_distance_after_an_elision() {
    let anchor = Some("2024-03-14");
    // "d'ici à un mois": four word starts before the unit, "d'ici" one word.
    check(
        "Le rapport sera remis d'ici à un mois, la caserne livrée d'ici à une semaine.",
        anchor,
        &[
            ("d'ici à un mois", Some("2024-04")),
            ("d'ici à une semaine", Some("2024-03-21")),
        ],
    );
}

#[test]
fn named_days_comparisons_and_events() {
    let anchor = Some("2024-03-14");
    // A day named after "ce jour" is no reference's day; an object after it is.
    check(
        "En ce jour anniversaire de la bataille, en ce jour de l'Indépendance, la garde a \
         relevé ce jour des traces suspectes.",
        anchor,
        &[("ce jour", Some("2024-03-14"))],
    );
    // Today compared with yesterday is then and now; the events of yesterday are a day's;
    // a "jeudi noir" is a name.
    check(
        "La vigilance est plus grande aujourd'hui qu'hier ; les événements d'hier l'ont \
         montré, comme ce «jeudi noir» (jeudi noir) des marchés.",
        anchor,
        &[("hier", Some("2024-03-13"))],
    );
    // "ce jour" and its date: the date's.
    check(
        "Par ailleurs, ce jour 12 mars 2024, les forces ont mené une reconnaissance.",
        anchor,
        &[("12 mars 2024", Some("2024-03-12"))],
    );
    // A weekday after its date and a comma is that date's; after a year alone or a month,
    // the reference's.
    check(
        "Mis à jour le 12/03/2024, mardi. Publié le 11 mars 2024, lundi. En 2023, mercredi \
         encore, puis en mars, mardi, le ministre a parlé.",
        anchor,
        &[
            ("12/03/2024", Some("2024-03-12")),
            ("11 mars 2024", Some("2024-03-11")),
            ("2023", Some("2023")),
            ("mercredi", Some("2024-03-13")),
            ("mars", Some("2024-03")),
            ("mardi", Some("2024-03-12")),
        ],
    );
}

#[test]
fn an_event_told_by_a_relative_clause() {
    let anchor = Some("2024-03-14");
    // The day of an event that a relative clause tells is today's, whatever the verb after
    // it; a state's subject is not an event.
    check(
        "La cérémonie qui nous réunit aujourd'hui est un symbole. La brigade qui patrouille \
         aujourd'hui est présente dans six districts.",
        anchor,
        &[("aujourd'hui", Some("2024-03-14"))],
    );
}

#[test]
fn nowadays_in_a_belief_a_question_of_state_a_count_before_it_and_a_title() {
    let anchor = Some("2024-05-15");
    // A belief held now, denied or in a relative clause; a question about the present state;
    // a count so far before "aujourd'hui"; a title's name.
    check(
        "« Je ne pense pas aujourd'hui que la force suffise. » Ceux qui croient aujourd'hui \
         qu'un pays seul peut vaincre se trompent. Quel est le niveau de la menace au Sahel \
         aujourd'hui ? Ils sont 12 000 aujourd'hui à vivre dans le camp. Le Journal/Aujourd'hui \
         et la revue Sahel Aujourd'hui en parlent. On estime aujourd'hui que la menace \
         recule.",
        anchor,
        &[],
    );
    // The day's: a speech of today, a question about today's event, a count after a past
    // tense, a sentence that "Aujourd'hui" opens after a colon.
    check(
        "Le ministre a pensé aux victimes aujourd'hui. Quand le conseil se réunit-il \
         aujourd'hui ? Ils ont été 300 à défiler aujourd'hui. Bilan : Aujourd'hui, le préfet a \
         reçu les chefs.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn nowadays_as_now_that_in_apposition_ongoing_and_in_the_present_year() {
    let anchor = Some("2024-05-15");
    check(
        "Aujourd'hui que l'armée a repris la ville, les habitants reviennent. Tessit, \
         aujourd'hui ville déserte, a été attaquée. Les dossiers aujourd'hui en cours sont \
         nombreux. Nous jugeons aujourd'hui en 2024 des faits anciens.",
        anchor,
        &[("2024", Some("2024"))],
    );
    // The day's: a speech's complement clause, a date or a place in apposition.
    check(
        "Le ministre a annoncé aujourd'hui que le camp fermera. Le texte, aujourd'hui 15 \
         mai, est publié. Le chef, aujourd'hui à Gao, a parlé.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("15 mai", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn the_twenty_sixth_sessions_forms_of_today_of_habits_and_of_days_told_by_a_date() {
    let anchor = Some("2024-05-15");
    // A hedge before a distance, "-ci" after this year or week, a part of today.
    check(
        "Ils sont arrivés il y a seulement deux ans, il y a à peine trois semaines, il y a un \
         peu plus de deux mois; cette année-ci et cette semaine-ci, le verdict tombera dans \
         le courant de la journée.",
        anchor,
        &[
            ("il y a seulement deux ans", Some("2022")),
            ("il y a à peine trois semaines", Some("2024-04-24")),
            ("il y a un peu plus de deux mois", Some("2024-03")),
            ("cette année-ci", Some("2024")),
            ("cette semaine-ci", Some("2024-05-13/2024-05-19")),
            ("le courant de la journée", Some("2024-05-15")),
        ],
    );
    // A weekday that "et" joins to a dated one, and a night's first day after "ce": the date
    // tells them; a habit's weekday is every one; a day told by what it is.
    check(
        "Les gendarmes ont saisi, mardi et mercredi 15 mai, des armes. La nuit de ce samedi à \
         dimanche 12 mai fut calme. Le bureau, qui se réunit d'habitude le lundi, a siégé \
         hier, en session ordinaire le mardi. En ce jour « noir » comme en ce jour historique, \
         ils se souviennent.",
        anchor,
        &[
            ("mercredi 15 mai", Some("2024-05-15")),
            ("dimanche 12 mai", Some("2024-05-12")),
            ("hier", Some("2024-05-14")),
            ("mardi", Some("2024-05-14")),
        ],
    );
    // Today put forward past an adverb, a weekday and its date after today's "le", and a
    // question about how things stand now.
    check(
        "C'est aussi aujourd'hui que s'ouvre le procès, aujourd'hui mercredi le 15 mai. En \
         2010, la brigade comptait dix hommes. Qu'en est-il aujourd'hui ?",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("mercredi le 15 mai", Some("2024-05-15")),
            ("2010", Some("2010")),
        ],
    );
}

#[test]
fn today_presented_with_its_date_a_gloss_with_its_time_and_a_months_end_before_a_conjunction() {
    let anchor = Some("2024-05-15");
    check(
        "C'est aujourd'hui, mercredi 15 mai 2024, que le verdict tombe. Ils ont traversé la \
         nuit dernière (mardi soir, ndlr) puis, lundi après midi 13 mai, ont été vus. Ils \
         signeront d'ici la fin de ce mois afin de clore le dossier, et partiront demain (ce \
         jeudi). Le couvre-feu a duré jusqu'au vendredi 6 h.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("mercredi 15 mai 2024", Some("2024-05-15")),
            ("la nuit dernière (mardi soir, ndlr)", Some("2024-05-14")),
            ("lundi après midi 13 mai", Some("2024-05-13")),
            ("la fin de ce mois", Some("2024-05-21/2024-05-31")),
            ("demain (ce jeudi)", Some("2024-05-16")),
            ("vendredi", Some("2024-05-10")),
        ],
    );
}

#[test]
fn a_day_after_a_weekday_is_a_whole_number_of_the_month_and_no_hour() {
    for day in ["14 mars", "1er juin", "8, le ministre", "31"] {
        assert!(super::is_a_day_number(day), "{day}");
    }
    for other in [
        "57 ans",
        "3e jour",
        "19officiers",
        "6 h du matin",
        "7 heures",
        "12h30",
        "2024",
    ] {
        assert!(!super::is_a_day_number(other), "{other}");
    }
}

#[test]
fn a_sentence_that_today_opens_tells_the_present_times_with_a_plural_present_or_a_negation() {
    let anchor = Some("2024-05-15");
    // The present of a plural subject, a state denied, under a heading without its stop or
    // glued to it: these times.
    check(
        "Le port est calme. Aujourd'hui, les vedettes de la brigade fluviale surveillent la \
         rive. Aujourd'hui ils gardent aussi les quais. Aujourd’hui, le réseau n'a plus les \
         moyens de frapper. Aujourd'hui, la brigade ne cesse pas ses rondes.\nUne rive sous \
         surveillance\nAujourd'hui, les pêcheurs y vivent en paix. Un quai rénové \
         Aujourd'hui, les bateaux y accostent sans peine.",
        anchor,
        &[],
    );
    // The day's: a past tense, negated or not, a reflexive plural, a third person singular, a
    // comparative "plus" after a verb of state.
    check(
        "Aujourd'hui, les ministres ont signé l'accord. Aujourd'hui, les délégués ne se sont \
         pas réunis. Aujourd'hui, les chefs se retrouvent à Dakar. Aujourd'hui, la brigade \
         fait le point. Est-ce qu'aujourd'hui, ils sont plus nombreux ?",
        anchor,
        &[
            ("Aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn a_thing_done_today_and_the_day_told_are_todays_and_a_distance_hedged_by_de_cela() {
    let anchor = Some("2024-05-15");
    check(
        "Le pont a été promis il y a dix ans. Aujourd'hui, c'est chose faite. « C'est \
         aujourd'hui, chose faite », dit le maire. « Aujourd'hui est une journée de fête », \
         ajoute-t-il. Le 15 mai. C'est aujourd'hui la dixième.",
        anchor,
        &[
            ("il y a dix ans", Some("2014")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("15 mai", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
    check(
        "Il y a de cela cinq (05) mois, le pont était fermé; il a rouvert il y a de cela \
         plus de deux ans, il y a précisément un an, il y a exactement six semaines.",
        anchor,
        &[
            ("Il y a de cela cinq (05) mois", Some("2023-12")),
            ("il y a de cela plus de deux ans", Some("2022")),
            ("il y a précisément un an", Some("2023")),
            ("il y a exactement six semaines", Some("2024-04-03")),
        ],
    );
    // ("Il y a cela de bon": no count.)
    check("Il y a cela de bon que le pont tient.", anchor, &[]);
}

#[test]
fn still_today_less_than_ever_and_how_one_stands_are_these_times() {
    let anchor = Some("2024-05-15");
    check(
        "Aujourd'hui moins que jamais, le port peut céder. Le trafic a baissé et, encore \
         aujourd'hui, les douanes le disent. Mais dans quelle situation se trouvent aujourd'hui \
         les quais ? La filière se trouve aujourd'hui sans débouchés.",
        anchor,
        &[],
    );
    // Where one is this day is the day's.
    check(
        "Le ministre se trouve aujourd'hui à Dakar, puis aujourd'hui en Guinée.",
        anchor,
        &[
            ("aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn a_clause_that_today_opens_is_read_past_the_preposition_a_and_an_events_day_before_a_comma() {
    let anchor = Some("2024-05-15");
    // "à" is no form of "avoir" (folded alike), composed or not; "se trouvent dans" is how
    // one stands.
    check(
        "Le port est calme. Aujourd'hui, les vedettes des brigades à Gao (BFG) gardent la \
         rive. Aujourd'hui, les vedettes des brigades a\u{300} Gao (BFG) gardent la rive. \
         Aujourd'hui, les quais se trouvent dans l'impasse.",
        anchor,
        &[],
    );
    // The day's: a past tense after "à", where one is, an event's day before a comma.
    check(
        "Aujourd'hui, la brigade à Gao a reçu des renforts. Aujourd'hui, les quais se \
         trouvent à Gao. Sa visite, aujourd'hui, au camp reste un honneur.",
        anchor,
        &[
            ("Aujourd'hui", Some("2024-05-15")),
            ("Aujourd'hui", Some("2024-05-15")),
            ("aujourd'hui", Some("2024-05-15")),
        ],
    );
}

#[test]
fn the_feasts_of_the_lunar_calendar_by_their_local_names() {
    let anchor = Some("2024-05-15");
    // Relative, without a value: the Mawlid (Gamou, Maouloud), the Korité, the Tabaski, the
    // Night of Destiny, "l'Aïd" alone, another spelling of Ramadan.
    check(
        "La police sécurise le Gamou de Tivaouane, puis le Maouloud et la Korité. La nuit du \
         destin précède la fête de l'Aïd, à la fin du Ramadhan.",
        anchor,
        &[
            ("Gamou", None),
            ("Maouloud", None),
            ("Korité", None),
            ("nuit du destin", None),
            ("Aïd", None),
            ("Ramadhan", None),
        ],
    );
    // "Grand" is the feast's own word, not a name before a surname; an edition counted
    // through it is none.
    check(
        "Touba attend le Grand Magal. La 131e édition du grand Magal sera sûre.",
        anchor,
        &[("Magal", None)],
    );
    // With a year of the Gregorian calendar, a date of that year.
    check(
        "Le Ramadan 2024 et l'Aïd el-Adha 2025 approchent; le Magal 2020 a eu lieu, et le \
         Gamou de 2021.",
        anchor,
        &[
            ("Ramadan 2024", Some("2024")),
            ("Aïd el-Adha 2025", Some("2025")),
            ("Magal 2020", Some("2020")),
            ("Gamou de 2021", Some("2021")),
        ],
    );
    // None: a name given, a compound, an edition counted, a yearly habit, a surname, the
    // English word.
    check(
        "Le Maouloud, une fête dite Gamou, vient après les contrôles pré-Gamou. La 96e \
         édition du Mawlid et l'édition 2019 du Gamou. Tous les ans, pour le Gamou, les \
         gendarmes veillent. Le colonel Sidi Ould Maouloud et Christian Aid.",
        anchor,
        &[("Maouloud", None)],
    );
    // A surname stays one past any blank of a line, and "Grand" past any too.
    check(
        "Le colonel Sidi\u{a0}Ould\u{a0}Maouloud et Ali\tMouloud ; le Grand\u{a0}Magal.",
        anchor,
        &[("Magal", None)],
    );
}
