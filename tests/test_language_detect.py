"""Language detection by function words: one posting-like paragraph per
language, and the cases where the honest answer is "und"."""

from __future__ import annotations

import pytest

from jdlint.facts.language import detect_language
from jdlint.readers import parse

SAMPLES = {
    "en": "We are looking for a backend engineer to join our payments team. You will design the services that "
          "move money for our customers and work with the product team on what we build next. This is a remote "
          "role and you will have a budget for your home office.",
    "fr": "Nous recherchons un développeur backend pour rejoindre notre équipe paiements. Vous serez au cœur des "
          "sujets techniques et vous travaillerez avec les équipes produit sur les évolutions de la plateforme. "
          "Le poste est basé à Lyon, avec deux jours de télétravail par semaine.",
    "de": "Wir suchen eine Backend-Entwicklerin oder einen Backend-Entwickler für unser Team in Köln. Du arbeitest "
          "mit uns an der Plattform und bist für die Qualität der Dienste verantwortlich. Wir bieten dir ein "
          "modernes Büro und flexible Arbeitszeiten.",
    "es": "Buscamos una persona para nuestro equipo de pagos en Madrid. Trabajarás con los equipos de producto y "
          "tus tareas serán el diseño de los servicios. Somos una empresa joven y nuestro trabajo tiene un "
          "impacto directo en los clientes.",
    "nl": "Wij zoeken een ervaren ontwikkelaar voor ons team in Utrecht. Je werkt aan onze betaalsoftware en je "
          "hebt ervaring met Python. Bij ons krijg je de ruimte om te groeien en we bieden een goed salaris.",
    "pt": "Estamos à procura de uma pessoa para a nossa equipa de pagamentos em Lisboa. Você vai trabalhar com as "
          "equipas de produto e também com os clientes. A vaga é para trabalho híbrido e não exige mudança.",
    "it": "Cerchiamo una persona per il nostro team di pagamenti a Milano. Lavorerai con gli sviluppatori della "
          "piattaforma e con le persone che seguono i clienti. Siamo un'azienda giovane e il lavoro è ibrido.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_each_language(lang):
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_through_a_posting(lang):
    text = "---\ntitle: Backend\nlocation: Remote\n---\n\n# Backend\n\n" + SAMPLES[lang] + "\n"
    assert parse("job.md", text).language == lang


def test_html_page_skips_blanked_markup():
    html = "<html><head><title>x</title><style>" + "p{}" * 800 + "</style></head><body><p>" + \
        SAMPLES["nl"] + "</p></body></html>"
    assert parse("job.html", html).language == "nl"


def test_capitalised_function_words_count():
    assert detect_language("The role. The team. The office. We are hiring. You will build. Our product.") == "en"


@pytest.mark.parametrize("body", [
    "",
    "   \n\n   ",
    "Hello",
    "Python, Go, Kubernetes, Terraform, AWS, PostgreSQL, Redis, Kafka",
    "https://example.com/jobs/123",
    # Two languages in equal measure: no honest single answer.
    "We are hiring. Nous recrutons. You will work with us and our team. Vous travaillerez avec nous et notre "
    "équipe.",
])
def test_undetermined(body):
    assert detect_language(body) == "und"


def test_only_the_start_is_read():
    # A long English posting with a German legal footer is English.
    body = (SAMPLES["en"] + " ") * 12 + SAMPLES["de"] * 3
    assert detect_language(body) == "en"


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_looks_english_only_for_english(lang):
    from jdlint.facts.language import looks_english

    assert looks_english(("   \n" * 50 + SAMPLES[lang]).lower()) == (lang == "en")
