"""A realistic collection for the exporter tests: starter cases, partner cases in Finnish,
Romanian, Latvian and Dutch with their sources, and one entry full of hostile content."""

from __future__ import annotations

from typing import Any

from catalogue import starter
from catalogue.catalogue import Catalogue

COLLECTION = "Study visit Tampere–Rīga"
INTRO = "Cases for the AI4Citizens peer-learning session in Tampere, 12–13 May."
PSTW_ATTRIBUTION = "European Commission, JRC / DG DIGIT – Public Sector Tech Watch"
NOTE_FI = "Esittely: Tampereen tiimi kertoo kokemuksista."
NOTE_STARTER = "Ask the host about costs and staffing."
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 5

FINNISH: dict[str, Any] = {
    "title": "Tampereen tekoälyavusteinen asiakaspalvelu – Äänestä älykkäästi",
    "summary": "Tampere kokeilee chatbottia, joka vastaa päiväkotipaikoista ja jätehuollosta.",
    "description": (
        "## Tausta\n\nKokeilu alkoi **2024** ja sitä laajennetaan *vaiheittain*.\n\n"
        "- Päiväkotihaku\n- Jätehuolto\n  - sisäkkäinen kohta\n\n"
        "1. Ensimmäinen vaihe\n2. Toinen vaihe\n\n"
        "Lisätietoja [kaupungin sivuilta](https://www.tampere.fi/)."
    ),
    "organisation": {"name": "Tampereen kaupunki", "type": "municipality"},
    "location": {"country": "FI", "city": "Tampere"},
    "language": "fi",
    "kind": "good_practice",
    "status": "pilot",
    "ai_techniques": ["chatbot"],
    "ai_act": {"risk_tier": "limited", "human_oversight": "Asiakaspalvelija tarkistaa."},
    "links": [{"title": "Tampere.fi", "url": "https://www.tampere.fi/"}],
    "source": {
        "dataset": "pstw",
        "id": "PSTW-1234",
        "url": "https://interoperable-europe.ec.europa.eu/collection/public-sector-tech-watch",
        "licence": "CC BY 4.0",
        "attribution": PSTW_ATTRIBUTION,
    },
}
ROMANIAN: dict[str, Any] = {
    "title": "Asistent virtual pentru cetățeni în județul Bacău",
    "summary": "Consiliul Județean Bacău folosește un asistent virtual pentru taxe și autorizații.",
    "organisation": {"name": "Consiliul Județean Bacău", "type": "region"},
    "location": {"country": "RO", "city": "Bacău"},
    "language": "ro",
    "source": {"dataset": "workshop", "retrieved": "2026-10-12"},
}
LATVIAN: dict[str, Any] = {
    "title": "Rīgas virtuālais asistents ķīmisko vielu atļaujām",
    "summary": "Rīgas Digitālā aģentūra izmēģina virtuālo asistentu: ā, ē, ī, ū, ķ, ļ, ņ.",
    "organisation": {"name": "Rīgas Digitālā aģentūra", "type": "agency"},
    "location": {"country": "LV", "city": "Rīga"},
    "language": "lv",
}
HOSTILE: dict[str, Any] = {
    "title": "Slimme Check levensonderhoud <script>alert(1)</script>",
    "summary": "De gemeente <b>Amsterdam</b> stopte het algoritme. [x](javascript:alert(2))",
    "description": (
        "<script>alert('x')</script> <img src=x onerror=alert(3)>\n\n"
        "![tracker](http://example.com/pixel.png)\n\n[bad](javascript:alert(1))\n\n"
        f"{LONG_WORD}\n\nRTL: שלום עולם, مرحبا; emoji: 😀 🤖\n\n# Kop in de tekst"
    ),
    "organisation": {"name": "Gemeente Amsterdam", "type": "municipality"},
    "location": {"country": "NL", "city": "Amsterdam"},
    "language": "nl",
    "links": [{"title": "evil", "url": "https://example.org/?q=<script>"}],
    "source": {
        "dataset": "algoritmeregister",
        "id": "lars-9876",
        "url": "https://algoritmes.overheid.nl/nl/algoritme/9876",
        "licence": "CC0 1.0",
        "attribution": "Algoritmeregister van de Nederlandse overheid",
    },
}
PARTNER_CASES = [FINNISH, ROMANIAN, LATVIAN, HOSTILE]

