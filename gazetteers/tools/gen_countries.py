#!/usr/bin/env python3
"""Generate the country gazetteers of communique.

Writes into ``gazetteers/`` (the parent of this script's folder):

* ``countries.tsv``     code, alpha3, canonical French short name (197 states)
* ``country_names.tsv`` code, surface form (short, long, variant names)
* ``demonyms.tsv``      code, surface form (masc/fem, singular/plural)

Usage (from the repository root)::

    pip install babel pycountry
    python3 gazetteers/tools/gen_countries.py

Sources:

* CLDR French territory names (``babel.Locale('fr').territories``; CLDR data
  under the Unicode licence, Babel under BSD-3-Clause): the usual short name
  of each state.  Babel does not expose CLDR's ``alt="variant"`` /
  ``alt="short"`` names; the forms of that kind that press uses are written
  in ``VARIANTS`` below.
* pycountry (LGPL-2.1; ISO 3166-1 data from Debian iso-codes): alpha-3 codes.
  Its ``official_name`` is English, so the French official long forms are
  written below (``OFFICIAL``) as facts.
* ``OFFICIAL``, ``VARIANTS`` and ``DEMONYMS`` are facts written by the project.

Scope: the 193 UN member states, plus Palestine (PS), the Holy See / Vatican
(VA), Kosovo (XK; not in ISO 3166-1: ``XK``/``XKX`` are the user-assigned
codes used by the EU and others) and Taiwan (TW): 197 codes.

Every surface is matched case-insensitively, with accents stripped and the
typographic apostrophe ’ folded to ASCII ' (see ``fold``).  So a file never
holds two surfaces of one code that fold alike, and never one folded surface
under two codes (both asserted).  Plurals of demonyms follow the French rule:
add -s, except a masculine ending in -s, -x or -z, which stays as it is.

Deliberate gaps: "Grenade" (Grenada, GD) is not written as a surface, since
it folds to the common noun (the weapon) -- GD keeps its countries.tsv row and
its demonyms.  All-capitals surfaces (RDC, EAU, USA...) are matched
case-sensitively by the crate, so they may look like common words in lower
case.

The script ends by reading its own output back and checking it (columns,
uniqueness, coverage); it exits non-zero if a check fails.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import babel
import pycountry
from babel import Locale

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# --------------------------------------------------------------------------
# Scope
# --------------------------------------------------------------------------

# The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT
BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC
EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU
ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI
LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ
NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO
TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split()

# Observer states and states of limited recognition that the press treats as
# states.
EXTRA_STATES = ["PS", "VA", "XK", "TW"]

# Kosovo has no ISO 3166-1 code; XK / XKX are user-assigned codes (used by
# the European Commission, SWIFT, etc.).
ALPHA3_OVERRIDES = {"XK": "XKX"}

# Canonical names where the CLDR short name is not a usable short name.
CANONICAL_OVERRIDES = {
    "MM": "Myanmar",    # CLDR: "Myanmar (Birmanie)"; both halves are surfaces
    "PS": "Palestine",  # CLDR: "Territoires palestiniens" (a territory label)
    "VA": "Vatican",    # CLDR: "État de la Cité du Vatican" (the long form)
}

# CLDR short names split into several surfaces instead of being used whole.
CLDR_SPLIT = {"MM": ["Myanmar", "Birmanie"]}

# --------------------------------------------------------------------------
# French official long forms (facts)
# --------------------------------------------------------------------------

OFFICIAL = {
    "AD": "Principauté d'Andorre",
    "AE": "Émirats arabes unis",
    "AF": "République islamique d'Afghanistan",
    "AG": "Antigua-et-Barbuda",
    "AL": "République d'Albanie",
    "AM": "République d'Arménie",
    "AO": "République d'Angola",
    "AR": "République argentine",
    "AT": "République d'Autriche",
    "AU": "Commonwealth d'Australie",
    "AZ": "République d'Azerbaïdjan",
    "BA": "Bosnie-Herzégovine",
    "BB": "Barbade",
    "BD": "République populaire du Bangladesh",
    "BE": "Royaume de Belgique",
    "BF": "Burkina Faso",
    "BG": "République de Bulgarie",
    "BH": "Royaume de Bahreïn",
    "BI": "République du Burundi",
    "BJ": "République du Bénin",
    "BN": "Brunéi Darussalam",
    "BO": "État plurinational de Bolivie",
    "BR": "République fédérative du Brésil",
    "BS": "Commonwealth des Bahamas",
    "BT": "Royaume du Bhoutan",
    "BW": "République du Botswana",
    "BY": "République du Bélarus",
    "BZ": "Belize",
    "CA": "Canada",
    "CD": "République démocratique du Congo",
    "CF": "République centrafricaine",
    "CG": "République du Congo",
    "CH": "Confédération suisse",
    "CI": "République de Côte d'Ivoire",
    "CL": "République du Chili",
    "CM": "République du Cameroun",
    "CN": "République populaire de Chine",
    "CO": "République de Colombie",
    "CR": "République du Costa Rica",
    "CU": "République de Cuba",
    "CV": "République de Cabo Verde",
    "CY": "République de Chypre",
    "CZ": "République tchèque",
    "DE": "République fédérale d'Allemagne",
    "DJ": "République de Djibouti",
    "DK": "Royaume du Danemark",
    "DM": "Commonwealth de la Dominique",
    "DO": "République dominicaine",
    "DZ": "République algérienne démocratique et populaire",
    "EC": "République de l'Équateur",
    "EE": "République d'Estonie",
    "EG": "République arabe d'Égypte",
    "ER": "État d'Érythrée",
    "ES": "Royaume d'Espagne",
    "ET": "République fédérale démocratique d'Éthiopie",
    "FI": "République de Finlande",
    "FJ": "République des Fidji",
    "FM": "États fédérés de Micronésie",
    "FR": "République française",
    "GA": "République gabonaise",
    "GB": "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    "GD": "Grenade",
    "GE": "Géorgie",
    "GH": "République du Ghana",
    "GM": "République de Gambie",
    "GN": "République de Guinée",
    "GQ": "République de Guinée équatoriale",
    "GR": "République hellénique",
    "GT": "République du Guatemala",
    "GW": "République de Guinée-Bissau",
    "GY": "République coopérative du Guyana",
    "HN": "République du Honduras",
    "HR": "République de Croatie",
    "HT": "République d'Haïti",
    "HU": "Hongrie",
    "ID": "République d'Indonésie",
    "IE": "Irlande",
    "IL": "État d'Israël",
    "IN": "République de l'Inde",
    "IQ": "République d'Iraq",
    "IR": "République islamique d'Iran",
    "IS": "Islande",
    "IT": "République italienne",
    "JM": "Jamaïque",
    "JO": "Royaume hachémite de Jordanie",
    "JP": "Japon",
    "KE": "République du Kenya",
    "KG": "République kirghize",
    "KH": "Royaume du Cambodge",
    "KI": "République de Kiribati",
    "KM": "Union des Comores",
    "KN": "Fédération de Saint-Christophe-et-Niévès",
    "KP": "République populaire démocratique de Corée",
    "KR": "République de Corée",
    "KW": "État du Koweït",
    "KZ": "République du Kazakhstan",
    "LA": "République démocratique populaire lao",
    "LB": "République libanaise",
    "LC": "Sainte-Lucie",
    "LI": "Principauté de Liechtenstein",
    "LK": "République socialiste démocratique de Sri Lanka",
    "LR": "République du Libéria",
    "LS": "Royaume du Lesotho",
    "LT": "République de Lituanie",
    "LU": "Grand-Duché de Luxembourg",
    "LV": "République de Lettonie",
    "LY": "État de Libye",
    "MA": "Royaume du Maroc",
    "MC": "Principauté de Monaco",
    "MD": "République de Moldova",
    "ME": "Monténégro",
    "MG": "République de Madagascar",
    "MH": "République des Îles Marshall",
    "MK": "République de Macédoine du Nord",
    "ML": "République du Mali",
    "MM": "République de l'Union du Myanmar",
    "MN": "Mongolie",
    "MR": "République islamique de Mauritanie",
    "MT": "République de Malte",
    "MU": "République de Maurice",
    "MV": "République des Maldives",
    "MW": "République du Malawi",
    "MX": "États-Unis du Mexique",
    "MY": "Malaisie",
    "MZ": "République du Mozambique",
    "NA": "République de Namibie",
    "NE": "République du Niger",
    "NG": "République fédérale du Nigeria",
    "NI": "République du Nicaragua",
    "NL": "Royaume des Pays-Bas",
    "NO": "Royaume de Norvège",
    "NP": "République fédérale démocratique du Népal",
    "NR": "République de Nauru",
    "NZ": "Nouvelle-Zélande",
    "OM": "Sultanat d'Oman",
    "PA": "République du Panama",
    "PE": "République du Pérou",
    "PG": "État indépendant de Papouasie-Nouvelle-Guinée",
    "PH": "République des Philippines",
    "PK": "République islamique du Pakistan",
    "PL": "République de Pologne",
    "PS": "État de Palestine",
    "PT": "République portugaise",
    "PW": "République des Palaos",
    "PY": "République du Paraguay",
    "QA": "État du Qatar",
    "RO": "Roumanie",
    "RS": "République de Serbie",
    "RU": "Fédération de Russie",
    "RW": "République du Rwanda",
    "SA": "Royaume d'Arabie saoudite",
    "SB": "Îles Salomon",
    "SC": "République des Seychelles",
    "SD": "République du Soudan",
    "SE": "Royaume de Suède",
    "SG": "République de Singapour",
    "SI": "République de Slovénie",
    "SK": "République slovaque",
    "SL": "République de Sierra Leone",
    "SM": "République de Saint-Marin",
    "SN": "République du Sénégal",
    "SO": "République fédérale de Somalie",
    "SR": "République du Suriname",
    "SS": "République du Soudan du Sud",
    "ST": "République démocratique de Sao Tomé-et-Principe",
    "SV": "République d'El Salvador",
    "SY": "République arabe syrienne",
    "SZ": "Royaume d'Eswatini",
    "TD": "République du Tchad",
    "TG": "République togolaise",
    "TH": "Royaume de Thaïlande",
    "TJ": "République du Tadjikistan",
    "TL": "République démocratique du Timor-Leste",
    "TM": "Turkménistan",
    "TN": "République tunisienne",
    "TO": "Royaume des Tonga",
    "TR": "République de Turquie",
    "TT": "République de Trinité-et-Tobago",
    "TV": "Tuvalu",
    "TW": "République de Chine",
    "TZ": "République-Unie de Tanzanie",
    "UA": "Ukraine",
    "UG": "République de l'Ouganda",
    "US": "États-Unis d'Amérique",
    "UY": "République orientale de l'Uruguay",
    "UZ": "République d'Ouzbékistan",
    "VA": "État de la Cité du Vatican",
    "VC": "Saint-Vincent-et-les-Grenadines",
    "VE": "République bolivarienne du Venezuela",
    "VN": "République socialiste du Viet Nam",
    "VU": "République de Vanuatu",
    "WS": "État indépendant du Samoa",
    "XK": "République du Kosovo",
    "YE": "République du Yémen",
    "ZA": "République sud-africaine",
    "ZM": "République de Zambie",
    "ZW": "République du Zimbabwe",
}

# --------------------------------------------------------------------------
# Other surface forms seen in French press (facts).  Pure case/accent
# variants of a form already listed are dropped automatically (folding).
# --------------------------------------------------------------------------

VARIANTS = {
    # An all-capitals surface is matched case-sensitively by the crate
    # (src/gazetteer/mod.rs, is_all_caps), so "EAU" does not hit "eau".
    "AE": ["EAU"],
    "AF": ["Émirat islamique d'Afghanistan"],
    "AR": ["République d'Argentine"],
    "BA": ["Bosnie"],
    "BF": ["Burkina"],
    "BN": ["Brunei", "Brunéi Darussalam"],
    "BY": ["Biélorussie", "Bélarus", "République de Biélorussie"],
    "CD": ["RDC", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa",
           "République démocratique du Congo"],
    "CF": ["Centrafrique", "RCA"],
    # Bare "Congo" is given to the Republic of the Congo (Brazzaville).
    "CG": ["Congo", "Congo-Brazzaville", "Congo Brazzaville"],
    "CH": ["Confédération helvétique"],
    "CI": ["Côte-d'Ivoire"],
    "CN": ["Chine populaire"],
    "CV": ["Cap-Vert", "Cap Vert", "Cabo Verde", "République du Cap-Vert"],
    "CZ": ["Tchéquie", "République tchèque"],
    "EC": ["République d'Équateur"],
    "FJ": ["Îles Fidji"],
    "FM": ["Micronésie"],
    "GB": ["Royaume Uni", "Grande-Bretagne", "Grande Bretagne", "UK", "R.-U."],
    "GN": ["Guinée-Conakry", "Guinée Conakry"],
    "GR": ["République grecque"],
    "GW": ["Guinée Bissau"],
    "IQ": ["Irak", "Iraq", "République d'Irak"],
    "KG": ["Kirghizistan", "Kirghizstan"],
    "KM": ["Îles Comores"],
    "KN": ["Saint-Christophe-et-Niévès", "Saint-Kitts-et-Nevis"],
    "KP": ["RPDC"],
    "KR": ["République de Corée"],
    "LA": ["Laos"],
    "LR": ["Liberia"],
    "MA": ["Royaume chérifien"],
    "MD": ["Moldavie", "Moldova", "République de Moldavie"],
    "MM": ["Birmanie", "Myanmar"],
    "MU": ["Île Maurice"],
    # Press still calls the Netherlands "Hollande".  NB: also the surname of
    # François Hollande.
    "NL": ["Hollande"],
    "PS": ["Palestine", "État de Palestine", "Territoires palestiniens"],
    "RW": ["République rwandaise"],
    "SR": ["Surinam"],
    "SS": ["Sud-Soudan", "Sud Soudan"],
    "SV": ["El Salvador"],
    "SZ": ["Swaziland", "Royaume du Swaziland"],
    "TL": ["Timor-Leste", "Timor Leste", "Timor-Oriental"],
    "TN": ["République de Tunisie"],
    "TR": ["Türkiye"],
    "TT": ["Trinidad-et-Tobago"],
    "TZ": ["République unie de Tanzanie"],
    "UG": ["République d'Ouganda"],
    "US": ["États Unis", "USA", "É.-U."],
    "VA": ["Vatican", "Saint-Siège", "Cité du Vatican"],
    "VN": ["Vietnam"],
    "ZA": ["République d'Afrique du Sud"],
}

# Surfaces never written, whatever the source: common French words (matching
# is case-insensitive) or forms that name something else.  The key is the
# folded form.
EXCLUDED = {
    "grenade": "common noun (the weapon), frequent in defence press; GD has no "
               "other name, so GD has no surface",
    "macedoine": "also the Greek region and a common noun",
}

DROPPED: list[str] = []

# States allowed to have no surface in country_names.tsv (see EXCLUDED).
NO_NAME_OK = {"GD"}

# --------------------------------------------------------------------------
# Demonyms (facts): "CODE masculine feminine", one pair a line, several
# pairs per code allowed.  Plurals are derived.  EXTRA_DEMONYM_FORMS adds
# forms outside the pattern.
# --------------------------------------------------------------------------

DEMONYMS = """
AD andorran andorrane
AE émirien émirienne
AE émirati émiratie
AF afghan afghane
AG antiguais antiguaise
AL albanais albanaise
AM arménien arménienne
AO angolais angolaise
AR argentin argentine
AT autrichien autrichienne
AU australien australienne
AZ azerbaïdjanais azerbaïdjanaise
AZ azéri azérie
BA bosnien bosnienne
BB barbadien barbadienne
BD bangladais bangladaise
BE belge belge
BF burkinabé burkinabée
BG bulgare bulgare
BH bahreïnien bahreïnienne
BH bahreïni bahreïnie
BI burundais burundaise
BJ béninois béninoise
BN brunéien brunéienne
BO bolivien bolivienne
BR brésilien brésilienne
BS bahaméen bahaméenne
BS bahamien bahamienne
BT bhoutanais bhoutanaise
BW botswanais botswanaise
BY biélorusse biélorusse
BY bélarusse bélarusse
BZ bélizien bélizienne
CA canadien canadienne
CD rd-congolais rd-congolaise
CF centrafricain centrafricaine
CG congolais congolaise
CH suisse suisse
CI ivoirien ivoirienne
CL chilien chilienne
CM camerounais camerounaise
CN chinois chinoise
CO colombien colombienne
CR costaricien costaricienne
CR costaricain costaricaine
CU cubain cubaine
CV cap-verdien cap-verdienne
CY chypriote chypriote
CY cypriote cypriote
CZ tchèque tchèque
DE allemand allemande
DJ djiboutien djiboutienne
DK danois danoise
DM dominiquais dominiquaise
DO dominicain dominicaine
DZ algérien algérienne
EC équatorien équatorienne
EE estonien estonienne
EG égyptien égyptienne
ER érythréen érythréenne
ES espagnol espagnole
ET éthiopien éthiopienne
FI finlandais finlandaise
FJ fidjien fidjienne
FM micronésien micronésienne
FR français française
GA gabonais gabonaise
GB britannique britannique
GD grenadien grenadienne
GE géorgien géorgienne
GH ghanéen ghanéenne
GM gambien gambienne
GN guinéen guinéenne
GQ équato-guinéen équato-guinéenne
GR grec grecque
GT guatémaltèque guatémaltèque
GW bissau-guinéen bissau-guinéenne
GY guyanien guyanienne
HN hondurien hondurienne
HR croate croate
HT haïtien haïtienne
HU hongrois hongroise
ID indonésien indonésienne
IE irlandais irlandaise
IL israélien israélienne
IN indien indienne
IQ irakien irakienne
IQ iraquien iraquienne
IR iranien iranienne
IS islandais islandaise
IT italien italienne
JM jamaïcain jamaïcaine
JO jordanien jordanienne
JP japonais japonaise
KE kényan kényane
KG kirghiz kirghize
KH cambodgien cambodgienne
KI kiribatien kiribatienne
KM comorien comorienne
KN kititien kititienne
KN névicien névicienne
KP nord-coréen nord-coréenne
KR sud-coréen sud-coréenne
KR coréen coréenne
KW koweïtien koweïtienne
KZ kazakhstanais kazakhstanaise
KZ kazakh kazakhe
LA laotien laotienne
LB libanais libanaise
LC saint-lucien saint-lucienne
LI liechtensteinois liechtensteinoise
LK sri-lankais sri-lankaise
LR libérien libérienne
LS lésothien lésothienne
LT lituanien lituanienne
LU luxembourgeois luxembourgeoise
LV letton lettone
LV letton lettonne
LY libyen libyenne
MA marocain marocaine
MC monégasque monégasque
MD moldave moldave
ME monténégrin monténégrine
MG malgache malgache
MH marshallais marshallaise
MK nord-macédonien nord-macédonienne
MK macédonien macédonienne
ML malien malienne
MM birman birmane
MN mongol mongole
MR mauritanien mauritanienne
MT maltais maltaise
MU mauricien mauricienne
MV maldivien maldivienne
MW malawite malawite
MW malawien malawienne
MX mexicain mexicaine
MY malaisien malaisienne
MZ mozambicain mozambicaine
NA namibien namibienne
NE nigérien nigérienne
NG nigérian nigériane
NI nicaraguayen nicaraguayenne
NL néerlandais néerlandaise
NL hollandais hollandaise
NO norvégien norvégienne
NP népalais népalaise
NR nauruan nauruane
NZ néo-zélandais néo-zélandaise
OM omanais omanaise
PA panaméen panaméenne
PE péruvien péruvienne
PG papouan-néo-guinéen papouane-néo-guinéenne
PH philippin philippine
PK pakistanais pakistanaise
PL polonais polonaise
PS palestinien palestinienne
PT portugais portugaise
PW palaosien palaosienne
PY paraguayen paraguayenne
QA qatarien qatarienne
QA qatari qatarie
RO roumain roumaine
RS serbe serbe
RU russe russe
RW rwandais rwandaise
SA saoudien saoudienne
SB salomonais salomonaise
SC seychellois seychelloise
SD soudanais soudanaise
SE suédois suédoise
SG singapourien singapourienne
SI slovène slovène
SK slovaque slovaque
SL sierra-léonais sierra-léonaise
SM saint-marinais saint-marinaise
SN sénégalais sénégalaise
SO somalien somalienne
SR surinamais surinamaise
SS sud-soudanais sud-soudanaise
ST santoméen santoméenne
SV salvadorien salvadorienne
SY syrien syrienne
SZ swazi swazie
SZ eswatinien eswatinienne
TD tchadien tchadienne
TG togolais togolaise
TH thaïlandais thaïlandaise
TJ tadjik tadjike
TL est-timorais est-timoraise
TM turkmène turkmène
TN tunisien tunisienne
TO tongien tongienne
TR turc turque
TT trinidadien trinidadienne
TV tuvaluan tuvaluane
TW taïwanais taïwanaise
TZ tanzanien tanzanienne
UA ukrainien ukrainienne
UG ougandais ougandaise
US américain américaine
US états-unien états-unienne
US étatsunien étatsunienne
UY uruguayen uruguayenne
UZ ouzbek ouzbèke
VA vatican vaticane
VC saint-vincentais saint-vincentaise
VE vénézuélien vénézuélienne
VN vietnamien vietnamienne
VU vanuatais vanuataise
WS samoan samoane
XK kosovar kosovare
YE yéménite yéménite
ZA sud-africain sud-africaine
ZM zambien zambienne
ZW zimbabwéen zimbabwéenne
"""

EXTRA_DEMONYM_FORMS = {
    "CH": ["suissesse", "suissesses"],
}

# Words that must never be demonyms (they point at no single state), and
# demonym-like forms left out because they are common words.  Folded forms.
FORBIDDEN_DEMONYMS = {
    "arabe", "arabes", "africain", "africaine", "africains", "africaines",
    "europeen", "europeenne", "europeens", "europeennes",
    "islamique", "islamiques", "occidental", "occidentale",
    "malais", "malaise", "malaises",   # "malaise" is a common noun
    "grenadin", "grenadine", "grenadines",  # a syrup / Saint-Vincent
    "congolais (rdc)",
}


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

_FOLD_TABLE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'",
    "\u00a0": " ", "\u202f": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
    "\u00ad": None, "\u200b": None, "\ufeff": None,
})


def fold(s: str) -> str:
    """Match key, as the crate's src/text/fold.rs computes it for Latin text:
    lowercase, accents stripped, ’ folded to ', dashes to -, œ to oe."""
    s = s.translate(_FOLD_TABLE)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s).lower()


