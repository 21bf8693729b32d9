"""An article's own text wins over its outlet's language when the model is sure of another
(issue 23 item 6; draw 10: a French text on a German site shown as German). Invented texts."""

from generator.analysis.language import language_of
from generator.model.site import Outlet
from tests.analysis.support import article

OUTLETS = {
    "blatt": Outlet("blatt", "Das Blatt", language="de"),
    "post": Outlet("post", "The Post", language="en-GB"),
}
FRENCH = (
    "Le conseil municipal a approuvé mardi la construction d'un nouveau pont sur la rivière. "
    "Le coût du projet a été longuement débattu par les élus pendant plusieurs mois. "
    "Les médecins et les enseignants de la ville ont salué cette décision, tandis que les "
    "commerçants du centre s'inquiètent des travaux qui doivent commencer au printemps prochain. "
    "La mairie promet de publier un calendrier détaillé avant la fin de l'année."
)
ENGLISH = (
    "The city council approved on Tuesday the building of a new bridge over the river. "
    "The cost of the project was debated by the councillors for several months. "
    "Doctors and teachers in the town welcomed the decision, while shopkeepers in the centre "
    "worry about the works that are due to start next spring. The town hall promises a "
    "detailed timetable before the end of the year."
)


def test_a_text_surely_in_another_language_than_its_outlets_is_read_in_its_own():
    assert language_of(article("a", FRENCH, outlet="blatt"), OUTLETS) == "fr"


def test_a_text_in_its_outlets_language_keeps_the_outlets_tag():
    assert language_of(article("a", ENGLISH, outlet="post"), OUTLETS) == "en"


def test_a_short_text_does_not_overrule_its_outlet():
    assert language_of(article("a", FRENCH[:200], outlet="blatt"), OUTLETS) == "de"
