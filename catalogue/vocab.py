"""Controlled vocabularies of the entry schema (SPEC.md, casebook.entry/1)."""

from __future__ import annotations

KINDS = ("good_practice", "policy_case", "ai_use_case", "guideline")
STATUSES = ("idea", "planned", "pilot", "in_use", "retired")
ORGANISATION_TYPES = ("municipality", "region", "national", "agency", "other")
RISK_TIERS = ("prohibited", "high", "limited", "minimal", "gpai", "unknown")
ASSESSMENT_STATES = ("done", "planned", "no", "unknown")
VALIDATION_STATES = ("draft", "partner_approved", "expert_validated")
DATASETS = ("pstw", "algoritmeregister", "omb-2025", "workshop", "partner", "starter")

AI_TECHNIQUES = (
    "natural language processing",
    "chatbot",
    "computer vision",
    "speech",
    "machine translation",
    "predictive analytics",
    "optimisation",
    "generative AI",
    "recommender",
    "robotic process automation",
    "other",
)

# From the EU "AI-ready public administration" flagship.
GOVERNANCE_THEMES = (
    "regulatory mapping",
    "infrastructure",
    "interoperability",
    "data governance",
    "AI governance",
    "digital skills",
)

# COFOG (UN Classification of the Functions of Government), divisions and groups.
COFOG = {
    "01": "General public services",
    "01.1": "Executive and legislative organs, financial and fiscal affairs, external affairs",
    "01.2": "Foreign economic aid",
    "01.3": "General services",
    "01.4": "Basic research",
    "01.5": "R&D general public services",
    "01.6": "General public services n.e.c.",
    "01.7": "Public debt transactions",
    "01.8": "Transfers of a general character between different levels of government",
    "02": "Defence",
    "02.1": "Military defence",
    "02.2": "Civil defence",
    "02.3": "Foreign military aid",
    "02.4": "R&D defence",
    "02.5": "Defence n.e.c.",
    "03": "Public order and safety",
    "03.1": "Police services",
    "03.2": "Fire-protection services",
    "03.3": "Law courts",
    "03.4": "Prisons",
    "03.5": "R&D public order and safety",
    "03.6": "Public order and safety n.e.c.",
    "04": "Economic affairs",
    "04.1": "General economic, commercial and labour affairs",
    "04.2": "Agriculture, forestry, fishing and hunting",
    "04.3": "Fuel and energy",
    "04.4": "Mining, manufacturing and construction",
    "04.5": "Transport",
    "04.6": "Communication",
    "04.7": "Other industries",
    "04.8": "R&D economic affairs",
    "04.9": "Economic affairs n.e.c.",
    "05": "Environmental protection",
    "05.1": "Waste management",
    "05.2": "Waste water management",
    "05.3": "Pollution abatement",
    "05.4": "Protection of biodiversity and landscape",
    "05.5": "R&D environmental protection",
    "05.6": "Environmental protection n.e.c.",
    "06": "Housing and community amenities",
    "06.1": "Housing development",
    "06.2": "Community development",
    "06.3": "Water supply",
    "06.4": "Street lighting",
    "06.5": "R&D housing and community amenities",
    "06.6": "Housing and community amenities n.e.c.",
    "07": "Health",
    "07.1": "Medical products, appliances and equipment",
    "07.2": "Outpatient services",
    "07.3": "Hospital services",
    "07.4": "Public health services",
    "07.5": "R&D health",
    "07.6": "Health n.e.c.",
    "08": "Recreation, culture and religion",
    "08.1": "Recreational and sporting services",
    "08.2": "Cultural services",
    "08.3": "Broadcasting and publishing services",
    "08.4": "Religious and other community services",
    "08.5": "R&D recreation, culture and religion",
    "08.6": "Recreation, culture and religion n.e.c.",
    "09": "Education",
    "09.1": "Pre-primary and primary education",
    "09.2": "Secondary education",
    "09.3": "Post-secondary non-tertiary education",
    "09.4": "Tertiary education",
    "09.5": "Education not definable by level",
    "09.6": "Subsidiary services to education",
    "09.7": "R&D education",
    "09.8": "Education n.e.c.",
    "10": "Social protection",
    "10.1": "Sickness and disability",
    "10.2": "Old age",
    "10.3": "Survivors",
    "10.4": "Family and children",
    "10.5": "Unemployment",
    "10.6": "Housing",
    "10.7": "Social exclusion n.e.c.",
    "10.8": "R&D social protection",
    "10.9": "Social protection n.e.c.",
}

# ISO 3166-1 alpha-2, plus "EU" (exceptionally reserved by ISO for the European Union) and
# "XK" (Kosovo, the code the EU and most registers use).
COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW EU XK
    """.split()
)

# Codes people write that ISO spells otherwise (EU statistics use EL and UK).
COUNTRY_ALIASES = {"EL": "GR", "UK": "GB"}