def clean(s: str) -> str:
    """Surface as written to the files: ASCII apostrophe, single spaces."""
    s = s.replace("\u2019", "'").replace("\u02bc", "'")
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split())


def plural(word: str, masculine: bool) -> str:
    if masculine and word[-1] in "sxz":
        return word
    return word + "s"


def header(columns: str) -> list[str]:
    return [
        "# generated by gazetteers/tools/gen_countries.py — do not edit",
        f"# sources: CLDR fr territory names (Unicode licence) via Babel {babel.__version__} "
        f"(BSD-3-Clause); pycountry {pycountry_version()} (LGPL-2.1, ISO 3166-1 data "
        "from Debian iso-codes); official long forms, press variants and demonyms "
        "written by the communique project as facts",
        f"# columns: {columns}",
    ]


def pycountry_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # pragma: no cover
        return "?"


def add_unique(rows: dict, code: str, surface: str, kind: str, owner: dict) -> None:
    """Add (code, surface) unless it folds like a surface of the same code;
    fail if it folds like a surface of another code."""
    surface = clean(surface)
    key = fold(surface)
    if not surface or key in EXCLUDED:
        DROPPED.append(f"{kind}: {code} '{surface}' ({EXCLUDED.get(key, 'empty')})")
        return
    prev = owner.get(key)
    if prev is not None and prev != code:
        raise SystemExit(f"{kind}: '{surface}' maps to both {prev} and {code}")
    if prev == code:
        return
    owner[key] = code
    rows.setdefault(code, []).append(surface)