# Every field of the schema filled, coded values chosen to be unlike their labels (the
# Interreg block with two transfers); its texts are Latvian, so no English text is in it.
FULL: dict[str, Any] = {
    "title": "Rīgas MI palīgs būvatļaujām",
    "summary": "Rīgas pašvaldība izmēģina MI palīgu, kas atbild uz jautājumiem par būvatļaujām.",
    "description": "Palīgs darbojas **latviešu** valodā.",
    "purpose": "Saīsināt gaidīšanas laiku.",
    "problem": "Daudz atkārtotu jautājumu.",
    "data_sources": "Būvvaldes lēmumi.",
    "risks": "Nepareizas atbildes; cilvēks pārbauda.",
    "evidence": "Zvanu skaits samazinājās par 30 %.",
    "transfer_potential": "Piemērots citām pašvaldībām.",
    "lessons": "Vajag skaidrus datus.",
    "organisation": {"name": "Rīgas valstspilsētas pašvaldība", "type": "municipality"},
    "location": {"country": "LV", "city": "Rīga", "nuts": "LV006"},
    "language": "lv",
    "kind": "good_practice",
    "status": "in_use",
    "dates": {"start": "2024-03", "end": "2025-11-30"},
    "policy_areas": ["06.1"],
    "ai_techniques": ["natural language processing", "generative AI"],
    "governance_themes": ["data governance", "AI governance"],
    "ai_act": {
        "risk_tier": "gpai",
        "legal_basis": "Būvniecības likums",
        "human_oversight": "Speciālists pārbauda.",
        "dpia": "done",
        "fria": "planned",
        "assessment_url": "https://www.riga.lv/dpia",
    },
    "provider": "Tilde",
    "resources": {"budget": "120 000 EUR", "staff": "2 FTE"},
    "interreg": {
        "project": "AI4Cities Interreg Europe",
        "policy_instrument": "Darbības programma 2021–2027",
        "validation": "partner_approved",
        "expert_opinion": "Labi dokumentēts un pārnesams.",
        "transfers": [
            {
                "partner": "Tampereen kaupunki",
                "action_plan": "Tampereen toimintasuunnitelma, toimenpide 2",
                "date": "2025-06",
                "note": "Pilotti alkaa syksyllä.",
            },
            {
                "partner": "Consiliul Județean Bacău",
                "action_plan": "Planul de acțiune Bacău",
                "date": "2025-09-15",
            },
        ],
    },
    "contact": {"name": "Anna Bērziņa", "email": "anna@riga.lv", "url": "https://www.riga.lv/"},
    "links": [{"title": "Riga.lv", "url": "https://www.riga.lv/"}],
    "source_code": "https://github.com/example/riga",
    "tags": ["būvatļaujas"],
    "source": {
        "dataset": "partner",
        "id": "RIX-7",
        "licence": "CC BY 4.0",
        "attribution": "Rīgas pašvaldība",
        "retrieved": "2026-10-12",
    },
}
TRANSFER_PARTNERS = ("Tampereen kaupunki", "Consiliul Județean Bacău")


def build_collection(catalogue: Catalogue, starter_cases: int = 2) -> list[str]:
    """Fill a catalogue and create `COLLECTION`; returns the entry ids in collection order."""
    catalogue.add_revisions(starter.revisions())
    starter_ids = [e.id for e in catalogue.list_entries()][:starter_cases]
    partner_ids = catalogue.add_entries(PARTNER_CASES).added
    catalogue.create_collection(COLLECTION, INTRO)
    catalogue.add_to_collection(COLLECTION, starter_ids, NOTE_STARTER)
    catalogue.add_to_collection(COLLECTION, partner_ids[:1], NOTE_FI)
    catalogue.add_to_collection(COLLECTION, partner_ids[1:])
    return [*starter_ids, *partner_ids]