def write_tsv(path: Path, cols: str, rows: list[tuple[str, ...]]) -> None:
    lines = header(cols) + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def build():
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    assert len(set(UN_MEMBERS)) == 193
    codes = sorted(set(UN_MEMBERS) | set(EXTRA_STATES))
    assert len(codes) == 197, len(codes)

    cldr = Locale("fr").territories
    for table in (OFFICIAL, VARIANTS, CANONICAL_OVERRIDES):
        unknown = set(table) - set(codes)
        assert not unknown, unknown
    missing = set(codes) - set(OFFICIAL)
    assert not missing, f"no official form for {sorted(missing)}"

    # countries.tsv
    countries = []
    for code in codes:
        if code in ALPHA3_OVERRIDES:
            alpha3 = ALPHA3_OVERRIDES[code]
        else:
            alpha3 = pycountry.countries.get(alpha_2=code).alpha_3
        name = CANONICAL_OVERRIDES.get(code) or cldr[code]
        countries.append((code, alpha3, clean(name)))

    # country_names.tsv
    names: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for code in codes:
        for s in CLDR_SPLIT.get(code, [cldr[code]]):
            add_unique(names, code, s, "country_names", owner)
        if code in CANONICAL_OVERRIDES:
            add_unique(names, code, CANONICAL_OVERRIDES[code], "country_names", owner)
        add_unique(names, code, OFFICIAL[code], "country_names", owner)
        for s in VARIANTS.get(code, []):
            add_unique(names, code, s, "country_names", owner)

    # demonyms.tsv
    dem: dict[str, list[str]] = {}
    downer: dict[str, str] = {}
    for line in DEMONYMS.strip().splitlines():
        code, masc, fem = line.split()
        assert code in codes, line
        for form in (masc, fem, plural(masc, True), plural(fem, False)):
            assert fold(form) not in FORBIDDEN_DEMONYMS, form
            add_unique(dem, code, form, "demonyms", downer)
    for code, forms in EXTRA_DEMONYM_FORMS.items():
        for form in forms:
            add_unique(dem, code, form, "demonyms", downer)

    name_rows = sorted((c, s) for c, ss in names.items() for s in ss)
    dem_rows = sorted((c, s) for c, ss in dem.items() for s in ss)

    write_tsv(OUT / "countries.tsv", "code<TAB>alpha3<TAB>name", countries)
    write_tsv(OUT / "country_names.tsv", "code<TAB>surface", name_rows)
    write_tsv(OUT / "demonyms.tsv", "code<TAB>surface", dem_rows)


# Forms that must be present (regression guard on the tables above).
MUST_NAMES = {
    "KE": ["Kenya", "République du Kenya"],
    "SA": ["Arabie saoudite", "Royaume d'Arabie saoudite"],
    "MR": ["Mauritanie", "République islamique de Mauritanie"],
    "SO": ["Somalie", "République fédérale de Somalie"],
    "AE": ["Émirats arabes unis", "Emirats Arabes Unis"],
    "US": ["États-Unis", "États-Unis d'Amérique", "USA"],
    "KM": ["Comores", "Iles Comores", "Union des Comores"],
    "CI": ["Côte d'Ivoire", "Côte d’Ivoire"],
    "CD": ["République démocratique du Congo", "RD Congo", "RDC", "Congo-Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville", "République du Congo"],
    "CF": ["RCA", "Centrafrique", "République centrafricaine"],
    "GB": ["UK", "Royaume-Uni", "Grande-Bretagne"],
    "SS": ["Soudan du Sud", "Sud-Soudan"], "SD": ["Soudan"],
    "GN": ["Guinée", "Guinée-Conakry"], "GW": ["Guinée-Bissau"],
    "GQ": ["Guinée équatoriale"], "DO": ["République dominicaine"],
    "DM": ["Dominique"], "ZA": ["Afrique du Sud"],
    "NL": ["Pays-Bas", "Hollande"], "MM": ["Birmanie", "Myanmar"],
    "BY": ["Biélorussie", "Bélarus"], "CZ": ["Tchéquie", "République tchèque"],
    "SZ": ["Eswatini", "Swaziland"], "MK": ["Macédoine du Nord"],
    "CV": ["Cap-Vert", "Cabo Verde"], "TL": ["Timor oriental", "Timor-Leste"],
    "VA": ["Saint-Siège", "Vatican"], "PS": ["Palestine", "État de Palestine"],
    "XK": ["Kosovo"], "TW": ["Taïwan"],
    "KR": ["Corée du Sud", "République de Corée"], "KP": ["Corée du Nord"],
    "IR": ["Iran", "République islamique d'Iran"], "TR": ["Turquie", "Türkiye"],
    "NG": ["Nigeria", "Nigéria"], "NE": ["Niger"], "IQ": ["Irak", "Iraq"],
    "BN": ["Brunei", "Brunéi Darussalam"], "KG": ["Kirghizistan"],
    "GE": ["Georgie"], "FR": ["France", "République française"],
    "CN": ["Chine", "République populaire de Chine"], "RU": ["Russie", "Fédération de Russie"],
    "EG": ["Égypte", "République arabe d'Égypte"], "MA": ["Maroc", "Royaume du Maroc"],
    "DZ": ["Algérie", "République algérienne démocratique et populaire"],
    "JO": ["Jordanie", "Royaume hachémite de Jordanie"], "KW": ["Koweït", "État du Koweït"],
    "QA": ["Qatar", "État du Qatar"], "OM": ["Oman", "Sultanat d'Oman"],
    "BH": ["Bahreïn", "Royaume de Bahreïn"], "TD": ["Tchad", "République du Tchad"],
    "ML": ["Mali", "République du Mali"], "BF": ["Burkina Faso"],
    "PK": ["Pakistan", "République islamique du Pakistan"],
    "ID": ["Indonésie", "République d'Indonésie"],
}
MUST_DEMONYMS = {
    "KE": ["kényan", "kényane", "kényans", "kényanes"],
    "SA": ["saoudien", "saoudienne"], "NE": ["nigérien", "nigériennes"],
    "NG": ["nigérian", "nigérianes"], "US": ["américain", "états-unien"],
    "GN": ["guinéen"], "GW": ["bissau-guinéen"], "GQ": ["équato-guinéen"],
    "SD": ["soudanais"], "SS": ["sud-soudanais"], "ZA": ["sud-africain"],
    "AE": ["émirien", "émirati"], "CG": ["congolais"], "DO": ["dominicain"],
    "DM": ["dominiquais"], "GB": ["britannique"], "FR": ["français", "française"],
    "DJ": ["djiboutien"], "KR": ["coréen"], "VA": ["vatican", "vaticanes"],
    "ML": ["malien", "maliens", "maliennes"],
}


# --------------------------------------------------------------------------
# Check (reads the files back)
# --------------------------------------------------------------------------

def read_tsv(path: Path, ncols: int) -> list[list[str]]:
    raw = path.read_bytes()
    assert b"\r" not in raw, f"{path}: CR found"
    text = raw.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n"), path
    rows = []
    for i, line in enumerate(text[:-1].split("\n"), 1):
        assert line, f"{path}:{i}: blank line"
        assert line == line.rstrip(), f"{path}:{i}: trailing whitespace"
        assert unicodedata.is_normalized("NFC", line), f"{path}:{i}: not NFC"
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == ncols, f"{path}:{i}: {len(fields)} columns"
        for f in fields:
            assert f and f == f.strip() and "  " not in f, f"{path}:{i}: bad field {f!r}"
        rows.append(fields)
    assert rows == sorted(rows), f"{path}: not sorted"
    return rows


def check() -> list[str]:
    notes = []
    countries = read_tsv(OUT / "countries.tsv", 3)
    codes = [r[0] for r in countries]
    assert len(codes) == 197 == len(set(codes)), len(codes)
    assert set(codes) == set(UN_MEMBERS) | set(EXTRA_STATES)
    assert len({r[1] for r in countries}) == 197
    for code, a3, name in countries:
        assert len(code) == 2 and code.isupper() and len(a3) == 3 and a3.isupper(), code
        assert "\u2019" not in name, name

    folded_by_file = {}
    for fname in ("country_names.tsv", "demonyms.tsv"):
        rows = read_tsv(OUT / fname, 2)
        seen: dict[str, str] = {}
        for code, surface in rows:
            assert code in codes, f"{fname}: unknown code {code}"
            assert "\u2019" not in surface, surface
            key = fold(surface)
            assert key not in seen, f"{fname}: '{surface}' folds like a surface of {seen[key]}"
            seen[key] = code
        folded_by_file[fname] = seen
        must = MUST_NAMES if fname == "country_names.tsv" else MUST_DEMONYMS
        for code, forms in must.items():
            for form in forms:
                assert seen.get(fold(form)) == code, f"{fname}: '{form}' should map to {code}"
        have = {c for c, _ in rows}
        lacking = set(codes) - have
        if fname == "country_names.tsv":
            assert lacking <= NO_NAME_OK, f"{fname}: no surface for {sorted(lacking)}"
        else:
            assert not lacking, f"{fname}: no surface for {sorted(lacking)}"
        notes.append(f"{fname}: {len(rows)} rows, {len(have)} codes"
                     + (f" (none for {sorted(lacking)})" if lacking else ""))
        if fname == "demonyms.tsv":
            bad = set(seen) & FORBIDDEN_DEMONYMS
            assert not bad, bad

    # Informative: a string that is both a country name and a demonym.
    both = set(folded_by_file["country_names.tsv"]) & set(folded_by_file["demonyms.tsv"])
    for key in sorted(both):
        notes.append(f"note: '{key}' is both a name ({folded_by_file['country_names.tsv'][key]})"
                     f" and a demonym ({folded_by_file['demonyms.tsv'][key]})")
    notes.insert(0, f"countries.tsv: {len(countries)} rows")
    return notes


def main() -> int:
    build()
    for d in DROPPED:
        print("dropped", d)
    for n in check():
        print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
